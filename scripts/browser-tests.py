#!/usr/bin/env python3
"""Tests the built site in a real browser: Chromium driven by Playwright, axe-core for accessibility.

Usage: scripts/browser-tests.py [SITE] [--screenshots DIR] [--only WORD]

SITE is a built site (default _site, as scripts/sample.sh builds it). The pages are
served from the site's base URL (read from sitemap.xml) out of SITE, so absolute
links (the 404 page's) resolve, and every other request is refused. One browser
serves the whole run. Every page type is checked at 1280 and 390 pixels wide: it
fits its viewport, axe finds nothing serious or critical, chart text stays inside
its chart, no script error; then the interactive parts: table sorting and
filtering, anchor highlighting, the copy-link marks, search. A full-page
screenshot of every page at both widths goes to DIR (default
/tmp/hindsight-browser). Checks marked expected-to-fail (xfail) name why; one
that starts passing is reported as XPASS and fails the run, so its marker is
removed when the feature lands.

Needs: apt-get install -y chromium; python3 -m pip install playwright axe-playwright-python
Ends with the line `N passed, N failed, N skipped` (skipped: expected failures) and
exits non-zero when a check fails.
"""

import argparse
import mimetypes
import pathlib
import re
import urllib.parse
import sys
import traceback
from urllib.parse import unquote, urlsplit

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import sync_playwright

# (width, height, a phone: touch, no hover, the viewport meta tag honoured)
WIDTHS = [(1280, 900, False), (390, 844, True)]
CHROMIUM = "/usr/bin/chromium"


# ---------------------------------------------------------------------------
# Results


class Results:
    def __init__(self):
        self.passed = self.failed = self.xfailed = 0

    def check(self, name, condition, detail="", xfail=None):
        """Records one check. `xfail` is the reason a failure is expected today."""
        if xfail is None:
            mark, counter, note = ("ok   ", "passed", "") if condition else ("FAIL ", "failed", f": {detail}")
        elif condition:
            mark, counter, note = "XPASS", "failed", f": passes now, remove its xfail marker ({xfail})"
        else:
            mark, counter, note = "xfail", "xfailed", f": {xfail}"
        setattr(self, counter, getattr(self, counter) + 1)
        print(f"{mark} {name}{note}")

    def error(self, name, exception):
        self.failed += 1
        print(f"FAIL  {name}: raised {type(exception).__name__}: {exception}")
        traceback.print_exc(limit=2, file=sys.stdout)


# ---------------------------------------------------------------------------
# The site, served from its base URL


def base_url(site):
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    match = re.search(r"<loc>(https?://[^/<]+/[^<]*?)(?:index\.html)?</loc>", sitemap)
    if not match:
        sys.exit(f"{site}/sitemap.xml: no <loc>: build the site with --base-url")
    url = match.group(1)
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}/"


def serve(site, base):
    """A route handler that answers requests under `base` from the files in `site`."""

    def handle(route):
        path = unquote(urlsplit(route.request.url).path).lstrip("/")
        file = (site / path).resolve()
        if file.is_dir():
            file = file / "index.html"
        status = 200
        if not file.is_file() or site.resolve() not in file.parents:
            file, status = site / "404.html", 404
        kind = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
        if kind.startswith("text/") or kind.endswith("javascript"):
            kind += "; charset=utf-8"
        route.fulfill(status=status, body=file.read_bytes(), headers={"content-type": kind})

    return handle


def new_context(browser, site, base, width, height, phone=False, color_scheme="light"):
    """A browser context that reaches only the site: every other request is refused."""
    context = browser.new_context(
        viewport={"width": width, "height": height}, is_mobile=phone, has_touch=phone, color_scheme=color_scheme
    )
    context.route("**/*", lambda route: route.abort())
    context.route(base + "**", serve(site, base))
    return context


