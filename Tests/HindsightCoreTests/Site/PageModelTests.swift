import Testing

@testable import HindsightCore

/// The pages' models on the five-incident fixture site, read without rendering HTML.
@Suite("Page models")
struct PageModelTests {
    let model = SiteFixtureCorpus.model
    static let checkout = "2026-08-10-checkout-pool-exhaustion"
    static let billing = "2026-09-02-billing-pool-starvation"
    static let drill = "2026-11-02-postgres-failover-drill"

    @Test("the overview's all-time figures count incidents, restore times, follow-ups and repeats")
    func overviewFigures() throws {
        let overview = model.overviewPage(root: "./")
        #expect(overview.periods.map(\.label) == ["Last 90 days", "All time"])
        let allTime = try #require(overview.periods.last)
        #expect(allTime.detail == "since 10 Aug 2026")
        #expect(allTime.figures.map(\.value) == ["5", "1h 15m", "38%", "2", "2"])
        // 9 items, one dropped: 3 of the other 8 done. Two of the four incidents measured (not the drill) repeat.
        #expect(allTime.figures.map(\.note) == [nil, "p90 1h 30m · 3 incidents", "3 of 9", "3 past follow-up SLO", "50% of incidents"])
        // Three incidents restored: enough to judge the median.
        #expect(allTime.figures.map(\.tooFew) == [false, false, false, false, false])
        #expect(overview.latest.count == 5)
        #expect(overview.repeatsWithOpenItems.map(\.openCount) == ["1 open follow-up", "1 open follow-up"])
        #expect(overview.hasRepeatsWithOpenItems)
    }

    @Test("the incident page's model links what it repeats, what repeated it and what is related")
    func incidentLinks() throws {
        let checkout = try #require(model.incident(Self.checkout))
        let page = model.incidentPage(checkout, root: "../../")
        #expect(!page.hasRepeatOf)
        #expect(page.repeatedBy.map(\.url) == ["../../incidents/\(Self.billing)/index.html"])
        #expect(page.related.map(\.slug) == [Self.billing, Self.drill])
        #expect(page.related.map(\.sharedTags) == ["connection-pool", "database"])
        #expect(page.sections.map(\.anchor) == ["timeline", "root-cause", "impact", "lessons", "actions"])
        #expect(page.sections.map(\.hasTimeline) == [true, false, false, false, false])
        #expect(page.sections.last?.actions.map(\.statusClass) == ["done", "overdue", "dropped"])
        let billing = model.incidentPage(try #require(model.incident(Self.billing)), root: "../../")
        #expect(billing.repeatLinkedBy == "shared tag #connection-pool and its Recurrence Of field")
        #expect(billing.extraFields.map(\.name) == ["Incident Commander"])
    }

    @Test("the action board puts overdue items first, with days overdue, and open items by owner")
    func actionBoard() {
        let board = model.actionBoardPage(root: "../")
        #expect(board.overdue.map(\.incidentSlug) == [Self.checkout, Self.drill])
        #expect(board.overdue.map(\.daysOverdue) == ["85 days overdue", "9 days overdue"])
        #expect(board.owners.map(\.owner) == ["Marcus Chen", "Mei Tanaka", "No owner", "Priya Natarajan", "Rahul Mehta"])
        #expect(board.doneCount == 4)
        #expect(board.doneHidden == nil)
        // Done items newest incident first, then by slug and item number, descending.
        #expect(
            board.done.map { "\($0.incidentSlug)#\($0.index)" } == [
                "2026-10-05-webhook-certificate-expiry#2", "2026-09-02-billing-pool-starvation#2",
                "2026-08-10-checkout-pool-exhaustion#3", "2026-08-10-checkout-pool-exhaustion#1",
            ])
    }

    @Test("the action board gives follow-through by owner and by team with dropped items, time to close and the burn-down")
    func actionBoardFollowThrough() {
        let board = model.actionBoardPage(root: "../")
        #expect(board.byTeam.map(\.owner) == ["@acme/billing", "No team"])
        #expect(board.byTeam.map { [$0.total, $0.done, $0.open, $0.overdue, $0.dropped] } == [[1, 1, 0, 0, 0], [8, 2, 5, 2, 1]])
        #expect(board.hasTeams)
        #expect(board.byOwner.first { $0.owner == "Marcus Chen" }?.dropped == 1)
        // The three done items, each with a completion date: 4 (checkout), 6 (billing) and 14 days (webhook).
        #expect(board.timeToClose == "median 6 days, p90 14 days (n = 3)")
        #expect(board.timeToCloseLeftOut == nil)
        #expect(board.burnDown.id == "open-per-month")
        #expect(board.burnDown.newestAtEnd)
        // Open at each month's end: checkout's second item; then billing's open one; webhook's; the drill's and search's
        // (checkout's dropped item has no date, so it is not counted).
        #expect(
            board.burnDown.tableRows == [["Aug 2026", "1"], ["Sep 2026", "2"], ["Oct 2026", "3"], ["Nov 2026", "5"]])
        #expect(
            board.burnDown.note
                == "Not counted: 1 dropped without a completion date. An item is open from its incident's date until its completion date; without one, when it closed is unknown, so it is left out rather than guessed."
        )
    }

    @Test("a value a page does not have is nil, so a section over it is false and the lookup goes on to the layout")
    func absentValues() throws {
        let drill = try #require(model.incident(Self.drill))
        let layout = LayoutModel(
            root: "../../", siteTitle: "Test incidents", pageTitle: "Drill", isHome: false, asOf: "25 Nov 2026",
            asOfISO: "2026-11-25", incidentCount: "5 post-mortems", nav: [])
        let page = Page(model: model.incidentPage(drill, root: "../../"), layout: layout)
        #expect(page.child(named: "timezone") == nil)
        #expect(page.child(named: "repeatLinkedBy") == nil)
        #expect(page.child(named: "moreChips") == nil)
        #expect(page.child(named: "root") as? String == "../../")
        #expect(page.child(named: "title") as? String == "Game day: postgres-primary failover took 12 minutes")
        #expect(page.child(named: "isExcluded") as? Bool == true)
        #expect(page.child(named: "noSuchKey") == nil)
    }
}
