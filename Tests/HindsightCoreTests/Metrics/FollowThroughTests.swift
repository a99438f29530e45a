import Testing

@testable import HindsightCore

/// Time to close and the burn-down, on a set small enough to count by hand.
@Suite("Follow-through over time")
struct FollowThroughTests {
    /// Two incidents, as of 2024-04-15:
    /// - a (2024-01-10): done on 01-15 (5 days) and 03-10 (60 days), one done with no date, one open.
    /// - b (2024-02-20): done on 02-20 (0 days) and 02-29 (9 days), one dropped with no date, one dropped on 03-05.
    /// - c (undated): one done on 2024-03-01.
    static var set: MetricsReport {
        var a = IncidentBuilder(slug: "a", date: "2024-01-10")
        a.actionLines = [
            "-   `[x]` **One**: Owner: @acme/payments. Due: 2024-01-20. Done: 2024-01-15.",
            "-   `[x]` **Two**: Owner: Ana. Due: 2024-03-01. Done: 2024-03-10.",
            "-   `[x]` **Three**: Owner: Ana. Due: 2024-02-01.",
            "-   `[ ]` **Four**: Owner: @acme/payments. Due: 2024-05-01.",
        ]
        var b = IncidentBuilder(slug: "b", date: "2024-02-20")
        b.actionLines = [
            "-   `[x]` **One**: Owner: @acme/search. Due: 2024-03-01. Done: 2024-02-20.",
            "-   `[x]` **Two**: Owner: @acme/search. Due: 2024-03-01. Closed: 2024-02-29.",
            "-   **Three**: Owner: Bo. Due: 2024-03-01. Status: Won't fix.",
            "-   **Four**: Owner: Bo. Due: 2024-03-01. Status: Won't fix. Closed: 2024-03-05.",
        ]
        var c = IncidentBuilder(slug: "c", date: nil)
        c.actionLines = ["-   `[x]` **One**: Owner: Bo. Due: 2024-03-01. Done: 2024-03-01."]
        return report([a, b, c], asOf: "2024-04-15")
    }

    @Test(
        "time to close: days from the incident to each completion date; median and p90 with n; done items without one left out, by reason")
    func timeToClose() {
        let followThrough = Self.set.followThrough
        #expect(followThrough.closed.map(\.days) == [5, 60, 0, 9])
        // Sorted 0, 5, 9, 60: median (5 + 9) / 2 = 7, p90 the ⌈3.6⌉ = 4th value.
        #expect(followThrough.timeToClose.count == 4)
        #expect(followThrough.timeToClose.median == 7)
        #expect(followThrough.timeToClose.p90 == 60)
        #expect(followThrough.timeToCloseText == "median 7 days, p90 60 days (n = 4)")
        #expect(FollowThroughReport.leftOutText(followThrough.notTimed) == "1 done without a completion date, 1 from an undated incident")
    }