def first(folder, predicate=lambda text: True):
    for page in sorted(folder.glob("*/index.html")):
        if predicate(page.read_text(encoding="utf-8")):
            return page.parent.relative_to(folder.parent).as_posix() + "/index.html"
    sys.exit(f"{folder}: no page found for the browser tests")


def page_types(site):
    # The incident page: one with a timeline, action items and an explicit action id.
    incident = first(
        site / "incidents",
        lambda text: 'class="anchor-target"' in text and "timeline-entry" in text and 'id="root-cause"' in text,
    )
    return {
        "overview": "index.html",
        "incidents": "incidents/index.html",
        "incident": incident,
        "trends": "trends/index.html",
        "actions": "actions/index.html",
        "lessons": "lessons/index.html",
        "learning": "learning/index.html",
        "tag": first(site / "tags"),
        "service": first(site / "services"),
        "tags": "tags/index.html",
        "services": "services/index.html",
        "owners": "owners/index.html",
        "problems": "problems/index.html",
        "search": "search/index.html",
        "404": "no-such-page/",
    }


# ---------------------------------------------------------------------------
# Page probes (run in the page)

TEXT_OUTSIDE_SVG = """() => {
  const out = [];
  document.querySelectorAll('svg').forEach(svg => {
    const box = svg.getBoundingClientRect();
    if (!box.width) return;
    svg.querySelectorAll('text').forEach(text => {
      const r = text.getBoundingClientRect();
      if (r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5)
        out.push(`"${text.textContent}" in ${(svg.closest('[id]') || svg).id}`);
    });
  });
  return out;
}"""

WIDE_ELEMENTS = """() => {
  const out = [];
  document.querySelectorAll('body *').forEach(e => {
    if (e.closest('svg') && e.tagName.toLowerCase() !== 'svg') return;
    const r = e.getBoundingClientRect();
    if (r.right > innerWidth + 0.5 && !e.parentElement.closest('.chart-scroll, .table-scroll'))
      out.push(`${e.tagName.toLowerCase()}.${e.getAttribute('class') || ''} to ${Math.round(r.right)}px`);
  });
  return out.slice(0, 4);
}"""

# Time-series charts that scroll sideways: are they scrolled to their newest (right) end?
CHARTS_NOT_AT_NEWEST = """() => [...document.querySelectorAll('.chart-figure .chart-scroll')]
  .filter(s => s.scrollWidth > s.clientWidth + 1)
  .filter(s => s.closest('[data-newest="end"]') && s.scrollLeft + s.clientWidth < s.scrollWidth - 1)
  .map(s => `${s.closest('figure').id}: scrollLeft ${Math.round(s.scrollLeft)} of ${s.scrollWidth - s.clientWidth}`)"""

TIME_SERIES_CHARTS = """() => [...document.querySelectorAll('.chart-figure')]
  .filter(f => /per (month|quarter)|by incident month/i.test(f.querySelector('figcaption').textContent))
  .filter(f => !f.matches('[data-newest="end"]')).map(f => f.id)"""

SCROLLERS_WITHOUT_NAME = """() => [...document.querySelectorAll('.chart-scroll, .table-scroll')]
  .filter(s => s.scrollWidth > s.clientWidth + 1)
  .filter(s => s.tabIndex < 0 || !(s.getAttribute('aria-label') || '').trim())
  .map(s => (s.closest('[id]') || s).id || s.className)"""

TABLES_SCROLLING = """() => [...document.querySelectorAll('main .table-scroll')]
  .filter(s => !s.closest('details') && s.scrollWidth > s.clientWidth + 1)
  .map(s => (s.closest('[id]') || s).id)"""

HIGHLIGHT = """() => {
  const probe = document.createElement('div');
  probe.style.background = 'var(--accent-soft)';
  document.body.appendChild(probe);
  const colour = getComputedStyle(probe).backgroundColor;
  probe.remove();
  return colour;
}"""

