import Foundation
import Testing

@testable import HindsightCore

/// One model of a post-mortem, written in each accepted variation (front matter
/// or bold fields, checkbox or status word, `Owner:` or inline owner, a list or a
/// table), read back.
@Suite("Variations read back to their model")
struct VariationRoundTripTests {
    struct Model: Equatable {
        var title: String
        var date: Day
        var severity: String
        var tags: [String]
        var items: [Item]

        struct Item: Equatable {
            var title: String
            var owner: String
            var due: Day
            var status: ActionStatus
        }
    }

    static let titles = ["Checkout outage", "Search timeouts: heap exhaustion", "DNS failover stalled", "Queue backlog"]
    static let owners = ["Ana Lima", "@sre-team", "Billing platform", "@jo"]
    static let tagWords = ["database", "dns", "connection-pool", "kafka", "cdn"]

    static func model(_ generator: inout SplitMix64) -> Model {
        func pick<T>(_ values: [T]) -> T { values[Int(generator.next() % UInt64(values.count))] }
        func day() -> Day { Day.of(String(format: "2024-%02d-%02d", 1 + Int(generator.next() % 12), 1 + Int(generator.next() % 28))) }
        let items = (0..<(1 + Int(generator.next() % 3))).map { index in
            Model.Item(
                title: "Follow-up \(index + 1)", owner: pick(owners), due: day(), status: pick([ActionStatus.open, .done, .dropped]))
        }
        let tags = Array(Set((0..<Int(generator.next() % 3)).map { _ in pick(tagWords) })).sorted()
        return Model(title: pick(titles), date: day(), severity: pick(["P0", "P1", "P2", "P3"]), tags: tags, items: items)
    }

    /// The model as Markdown, each part in a variation the generator picks.
    static func markdown(_ model: Model, _ generator: inout SplitMix64) -> String {
        func coin() -> Bool { generator.next() % 2 == 0 }
        var lines: [String] = []
        if coin() {
            lines += ["---", "title: \"\(model.title)\"", "date: \(model.date)", "severity: \(model.severity)"]
            if !model.tags.isEmpty {
                lines.append(coin() ? "tags: [\(model.tags.joined(separator: ", "))]" : "tags: \(model.tags.joined(separator: ", "))")
            }
            lines += ["---", ""]
            if coin() { lines += ["## Incident: \(model.title)", ""] }
        } else {
            lines += ["## Incident: \(model.title)", "", "**Date**: \(model.date)", "**Severity**: \(model.severity)"]
            if !model.tags.isEmpty { lines.append("**Tags**: \(model.tags.joined(separator: ", "))") }
            lines.append("")
        }
        lines += ["### Timeline", ""]
        lines +=
            coin()
            ? ["-   `[10:00]` - Issue first detected."] : ["| Time (UTC) | Event |", "|---|---|", "| 10:00 | Issue first detected. |"]
        lines += ["", "### Action Items", ""]
        if coin() {
            lines += table(model.items, &generator)
            return lines.joined(separator: "\n") + "\n"
        }
        for item in model.items {
            let ownerAndDue = coin() ? "Owner: \(item.owner). Due: \(item.due)." : "(owner: \(item.owner), due: \(item.due))"
            let text = "**\(item.title)**: Do it. \(ownerAndDue)"
            switch (item.status, coin()) {
            case (.done, true): lines.append("-   `[x]` \(text)")
            case (.open, true): lines.append("-   [ ] \(text)")
            case (.done, false): lines.append(coin() ? "-   \(text) Status: Done." : "-   [Done] \(text)")
            case (.open, false): lines.append(coin() ? "-   \(text) Status: In progress." : "-   \(text) **Blocked**")
            case (.dropped, _): lines.append(coin() ? "-   \(text) Status: Won't fix." : "-   [Cancelled] \(text)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The items as an action table, its columns in an order the generator picks.
    static func table(_ items: [Model.Item], _ generator: inout SplitMix64) -> [String] {
        func pick<T>(_ values: [T]) -> T { values[Int(generator.next() % UInt64(values.count))] }
        var columns = [
            (pick(["Action", "Item", "Task"]), { (item: Model.Item) in item.title }),
            (pick(["Owner", "Assignee", "DRI"]), { (item: Model.Item) in item.owner }),
            (pick(["Due", "Due date", "Deadline"]), { (item: Model.Item) in item.due.description }),
        ]
        let words: [ActionStatus: [String]] = [
            .open: ["Open", "In progress", "[ ]"], .done: ["Done", "Closed", "[x]"], .dropped: ["Won't fix", "Dropped"],
        ]
        var statuses: [String] = []
        for item in items { statuses.append(pick(words[item.status] ?? [])) }
        let statusColumn = pick(["Status", "State"])
        columns.insert((statusColumn, { _ in "" }), at: Int(generator.next() % 4))
        var lines = ["| " + columns.map(\.0).joined(separator: " | ") + " |", "|" + String(repeating: "---|", count: columns.count)]
        for (index, item) in items.enumerated() {
            lines.append("| " + columns.map { $0.0 == statusColumn ? statuses[index] : $0.1(item) }.joined(separator: " | ") + " |")
        }
        return lines
    }

    static func readBack(_ postMortem: PostMortem) -> Model? {
        guard let title = postMortem.title?.value, let date = postMortem.date, let severity = postMortem.severity else { return nil }
        let items = postMortem.actionItems.compactMap { item -> Model.Item? in
            guard let owner = item.owner?.value, let due = item.due else { return nil }
            return Model.Item(title: item.title, owner: owner, due: due, status: item.status)
        }
        return Model(title: title, date: date, severity: severity, tags: postMortem.tags, items: items)
    }

    @Test("every variation of a model reads back to the model, with no diagnostics about its fields", arguments: 0..<200)
    func roundTrip(seed: UInt64) {
        var generator = SplitMix64(state: seed)
        let model = Self.model(&generator)
        let markdown = Self.markdown(model, &generator)
        let postMortem = Fixtures.parse(markdown, name: "a.md")
        #expect(Self.readBack(postMortem) == model, "seed \(seed):\n\(markdown)")
        let rules: Set<RuleID> = [
            .frontMatter, .conflictingField, .actionStatus, .actionOwner, .actionDue, .missingField, .missingTitle, .timelineUnreadable,
            .actionsUnreadable, .timestampFormat, .timelineEmpty, .noActionItems,
        ]
        let found = Validator().diagnostics(for: postMortem).filter { rules.contains($0.rule) }
        #expect(found.isEmpty, "seed \(seed): \(found.map(\.description))")
    }
}
