import Foundation
import Testing

@testable import HindsightCore

/// A small, seeded random generator so every failing case can be replayed.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Property tests: whatever the input, the parser and the rules do not crash,
/// stay deterministic, and point at places that exist.
@Suite("Parser properties")
struct ParserFuzzTests {
    static let fragments = [
        "## Incident: ", "**Date**: ", "**Severity**: P", "### 1. Timeline\n", "-   `[", "]` - ", "first detected",
        "verified as stable", "### Action Items\n", "`[x]` **", "**: ", "Owner: ", "Due: ", "2024-02-30", "23:59",
        "\n", "\n\n", "> ", "- [ ] ", "[", "]", "(", ")", "`", "**", "_", "<!-- hindsight-disable ", " -->",
        "é", "🔥", "\u{0}", "\t", "    code\n", "```\n", "| a | b |\n|---|---|\n", "[Name]", "(e.g., x)", "1h 2m",
        "### Impact\n", "**Duration**: ", "human error", "24:00", "[2024-03-05 23:10]", "#", "\r\n",
    ]

    static func randomDocument(seed: UInt64) -> String {
        var generator = SplitMix64(state: seed)
        var text = Int.random(in: 0..<3, using: &generator) == 0 ? "" : Fixtures.validPostMortem
        for _ in 0..<Int.random(in: 1...40, using: &generator) {
            let fragment = fragments.randomElement(using: &generator)!
            if text.isEmpty || Bool.random(using: &generator) {
                text += fragment
            } else {
                let offset = Int.random(in: 0...text.count, using: &generator)
                let index = text.index(text.startIndex, offsetBy: offset)
                if Bool.random(using: &generator), offset < text.count {
                    let end = text.index(index, offsetBy: min(Int.random(in: 1...20, using: &generator), text.count - offset))
                    text.removeSubrange(index..<end)
                } else {
                    text.insert(contentsOf: fragment, at: index)
                }
            }
        }
        return text
    }

    @Test(
        "random documents parse and validate without crashing, and findings point inside the file",
        arguments: 0..<300)
    func randomDocuments(seed: Int) {
        let text = Self.randomDocument(seed: UInt64(seed))
        switch SourceFileReader.decode(Data(text.utf8), path: "fuzz.md") {
        case .failure(let diagnostic):
            #expect([RuleID.emptyFile, .invalidEncoding].contains(diagnostic.rule))
        case .success(let file):
            let postMortem = PostMortemParser(rendersHTML: true).parse(file)
            #expect(postMortem == PostMortemParser(rendersHTML: true).parse(file), "parsing is deterministic")
            let lineCount = file.text.split(separator: "\n", omittingEmptySubsequences: false).count
            for diagnostic in Validator().diagnostics(for: [postMortem]) {
                #expect((1...lineCount).contains(diagnostic.location.line), "\(diagnostic) in\n\(file.text)")
                #expect(diagnostic.location.column >= 1)
            }
            #expect(
                postMortem.timeline.map(\.index)
                    == Array(1...max(postMortem.timeline.count, 1)).prefix(postMortem.timeline.count).map { $0 })
            #expect(
                postMortem.actionItems.map(\.index)
                    == Array((1...max(postMortem.actionItems.count, 1)).prefix(postMortem.actionItems.count)))
        }
    }
}
