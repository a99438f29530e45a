import Foundation
import Testing

@testable import HindsightCore

/// The generated variations of ``VariationRoundTripTests``, each damaged in one
/// place so that place cannot be read: the damage must be reported, and every
/// value read must still be the model's (a value lost is fine, a value changed is not).
@Suite("Damaged variations are reported, never misread")
struct VariationMutationTests {
    typealias Model = VariationRoundTripTests.Model

    /// One way to damage a file: the damaged text (nil when the file has no such place) and the rule that must say so.
    struct Mutation: Sendable, CustomStringConvertible {
        var description: String
        var rule: RuleID
        var apply: @Sendable (String, Model) -> String?
    }

    /// `text` with the first `target` at or after `marker` replaced.
    static func replacing(_ target: String, with replacement: String, after marker: String, in text: String) -> String? {
        guard let start = marker.isEmpty ? text.startIndex : text.range(of: marker)?.upperBound,
            let range = text.range(of: target, range: start..<text.endIndex)
        else { return nil }
        return text.replacingCharacters(in: range, with: replacement)
    }

    static let mutations: [Mutation] = [
        Mutation(description: "a date that is not a day", rule: .invalidDate) { text, model in
            replacing(model.date.description, with: "2024-02-30", after: "", in: text)
        },
        Mutation(description: "a severity off the scale", rule: .unknownSeverity) { text, model in
            replacing(" " + model.severity, with: " P9", after: "", in: text)
        },
        Mutation(description: "an action's due that is not a day", rule: .actionDue) { text, model in
            replacing(model.items[0].due.description, with: "2024-02-30", after: "### Action Items", in: text)
        },
        Mutation(description: "an action's owner left out", rule: .actionOwner) { text, model in
            replacing(model.items[0].owner, with: "", after: "### Action Items", in: text)
        },
        Mutation(description: "a misspelt status", rule: .actionStatus) { text, model in
            for word in ["Status: Done", "Status: In progress", "Status: Won't fix", "| Done |", "| In progress |", "| Won't fix |"] {
                if let damaged = replacing(word, with: word.replacingOccurrences(of: "o", with: "0"), after: "### Action Items", in: text) {
                    return damaged
                }
            }
            return nil
        },
        Mutation(description: "an action table without an action column", rule: .actionsUnreadable) { text, _ in
            for header in ["| Action |", "| Item |", "| Task |"] {
                if let damaged = replacing(header, with: "| Work |", after: "### Action Items", in: text) { return damaged }
            }
            return nil
        },
        Mutation(description: "a timeline table without a time column", rule: .timelineUnreadable) { text, _ in
            replacing("| Time (UTC) |", with: "| Clock |", after: "### Timeline", in: text)
        },
        Mutation(description: "front matter that is not YAML", rule: .frontMatter) { text, _ in
            text.hasPrefix("---") ? replacing("title: \"", with: "title: [\"", after: "", in: text) : nil
        },
    ]

    /// Whether every value `read` has is the model's; a status may be open only where a finding says it was not understood.
    static func nothingMisread(_ read: PostMortem, _ model: Model, statusReported: Bool) -> [String] {
        var problems: [String] = []
        if let title = read.title?.value, title != model.title { problems.append("title \(title)") }
        if let date = read.date, date != model.date { problems.append("date \(date)") }
        if let severity = read.severity, severity != model.severity { problems.append("severity \(severity)") }
        if !read.tags.isEmpty, read.tags != model.tags { problems.append("tags \(read.tags)") }
        guard !read.actionItems.isEmpty else { return problems }
        guard read.actionItems.count == model.items.count else { return problems + ["\(read.actionItems.count) items"] }
        for (item, expected) in zip(read.actionItems, model.items) {
            if item.title != expected.title { problems.append("item title \(item.title)") }
            if let owner = item.owner?.value, owner != expected.owner { problems.append("owner \(owner)") }
            if let due = item.due, due != expected.due { problems.append("due \(due)") }
            if item.status != expected.status, !(statusReported && item.status == .open) { problems.append("status \(item.status)") }
        }
        return problems
    }

    @Test("each damage is reported by its rule, and no value read differs from the model", arguments: mutations)
    func mutation(_ mutation: Mutation) {
        var applied = 0
        for seed in UInt64(0)..<150 {
            var generator = SplitMix64(state: seed)
            let model = VariationRoundTripTests.model(&generator)
            let markdown = VariationRoundTripTests.markdown(model, &generator)
            guard let damaged = mutation.apply(markdown, model) else { continue }
            applied += 1
            let postMortem = Fixtures.parse(damaged, name: "a.md")
            let rules = Set(Validator().diagnostics(for: postMortem).map(\.rule))
            #expect(rules.contains(mutation.rule), "seed \(seed): no \(mutation.rule.rawValue) for \(mutation):\n\(damaged)")
            let problems = Self.nothingMisread(postMortem, model, statusReported: rules.contains(.actionStatus))
            #expect(problems.isEmpty, "seed \(seed), \(mutation): misread \(problems):\n\(damaged)")
        }
        #expect(applied >= 10, "only \(applied) files had a place for \(mutation)")
    }
}
