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

  // Search box: titles, tags, services and text from search-index.js.
  var search = document.getElementById("site-search-input");
  var results = document.getElementById("site-search-results");
  if (search && results) {
    var root = search.getAttribute("data-root") || "./";
    var index = null;
    // The index is loaded on first use, not on every page view.
    function load() {
      if (index || document.getElementById("search-index-script")) return;
      var script = document.createElement("script");
      script.id = "search-index-script";
      script.src = root + "assets/search-index.js";
      script.onload = function () {
        index = (window.HINDSIGHT_SEARCH || []).map(function (entry) {
          return { entry: entry, title: entry.t.toLowerCase(), tags: entry.g.toLowerCase(), text: entry.x.toLowerCase() };
        });
        render();
      };
      document.head.appendChild(script);
    }
    search.addEventListener("focus", load);
    function render() {
      if (!index) { load(); return; }
      var words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
      results.textContent = "";
      if (!words.length) { results.hidden = true; return; }
      var scored = [];
      index.forEach(function (item) {
        var score = 0;
        for (var i = 0; i < words.length; i += 1) {
          var word = words[i];
          var hit = 0;
          if (item.title.indexOf(word) !== -1) hit += 5;
          if (item.tags.indexOf(word) !== -1) hit += 3;
          if (item.text.indexOf(word) !== -1) hit += 1;
          if (!hit) return;
          score += hit;
        }
        scored.push({ score: score, entry: item.entry });
      });
      scored.sort(function (a, b) { return b.score - a.score || (a.entry.d < b.entry.d ? 1 : -1); });
      if (!scored.length) {
        var none = document.createElement("p");
        none.className = "empty";
        none.textContent = "No incident matches.";
        results.appendChild(none);
      }
      scored.slice(0, 8).forEach(function (result) {
        var link = document.createElement("a");
        link.href = root + result.entry.u;
        var title = document.createElement("strong");
        title.textContent = result.entry.t;
        var meta = document.createElement("span");
        meta.className = "meta";
        meta.textContent = [result.entry.d, result.entry.s, result.entry.g].filter(Boolean).join(" · ");
        link.appendChild(title);
        link.appendChild(meta);
        results.appendChild(link);
      });
      results.hidden = false;
    }
    search.addEventListener("input", render);
    search.addEventListener("keydown", function (event) {
      if (event.key === "Escape") { search.value = ""; render(); }
    });
    document.addEventListener("click", function (event) {
      if (!results.contains(event.target) && event.target !== search) results.hidden = true;
    });
  }
})();
