import Testing

@testable import HindsightCore

/// An action item's completion date: `Done:`, `Closed:`, `Completed:`, a table column, an inline `done D`.
@Suite("Action item completion dates")
struct CompletionDateTests {
    static func items(_ actions: String) -> [ActionItem] {
        Fixtures.parse("# Incident: X\n\n**Date**: 2024-03-01\n\n## Action Items\n\n" + actions + "\n").actionItems
    }

    @Test("`Done:`, `Closed:` and `Completed:` give the date as written, at its value, and leave the other parts as they were")
    func keys() {
        let items = Self.items(
            """
            -   `[x]` **Cap the pool**: Set it to 20. Owner: Ana. Due: 2024-03-12. Done: 2024-03-10. Ticket: OPS-1.
            -   `[x]` **Alert on saturation**: Page at 80%. Owner: Bo. Closed: March 14, 2024. Due: 2024-03-20.
            -   `[x]` **Load test**: Owner: Cy. Due: 2024-04-01. Completed: 2024-03-30. See OPS-3.
            """)
        #expect(items.map(\.completedText?.value) == ["2024-03-10", "March 14, 2024", "2024-03-30"])
        #expect(items.map(\.completed) == [.of("2024-03-10"), .of("2024-03-14"), .of("2024-03-30")])
        #expect(items.map { $0.completedText?.location.description } == ["7:78", "8:68", "9:65"])
        #expect(items.map(\.owner?.value) == ["Ana", "Bo", "Cy"])
        #expect(items.map(\.due) == [.of("2024-03-12"), .of("2024-03-20"), .of("2024-04-01")])
        #expect(items.map(\.details) == ["Set it to 20.", "Page at 80%.", ""])
        #expect(items[0].tickets == ["OPS-1"])
    }

    @Test("a completion date on an item with no checkbox and no status says it is done; an open box or status keeps it open")
    func state() {
        let items = Self.items(
            """
            -   **Cap the pool**: Owner: Ana. Due: 2024-03-12. Done: 2024-03-10.
            -   `[ ]` **Alert**: Owner: Bo. Due: 2024-03-20. Done: 2024-03-14.
            -   **Load test**: Owner: Cy. Due: 2024-04-01. Status: In progress. Done: 2024-03-30.
            -   **Rewrite it**: Owner: Cy. Due: 2024-04-01. Status: Won't fix. Closed: 2024-03-30.
            -   **Tidy**: Owner: Cy. Due: 2024-04-01. Done: soon.
            """)
        #expect(items.map(\.status) == [.done, .open, .open, .dropped, .open])
        #expect(items.map(\.completed) == [.of("2024-03-10"), .of("2024-03-14"), .of("2024-03-30"), .of("2024-03-30"), nil])
        #expect(items[4].completedText?.value == "soon")
    }

    @Test("`done:` in the middle of a sentence is prose, not a completion date: only a part's first word is a key")
    func doneInProse() {
        let items = Self.items(
            """
            -   `[ ]` **Move the tables**: Migration done: tables moved, indexes next. Owner: Ana. Due: 2024-03-12.
            -   `[x]` **Cap the pool**: Owner: Ana; done: 2024-03-10.
            -   `[x]` **Alert**: Owner: Bo — Closed: 2024-03-14.
            """)
        #expect(items.map(\.completedText?.value) == [nil, "2024-03-10", "2024-03-14"])
        #expect(items[0].details == "Migration done: tables moved, indexes next.")
        #expect(items[0].owner?.value == "Ana")
    }

    @Test("a parenthesis that starts with done, closed or completed but holds no date is prose, kept in the item's text")
    func parentheticalProse() {
        let items = Self.items(
            """
            -   [x] Replace the SDK. Owner: @sre. Due: 2024-05-01 (closed by vendor).
            -   [x] Split the job (done with phase 1)
            """)
        #expect(items.map(\.completedText?.value) == [nil, nil])
        #expect(items[0].text.contains("(closed by vendor)"))
        #expect(items[1].title.hasPrefix("Split the job (done with phase 1"))
    }

    @Test("an inline assignment takes `done D` beside the owner and the due date")
    func inline() {
        let items = Self.items(
            """
            -   [x] Cap the pool (@sre, due 2024-03-12, done March 10, 2024)
            -   [x] Alert on saturation — @ana, 2024-03-20, closed 2024-03-18
            """)
        #expect(items.map(\.owner?.value) == ["@sre", "@ana"])
        #expect(items.map(\.due) == [.of("2024-03-12"), .of("2024-03-20")])
        #expect(items.map(\.completed) == [.of("2024-03-10"), .of("2024-03-18")])
        #expect(items.map(\.title) == ["Cap the pool", "Alert on saturation"])
    }

    @Test("a table's Closed or Completed column is the date; a Done column holding a date is done that day; Done beside Status is the date")
    func tables() {
        let closed = Self.items(
            """
            | Action | Owner | Due | Status | Closed |
            |---|---|---|---|---|
            | Cap the pool | Ana | 2024-03-12 | Done | 2024-03-10 |
            | Alert | Bo | 2024-03-20 | Open | |
            """)
        #expect(closed.map(\.completed) == [.of("2024-03-10"), nil])
        #expect(closed.map(\.status) == [.done, .open])
        #expect(closed[0].completedText?.location.description == "9:44")
        #expect(closed[0].attributes.isEmpty)
        let doneDates = Self.items(
            """
            | Task | Done |
            |---|---|
            | Cap the pool | 2024-03-10 |
            | Alert | no |
            """)
        #expect(doneDates.map(\.status) == [.done, .open])
        #expect(doneDates.map(\.completed) == [.of("2024-03-10"), nil])
        let both = Self.items(
            """
            | Action | Status | Done |
            |---|---|---|
            | Cap the pool | Done | 2024-03-10 |
            | Load test | In progress | 2024-03-11 |
            | Alert | | 2024-03-12 |
            """)
        #expect(both.map(\.statusWord?.value) == ["Done", "In progress", nil])
        #expect(both.map(\.completed) == [.of("2024-03-10"), .of("2024-03-11"), .of("2024-03-12")])
        #expect(both.map(\.status) == [.done, .open, .done])
    }
}