# The item that `:target` highlights, with its background and whether it is on screen.
TARGET_ITEM = """(selector) => {
  const target = document.querySelector(':target');
  if (!target) return null;
  const item = target.closest(selector) || target.querySelector(selector);
  if (!item) return {target: target.id, item: null};
  const name = item.id || item.className || item.tagName.toLowerCase();
  const r = item.getBoundingClientRect();
  return {target: target.id, item: name, background: getComputedStyle(item).backgroundColor,
          visible: r.top >= 0 && r.top < innerHeight};
}"""

LAST_TIMELINE_TEXT = """() => [...document.querySelectorAll('.timeline-text')].pop().childNodes
  .forEach ? [...[...document.querySelectorAll('.timeline-text')].pop().childNodes]
  .filter(n => n.nodeType === Node.TEXT_NODE).map(n => n.textContent).join(' ') : ''"""

# Phase bars and charts: their text inside the SVG, every segment titled (its text equivalent).
PHASE_SVGS = """(selector) => [...document.querySelectorAll(selector)].map(svg => {
  const box = svg.getBoundingClientRect();
  const texts = [...svg.querySelectorAll('text')];
  const outside = texts.filter(t => {
    const r = t.getBoundingClientRect();
    return r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5;
  }).map(t => t.textContent);
  const segments = [...svg.querySelectorAll('rect[class^="phase-"]')];
  return {right: box.right, texts: texts.map(t => t.textContent), outside, segments: segments.length,
          untitled: segments.filter(r => !(r.querySelector('title') || {}).textContent).length};
})"""

ROW_VALUES = """(index) => [...document.querySelectorAll('#incident-table tbody tr')].map(row => {
  const cell = row.cells[index];
  return {value: cell.getAttribute('data-value'), text: cell.textContent.trim()};
})"""


# ---------------------------------------------------------------------------
# Checks


def check_axe(results, label, page, axe):
    violations = [v for v in axe.run(page).response["violations"] if v["impact"] in ("serious", "critical")]
    results.check(
        f"{label} axe: no serious or critical violation",
        not violations,
        "; ".join(f"{v['id']} ({v['impact']}) on {[n['target'] for n in v['nodes']][:3]}" for v in violations),
    )


def check_page(results, name, page, width, errors, axe, screenshots):
    label = f"{name}@{width}"
    results.check(
        f"{label} fits its viewport",
        page.evaluate("document.documentElement.scrollWidth <= innerWidth"),
        f"{page.evaluate('document.documentElement.scrollWidth')}px wide: {page.evaluate(WIDE_ELEMENTS)}",
    )
    check_axe(results, label, page, axe)
    outside = page.evaluate(TEXT_OUTSIDE_SVG)
    results.check(f"{label} chart text stays inside its chart", not outside, ", ".join(outside[:6]))
    if page.locator(".chart-figure").count():
        unmarked = page.evaluate(TIME_SERIES_CHARTS)
        results.check(f"{label} time-series charts are marked newest-at-end", not unmarked, ", ".join(unmarked))
        not_at_end = page.evaluate(CHARTS_NOT_AT_NEWEST)
        results.check(f"{label} wide charts open at their newest data", not not_at_end, "; ".join(not_at_end))
    wide = page.evaluate(TABLES_SCROLLING)
    results.check(f"{label} summary tables fit without scrolling sideways", not wide, ", ".join(wide))
    unnamed = page.evaluate(SCROLLERS_WITHOUT_NAME)
    results.check(f"{label} sideways-scrolling regions are focusable and named", not unnamed, ", ".join(unnamed))
    if screenshots:
        page.screenshot(path=str(screenshots / f"{name}-{width}.png"), full_page=True)
    if page.locator("details.chart-data").count():
        page.evaluate("document.querySelectorAll('details.chart-data').forEach(d => { d.open = true; })")
        page.wait_for_timeout(50)  # the toggle events fire after the change
        check_axe(results, f"{label} with every 'Show the numbers' open", page, axe)
        unnamed = page.evaluate(SCROLLERS_WITHOUT_NAME)
        results.check(
            f"{label} with every 'Show the numbers' open: sideways-scrolling tables focusable and named",
            not unnamed,
            ", ".join(unnamed),
        )


