import Foundation
import Testing

@testable import HindsightCore

/// Timelines and action lists written as GFM pipe tables.
@Suite("Timeline and action tables")
struct TableReaderTests {
    static let timelineTable = """
        # Incident: X

        **Date**: 2024-03-05

        ## Timeline

        | Date | **Time (UTC)** | What happened | Source |
        |------|---------|---------------|--------|
        | 2024-03-05 | 23:50 | Issue first detected by the `error-rate` alert. | pager |
        |  | 00:10 | Impact confirmed. | |
        | 2024-03-18 | 9:05 AM | System verified as stable. | x |
        """

    @Test("a timeline table gives an entry per row: Date and Time joined, stamps in any list form, at its date cell, else its time cell")
    func timeline() {
        let postMortem = Fixtures.parse(Self.timelineTable)
        #expect(postMortem.timeline.map(\.stamp) == ["2024-03-05 23:50", "00:10", "2024-03-18 9:05 AM"])
        #expect(postMortem.timeline.map(\.minute) == [1430, 1450, 13 * 1440 + 545])
        #expect(
            postMortem.timeline.map(\.text) == [
                "Issue first detected by the error-rate alert.", "Impact confirmed.", "System verified as stable.",
            ])
        #expect(postMortem.timeline.map(\.location.description) == ["9:3", "10:6", "11:3"])
        #expect(postMortem.timeline.filter(\.isTableRow).count == 3)
        #expect(postMortem.entry(for: .detected)?.index == 1)
        #expect(postMortem.timezone == "UTC")
        #expect(postMortem.timelineZone?.location.description == "7:10")
    }

    @Test("a fully dated 13-day table timeline is read as written, without a span or order finding")
    func longIncident() {
        let rules = Fixtures.diagnostics(Self.timelineTable).map(\.rule)
        #expect(!rules.contains(.timelineSpan) && !rules.contains(.timelineOrder) && !rules.contains(.timelineEmpty))
    }

    @Test(
        "header cells match ignoring case, emphasis, a remark and a colon, in any order",
        arguments: ["| EVENT | when (approx.) |", "| Description | Timestamp: |", "| *Notes* | Time |"])
    func headers(header: String) {
        let markdown = "# Incident: X\n\n## Timeline\n\n\(header)\n|---|---|\n| Issue first detected. | 14:02 |\n"
        let postMortem = Fixtures.parse(markdown)
        #expect(postMortem.timeline.map(\.minute) == [842])
        #expect(postMortem.timeline.map(\.text) == ["Issue first detected."])
        #expect(postMortem.timelineZone == nil)
    }

    @Test("an unreadable stamp in a table is a timestamp-format error at its cell")
    func badStamp() {
        let found = Fixtures.diagnostics("# Incident: X\n\n## Timeline\n\n| Time | Event |\n|---|---|\n| 25:70 | a |\n")
            .filter { $0.rule == .timestampFormat }
        #expect(
            found.map { "\($0.location) \($0.message)" } == [
                "7:3 '25:70' is not a time of day; write HH:MM (00:00–23:59) or a full stamp like 2024-03-05 23:10"
            ])
    }

    @Test("a table under Timeline with no time column is timeline-unreadable, not an empty timeline")
    func noTimeColumn() {
        let found = Fixtures.diagnostics("# Incident: X\n\n## Timeline\n\n| Hour | Event |\n|---|---|\n| 14:02 | a |\n| 14:03 | b |\n")
        #expect(
            found.filter { $0.rule == .timelineUnreadable }.map { "\($0.location) \($0.message)" } == [
                "5:3 found a table with 2 rows under Timeline (columns 'Hour', 'Event'), but no column is a time, so it was not read; name the column of times Time (or Timestamp, When), e.g. `| Time (UTC) | Event |`"
            ])
        #expect(!found.contains { $0.rule == .timelineEmpty })
    }

    @Test("a table of figures beside a list timeline is prose")
    func figuresTable() {
        let markdown = "# Incident: X\n\n## Timeline\n\n- `[14:02]` - a\n\n| Pods | Pool |\n|---|---|\n| 12 | 40 |\n"
        let postMortem = Fixtures.parse(markdown)
        #expect(postMortem.timeline.map(\.text) == ["a"])
        #expect(postMortem.unreadableTables.isEmpty)
    }

    static let actionTable = """
        # Incident: X

        **Date**: 2024-03-05

        ## Action Items

        | Priority | Action | Owner | Due date | Status | Ticket | Type |
        |---|---|---|---|---|---|---|
        | P1 | Cap the pool at **20** connections | @platform | 2024-Q2 | Done | [OPS-12](https://jira.example/OPS-12) | mitigate |
        | P2 | Alert on saturation | Ana Lima | end of June 2024 | Won't fix | | |
        | | Load-test checkout (OPS-14) | | soon | Maybe | | |
        | | Replay traffic | Jo | 2024-05-01 | [x] | | |
        """

    @Test("an action table gives an item per row, each value at its cell; Type is the learning type, other columns attributes")
    func actions() {
        let items = Fixtures.parse(Self.actionTable).actionItems
        #expect(
            items.map(\.title) == [
                "Cap the pool at 20 connections", "Alert on saturation", "Load-test checkout (OPS-14)", "Replay traffic",
            ])
        #expect(items.map { $0.owner?.value } == ["@platform", "Ana Lima", nil, "Jo"])
        #expect(items.map { $0.due?.description } == ["2024-06-30", "2024-06-30", nil, "2024-05-01"])
        #expect(items.map(\.status) == [.done, .dropped, .open, .done])
        #expect(items.map(\.hasCheckbox) == [false, false, false, true])
        #expect(items.map(\.tickets) == [["https://jira.example/OPS-12", "OPS-12"], [], ["OPS-14"], []])
        #expect(items[0].attributes.map { "\($0.name)=\($0.value)" } == ["Priority=P1"])
        #expect(items.map { $0.typeText?.value } == ["mitigate", nil, nil, nil])
        #expect(items[0].typeText?.location.line == 9)
        #expect(items[0].owner?.location.description == "9:45")
        #expect(items.filter(\.isTableRow).count == 4)
    }

    @Test("an action table's unreadable values are reported at their cells")
    func actionFindings() {
        let found = Fixtures.diagnostics(Self.actionTable).filter { [.actionOwner, .actionDue, .actionStatus].contains($0.rule) }
        #expect(
            found.map { "\($0.location) [\($0.rule.rawValue)]" } == ["11:5 [action-owner]", "11:37 [action-due]", "11:44 [action-status]"])
    }

    @Test("a Done column reads yes and no", arguments: [("yes", ActionStatus.done), ("No", .open), ("✓", .done), ("Dropped", .dropped)])
    func doneColumn(value: String, status: ActionStatus) {
        let markdown = "# Incident: X\n\n## Action Items\n\n| Task | Done |\n|---|---|\n| Fix it | \(value) |\n"
        #expect(Fixtures.parse(markdown).actionItems.map(\.status) == [status])
    }

    @Test("a table under Action Items without an action column is actions-unreadable, not an empty list")
    func noActionColumn() {
        let found = Fixtures.diagnostics("# Incident: X\n\n## Action Items\n\n| Work | Owner |\n|---|---|\n| Fix it | Jo |\n")
        #expect(found.filter { $0.rule == .actionsUnreadable }.map(\.location.description) == ["5:3"])
        #expect(!found.contains { $0.rule == .noActionItems })
    }

    @Test("the page shows the tables as written, rows carrying the entries' anchors, and no second list")
    func rendering() {
        let postMortem = Fixtures.parse(
            Self.timelineTable + "\n\n" + Self.actionTable.replacingOccurrences(of: "# Incident: X\n", with: ""), rendersHTML: true)
        let timeline = postMortem.sections.first { $0.kind == .timeline }?.bodyHTML ?? ""
        #expect(
            timeline.contains(
                "<tr id=\"timeline-1\"><td>2024-03-05</td><td>23:50</td><td>Issue first detected by the <code>error-rate</code> alert.</td><td>pager</td></tr>"
            ))
        #expect(timeline.contains("<tr id=\"timeline-3\">"))
        let actions = postMortem.sections.first { $0.kind == .actions }?.bodyHTML ?? ""
        #expect(actions.contains("<tr id=\"action-1\"><td>P1</td>"))
        #expect(actions.contains("<tr id=\"action-4\">"))
    }
}