    @Test(
        "burn-down: open at each month's end from the incident's date until the completion date; items that cannot be placed counted, not guessed"
    )
    func burnDown() {
        let followThrough = Self.set.followThrough
        // End of Jan: a.Two, a.Four (a.One closed 01-15; a.Three cannot be placed) = 2.
        // End of Feb: a.Two, a.Four, b.Four (b.One closed on its incident's day, b.Two on 02-29) = 3.
        // End of Mar: a.Four (a.Two closed 03-10, b.Four 03-05) = 1; on 04-15 still a.Four = 1.
        #expect(followThrough.burnDown.map(\.month) == ["2024-01", "2024-02", "2024-03", "2024-04"])
        #expect(followThrough.burnDown.map(\.open) == [2, 3, 1, 1])
        #expect(
            FollowThroughReport.leftOutText(followThrough.burnDownLeftOut)
                == "1 done without a completion date, 1 dropped without a completion date, 1 from an undated incident")
    }

    @Test("completion dates before the incident or after the as-of date are left out with their reason")
    func outOfRange() {
        var a = IncidentBuilder(slug: "a", date: "2024-01-10")
        a.actionLines = [
            "-   `[x]` **One**: Owner: Ana. Due: 2024-01-20. Done: 2023-01-15.",
            "-   `[x]` **Two**: Owner: Ana. Due: 2024-01-20. Done: 2024-09-01.",
            "-   `[x]` **Three**: Owner: Ana. Due: 2024-01-20. Done: someday.",
        ]
        let followThrough = report([a], asOf: "2024-04-15").followThrough
        #expect(followThrough.closed.isEmpty)
        #expect(followThrough.timeToCloseText == "no done item has a usable completion date")
        #expect(
            FollowThroughReport.leftOutText(followThrough.notTimed)
                == "1 with a completion date that is not a date, 1 completed before their incident, 1 completed after the as-of date")
        #expect(followThrough.burnDown.isEmpty)
    }

    @Test("with fewer than three timed items the figures say they are too few to judge (the p90 is just the maximum)")
    func tooFew() {
        var a = IncidentBuilder(slug: "a", date: "2024-01-10")
        a.actionLines = [
            "-   `[x]` **One**: Owner: Ana. Due: 2024-01-20. Done: 2024-01-13.",
            "-   `[x]` **Two**: Owner: Ana. Due: 2024-01-20. Done: 2024-01-20.",
        ]
        #expect(report([a], asOf: "2024-04-15").followThrough.timeToCloseText == "median 6.5 days, p90 10 days (n = 2, too few to judge)")
    }

    @Test("a team is an owner written @org/team; people and plain handles are No team, listed last")
    func teams() {
        let byTeam = Self.set.byTeam
        #expect(byTeam.map(\.team) == ["@acme/payments", "@acme/search", "No team"])
        #expect(byTeam.map(\.figures.open) == [1, 0, 0])
        #expect(byTeam.map(\.figures.done) == [1, 2, 3])
        #expect(byTeam.map(\.figures.dropped) == [0, 0, 2])
        #expect(OwnerTeam.team(of: "@ada") == nil)
        #expect(OwnerTeam.team(of: "@acme/") == nil)
        #expect(OwnerTeam.team(of: "Ada Lovelace") == nil)
    }

    @Test("metrics.json: timeToClose and burnDown under actionItems, byTeam at the top, the schema's other keys unchanged")
    func json() {
        let json = Self.set.json
        guard case .object(let members) = json, case .object(let actions)? = members.first(where: { $0.0 == "actionItems" })?.1
        else {
            Issue.record("no actionItems object")
            return
        }
        let keys = actions.map(\.0)
        #expect(
            keys == [
                "total", "done", "dropped", "open", "overdue", "pastSlo", "completionRate", "overdueItems", "pastSloItems", "bySeverity",
                "timeToClose", "burnDown", "byIncidentMonth",
            ])
        let text = JSONValue.object(actions.filter { $0.0 == "timeToClose" || $0.0 == "burnDown" }).serialized()
        #expect(text.contains(#""count":4,"medianDays":7,"p90Days":60,"meanDays":18.5,"#))
        #expect(
            text.contains(
                #""excluded":[{"reason":"done without a completion date","count":1},{"reason":"from an undated incident","count":1}]"#))
        #expect(text.contains(#""months":[{"month":"2024-01","open":2},{"month":"2024-02","open":3},"#))
        #expect(text.contains(#""leftOutCount":3,"#))
    }

    @Test("metrics --format table gives time to close after the action item totals")
    func table() {
        let lines = Self.set.table.split(separator: "\n")
        let index = lines.firstIndex { $0.hasPrefix("Action items") }
        #expect(
            index.map { lines[$0 + 1] }
                == "Time to close median 7 days, p90 60 days (n = 4); left out: 1 done without a completion date, 1 from an undated incident"
        )
    }
}