def console(message, errors, name):
    # The 404 page is served with status 404, which Chromium logs as a failed load.
    if message.type == "error" and not (name == "404" and "status of 404" in message.text):
        errors.append(f"console.error {message.text}")


def check_no_errors(results, label, errors):
    results.check(f"{label} no script errors", not errors, "; ".join(errors[:4]))


def check_incident_page(results, page, url, width, highlight):
    label = f"incident@{width}"
    marks = page.evaluate(
        "() => [...document.querySelectorAll('.anchor-link')].map(a => parseFloat(getComputedStyle(a).opacity))"
    )
    results.check(
        f"{label} copy-link marks show without hover",
        marks and min(marks) >= 0.3,
        f"opacity {min(marks) if marks else 'no marks'}",
    )
    # A long unbroken code span (a path, a flag) wraps instead of widening the page.
    page.evaluate(
        """() => { const p = document.querySelector('.report-section p');
        const code = document.createElement('code');
        code.textContent = 'spring.datasource.hikari.maximum-pool-size=/var/lib/checkout/config/production/pool.properties';
        p.append(' ', code); }"""
    )
    results.check(
        f"{label} a long inline code span wraps",
        page.evaluate("document.documentElement.scrollWidth <= innerWidth"),
        f"page {page.evaluate('document.documentElement.scrollWidth')}px wide",
    )
    explicit = page.evaluate("document.querySelector('.anchor-target').id")
    entry = page.evaluate("document.querySelectorAll('.timeline-entry').length") // 2 or 1
    anchors = [
        ("#timeline", ".report-section h2", "the Timeline heading"),
        ("#root-cause", ".report-section h2", "the Root cause heading"),
        ("#action-2", ".action-item", "action item 2"),
        (f"#{explicit}", ".action-item", f"the action item with id {explicit}"),
        (f"#timeline-{entry}", ".timeline-entry", f"timeline entry {entry}"),
    ]
    for fragment, selector, what in anchors:
        page.goto(url + fragment)
        state = page.evaluate(TARGET_ITEM, selector)
        ok = bool(state and state.get("item") and state["background"] == highlight and state["visible"])
        results.check(f"{label} {fragment} highlights {what} whole", ok, f"{state} (highlight {highlight})")


def check_phases(results, name, page, width):
    """The incident header's phase bar and the trends page's phases per quarter."""
    label = f"{name}@{width}"
    selector = ".phases svg.phase-bar" if name == "incident" else "#phases-by-quarter svg"
    svgs = page.evaluate(PHASE_SVGS, selector)
    svg = svgs[0] if len(svgs) == 1 else None
    results.check(
        f"{label} phase {'bar' if name == 'incident' else 'chart'}: its text is inside its SVG, every segment titled",
        bool(svg and svg["texts"] and not svg["outside"] and svg["segments"] and not svg["untitled"]),
        f"{svgs}",
    )
    if name == "incident":
        items = page.locator(".phase-legend li").all_inner_texts()
        results.check(
            f"{label} phase bar: every phase written out, measured or not",
            len(items) == 5 and all(re.search(r"\d+[mhd]\b|not measured: ", item) for item in items),
            f"{items}",
        )
        results.check(
            f"{label} phase bar fits the screen", bool(svg and svg["right"] <= width + 0.5), f"{svg and svg['right']}"
        )
    else:
        cells = page.evaluate(
            """() => [...document.querySelectorAll('#phases-by-quarter tbody tr')]
                 .map(r => [...r.cells].slice(2).map(c => c.textContent))"""
        )
        results.check(
            f"{label} phases per quarter: a median and n for every quarter and phase",
            cells and all(len(row) == 5 and all(re.search(r"\(n \d+", cell) for cell in row) for row in cells),
            f"{cells[:3]}",
        )


