import Foundation
import Testing

@testable import HindsightCore

/// Structure-aware properties: random valid post-mortems read back as the
/// values they were written from, and damaged ones never crash and never
/// lose a value without saying so.
@Suite("Generated post-mortems")
struct GeneratedPostMortemTests {
    static func parse(_ text: String) -> (PostMortem, [Diagnostic])? {
        guard case .success(let file) = SourceFileReader.decode(Data(text.utf8), path: "postmortems/generated.md") else { return nil }
        let postMortem = PostMortemParser(rendersHTML: true).parse(file)
        return (postMortem, Validator().diagnostics(for: [postMortem]))
    }

    @Test("a generated post-mortem parses back to the values it was written from, without findings", arguments: 0..<100)
    func roundTrip(seed: Int) throws {
        var generator = PostMortemGenerator(seed: UInt64(seed))
        let generated = generator.make()
        let (postMortem, diagnostics) = try #require(Self.parse(generated.markdown))
        #expect(diagnostics.map(\.description) == [], "\(generated.markdown)")
        #expect(postMortem.title?.value == generated.title)
        #expect(postMortem.date == generated.date)
        #expect(postMortem.severity == generated.severity)
        #expect(postMortem.timeline.map(\.stamp) == generated.timeline.map(\.stamp))
        #expect(postMortem.timeline.map(\.minute) == generated.timeline.map(\.minute))
        #expect(postMortem.impact.durationMinutes == generated.durationMinutes)
        #expect(postMortem.lessons.count == generated.lessons.count)
        #expect(postMortem.actionItems.map(\.title) == generated.actions.map(\.title))
        #expect(postMortem.actionItems.map(\.owner?.value) == generated.actions.map(\.owner))
        #expect(postMortem.actionItems.map(\.due) == generated.actions.map(\.due))
        #expect(postMortem.actionItems.map(\.isDone) == generated.actions.map(\.isDone))
    }

    /// Makes a number in a random line 10 to 40 digits longer.
    static let hugeNumber: Mutation = (
        "make a number huge",
        { lines, random in
            let index = Int.random(in: 0..<lines.count, using: &random)
            guard let digit = lines[index].firstIndex(where: \.isASCIIDigit) else { return }
            lines[index].insert(contentsOf: String(repeating: "9", count: Int.random(in: 10...40, using: &random)), at: digit)
        }
    )

    typealias Mutation = (name: String, apply: @Sendable (inout [String], inout SplitMix64) -> Void)

    /// Ways to damage a file: each takes the lines and a generator.
    static let mutations: [Mutation] = [
        (
            "flip a byte",
            { lines, random in
                var bytes = Array(lines.joined(separator: "\n").utf8)
                let index = Int.random(in: 0..<bytes.count, using: &random)
                bytes[index] ^= UInt8(1 << Int.random(in: 0..<8, using: &random))
                lines = String(decoding: bytes, as: UTF8.self).components(separatedBy: "\n")
            }
        ),
        ("delete a line", { lines, random in lines.remove(at: Int.random(in: 0..<lines.count, using: &random)) }),
        (
            "duplicate a line",
            { lines, random in
                let index = Int.random(in: 0..<lines.count, using: &random)
                lines.insert(lines[index], at: index)
            }
        ),
        (
            "nest a line deeply",
            { lines, random in
                let index = Int.random(in: 0..<lines.count, using: &random)
                let marker = ["> ", "-   ", "1. ", "[", "*"][Int.random(in: 0..<5, using: &random)]
                lines[index] = String(repeating: marker, count: Int.random(in: 50...400, using: &random)) + lines[index]
            }
        ),
        (
            "insert a control character",
            { lines, random in
                let index = Int.random(in: 0..<lines.count, using: &random)
                let controls: [Character] = [
                    "\u{1}", "\u{8}", "\t", "\u{B}", "\u{C}", "\r", "\u{1B}", "\u{7F}", "\u{85}", "\u{2028}", "\u{FEFF}",
                ]
                let position = lines[index].index(
                    lines[index].startIndex, offsetBy: Int.random(in: 0...lines[index].count, using: &random))
                lines[index].insert(controls[Int.random(in: 0..<controls.count, using: &random)], at: position)
            }
        ),
    ]

    @Test(
        "a damaged post-mortem never crashes, and a value it no longer yields comes with the finding that says why",
        arguments: 0..<200)
    func mutated(seed: Int) throws {
        try check(seed: seed, mutations: Self.mutations)
    }

    @Test(
        "a post-mortem with huge numbers never crashes, and a value it no longer yields comes with the finding",
        arguments: 0..<120)
    func hugeNumbers(seed: Int) throws {
        try check(seed: seed, mutations: Self.mutations + [Self.hugeNumber, Self.hugeNumber, Self.hugeNumber])
    }

    func check(seed: Int, mutations: [Mutation]) throws {
        var generator = PostMortemGenerator(seed: UInt64(seed))
        let generated = generator.make()
        var random = SplitMix64(state: UInt64(seed) &* 7919)
        var lines = generated.markdown.components(separatedBy: "\n")
        var applied: [String] = []
        for _ in 0..<Int.random(in: 1...3, using: &random) {
            let mutation = mutations[Int.random(in: 0..<mutations.count, using: &random)]
            mutation.apply(&lines, &random)
            applied.append(mutation.name)
        }
        let text = lines.joined(separator: "\n")
        guard let (postMortem, diagnostics) = Self.parse(text) else { return }  // not UTF-8 or empty: a read diagnostic
        let rules = Set(diagnostics.map(\.rule))
        let context = "after \(applied.joined(separator: ", ")):\n\(text)"
        if postMortem.title == nil { #expect(rules.contains(.missingTitle), "\(context)") }
        if postMortem.date == nil { #expect(!rules.isDisjoint(with: [.missingField, .invalidDate]), "\(context)") }
        if postMortem.severity == nil { #expect(!rules.isDisjoint(with: [.missingField, .unknownSeverity]), "\(context)") }
        if postMortem.timeline.isEmpty { #expect(!rules.isDisjoint(with: [.timelineEmpty, .missingSection]), "\(context)") }
        if postMortem.timeline.contains(where: { $0.minute == nil }) {
            #expect(!rules.isDisjoint(with: [.timestampFormat, .invalidDate, .missingField]), "\(context)")
        }
        if postMortem.actionItems.isEmpty { #expect(!rules.isDisjoint(with: [.noActionItems, .missingSection]), "\(context)") }
        if postMortem.actionItems.contains(where: { $0.owner == nil }) { #expect(rules.contains(.actionOwner), "\(context)") }
        if postMortem.actionItems.contains(where: { $0.due == nil }) { #expect(rules.contains(.actionDue), "\(context)") }
        if postMortem.impact.durationMinutes == nil { #expect(!rules.isDisjoint(with: [.impactField, .missingSection]), "\(context)") }
        let lineCount = text.split(separator: "\n", omittingEmptySubsequences: false).count
        for diagnostic in diagnostics {
            #expect((1...lineCount).contains(diagnostic.location.line), "\(diagnostic) \(context)")
        }
    }
}
