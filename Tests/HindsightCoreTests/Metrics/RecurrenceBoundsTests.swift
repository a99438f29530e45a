import Testing

@testable import HindsightCore

/// However many incidents share a tag, each repeat names its 5 nearest
/// earlier incidents and counts them all.
@Suite("Recurrence bounds")
struct RecurrenceBoundsTests {
    /// `count` incidents a day apart sharing a tag, each with `openItems` open follow-ups.
    static func chain(_ count: Int, openItems: Int = 1) -> MetricsReport {
        report(
            (0..<count).map { index in
                var builder = IncidentBuilder(slug: "i\(index)", date: Day.of("2024-01-01").adding(days: index).description, tags: ["dns"])
                builder.actions = Array(repeating: (false, "Ana", "2024-12-31"), count: openItems)
                return builder
            })
    }

    @Test("a repeat names its 5 nearest earlier incidents, oldest first, and counts all of them")
    func nearestEarlier() throws {
        let last = try #require(Self.chain(9).recurrence.repeats.last)
        #expect(last.incident == "i8")
        #expect(last.earlier == ["i3", "i4", "i5", "i6", "i7"])
        #expect(last.earlierCount == 8)
    }

    @Test("a repeat lists at most 10 open follow-ups of the incidents it names, and counts every earlier one's")
    func openItemsCapped() throws {
        let last = try #require(Self.chain(8, openItems: 3).recurrence.repeats.last)
        #expect(
            last.openActionsAtTime.map { "\($0.incident)#\($0.item.index)" } == [
                "i2#1", "i2#2", "i2#3", "i3#1", "i3#2", "i3#3", "i4#1", "i4#2", "i4#3", "i5#1",
            ])
        #expect(last.openActionsAtTimeCount == 21)
    }

    @Test("an incident keeps its 5 nearest later repeats and a count of them all")
    func nearestLater() {
        let repeatedBy = Self.chain(9).recurrence.repeatedBy
        #expect(repeatedBy["i0"] == RecurrenceReport.NearestIncidents(nearest: ["i1", "i2", "i3", "i4", "i5"], count: 8))
        #expect(repeatedBy["i7"] == RecurrenceReport.NearestIncidents(nearest: ["i8"], count: 1))
        #expect(repeatedBy["i8"] == nil)
    }

    @Test("metrics.json puts a count beside each capped list")
    func jsonCounts() throws {
        let json = Self.chain(7).json.serialized()
        #expect(
            json.contains(
                #""incident":"i6","date":"2024-01-07","repeats":["i1","i2","i3","i4","i5"],"repeatsCount":6,"sharedTags":["dns"],"#))
        #expect(
            json.contains(
                #"{"incident":"i5","index":1,"id":null,"title":"Item 1","owner":"Ana","due":"2024-12-31"}],"openActionsAtTimeCount":6}"#))
    }

    @Test("the repeat count and rate still count every repeat")
    func rateUnchanged() {
        let recurrence = Self.chain(12).recurrence
        #expect(recurrence.repeats.count == 11)
        #expect(recurrence.repeats.map(\.earlierCount) == Array(1...11))
    }
}
