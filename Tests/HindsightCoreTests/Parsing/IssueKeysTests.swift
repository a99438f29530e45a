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

    /// The keys as the scalar walk found them: tokens of letters, digits, marks and `-` read scalar by scalar.
    static func scalarKeys(in text: String) -> [String] {
        func isToken(_ scalar: Unicode.Scalar) -> Bool {
            if scalar.isASCII {
                return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "-"
            }
            let properties = scalar.properties
            return properties.isAlphabetic || properties.numericType != nil
                || [.nonspacingMark, .spacingMark, .enclosingMark].contains(properties.generalCategory)
        }
        var tokens: [String] = []
        var token = String.UnicodeScalarView()
        for scalar in text.unicodeScalars + ["\u{0}"] {
            if isToken(scalar) {
                token.append(scalar)
            } else {
                tokens.append(String(token))
                token = String.UnicodeScalarView()
            }
        }
        return tokens.filter { token in
            let parts = token.split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 2, let prefix = parts.first, let first = prefix.unicodeScalars.first else { return false }
            return (2...10).contains(prefix.count) && ("A"..."Z").contains(first)
                && prefix.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) || ("0"..."9").contains($0) }
                && !parts[1].isEmpty && parts[1].unicodeScalars.allSatisfy { ("0"..."9").contains($0) }
                && !IssueKeys.notProjects.contains(String(prefix))
                && !(prefix.count == 2 && first == "P" && ("0"..."9").contains(prefix.unicodeScalars.last!))
        }
    }

    @Test("texts made at random give the keys of the scalar walk, beside any scalar")
    func randomTexts() {
        let pieces = ["OPS", "-", "12", "P1", "Ä", "ÄOPS", "OPS-1", "é", "\u{301}", "’", " ", "(", "A", "x", "🔥", "٣", "\u{0}"]
        for seed in 0..<3000 as Range<UInt64> {
            var generator = SplitMix64(state: seed)
            let text = (0..<Int.random(in: 0...10, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(IssueKeys.find(in: text) == Self.scalarKeys(in: text), "seed \(seed): \(text.debugDescription)")
        }
    }
}
