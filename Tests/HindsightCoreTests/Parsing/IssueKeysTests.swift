import Testing

@testable import HindsightCore

@Suite("Issue keys in text")
struct IssueKeysTests {
    @Test(
        "keys next to punctuation are found, keys glued to other letters are not",
        arguments: [
            ("See OPS-123’s fix", ["OPS-123"]), ("(OPS-1), [PAY-88]; SRCH-311.", ["OPS-1", "PAY-88", "SRCH-311"]),
            ("ÄOPS-1 and OPS-1é", []), ("OPS-1-2 and OPS- and -12", []), ("A2B-7 but P1-2 and P0-1", ["A2B-7"]),
            ("UTF-8 HTTP-2 SHA-256 X-1 ABCDEFGHIJK-1", []),
        ])
    func keys(text: String, expected: [String]) {
        #expect(IssueKeys.find(in: text) == expected)
    }
}