def sorted_as(values, key, descending):
    keys = [key(v) for v in values]
    present = [k for k in keys if k is not None]
    # Missing values (unmeasured, no action items) sort last in both directions.
    if keys != present + [None] * (len(keys) - len(present)):
        return False
    return present == sorted(present, reverse=descending)


def share(cell):
    match = re.match(r"(\d+)/(\d+)", cell["text"])
    return int(match.group(1)) / int(match.group(2)) if match and int(match.group(2)) else None


def minutes(cell):
    return float(cell["value"]) if cell["value"] else None


def check_incidents_table(results, page, url, width):
    label = f"incidents@{width}"
    headers = page.locator("#incident-table th[data-sort]")
    names = [h.strip() for h in headers.all_inner_texts()]

    def column(title):
        return next(i for i, name in enumerate(names) if name.startswith(title))

    dates = [c["value"] for c in page.evaluate(ROW_VALUES, column("Date"))]
    results.check(f"{label} opens newest first", dates == sorted(dates, reverse=True), f"{dates[:5]}")
    for title, key in [("Actions done", share), ("Time to restore", minutes), ("Title", lambda c: c["text"].lower())]:
        header = headers.nth(column(title))
        for direction in ("ascending", "descending"):
            header.click()
            sort = header.get_attribute("aria-sort")
            cells = page.evaluate(ROW_VALUES, column(title))
            ok = sort == direction and sorted_as(cells, key, direction == "descending")
            results.check(
                f"{label} sorting by {title} {direction}",
                ok,
                f"aria-sort {sort}, order {[c['text'] for c in cells]}",
            )
    # The keyboard sorts too: Enter on a focused header.
    date = headers.nth(column("Date"))
    date.focus()
    page.keyboard.press("Enter")
    dates = [c["value"] for c in page.evaluate(ROW_VALUES, column("Date"))]
    results.check(
        f"{label} Enter on a header sorts",
        date.get_attribute("aria-sort") == "ascending" and dates == sorted(dates),
        f"aria-sort {date.get_attribute('aria-sort')}, {dates[:4]}",
    )
    late = page.evaluate(
        "() => [...document.querySelectorAll('#incident-table .overdue-days')].map(e => e.textContent)"
    )
    results.check(
        f"{label} says overdue, not late",
        late and all(re.fullmatch(r"\(\d+ overdue\)", text) for text in late),
        f"{late}",
    )
    # Filtering: a tag hides every row without it, and the rows really disappear.
    page.fill("#incident-filter", "database")
    rows = page.evaluate(
        """() => [...document.querySelectorAll('#incident-table tbody tr')].map(r => ({
             text: r.textContent.toLowerCase(), hidden: r.hidden, shown: r.getBoundingClientRect().height > 0}))"""
    )
    shown = [r for r in rows if r["shown"]]
    counter = page.locator("#incident-filter-count").inner_text()
    results.check(
        f"{label} filtering hides the rows that do not match",
        0 < len(shown) < len(rows)
        and all("database" in r["text"] for r in shown)
        and all(r["shown"] == (not r["hidden"]) for r in rows)
        and counter == f"{len(shown)} shown",
        f"{len(shown)} of {len(rows)} shown, counter {counter!r}",
    )
    page.goto(url + "?q=database")
    prefilled = page.locator("#incident-filter").input_value()
    results.check(f"{label} ?q= fills the filter", prefilled == "database", f"filter {prefilled!r}")


def search(page, phrase):
    box = page.locator("#site-search-input")
    box.click()
    box.fill(phrase)
    # The shards a query needs load on demand; wait for the results of this very query.
    page.wait_for_function(
        "q => { const r = document.getElementById('site-search-results'); return !r.hidden && r.dataset.query === q; }", arg=phrase
    )
    return page.locator("#site-search-results a strong").all_inner_texts()


