import Testing

@testable import HindsightCore

/// Axis labels fit inside their chart, however long the durations grow.
@Suite("Chart axis labels")
struct ChartAxisTests {
    @Test("a range chart's gridlines step in round times (12 hours here, not 8h 20m), with room for a 1d 12h label")
    func rangeChartRoundStepsAndRoomForLongLabel() {
        let chart = RangeChart(categories: ["2026-Q1"], medians: [600], p90s: [2000], tooFew: [])
        let svg = chart.svg(id: "ttr", title: "Time to restore", description: "")
        let labels = svg.matches(of: /text-anchor="end">([^<]*)</).map { String($0.output.1) }
        #expect(labels == ["0m", "12h", "1d", "1d 12h", "2d"])
        // 6 characters need 6 × 8.2 + 8 = 57.2 units: each label ends 6 units left of the plot.
        #expect(svg.contains(#"<text class="axis" x="51.2" y="18" text-anchor="end">2d</text>"#))
    }

    @Test("a bar chart of durations leaves room for a 13d 21h label")
    func barChartRoomForLongLabel() {
        let chart = BarChart(
            categories: ["2026-11"], series: [.init(name: "ttr", cssClass: "bar", values: [20_000])],
            valueLabel: { Format.minutes($0) }, isCount: false)
        let svg = chart.svg(id: "ttr", title: "Time to restore", description: "")
        #expect(svg.contains(#"<text class="axis" x="59.4" y="18" text-anchor="end">13d 21h</text>"#))
    }

    @Test("a strip chart's last tick label stays inside the chart")
    func stripChartLastTickInside() {
        let chart = StripChart(categories: ["P1"], categoryClasses: ["sev-1"], values: [[15, 1920]])
        let svg = chart.svg(id: "strip", title: "Time to restore by severity", description: "")
        // Centred at 692, the 5-character label reaches about 712.5 of 720.
        #expect(svg.contains(#"<text class="axis" x="692" y="220" text-anchor="middle">1d 8h</text>"#))
    }

    @Test("short count labels keep the narrow axis")
    func countLabelsKeepNarrowAxis() {
        let chart = BarChart(categories: ["2026-11"], series: [.init(name: "incidents", cssClass: "bar", values: [3])])
        let svg = chart.svg(id: "count", title: "Incidents", description: "")
        #expect(svg.contains(#"<text class="axis" x="38" y="18" text-anchor="end">4</text>"#))
    }
}
