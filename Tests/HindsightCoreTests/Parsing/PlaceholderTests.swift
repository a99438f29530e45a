import Testing

@testable import HindsightCore

@Suite("Bracketed placeholders in a line")
struct PlaceholderTests {
    /// The texts of the ranges found, brackets included.
    private func found(_ text: String) -> [String] {
        Placeholder.occurrences(in: text).map { String(text[$0]) }
    }

    @Test("each bracketed template text is found, after multi-byte text too, and nested brackets give the inner one")
    func templateTextsAreFound() {
        #expect(found("Owner: [Name], due [date].") == ["[Name]", "[date]"])
        #expect(found("Café — Ünïcode [TBD] then [todo]") == ["[TBD]", "[todo]"])
        #expect(found("[[tbd]]") == ["[tbd]"])
        #expect(found("[Key learning 12] and [Key learning x]") == ["[Key learning 12]"])
        #expect(found("no brackets, [not one of them], [unclosed") == [])
    }

    @Test("a closing bracket counts only within 64 bytes of the opening one")
    func closingBracketWithin64Bytes() {
        let padding = String(repeating: " ", count: 60)
        // 63 bytes of content: the `]` is the 64th byte after `[`.
        #expect(found("[" + padding + "tbd]") == ["[" + padding + "tbd]"])
        #expect(found("[" + padding + " tbd]") == [])
    }
}
