import CommonMark

/// What `hindsight serve` adds to every HTML page it serves, and only there
/// (`hindsight build` never writes it): a script that reloads the page when
/// the site changes, and a banner listing the problems of what was last read.
enum LiveReload {
    /// Polls the site's version and reloads the page when it moves on.
    static let script = """
        // hindsight serve: reloads this page when the site changes (not part of `hindsight build` output).
        (function () {
          var script = document.currentScript;
          var shown = script ? script.getAttribute("data-generation") : null;
          function poll() {
            fetch("/\(ServeResponder.generationPath)", { cache: "no-store" })
              .then(function (response) { return response.text(); })
              .then(function (generation) {
                if (shown !== null && generation !== shown) { location.reload(); } else { setTimeout(poll, 500); }
              })
              .catch(function () { setTimeout(poll, 2000); });
          }
          setTimeout(poll, 500);
        })();

        """

    /// The marker of the server's additions, for tests and for anyone reading the page's source.
    static let marker = "<!-- hindsight serve -->"

    /// `page` with the banner and the script before its last `</body>` (or at its end).
    static func inject(into page: [UInt8], state: ServeState) -> [UInt8] {
        let addition = Array(
            (marker + banner(state.problems)
                + "<script src=\"/\(ServeResponder.scriptPath)\" data-generation=\"\(state.generation)\"></script>\n").utf8)
        let closing = Array("</body>".utf8)
        var index = page.count - closing.count
        while index >= 0 {
            if page[index..<index + closing.count].elementsEqual(closing) {
                return Array(page[..<index]) + addition + Array(page[index...])
            }
            index -= 1
        }
        return page + addition
    }

    /// The problems, one block each (`path:line:column: error: …` with its source line), fixed at the foot of the page.
    /// Styled by its own stylesheet, not a `style` attribute: a theme's Content-Security-Policy applies to served pages too.
    static func banner(_ problems: [String]) -> String {
        guard !problems.isEmpty else { return "" }
        let heading = problems.count == 1 ? "1 problem" : "\(problems.count) problems"
        return "<link rel=\"stylesheet\" href=\"/\(ServeResponder.stylesheetPath)\">"
            + "<div id=\"hindsight-serve-problems\" role=\"alert\"><strong>hindsight serve: \(heading)</strong> "
            + "(this banner is not part of the built site)<pre>\(problems.map(HTMLEscaping.escape).joined(separator: "\n"))</pre></div>\n"
    }

    /// The banner's look.
    static let stylesheet = """
        #hindsight-serve-problems {
          position: fixed; left: 0; right: 0; bottom: 0; max-height: 45vh; overflow: auto; z-index: 2147483647;
          margin: 0; padding: .6rem 1rem; background: #2a1215; color: #ffe4e4; border-top: 3px solid #e5484d;
          font: 13px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
        }
        #hindsight-serve-problems pre { margin: .4rem 0 0; white-space: pre-wrap; font: inherit; }

        """
}