def check_search(results, page, width, incident_title, timeline_text, action_title):
    label = f"search@{width}"
    phrase = " ".join(incident_title.split()[1:4])
    found = search(page, phrase)
    results.check(
        f"{label} a phrase from a title finds it",
        incident_title in found[:3],
        f"{phrase!r} found {found}",
    )
    box = page.locator("#site-search-results").bounding_box()
    results.check(
        f"{label} the results stay on screen",
        box and box["x"] >= 0 and box["x"] + box["width"] <= width,
        f"results at {box}",
    )
    marks = page.locator("#site-search-results mark").count()
    results.check(f"{label} results show a snippet with the matches marked", marks > 0, f"{marks} marks")
    # Words of a timeline entry are common words: the incident must be among all the results.
    page.goto(page.url.split("incidents/")[0] + "search/index.html?q=" + urllib.parse.quote(timeline_text))
    page.wait_for_function("q => document.getElementById('search-page-results').dataset.query === q", arg=timeline_text)
    found = page.locator("#search-page-results a strong").all_inner_texts()
    results.check(f"{label} {timeline_text!r} (last timeline entry) finds its incident", incident_title in found, f"found {found}")
    page.go_back()
    found = search(page, action_title)
    results.check(f"{label} {action_title!r} (an action item) finds its incident", incident_title in found, f"found {found}")
    # Arrow keys move from the box into the results and back.
    page.locator("#site-search-input").press("ArrowDown")
    first = page.evaluate("document.activeElement === document.querySelector('#site-search-results a')")
    page.keyboard.press("ArrowUp")
    back = page.evaluate("document.activeElement === document.getElementById('site-search-input')")
    results.check(f"{label} arrow keys move into the results and back", first and back, f"first={first} back={back}")
    # Enter opens the results page, which keeps the query in its URL and lists the incident.
    page.locator("#site-search-input").press("Enter")
    page.wait_for_function(
        "q => document.getElementById('search-page-results').dataset.query === q", arg=action_title
    )
    listed = page.locator("#search-page-results a strong").all_inner_texts()
    query = page.evaluate("new URLSearchParams(location.search).get('q')")
    results.check(
        f"{label} Enter opens the results page with the query in its URL",
        incident_title in listed and query == action_title,
        f"q={query!r} listed {listed[:3]}",
    )
    page.go_back()
    found = search(page, "zzqx-no-such-phrase")
    empty = page.locator("#site-search-results .empty").count()
    results.check(f"{label} a phrase found nowhere says so", not found and empty == 1, f"{found}")


# The action board's burn-down: its figure within the viewport, its bars drawn, scrolled to the newest month.
BURN_DOWN = """() => {
  const figure = document.getElementById('open-per-month');
  if (!figure) return null;
  const scroller = figure.querySelector('.chart-scroll');
  const svg = figure.querySelector('svg.chart');
  const r = figure.getBoundingClientRect();
  return {right: Math.round(r.right), width: innerWidth, bars: svg ? svg.querySelectorAll('rect').length : 0,
          atEnd: scroller.scrollLeft + scroller.clientWidth >= scroller.scrollWidth - 1,
          newest: figure.matches('[data-newest="end"]')};
}"""


TIMELINE_STRIP = """() => {
  const scroller = document.querySelector('.timeline-chart');
  if (!scroller) return null;
  const r = scroller.getBoundingClientRect();
  return {right: Math.round(r.right), width: innerWidth, scrolls: scroller.scrollWidth > scroller.clientWidth + 1,
          atEnd: scroller.scrollLeft + scroller.clientWidth >= scroller.scrollWidth - 1};
}"""


def check_timeline_strip(results, page, width):
    """The incident's timeline strip fits, or opens at its newest end so Stable is in view (it opened at the start)."""
    label = f"incident@{width}"
    found = page.evaluate(TIMELINE_STRIP)
    results.check(f"{label} has the timeline strip", found is not None, "no .timeline-chart")
    if found is None:
        return
    results.check(
        f"{label} timeline strip fits the viewport and shows its newest end",
        found["right"] <= found["width"] and (not found["scrolls"] or found["atEnd"]),
        f"{found}",
    )


