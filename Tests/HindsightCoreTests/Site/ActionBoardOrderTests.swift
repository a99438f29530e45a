import Testing

@testable import HindsightCore

/// The order of the action board's lists, which it sorts as positions into the report's items.
@Suite("Action board order")
struct ActionBoardOrderTests {
    static func report(date: String, items: [String]) -> String {
        """
        ## Incident: Queue backlog on \(date)

        **Date**: \(date)
        **Severity**: P2

        ### 5. Action Items

        \(items.map { "-   " + $0 }.joined(separator: "\n"))
        """
    }

    static let model: SiteModel = {
        let files = [
            // Dated alike, so their done items are ordered by slug, then by item number (both descending).
            "2026-11-01-b-queue": report(
                date: "2026-11-01",
                items: [
                    "`[ ]` **Due soon**: Owner: Ana. Due: 2026-12-20.", "`[x]` **Done one**: Owner: Ana.",
                    "`[ ]` **Three days late**: Owner: Ana. Due: 2026-11-22.", "`[x]` **Done two**: Owner: Ana.",
                ]),
            "2026-11-01-a-queue": report(
                date: "2026-11-01",
                items: [
                    "`[ ]` **No due date**: Owner: Ana.", "`[ ]` **Ten days late**: Owner: Ana. Due: 2026-11-15.",
                    "`[ ]` **Due sooner**: Owner: Ana. Due: 2026-12-10.", "`[x]` **Done three**: Owner: Ana.",
                ]),
            "2026-10-01-queue": report(date: "2026-10-01", items: ["`[x]` **Done earlier**: Owner: Ana."]),
        ]
        let postMortems = files.keys.sorted().map { Fixtures.parse(files[$0]!, name: "postmortems/\($0).md", rendersHTML: true) }
        return SiteModel(postMortems: postMortems, diagnostics: [], options: SiteFixture.options())
    }()

    @Test("an owner's open items run most overdue first, then by due date, the undated last")
    func ownerItems() throws {
        let ana = try #require(Self.model.actionBoardPage(root: "../").owners.first)
        #expect(ana.owner == "Ana")
        #expect(ana.items.map(\.title) == ["Ten days late", "Three days late", "Due sooner", "Due soon", "No due date"])
        #expect(ana.overdue == 2)
    }

    @Test("finished items run newest incident first, then by slug and item number, both descending")
    func doneItems() {
        let board = Self.model.actionBoardPage(root: "../")
        #expect(
            board.done.map { "\($0.incidentSlug)#\($0.index)" } == [
                "2026-11-01-b-queue#4", "2026-11-01-b-queue#2", "2026-11-01-a-queue#4", "2026-10-01-queue#1",
            ])
    }

    @Test("the overdue list runs most overdue first, then by slug")
    func overdueItems() {
        let board = Self.model.actionBoardPage(root: "../")
        #expect(board.overdue.map(\.title) == ["Ten days late", "Three days late"])
        #expect(board.overdueCount == 2)
    }
}
