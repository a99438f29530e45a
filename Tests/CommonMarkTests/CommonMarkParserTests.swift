import Testing

@testable import CommonMark

@Suite("Parsing with cmark")
struct CommonMarkParserTests {
    @Test("nodes come in document order with start lines and columns")
    func nodesAndLocations() {
        let document = CommonMark.parse("## Title\n\n**Date**: 2024-03-05\n")
        let summary = document.nodes.map { "\($0.kind) \($0.line):\($0.column) \($0.literal ?? "")" }
        #expect(
            summary == [
                "document 1:1 ",
                "heading(level: 2) 1:1 ",
                "text 1:4 Title",
                "paragraph 3:1 ",
                "strong 3:1 ",
                "text 3:3 Date",
                "text 3:9 : 2024-03-05",
            ])
    }

    @Test("subtreeEnd bounds each node's descendants")
    func subtrees() {
        let document = CommonMark.parse("- a\n- b\n\nafter\n")
        #expect(document.topLevelBlocks.map { document.nodes[$0].kind } == [.list(ordered: false), .paragraph])
        let list = document.topLevelBlocks[0]
        #expect(document.children(of: list).count == 2)
        #expect(document.plainText(of: list) == "a b")
    }

    @Test("soft breaks take the line of their block instead of 0")
    func softBreakLines() {
        let document = CommonMark.parse("one\ntwo\n")
        let softBreak = document.nodes.first { $0.kind == .softBreak }
        #expect(softBreak?.line == 1)
    }

    @Test("a NUL byte does not cut the text")
    func nulByte() {
        let document = CommonMark.parse("before\u{0}after\n")
        #expect(document.plainText(of: 0).hasPrefix("before"))
        #expect(document.plainText(of: 0).hasSuffix("after"))
    }

    @Test("the walk is iterative: 100,000 nested block quotes do not overflow the stack")
    func deepNesting() {
        let depth = 100_000
        let source = String(repeating: "> ", count: depth) + "deep\n"
        // Over the default nesting limit: lifted here to test the walk itself.
        let unlimited = MarkdownLimits(nestingDepth: .max)
        let document = CommonMark.parse(source, options: ParseOptions(renderBlocks: true, limits: unlimited))
        #expect(document.nodes.filter { $0.kind == .blockQuote }.count == depth)
        #expect(document.plainText(of: 0) == "deep")
        #expect(document.nodes.map(\.depth).max() == depth + 2)  // quotes, paragraph, text
    }

    @Test("empty input gives just a document")
    func emptyInput() {
        #expect(CommonMark.parse("").nodes.map(\.kind) == [.document])
    }
}

@Suite("Safe HTML")
struct SafeHTMLTests {
    @Test("raw HTML is omitted (safe mode)")
    func rawHTML() {
        let html = CommonMark.renderHTML("<script>alert(1)</script>\n\nHi <img src=x onerror=alert(1)>\n")
        #expect(!html.contains("<script"))
        #expect(!html.contains("onerror"))
        #expect(html.contains("<!-- raw HTML omitted -->"))
    }

    @Test(
        "dangerous links become their plain text",
        arguments: [
            "javascript:alert(1)", "JavaScript:alert(1)", "<javascript:alert(1)>", "vbscript:x", "file:///etc/passwd",
            "data:text/html;base64,PHNjcmlwdD4=", "data:image/png;base64,iVBORw0KGgo=",
        ])
    func dangerousLinks(target: String) {
        let html = CommonMark.renderHTML("[click *me*](\(target))\n")
        #expect(html == "<p>click <em>me</em></p>\n")
    }

    @Test("dangerous images become their alt text")
    func dangerousImages() {
        let html = CommonMark.renderHTML("![a *chart*](javascript:alert(1)) and ![x](data:image/gif;base64,R0lGOD)\n")
        #expect(html == "<p>a chart and x</p>\n")
    }

    @Test("nested dangerous links inside an image's text are handled")
    func nested() {
        let html = CommonMark.renderHTML("[![alt](javascript:a)](javascript:b)\n")
        #expect(html == "<p>alt</p>\n")
    }

    @Test("ordinary links and images stay")
    func safeLinks() {
        let html = CommonMark.renderHTML("[docs](https://example.com/a?b=1&c=2) ![g](graph.png)\n")
        #expect(html == "<p><a href=\"https://example.com/a?b=1&amp;c=2\">docs</a> <img src=\"graph.png\" alt=\"g\" /></p>\n")
    }

    @Test("top-level blocks carry their own HTML when asked")
    func blockHTML() {
        let document = CommonMark.parse("# T\n\ntext [x](javascript:y)\n", options: ParseOptions(renderBlocks: true))
        let html = document.topLevelBlocks.compactMap { document.nodes[$0].html }
        #expect(html == ["<h1>T</h1>\n", "<p>text x</p>\n"])
    }
}

@Suite("Pipe tables")
struct PipeTableTests {
    @Test("a top-level pipe table renders as a table, cells through cmark's safe mode")
    func table() {
        let source = "| Pods | Pool `per` pod |\n|-----:|:---:|\n| 12 | [x](javascript:y) |\n| 24 \\| 48 |\n"
        let document = CommonMark.parse(source, options: ParseOptions(renderBlocks: true))
        #expect(
            document.nodes[document.topLevelBlocks[0]].html == """
                <table>
                <thead>
                <tr><th class="align-right">Pods</th><th class="align-center">Pool <code>per</code> pod</th></tr>
                </thead>
                <tbody>
                <tr><td class="align-right">12</td><td class="align-center">x</td></tr>
                <tr><td class="align-right">24 | 48</td><td class="align-center"></td></tr>
                </tbody>
                </table>

                """)
    }

    @Test("a table's cells keep their text, line and UTF-8 column, also when blocks are not rendered")
    func cellPositions() {
        let source = "Intro.\n\n  | Time | Événement |\n|---|---|\n| 14:02 | a \\| b |\n|  |\n"
        let document = CommonMark.parse(source)
        let table = document.tables[document.topLevelBlocks[1]]
        #expect(table?.header.map { "\($0.text)@\($0.line):\($0.column)" } == ["Time@3:5", "Événement@3:12"])
        #expect(table?.rows.map { $0.map { "\($0.text)@\($0.line):\($0.column)" } } == [["14:02@5:3", "a | b@5:11"], ["@6:4", "@6:5"]])
        #expect(document.tables[document.topLevelBlocks[0]] == nil)
    }

    @Test(
        "text with pipes that is not a table stays a paragraph",
        arguments: ["a | b\nc | d\n", "| a |\n| b |\n", "x\n| a | b |\n|---|---|\n"])
    func notTables(source: String) {
        let document = CommonMark.parse(source, options: ParseOptions(renderBlocks: true))
        #expect(document.nodes[document.topLevelBlocks[0]].html?.hasPrefix("<p>") == true)
    }

    @Test("links can be rewritten; unsafe ones are still removed")
    func rewrite() {
        let html = CommonMark.renderHTML("[a](other.md#x) [b](javascript:z)\n", rewriteLink: { $0.hasSuffix(".md#x") ? "page#x" : nil })
        #expect(html == "<p><a href=\"page#x\">a</a> b</p>\n")
    }
}