def check_burn_down(results, page, width):
    """The board's open-items-per-month chart fits the viewport and opens at its newest month."""
    label = f"actions@{width}"
    found = page.evaluate(BURN_DOWN)
    results.check(f"{label} has the burn-down chart", found is not None, "no #open-per-month")
    if found is None:
        return
    results.check(
        f"{label} burn-down fits the viewport, bars drawn, opens at its newest month",
        found["right"] <= found["width"] and found["bars"] > 0 and found["atEnd"] and found["newest"],
        f"{found}",
    )


def check_dark_mode(results, browser, site, base, pages, axe):
    """Dark mode has its own colours: axe checks their contrast on the pages with badges and charts."""
    context = new_context(browser, site, base, 1280, 900, color_scheme="dark")
    page = context.new_page()
    for name in ("overview", "incidents", "incident", "actions"):
        if name not in pages:
            continue
        page.goto(base + pages[name])
        check_axe(results, f"{name}@1280 dark", page, axe)
    context.close()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", nargs="?", default="_site")
    parser.add_argument("--screenshots", default="/tmp/hindsight-browser", help="folder for screenshots ('' for none)")
    parser.add_argument("--only", default="", help="check only page types whose name contains this")
    args = parser.parse_args()
    if not pathlib.Path(CHROMIUM).exists():
        sys.exit(f"{CHROMIUM} not found: apt-get install -y chromium")
    site = pathlib.Path(args.site).resolve()
    if not (site / "index.html").is_file():
        sys.exit(f"{site}: not a built site (run scripts/sample.sh first)")
    screenshots = pathlib.Path(args.screenshots) if args.screenshots else None
    if screenshots:
        screenshots.mkdir(parents=True, exist_ok=True)
    base = base_url(site)
    pages = {name: path for name, path in page_types(site).items() if args.only in name}
    results = Results()
    axe = Axe()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        for width, height, phone in WIDTHS:
            context = new_context(browser, site, base, width, height, phone)
            highlight = None
            for name, path in pages.items():
                url = base + path
                page = context.new_page()
                errors = []
                page.on("pageerror", lambda error, errors=errors: errors.append(f"pageerror {error}"))
                page.on("console", lambda message, errors=errors, name=name: console(message, errors, name))
                try:
                    response = page.goto(url)
                    if name == "404":
                        results.check(f"404@{width} answers 404", response.status == 404, f"status {response.status}")
                    highlight = highlight or page.evaluate(HIGHLIGHT)
                    check_page(results, name, page, width, errors, axe, screenshots)
                    if name == "actions":
                        check_burn_down(results, page, width)
                    if name in ("incident", "trends"):
                        check_phases(results, name, page, width)
                    if name == "incident":
                        check_timeline_strip(results, page, width)
                    if name == "incidents":
                        check_incidents_table(results, page, url, width)
                    if name == "incident":
                        title = page.locator("h1").inner_text()
                        # Its three longest words: common words would match other incidents too.
                        words = re.findall(r"[A-Za-z][\w-]+", page.evaluate(LAST_TIMELINE_TEXT))
                        timeline = " ".join(sorted(dict.fromkeys(words), key=len, reverse=True)[:3])
                        action = " ".join(page.locator(".action-title").last.inner_text().rstrip("#").split()[:4])
                        check_incident_page(results, page, url, width, highlight)
                        page.goto(url)
                        check_search(results, page, width, title, timeline, action)
                except Exception as exception:  # noqa: BLE001 - one broken page must not hide the others
                    results.error(f"{name}@{width}", exception)
                check_no_errors(results, f"{name}@{width}", errors)
                page.close()
            context.close()
        check_dark_mode(results, browser, site, base, pages, axe)
        browser.close()
    if screenshots:
        print(f"screenshots in {screenshots}/")
    print(f"{results.passed} passed, {results.failed} failed, {results.xfailed} skipped")
    sys.exit(1 if results.failed else 0)


if __name__ == "__main__":
    main()
