import Testing

@testable import HindsightCore

@Suite("Aggregates")
struct DurationStatisticsTests {
    @Test("odd count: the middle value")
    func oddMedian() {
        let s = DurationStatistics([30, 10, 20])
        #expect(s.count == 3)
        #expect(s.median == 20)
        #expect(s.mean == 20)
        #expect(s.min == 10)
        #expect(s.max == 30)
    }

    @Test("even count: the mean of the two middle values")
    func evenMedian() {
        #expect(DurationStatistics([10, 40, 20, 30]).median == 25)
        #expect(DurationStatistics([1, 2]).median == 1.5)
    }

    @Test(
        "p90 by nearest rank: the ⌈0.9·n⌉-th smallest",
        arguments: [
            (1, 1.0), (2, 2.0), (5, 5.0), (9, 9.0), (10, 9.0), (11, 10.0), (20, 18.0), (21, 19.0),
        ])
    func p90(count: Int, expected: Double) {
        let values = (1...count).map(Double.init).reversed()
        #expect(DurationStatistics(Array(values)).p90 == expected)
    }

    @Test("an empty aggregate has count 0 and nothing else")
    func empty() {
        let s = DurationStatistics([Double]())
        #expect(s.count == 0)
        #expect(s.mean == nil && s.median == nil && s.p90 == nil && s.min == nil && s.max == nil)
    }

    @Test("the mean is unrounded")
    func unroundedMean() {
        #expect(DurationStatistics([10, 10, 11]).mean == 31.0 / 3.0)
    }
}

@Suite("Duration metrics")
struct DurationMetricTests {
    @Test("time to restore crosses midnight")
    func midnight() {
        var incident = IncidentBuilder(slug: "a", date: "2024-03-05")
        incident.timeline = [
            ("23:40", "Issue first detected."), ("00:20", "Root cause identified."),
            ("00:35", "Fix deployed."), ("01:10", "System verified as stable."),
        ]
        let r = report([incident])
        #expect(r.duration(.timeToRestore).included.map(\.minutes) == [90])
        #expect(r.duration(.timeToRootCause).included.map(\.minutes) == [40])
        #expect(r.duration(.timeToMitigate).included.map(\.minutes) == [55])
    }

    @Test("a missing milestone leaves the incident out of that metric only, with the reason")
    func missingMilestone() {
        var incident = IncidentBuilder(slug: "a", date: "2024-03-05")
        incident.timeline = [("10:00", "Issue first detected."), ("10:30", "Fix deployed."), ("11:00", "System verified as stable.")]
        let r = report([incident])
        #expect(r.duration(.timeToRestore).statistics.count == 1)
        #expect(r.duration(.timeToMitigate).statistics.count == 1)
        #expect(
            r.duration(.timeToRootCause).excluded.map { "\($0.incident): \($0.reason)" } == [
                "a: no 'root cause identified' entry in the timeline"
            ])
        #expect(
            r.duration(.timeToDetect).excluded.map { "\($0.incident): \($0.reason)" } == ["a: no 'impact started' entry in the timeline"])
    }

    @Test("time to detect where an impact-started entry exists")
    func timeToDetect() {
        var incident = IncidentBuilder(slug: "a", date: "2024-03-05")
        incident.timeline.insert(("09:35", "Impact began (seen later in logs)."), at: 0)
        #expect(report([incident]).duration(.timeToDetect).included.map(\.minutes) == [25])
    }

    @Test("Exclude From Metrics leaves an incident out of every duration, with the reason")
    func excluded() {
        var drill = IncidentBuilder(slug: "drill", date: "2024-03-05")
        drill.extraFields = ["**Exclude From Metrics**: yes"]
        let r = report([drill, IncidentBuilder(slug: "real", date: "2024-03-06")])
        for metric in [DurationMetric.timeToRestore, .timeToRootCause, .timeToMitigate] {
            #expect(r.duration(metric).excluded.first { $0.incident == "drill" }?.reason == .excludedByAuthor)
        }
        #expect(r.duration(.timeToRestore).included.map(\.incident) == ["real"])
    }
}

