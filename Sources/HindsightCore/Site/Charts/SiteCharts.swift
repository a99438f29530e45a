/// The charts of the overview and trends pages, built from the metrics.
extension SiteModel {
    var severityLevels: [String] { options.metrics.severityScale.levels }

    /// Incidents per month, stacked by severity.
    func monthlyIncidentsChart(last count: Int?) -> ChartFigure {
        let months = count.map { Array(report.months.suffix($0)) } ?? report.months
        let series = severityLevels.enumerated().map { rank, level in
            BarChart.Series(
                name: level, cssClass: "sev-\(min(rank, 4))",
                values: months.map { month in Double(month.bySeverity.first { $0.severity == level }?.count ?? 0) })
        }
        let chart = BarChart(categories: months.map { Format.period($0.key) }, series: series, valueLabel: { SVG.number($0) })
        let title =
            count == nil || months.count < 2 ? "Incidents per month by severity" : "Incidents per month, last \(months.count) months"
        return ChartFigure(
            id: "incidents-per-month", title: title,
            description: "Stacked bars: incidents each month, coloured by severity. "
                + months.map { "\(Format.period($0.key)): \($0.incidents.count)" }.joined(separator: ", "),
            svg: chart.svg(id: "incidents-per-month", title: title, description: "Incidents per month by severity"),
            tableHeaders: ["Month", "Incidents"] + severityLevels,
            tableRows: months.map { month in
                [Format.period(month.key), String(month.incidents.count)] + month.bySeverity.map { String($0.count) }
            },
            note: months.isEmpty ? "No dated incidents yet." : "",
            legend: series.map { ($0.name, $0.cssClass) },
            newestAtEnd: true
        )
    }

    /// Median and p90 time to restore per quarter.
    func quarterlyRestoreChart() -> ChartFigure {
        let quarters = report.quarters
        // A median of fewer than three durations is no trend, whatever the incident count.
        let tooFew = Set(quarters.indices.filter { quarters[$0].timeToRestore.count < GroupFigures.minimumToJudge })
        let chart = RangeChart(
            categories: quarters.map(\.key), medians: quarters.map(\.timeToRestore.median),
            p90s: quarters.map(\.timeToRestore.p90), tooFew: tooFew)
        let title = "Time to restore per quarter: median and p90"
        return ChartFigure(
            id: "ttr-by-quarter", title: title,
            description:
                "Dots are medians, bars reach the p90. Hollow dots: fewer than \(GroupFigures.minimumToJudge) incidents, too few to judge.",
            svg: chart.svg(id: "ttr-by-quarter", title: title, description: "Median and p90 time to restore for each quarter"),
            tableHeaders: ["Quarter", "Incidents", "Median", "p90", ""],
            tableRows: quarters.map { quarter in
                [
                    quarter.key, String(quarter.timeToRestore.count), Format.minutes(quarter.timeToRestore.median),
                    Format.minutes(quarter.timeToRestore.p90),
                    quarter.timeToRestore.count < GroupFigures.minimumToJudge ? "too few to judge" : "",
                ]
            },
            note: tooFew.isEmpty
                ? ""
                : "Quarters with fewer than \(GroupFigures.minimumToJudge) measured incidents are hollow and not joined: too few to judge a trend.",
            legend: [("Median", "median"), ("p90", "p90")],
            newestAtEnd: true
        )
    }

    static let histogramBins: [(label: String, upTo: Int)] = [
        ("< 30m", 30), ("30m–1h", 60), ("1–2h", 120), ("2–4h", 240), ("4–8h", 480), ("8–24h", 1440), ("≥ 1d", Int.max),
    ]

