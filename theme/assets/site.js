// Hindsight default theme: small progressive enhancements. Every page works
// without this script; it adds copy-on-click anchors, table sorting and
// filtering, and the search box.
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
  function cellValue(row, index, kind) {
    var cell = row.cells[index];
    var raw = cell.getAttribute("data-value");
    if (raw === null) raw = cell.textContent.trim();
    if (kind === "number") {
      var number = parseFloat(raw);
      return isNaN(number) ? Number.POSITIVE_INFINITY : number;
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