@Suite("Action item metrics")
struct ActionItemMetricTests {
    @Test("overdue is open with a due date before as-of; due on the as-of date is not overdue")
    func overdueBoundary() {
        var incident = IncidentBuilder(slug: "a", date: "2024-05-01", severity: "P3")
        incident.actions = [
            (false, "Ana", "2024-06-01"), (false, "Bo", "2024-05-31"), (true, "Cy", "2024-01-01"), (false, "Ana", "2024-07-01"),
        ]
        let r = report([incident], asOf: "2024-06-01")
        #expect(r.actionTotals.total == 4)
        #expect(r.actionTotals.done == 1)
        #expect(r.actionTotals.open == 3)
        #expect(r.actionTotals.completionRate == 0.25)
        #expect(r.overdueItems.map { "\($0.item.index):\($0.daysOverdue!)" } == ["2:1"])
    }

    @Test("past SLO: open items older than 30 days for P0/P1 and 60 for the rest, with or without a due date")
    func pastSLO() {
        var p1 = IncidentBuilder(slug: "p1", date: "2024-04-30", severity: "P1")
        p1.actions = [(false, "Ana", "2024-12-01")]  // deadline 2024-05-30: past on 2024-06-01
        var p3 = IncidentBuilder(slug: "p3", date: "2024-04-30", severity: "P3")
        p3.actions = [(false, "Ana", "2024-12-01")]  // deadline 2024-06-29: not yet
        let r = report([p1, p3], asOf: "2024-06-01")
        #expect(r.actionItems.filter(\.isPastSLO).map(\.incident) == ["p1"])
        #expect(r.actionTotals.overdue == 0)
        #expect(r.actionTotals.pastSLO == 1)
    }

    @Test("completion by owner")
    func byOwner() {
        var incident = IncidentBuilder(slug: "a", date: "2024-05-01")
        incident.actions = [(true, "Ana", "2024-05-10"), (false, "Ana", "2024-07-10"), (true, "Bo", "2024-05-10")]
        let r = report([incident])
        #expect(r.byOwner.map { "\($0.owner) \($0.figures.done)/\($0.figures.total)" } == ["Ana 1/2", "Bo 1/1"])
    }
}

@Suite("Recurrence")
struct RecurrenceTests {
    func incident(_ slug: String, _ date: String, tags: [String], detected: String = "10:00") -> IncidentBuilder {
        var builder = IncidentBuilder(slug: slug, date: date, tags: tags)
        builder.timeline = [(detected, "Issue first detected."), ("23:00", "System verified as stable.")]
        return builder
    }

    @Test("a shared tag exactly W days earlier is a repeat; W+1 days is not")
    func windowEdges() {
        let r = report(
            [
                incident("first", "2024-01-01", tags: ["dns"]),
                incident("at-window", "2024-03-31", tags: ["dns"]),  // 90 days later
                incident("other", "2024-01-01", tags: ["tls"]),
                incident("past-window", "2024-04-01", tags: ["tls"]),  // 91 days later
            ], window: 90)
        #expect(r.recurrence.repeats.map(\.incident) == ["at-window"])
        #expect(r.recurrence.repeats.first?.earlier == ["first"])
        #expect(r.recurrence.rate == 0.25)
    }

    @Test("on the same date the incident detected first is the earlier one")
    func sameDate() {
        let r = report([
            incident("b-late", "2024-01-01", tags: ["dns"], detected: "09:00"),
            incident("a-early", "2024-01-01", tags: ["dns"], detected: "08:00"),
        ])
        #expect(r.recurrence.repeats.map(\.incident) == ["b-late"])
    }

    @Test("Recurrence Of marks a repeat whatever the tags and window")
    func explicit() {
        var later = incident("later", "2025-01-01", tags: ["x"])
        later.extraFields = ["**Recurrence Of**: first"]
        let r = report([incident("first", "2023-01-01", tags: ["y"]), later])
        #expect(r.recurrence.repeats.map(\.incident) == ["later"])
    }

    @Test("a repeat lists the earlier incident's follow-ups that were still open")
    func openFollowUps() {
        var first = incident("first", "2024-01-01", tags: ["dns"])
        first.actions = [(true, "Ana", "2024-01-10"), (false, "Bo", "2024-02-10")]
        let r = report([first, incident("second", "2024-02-01", tags: ["dns"])])
        #expect(r.recurrence.repeats.first?.openActionsAtTime.map { "\($0.incident)#\($0.item.index)" } == ["first#2"])
    }
}

