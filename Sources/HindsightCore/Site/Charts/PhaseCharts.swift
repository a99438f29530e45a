/// The trends page's "where the time goes" chart: the median of each phase per quarter.
extension SiteModel {
    func quarterlyPhaseChart() -> ChartFigure {
        let quarters = report.phases.quarters
        let series = Phase.allCases.map { phase in
            BarChart.Series(
                name: "\(phase.label) median", cssClass: PhaseBar.cssClass(phase),
                values: quarters.map { $0.statistics(phase).median ?? 0 },
                dimmed: Set(quarters.indices.filter { quarters[$0].tooFewToJudge(phase) }))
        }
        let tallest = quarters.map { quarter in Phase.allCases.reduce(0) { $0 + (quarter.statistics($1).median ?? 0) } }.max() ?? 0
        let chart = BarChart(
            categories: quarters.map(\.key), series: series, valueLabel: { Format.minutes($0) },
            maximum: SVG.timeAxisMaximum(tallest), isCount: false)
        let title = "Where the time goes: median per phase per quarter"
        let id = "phases-by-quarter"
        let anyTooFew = quarters.contains { quarter in quarter.incidents > 0 && Phase.allCases.contains { quarter.tooFewToJudge($0) } }
        return ChartFigure(
            id: id, title: title,
            description:
                "Stacked bars: each quarter's median time in each phase, from impact started to stable. The medians are of different incidents (those measured in that phase), so a bar's height need not equal the median time to restore.",
            svg: chart.svg(id: id, title: title, description: "Median minutes per phase for each quarter, stacked"),
            tableHeaders: ["Quarter", "Incidents"] + Phase.allCases.map(\.label),
            tableRows: quarters.map { quarter in
                [quarter.key, String(quarter.incidents)]
                    + Phase.allCases.map { phase in
                        let s = quarter.statistics(phase)
                        return "\(Format.minutes(s.median)) (n \(s.count)\(quarter.tooFewToJudge(phase) ? ", too few to judge" : ""))"
                    }
            },
            note:
                "Each phase's median is over the incidents measured in that phase, so a bar need not add up to the quarter's median time to restore."
                + (anyTooFew
                    ? " Phases measured in fewer than \(GroupFigures.minimumToJudge) of a quarter's incidents are faded: too few to judge. Each phase's n is in the numbers."
                    : ""),
            legend: series.map { ($0.name.replacingOccurrences(of: " median", with: ""), $0.cssClass) },
            newestAtEnd: true
        )
    }
}
