// Hindsight default theme: small progressive enhancements. Every page works
// without this script; it adds copy-on-click anchors, table sorting and
// filtering, the search box, and keyboard access to regions that scroll sideways.
(function () {
  "use strict";

  // Copy-link affordance: clicking an anchor link copies the full URL.
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a.anchor-link");
    if (!link || !navigator.clipboard) return;
    var url = new URL(link.getAttribute("href"), window.location.href).href;
    navigator.clipboard.writeText(url).then(function () {
      link.classList.add("copied");
      setTimeout(function () { link.classList.remove("copied"); }, 1500);
    }, function () {});
  });

  // Sortable tables: click a header with data-sort to sort by that column.
  // Kinds: text, number, ratio ("3/4" sorts as 0.75). A cell without a value
  // (not measured, no action items) is null and sorts last in both directions.
  function cellValue(row, index, kind) {
    var cell = row.cells[index];
    var raw = cell.getAttribute("data-value");
    if (raw === null) raw = cell.textContent.trim();
    if (kind === "number") {
      var number = parseFloat(raw);
      return isNaN(number) ? null : number;
    }
    if (kind === "ratio") {
      var parts = raw.split("/").map(Number);
      return parts.length === 2 && parts[1] > 0 ? parts[0] / parts[1] : null;
    }
    return raw.toLowerCase();
  }

  document.querySelectorAll("table.sortable").forEach(function (table) {
    var headers = table.querySelectorAll("th[data-sort]");
    headers.forEach(function (header, index) {
      header.tabIndex = 0;
      function sort() {
        var ascending = header.getAttribute("aria-sort") !== "ascending";
        headers.forEach(function (other) { other.removeAttribute("aria-sort"); });
        header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        var kind = header.getAttribute("data-sort");
        rows.sort(function (a, b) {
          var x = cellValue(a, index, kind), y = cellValue(b, index, kind);
          if (x === null || y === null) return (x === null) - (y === null);
          if (x < y) return ascending ? -1 : 1;
          if (x > y) return ascending ? 1 : -1;
          return 0;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      }
      header.addEventListener("click", sort);
      header.addEventListener("keydown", function (event) {
        if (event.key === "Enter" || event.key === " ") { event.preventDefault(); sort(); }
      });
    });
  });

  // Table filter: hides rows that do not contain every typed word.
  document.querySelectorAll("input[data-filter-table]").forEach(function (input) {
    var table = document.getElementById(input.getAttribute("data-filter-table"));
    var counter = document.getElementById(input.id + "-count");
    if (!table) return;
    function apply() {
      var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      var shown = 0;
      Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
        var text = row.textContent.toLowerCase();
        var match = words.every(function (word) { return text.indexOf(word) !== -1; });
        row.hidden = !match;
        if (match) shown += 1;
      });
      if (counter) counter.textContent = words.length ? shown + " shown" : "";
    }
    input.addEventListener("input", apply);
    var query = new URLSearchParams(window.location.search).get("q");
    if (query) { input.value = query; apply(); }
  });

  // Regions that scroll sideways on a narrow screen (charts, wide tables, code
  // blocks) become focusable and named, so the keyboard can scroll them; charts
  // whose time runs left to right open at their newest end.
  var scrollers = document.querySelectorAll(".chart-scroll, .table-scroll, .report-section pre, .report-section table");
  function labelOf(element) {
    var figure = element.closest("figure");
    var caption = figure && figure.querySelector("figcaption");
    if (caption) return caption.textContent.trim();
    if (element.closest(".timeline-chart")) return "Timeline chart";
    if (element.tagName === "PRE") return "Code";
    var section = element.closest("section");
    var heading = section && section.querySelector("h2, h3");
    return heading ? heading.firstChild.textContent.trim() + ": table" : "Table";
  }
  function markScrollers() {
    scrollers.forEach(function (element) {
      if (element.offsetParent === null) return;
      var scrolls = element.scrollWidth > element.clientWidth + 1;
      if (scrolls && !element.hasAttribute("data-scrolls")) {
        // data-scrolls lists the attributes added here, to take back when it fits again.
        var added = ["tabindex"];
        element.tabIndex = 0;
        if (!element.hasAttribute("aria-label")) {
          element.setAttribute("aria-label", labelOf(element) + " (scrolls sideways)");
          added.push("aria-label");
        }
        if (element.tagName !== "TABLE" && !element.hasAttribute("role")) {
          element.setAttribute("role", "region");
          added.push("role");
        }
        element.setAttribute("data-scrolls", added.join(" "));
        if (element.closest("[data-newest=end]")) element.scrollLeft = element.scrollWidth;
      } else if (!scrolls && element.hasAttribute("data-scrolls")) {
        element.getAttribute("data-scrolls").split(" ").forEach(function (name) { element.removeAttribute(name); });
        element.removeAttribute("data-scrolls");
      }
    });
  }
  markScrollers();
  var pending = false;
  window.addEventListener("resize", function () {
    if (pending) return;
    pending = true;
    window.requestAnimationFrame(function () { pending = false; markScrollers(); });
  });
  // A table inside a closed "Show the numbers" is measured when it opens.
  document.addEventListener("toggle", markScrollers, true);

  // Search: a full-text index in small scripts under assets/search/ (see
  // SearchIndex.swift), loaded only when someone searches. A query's words are
  // matched as prefixes of indexed words; every word must match.
  var searchInput = document.getElementById("site-search-input");
  var searchRoot = (searchInput && searchInput.getAttribute("data-root")) || "./";
  var searchShards = {};
  var searchTexts = {};
  var searchScripts = {};
  window.HINDSIGHT_SEARCH_SHARD = function (key, words) { searchShards[key] = words; };
  window.HINDSIGHT_SEARCH_TEXT = function (block, texts) { searchTexts[block] = texts; };
  function searchScript(name) {
    if (!searchScripts[name]) {
      searchScripts[name] = new Promise(function (resolve) {
        var element = document.createElement("script");
        element.src = searchRoot + "assets/search/" + name + ".js";
        // A missing shard means no word starts that way: nothing to wait for.
        element.onload = element.onerror = function () { resolve(); };
        document.head.appendChild(element);
      });
    }
    return searchScripts[name];
  }
  function searchWords(text) {
    return text.toLowerCase().split(/[^\p{L}\p{Nd}]+/u).filter(function (word) { return Array.from(word).length >= 2; });
  }
  function shardKey(word) {
    return Array.from(word).slice(0, 2).map(function (character) {
      return /^[a-z0-9]$/.test(character) ? character : "u" + character.codePointAt(0).toString(16);
    }).join("");
  }
  function runSearch(query) {
    var terms = searchWords(query);
    if (!terms.length) return Promise.resolve({ terms: terms, hits: [] });
    return searchScript("docs").then(function () {
      var existing = window.HINDSIGHT_SEARCH_SHARDS || [];
      return Promise.all(terms.map(function (term) {
        return existing.indexOf(shardKey(term)) === -1 ? null : searchScript("t-" + shardKey(term));
      }));
    }).then(function () {
      var docs = window.HINDSIGHT_SEARCH_DOCS || [];
      var sets = terms.map(function (term) {
        var shard = searchShards[shardKey(term)] || {};
        var found = {};
        Object.keys(shard).forEach(function (word) {
          if (word.indexOf(term) === 0) shard[word].forEach(function (number) { found[number] = true; });
        });
        return found;
      });
      var hits = Object.keys(sets[0]).filter(function (number) {
        return docs[number] && sets.every(function (set) { return set[number]; });
      }).map(function (number) {
        var doc = docs[number];
        var title = doc.t.toLowerCase();
        var tags = doc.g.toLowerCase();
        var score = 0;
        terms.forEach(function (term) { score += title.indexOf(term) !== -1 ? 5 : tags.indexOf(term) !== -1 ? 3 : 1; });
        return { number: Number(number), doc: doc, score: score };
      });
      hits.sort(function (a, b) { return b.score - a.score || (a.doc.d < b.doc.d ? 1 : a.doc.d > b.doc.d ? -1 : a.number - b.number); });
      return { terms: terms, hits: hits };
    });
  }
  function withTexts(hits) {
    var blocks = {};
    hits.forEach(function (hit) { blocks[Math.floor(hit.number / 100)] = true; });
    return Promise.all(Object.keys(blocks).map(function (block) { return searchScript("x-" + block); })).then(function () {
      hits.forEach(function (hit) { hit.text = (searchTexts[Math.floor(hit.number / 100)] || [])[hit.number % 100] || ""; });
      return hits;
    });
  }
  // The text around the first match, every match marked (built as DOM nodes, never as HTML).
  function snippet(text, terms) {
    var lower = text.toLowerCase();
    function nextMatch(from, haystack) {
      var best = null;
      terms.forEach(function (term) {
        var at = haystack.indexOf(term, from);
        if (at !== -1 && (!best || at < best.at)) best = { at: at, length: term.length };
      });
      return best;
    }
    var first = nextMatch(0, lower);
    var start = first ? Math.max(0, first.at - 60) : 0;
    var end = Math.min(text.length, (first ? first.at : 0) + 160);
    var piece = text.slice(start, end);
    var lowerPiece = lower.slice(start, end);
    var element = document.createElement("span");
    element.className = "snippet";
    if (start > 0) element.appendChild(document.createTextNode("…"));
    var index = 0;
    while (index < piece.length) {
      var match = nextMatch(index, lowerPiece);
      if (!match) { element.appendChild(document.createTextNode(piece.slice(index))); break; }
      if (match.at > index) element.appendChild(document.createTextNode(piece.slice(index, match.at)));
      var mark = document.createElement("mark");
      mark.textContent = piece.slice(match.at, match.at + match.length);
      element.appendChild(mark);
      index = match.at + match.length;
    }
    if (end < text.length) element.appendChild(document.createTextNode("…"));
    return element;
  }
  function resultLink(hit, terms) {
    var link = document.createElement("a");
    link.href = searchRoot + hit.doc.u;
    var title = document.createElement("strong");
    title.textContent = hit.doc.t;
    var meta = document.createElement("span");
    meta.className = "meta";
    meta.textContent = [hit.doc.d, hit.doc.s, hit.doc.g].filter(Boolean).join(" · ");
    link.appendChild(title);
    link.appendChild(meta);
    link.appendChild(snippet(hit.text || "", terms));
    return link;
  }
  function searchPageURL(query) { return searchRoot + "search/index.html?q=" + encodeURIComponent(query); }

  // The search box in every page's header: results as you type, arrow keys to move, Enter for all results.
  var results = document.getElementById("site-search-results");
  if (searchInput && results) {
    var serial = 0;
    function render() {
      var query = searchInput.value;
      var mine = ++serial;
      runSearch(query).then(function (found) {
        return withTexts(found.hits.slice(0, 8)).then(function (shown) { return { found: found, shown: shown }; });
      }).then(function (state) {
        if (mine !== serial) return;
        results.textContent = "";
        results.setAttribute("data-query", query);
        if (!state.found.terms.length) { results.hidden = true; return; }
        if (!state.found.hits.length) {
          var none = document.createElement("p");
          none.className = "empty";
          none.textContent = "No incident matches.";
          results.appendChild(none);
        }
        state.shown.forEach(function (hit) { results.appendChild(resultLink(hit, state.found.terms)); });
        if (state.found.hits.length > state.shown.length) {
          var all = document.createElement("a");
          all.className = "all-results";
          all.href = searchPageURL(query);
          all.textContent = "All " + state.found.hits.length + " results →";
          results.appendChild(all);
        }
        results.hidden = false;
      });
    }
    var timer = null;
    searchInput.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(render, 60);
    });
    searchInput.addEventListener("focus", function () { searchScript("docs"); });
    searchInput.addEventListener("keydown", function (event) {
      if (event.key === "Escape") { searchInput.value = ""; results.hidden = true; }
      if (event.key === "ArrowDown") {
        var first = results.querySelector("a");
        if (first) { event.preventDefault(); first.focus(); }
      }
    });
    results.addEventListener("keydown", function (event) {
      var links = Array.prototype.slice.call(results.querySelectorAll("a"));
      var at = links.indexOf(document.activeElement);
      if (event.key === "ArrowDown" && at < links.length - 1) { event.preventDefault(); links[at + 1].focus(); }
      if (event.key === "ArrowUp") { event.preventDefault(); (at > 0 ? links[at - 1] : searchInput).focus(); }
      if (event.key === "Escape") { results.hidden = true; searchInput.focus(); }
    });
    document.addEventListener("click", function (event) {
      if (!results.contains(event.target) && event.target !== searchInput) results.hidden = true;
    });
  }

  // The search page: every result, the query kept in the URL so it can be shared.
  var pageInput = document.getElementById("search-page-input");
  var pageResults = document.getElementById("search-page-results");
  if (pageInput && pageResults) {
    var pageSerial = 0;
    function renderPage() {
      var query = pageInput.value;
      var mine = ++pageSerial;
      if (window.history && window.history.replaceState && window.location.protocol !== "file:") {
        window.history.replaceState(null, "", "?q=" + encodeURIComponent(query));
      }
      runSearch(query).then(function (found) {
        return withTexts(found.hits.slice(0, 100)).then(function (shown) { return { found: found, shown: shown }; });
      }).then(function (state) {
        if (mine !== pageSerial) return;
        pageResults.textContent = "";
        pageResults.setAttribute("data-query", query);
        var count = document.getElementById("search-page-count");
        var total = state.found.hits.length;
        if (count) {
          count.textContent = !state.found.terms.length ? "" : total === 0 ? "No incident matches." :
            (total === 1 ? "1 incident matches" : total + " incidents match") + (total > 100 ? "; the first 100 are shown." : ".");
        }
        state.shown.forEach(function (hit) {
          var item = document.createElement("li");
          item.appendChild(resultLink(hit, state.found.terms));
          pageResults.appendChild(item);
        });
      });
    }
    var initial = new URLSearchParams(window.location.search).get("q");
    if (initial) { pageInput.value = initial; renderPage(); }
    var pageTimer = null;
    pageInput.addEventListener("input", function () { clearTimeout(pageTimer); pageTimer = setTimeout(renderPage, 60); });
    pageInput.form.addEventListener("submit", function (event) { event.preventDefault(); renderPage(); });
  }
})();
