import Foundation
import Testing

@testable import HindsightCore

@Suite("Action item status words")
struct ActionStatusTests {
    static func item(_ line: String) -> ActionItem? {
        let markdown = "## Incident: Outage\n\n**Date**: 2024-03-05\n\n### Action Items\n\n-   \(line)\n"
        return Fixtures.parse(markdown, name: "a.md").actionItems.first
    }

    @Test(
        "a status word where there is no checkbox gives the state, and the word is kept as written",
        arguments: [
            ("**Add an alert**: Page on lag. Owner: Ana. Due: 2024-04-01. Status: Done.", ActionStatus.done, "Done"),
            ("**Add an alert**: Page on lag. Status: completed. Owner: Ana.", .done, "completed"),
            ("[done] **Add an alert**: Page on lag. Owner: Ana.", .done, "done"),
            ("✅ **Add an alert**: Page on lag. Owner: Ana.", .done, "✅"),
            ("**Add an alert**: Page on lag. Owner: Ana. Due: 2024-04-01. ✅", .done, "✅"),
            ("**Shipped** **Add an alert**: Page on lag. Owner: Ana.", .done, "Shipped"),
            ("**Add an alert**: Page on lag. Owner: Ana. Due: 2024-04-01. (Resolved)", .done, "Resolved"),
            ("**Add an alert**: Page on lag. Owner: Ana. Due: 2024-04-01. **In progress**", .open, "In progress"),
            ("[Blocked] **Add an alert**: Page on lag. Owner: Ana.", .open, "Blocked"),
            ("**Add an alert**: Page on lag. Status: Not started.", .open, "Not started"),
            ("**Add an alert**: Page on lag. Status: Blocked (waiting on vendor). Owner: Ana.", .open, "Blocked"),
            ("[Won't fix] **Add an alert**: Page on lag. Owner: Ana.", .dropped, "Won't fix"),
            ("**Add an alert**: Page on lag. Status: Won’t do.", .dropped, "Won’t do"),
            ("**Add an alert**: Page on lag. Owner: Ana. [Cancelled]", .dropped, "Cancelled"),
        ])
    func statusWord(line: String, status: ActionStatus, word: String) throws {
        let item = try #require(Self.item(line))
        #expect(item.status == status)
        #expect(item.statusWord?.value == word)
        #expect(item.title == "Add an alert")
        #expect(!item.hasCheckbox)
    }

    @Test("the word keeps its place in the file")
    func location() throws {
        let item = try #require(Self.item("**Add an alert**: Page on lag. Owner: Ana. Status: Done."))
        #expect(item.statusWord?.location == SourceLocation(line: 7, column: 56))
    }

    @Test("a checkbox wins over a contradicting word, and the word is kept for the warning")
    func checkboxWins() throws {
        let item = try #require(Self.item("`[ ]` **Add an alert**: Page on lag. Owner: Ana. Status: Done."))
        #expect(item.status == .open)
        #expect(item.statusWord?.value == "Done")
    }

    @Test("the trailing word does not end up in the owner or the due date")
    func trailingWordIsNotPartOfTheValues() throws {
        let item = try #require(Self.item("**Add an alert**: Page on lag. Owner: Ana. Due: 2024-04-01. [Done]"))
        #expect(item.owner?.value == "Ana")
        #expect(item.due == Day(year: 2024, month: 4, day: 1))
    }

    @Test("a word that is not a status is not one: `[WIP]` and a bold label stay text")
    func notAStatus() throws {
        let item = try #require(Self.item("**Done right**: Page on lag. Owner: Ana. [WIP]"))
        #expect(item.status == .open)
        #expect(item.statusWord == nil)
        #expect(item.title == "Done right")
    }
}

@Suite("Dropped action items")
struct DroppedActionItemTests {
    @Test("a dropped item is in neither completion nor overdue, and is counted as dropped")
    func droppedIsNeitherDoneNorOverdue() {
        var incident = IncidentBuilder(slug: "a", date: "2024-01-01")
        incident.actions = [(true, "Ana", "2024-02-01"), (false, "Ana", "2024-02-01")]
        let markdown = incident.markdown.replacingOccurrences(of: "`[ ]` **Item 2**", with: "[Won't fix] **Item 2**")
        let postMortem = Fixtures.parse(markdown, name: "a.md")
        let items = TrackedActionItem.track([postMortem], asOf: Day.of("2024-06-01"), slo: .default)
        let totals = ActionItemMetrics(items)
        #expect(totals.total == 2)
        #expect(totals.done == 1)
        #expect(totals.dropped == 1)
        #expect(totals.open == 0)
        #expect(totals.overdue == 0)
        #expect(totals.pastSLO == 0)
        #expect(totals.completionRate == 1.0)
    }
}
