import Testing

@testable import CommonMark

/// The pre-scan that keeps cmark 0.30 away from its slow shapes: what it counts, and where it stops.
@Suite("Markdown limits")
struct ComplexityScanTests {
    /// `line:column limit` of the first problem, or `ok` when the text is parsed.
    static func verdict(_ text: String, limits: MarkdownLimits = .default) -> String {
        let document = CommonMark.parse(text, options: ParseOptions(limits: limits))
        guard let problem = document.tooComplex else { return document.nodes.isEmpty ? "no nodes" : "ok" }
        #expect(document.nodes.isEmpty)
        return "\(problem.line):\(problem.column) \(problem.limit == .nestingDepth ? "depth" : "brackets")"
    }

    static func indentedList(levels: Int, indent: Int = 2, prefix: String = "", between: String = "") -> String {
        (0..<levels).map { prefix + String(repeating: " ", count: indent * $0) + "* a\n" }.joined(separator: between)
    }

    @Test("block quotes and list items nest up to 64 deep, on one line or by indentation")
    func nestingLimit() {
        #expect(Self.verdict(String(repeating: ">", count: 64) + " a") == "ok")
        #expect(Self.verdict(String(repeating: ">", count: 65) + " a") == "1:65 depth")
        #expect(Self.verdict(String(repeating: "- ", count: 64) + "a") == "ok")
        #expect(Self.verdict(String(repeating: "1. ", count: 65) + "a") == "1:193 depth")
        #expect(Self.verdict(String(repeating: "> - ", count: 33) + "a") == "1:129 depth")
        #expect(Self.verdict(Self.indentedList(levels: 64)) == "ok")
        #expect(Self.verdict(Self.indentedList(levels: 65)) == "65:129 depth")
        #expect(Self.verdict(Self.indentedList(levels: 65, indent: 4)) == "65:257 depth")
    }

    @Test("nesting continued inside block quotes, across blank lines and lazy lines is counted")
    func nestingContinued() {
        #expect(Self.verdict(Self.indentedList(levels: 65, prefix: "> ")) == "64:129 depth")
        #expect(Self.verdict(Self.indentedList(levels: 65, between: "\n")) == "129:129 depth")
        #expect(Self.verdict(Self.indentedList(levels: 65, between: "lazy text\n")) == "129:129 depth")
    }

    @Test("rules, indented code and closed containers are not nesting")
    func notNesting() {
        #expect(Self.verdict(String(repeating: "* ", count: 100) + "\n\n" + String(repeating: "-", count: 100)) == "ok")
        #expect(Self.verdict("- " + String(repeating: "* ", count: 100)) == "ok")
        #expect(Self.verdict("    " + String(repeating: "- ", count: 100) + "code") == "ok")
        #expect(Self.verdict(String(repeating: String(repeating: "> ", count: 40) + "a\n\n", count: 10)) == "ok")
        #expect(Self.verdict(String(repeating: "- a\n", count: 1000)) == "ok")
    }

    @Test("up to 256 brackets may be open in a paragraph; escapes, closers and blank lines count down")
    func bracketLimit() {
        #expect(Self.verdict(String(repeating: "[", count: 256) + "a") == "ok")
        #expect(Self.verdict(String(repeating: "[", count: 257) + "a") == "1:257 brackets")
        #expect(Self.verdict("x\n" + String(repeating: "![", count: 257)) == "2:514 brackets")
        #expect(Self.verdict(String(repeating: "\\[", count: 1000)) == "ok")
        #expect(Self.verdict(String(repeating: "[a] ", count: 1000)) == "ok")
        #expect(Self.verdict(String(repeating: String(repeating: "[", count: 200) + "\n\n", count: 10)) == "ok")
        #expect(Self.verdict(String(repeating: String(repeating: "[", count: 200) + "\n", count: 2)) == "2:57 brackets")
        #expect(Self.verdict(String(repeating: String(repeating: "[", count: 200) + "\n- ", count: 2)) == "ok")
    }

    @Test("limits can be set per parse")
    func customLimits() {
        let limits = MarkdownLimits(nestingDepth: 2, openBrackets: 1)
        #expect(Self.verdict("> > a", limits: limits) == "ok")
        #expect(Self.verdict("> > - a", limits: limits) == "1:5 depth")
        #expect(Self.verdict("[[a", limits: limits) == "1:2 brackets")
    }

    @Test("text over the limits is rendered as escaped text, never given to cmark")
    func renderHTMLOverLimits() {
        #expect(
            CommonMark.renderHTML(String(repeating: ">", count: 65) + " <b>") == "<p>" + String(repeating: "&gt;", count: 65)
                + " &lt;b&gt;</p>\n")
        #expect(CommonMark.renderHTML("> a") == "<blockquote>\n<p>a</p>\n</blockquote>\n")
    }
}