    /// The distribution of time to restore: how many incidents in each band.
    func restoreHistogram() -> ChartFigure {
        let minutes = report.duration(.timeToRestore).included.map(\.minutes)
        let counts = Self.histogramBins.enumerated().map { index, bin in
            let lower = index == 0 ? 0 : Self.histogramBins[index - 1].upTo
            return minutes.filter { $0 >= lower && $0 < bin.upTo }.count
        }
        let chart = BarChart(
            categories: Self.histogramBins.map(\.label),
            series: [.init(name: "incidents", cssClass: "bar", values: counts.map(Double.init))])
        let title = "How long restoring took: distribution"
        return ChartFigure(
            id: "ttr-distribution", title: title,
            description: "Number of incidents by time to restore. "
                + zip(Self.histogramBins, counts).map { "\($0.label): \($1)" }.joined(separator: ", "),
            svg: chart.svg(id: "ttr-distribution", title: title, description: "Histogram of time to restore", height: 220),
            tableHeaders: ["Time to restore", "Incidents"],
            tableRows: zip(Self.histogramBins, counts).map { [$0.label, String($1)] }
        )
    }

    /// Time to restore of each incident, by severity.
    func severityStrip() -> ChartFigure {
        let included = Dictionary(
            report.duration(.timeToRestore).included.map { ($0.incident, $0.minutes) }, uniquingKeysWith: { a, _ in a })
        let values = severityLevels.map { level in report.incidents.filter { $0.severity == level }.compactMap { included[$0.slug] } }
        let chart = StripChart(
            categories: severityLevels, categoryClasses: severityLevels.indices.map { "sev-\(min($0, 4))" }, values: values)
        let title = "Severity against time to restore"
        return ChartFigure(
            id: "ttr-by-severity", title: title,
            description: "One dot per incident on a logarithmic time axis, one row per severity.",

            svg: chart.svg(id: "ttr-by-severity", title: title, description: "Time to restore of each incident by severity"),
            tableHeaders: ["Severity", "Incidents", "Median", "p90"],
            tableRows: zip(severityLevels, values).map { level, minutes in
                let s = DurationStatistics(minutes)
                return [level, String(s.count), Format.minutes(s.median), Format.minutes(s.p90)]
            }
        )
    }

    /// Share of action items done, by the month of their incident.
    func completionChart() -> ChartFigure {
        // Every month, as on the incidents chart, so the spacing means time.
        let months = report.months.map { (month: $0.key, figures: $0.actionItems) }
        let done = months.map { Double($0.figures.done) }
        let open = months.map { Double($0.figures.open) }
        let chart = BarChart(
            categories: months.map { Format.period($0.month) },
            series: [.init(name: "done", cssClass: "done", values: done), .init(name: "open", cssClass: "open", values: open)])
        let title = "Action items by incident month: done and open"
        return ChartFigure(
            id: "completion-by-month", title: title,
            description: "Stacked bars: follow-ups from each month's incidents, done (solid) and still open (light).",
            svg: chart.svg(id: "completion-by-month", title: title, description: "Action items done and open by incident month"),
            tableHeaders: ["Month", "Items", "Done", "Open", "Overdue", "Completion"],
            tableRows: months.map { month, figures in
                [
                    Format.period(month), String(figures.total), String(figures.done), String(figures.open), String(figures.overdue),
                    Format.percent(figures.completionRate),
                ]
            },
            legend: [("Done", "done"), ("Open", "open")],
            newestAtEnd: true
        )
    }

    /// Repeat incidents per quarter, against all incidents.
    func repeatsChart() -> ChartFigure {
        let quarters = report.quarters
        let chart = BarChart(
            categories: quarters.map(\.key),
            series: [
                .init(name: "repeats", cssClass: "repeat", values: quarters.map { Double($0.repeats) }),
                .init(name: "first occurrences", cssClass: "first", values: quarters.map { Double($0.incidents.count - $0.repeats) }),
            ])
        let title = "Repeat incidents per quarter"
        return ChartFigure(
            id: "repeats-by-quarter", title: title,
            description: "Stacked bars: incidents that repeat an earlier one (dark) and the rest (light), per quarter.",
            svg: chart.svg(id: "repeats-by-quarter", title: title, description: "Repeat incidents per quarter"),
            tableHeaders: ["Quarter", "Incidents", "Repeats", ""],
            tableRows: quarters.map {
                [$0.key, String($0.incidents.count), String($0.repeats), $0.tooFewToJudge ? "too few to judge" : ""]
            },
            legend: [("Repeats", "repeat"), ("First occurrences", "first")],
            newestAtEnd: true
        )
    }
}