@Suite("Breakdowns")
struct BreakdownTests {
    @Test("months run from the first incident to the as-of date, empty months included; fewer than 3 is too few to judge")
    func months() {
        let r = report([
            IncidentBuilder(slug: "a", date: "2024-01-05"), IncidentBuilder(slug: "b", date: "2024-01-20"),
            IncidentBuilder(slug: "c", date: "2024-01-21"), IncidentBuilder(slug: "d", date: "2024-03-02"),
        ])
        #expect(r.months.map(\.key) == ["2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06"])
        #expect(r.months.map(\.incidents.count) == [3, 0, 1, 0, 0, 0])
        #expect(r.months.map(\.tooFewToJudge) == [false, true, true, true, true, true])
        #expect(r.quarters.map(\.key) == ["2024-Q1", "2024-Q2"])
    }

    @Test("the phases run over the report's quarters, counting each quarter's incidents; none when no incident is dated")
    func phaseQuarters() {
        let r = report([
            IncidentBuilder(slug: "a", date: "2024-01-05"), IncidentBuilder(slug: "b", date: "2024-01-20"),
            IncidentBuilder(slug: "c", date: "2024-03-02"), IncidentBuilder(slug: "u"),
        ])
        #expect(r.phases.quarters.map(\.key) == r.quarters.map(\.key))
        #expect(r.phases.quarters.map(\.incidents) == [3, 0])
        let undated = report([IncidentBuilder(slug: "u")])
        #expect(undated.quarters.isEmpty)
        #expect(undated.phases.quarters.isEmpty)
    }

    @Test("severity counts cover the whole scale")
    func severities() {
        let r = report([IncidentBuilder(slug: "a", date: "2024-01-05", severity: "P0")])
        #expect(r.incidentsBySeverity.map { "\($0.severity)=\($0.count)" } == ["P0=1", "P1=0", "P2=0", "P3=0", "P4=0"])
    }

    @Test("--since and --until filter by date, inclusive")
    func filters() {
        let postMortems = ["2024-01-01", "2024-02-01", "2024-03-01"].enumerated().map {
            IncidentBuilder(slug: "i\($0)", date: $1).postMortem
        }
        let r = MetricsReport(
            postMortems, options: MetricsOptions(asOf: .of("2024-06-01"), since: .of("2024-02-01"), until: .of("2024-03-01")))
        #expect(r.incidents.map(\.slug) == ["i1", "i2"])
    }
}

/// Gaps found in review of docs/metrics.md, pinned by tests.
@Suite("Metrics regressions")
struct MetricsRegressionTests {
    @Test("Recurrence Of counts even when the incident named is a drill outside the window")
    func explicitRecurrenceOfDrill() {
        var drill = IncidentBuilder(slug: "drill", date: "2023-01-01", tags: ["x"])
        drill.extraFields = ["**Exclude From Metrics**: yes"]
        var later = IncidentBuilder(slug: "later", date: "2024-05-01", tags: ["y"])
        later.extraFields = ["**Recurrence Of**: drill"]
        let r = report([drill, later])
        #expect(r.recurrence.repeats.map { "\($0.incident)<\($0.earlier)" } == ["later<[\"drill\"]"])
        #expect(r.recurrence.excluded.map(\.incident) == ["drill"])
        #expect(r.recurrence.consideredCount == 1)
    }

    @Test("drills do not count towards 'too few to judge'")
    func drillsDoNotMakeAPeriodJudgeable() {
        var drill = IncidentBuilder(slug: "drill", date: "2024-01-03")
        drill.extraFields = ["**Exclude From Metrics**: yes"]
        let r = report([IncidentBuilder(slug: "a", date: "2024-01-01"), IncidentBuilder(slug: "b", date: "2024-01-02"), drill])
        #expect(r.months.first?.incidents.count == 3)
        #expect(r.months.first?.tooFewToJudge == true)
    }

    @Test(
        "milestone phrases are whole words and not negated",
        arguments: [
            ("Still unresolved.", false), ("Not yet verified as stable.", false), ("Incident resolved.", true),
            ("System verified as stable.", true), ("We have not verified as stable", false),
        ])
    func phrases(text: String, stable: Bool) {
        var incident = IncidentBuilder(slug: "a", date: "2024-01-01")
        incident.timeline = [("10:00", "Issue first detected."), ("11:00", text)]
        #expect((incident.postMortem.entry(for: .stable) != nil) == stable)
    }
}
