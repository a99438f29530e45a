import Testing

@testable import HindsightCore

/// The phases on the incident page's header and the trends page, from the models.
@Suite("Phase pages")
struct PhasePageTests {
    static let model = SiteModel(
        postMortems: PhaseCorpus.builders.map(\.postMortem), diagnostics: [],
        options: SiteOptions(title: "Phases", metrics: MetricsOptions(asOf: .of("2024-06-01"))))

    func header(_ slug: String) throws -> IncidentPhasesModel? {
        Self.model.phases(of: try #require(Self.model.incident(slug)))
    }

    @Test("the header writes out every phase: its time, its clock span and a link to the entry that ended it")
    func completeHeader() throws {
        let phases = try #require(try header("complete"))
        #expect(phases.items.map(\.label) == ["To detect", "To confirm", "To root cause", "To fix", "To stable"])
        #expect(phases.items.map(\.minutes) == ["20m", "8m", "30m", "12m", "40m"])
        #expect(phases.items.map(\.span) == ["09:40 → 10:00", "10:00 → 10:08", "10:08 → 10:38", "10:38 → 10:50", "10:50 → 11:30"])
        #expect(phases.items.map(\.anchor) == ["#timeline-2", "#timeline-3", "#timeline-4", "#timeline-5", "#timeline-6"])
        #expect(phases.items.allSatisfy { $0.reason == nil })
        #expect(phases.outOfOrder == nil)
    }

    @Test("the bar: each phase in proportion of its time, titled with its time and milestones")
    func bar() throws {
        let svg = try #require(try header("complete")?.svg)
        // 09:40 to 11:30 is 110 minutes: to detect is 20 of them, 18.2%; to stable starts at 70, 63.6%.
        #expect(
            svg.contains(
                #"<rect class="phase-detect" x="0%" y="0" width="18.2%" height="20"><title>To detect: 20m (impact started 09:40 → first detected 10:00)</title></rect>"#
            ))
        #expect(
            svg.contains(
                #"<rect class="phase-stable" x="63.6%" y="0" width="36.4%" height="20"><title>To stable: 40m (fix deployed 10:50 → verified as stable 11:30)</title></rect>"#
            ))
        #expect(svg.contains(#"<text class="axis" x="0" y="38">09:40</text>"#))
        #expect(svg.contains(#"<text class="axis" x="100%" y="38" text-anchor="end">11:30</text>"#))
        #expect(!svg.contains("viewBox"))
    }

    @Test("time no phase accounts for is drawn as not measured, and each unmeasured phase says why")
    func missingMilestone() throws {
        let phases = try #require(try header("no-confirm"))
        #expect(
            phases.items.map { $0.minutes ?? "not measured: " + ($0.reason ?? "") } == [
                "not measured: no 'impact started' entry in the timeline",
                "not measured: no 'impact confirmed' entry in the timeline",
                "not measured: no 'impact confirmed' entry in the timeline", "30m", "20m",
            ])
        // Nothing measured before the fix phase, so the bar starts there: 10:30 to 11:20.
        let svg = try #require(phases.svg)
        #expect(svg.contains(#"<rect class="phase-fix" x="0%" y="0" width="60%" height="20">"#))
        #expect(!svg.contains("phase-gap"))
    }

    @Test("a gap between measured phases is hatched, never given to a neighbour")
    func gapBetweenPhases() {
        var builder = PhaseCorpus.complete
        builder.timeline[3] = ("10:38", "Cause found.")  // no root cause identified: to root cause and to fix are not measured
        let svg = PhaseBar.svg(for: IncidentPhases(builder.postMortem))
        // 10:08 to 10:50 (minutes 28 to 70 of 110): 25.5% to 63.6%.
        #expect(
            svg.contains(
                #"<rect class="phase-gap" x="25.5%" y="0" width="38.2%" height="20"><title>Not measured, 10:08 → 10:50: no phase is measured over this stretch</title></rect>"#
            ))
    }

    @Test("milestones out of order: the page says which phase ends before it starts")
    func outOfOrder() throws {
        let phases = try #require(try header("fix-first"))
        #expect(
            phases.outOfOrder
                == "Milestones out of order: To fix ends before it starts, so it is not measured; check the timeline's order and stamps.")
        #expect(phases.items[3].reason == "'fix deployed' is earlier than 'root cause identified'")
    }

    @Test("a drill has no phases in its header: the banner already says it is left out")
    func drill() throws {
        #expect(try header("drill") == nil)
    }

    @Test("the timeline strip draws the phases on its band, in the header's colours")
    func strip() throws {
        let svg = TimelineChart.svg(for: try #require(Self.model.incident("complete")))
        // 09:40 to 11:30 over 688 units from x = 16: to confirm is 10:00 to 10:08, x 141.1, 50 wide.
        #expect(
            svg.contains(
                #"<rect class="phase-confirm" x="141.1" y="34" width="50" height="12"><title>To confirm: 8m (first detected 10:00 → impact confirmed 10:08)</title></rect>"#
            ))
    }

    @Test("the trends table: each phase with its n, median, p90 and why the rest were not measured")
    func trendsRows() {
        let phases = Self.model.trendsPhases(root: "../")
        #expect(
            phases.rows.map { "\($0.label) n\($0.count) \($0.median) \($0.p90)\($0.tooFew ? " too few" : "")" } == [
                "To detect n1 20m 20m too few", "To confirm n3 8m 10m", "To root cause n3 30m 35m", "To fix n3 20m 30m",
                "To stable n4 35m 40m",
            ])
        #expect(
            phases.rows.map(\.notMeasured) == [
                "3: no 'impact started' entry in the timeline; 1: marked Exclude From Metrics (drill or game day)",
                "1: marked Exclude From Metrics (drill or game day); 1: no 'impact confirmed' entry in the timeline",
                "1: marked Exclude From Metrics (drill or game day); 1: no 'impact confirmed' entry in the timeline",
                "1: 'fix deployed' is earlier than 'root cause identified'; 1: marked Exclude From Metrics (drill or game day)",
                "1: marked Exclude From Metrics (drill or game day)",
            ])
        #expect(phases.outOfOrder.map(\.url) == ["../incidents/fix-first/index.html"])
    }

    @Test("the chart per quarter: a median and n for every quarter and phase, too few marked")
    func trendsChart() {
        let chart = Self.model.quarterlyPhaseChart()
        #expect(chart.tableHeaders == ["Quarter", "Incidents", "To detect", "To confirm", "To root cause", "To fix", "To stable"])
        #expect(
            chart.tableRows == [
                [
                    "2024-Q1", "1", "20m (n 1, too few to judge)", "8m (n 1, too few to judge)", "30m (n 1, too few to judge)",
                    "12m (n 1, too few to judge)", "40m (n 1, too few to judge)",
                ],
                [
                    "2024-Q2", "4", "— (n 0, too few to judge)", "8m (n 2, too few to judge)", "33m (n 2, too few to judge)",
                    "25m (n 2, too few to judge)", "30m (n 3)",
                ],
            ])
        #expect(chart.newestAtEnd)
        #expect(chart.svg.contains("<title>2024-Q2: To stable median 30m</title>"))
        #expect(chart.svg.contains("<title>2024-Q2: To fix median 25m (too few to judge)</title>"))
    }

    @Test(
        "the chart's axis steps are round times",
        arguments: [(50.0, 60.0), (100, 120), (312, 480), (2000, 2880), (7000, 11520)])
    func axisMaximum(tallest: Double, maximum: Double) {
        #expect(SVG.timeAxisMaximum(tallest) == maximum)
    }
}
