import Foundation
import Testing

@testable import CommonMark

/// Lines found on bytes: the same lines a `Character` split gives, `"\r\n"` included.
@Suite("Lines of a text")
struct TextLinesTests {
    @Test(
        "the lines are those split(separator: \"\\n\") gives, empty lines and a CRLF pair (one Character) included",
        arguments: ["", "a", "a\n", "\n\n", "one\ntwo\n\nthree", "a\r\nb\nc", "x\r\r\ny\rz", "é\nb\u{301}\n", "\n\u{301}a", "👩‍💻\n🇫🇷"])
    func matchesCharacterSplit(text: String) {
        #expect(TextLines.split(text) == text.split(separator: "\n", omittingEmptySubsequences: false))
    }

    @Test("a CRLF pair is not a line break, as for the Character split")
    func crlfIsNotSplit() {
        #expect(TextLines.split("a\r\nb\nc") == ["a\r\nb", "c"])
    }

    @Test(
        "a table cell is trimmed of white space as Foundation's trimmingCharacters(in: .whitespaces) trims it",
        arguments: ["", " ", "\t a \t", "a b", " \u{A0}x\u{A0} ", "\u{3000}y", " z\u{301} ", "\r x \n", "  q", "r  ", " \u{2003}"])
    func cellTrimming(cell: String) {
        #expect(PipeTable.trimmingWhitespace(cell) == cell.trimmingCharacters(in: .whitespaces))
    }
}
