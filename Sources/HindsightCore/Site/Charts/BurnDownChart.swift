/// The action board's burn-down, built from the completion dates.
extension SiteModel {
    /// Open action items at the end of each month, with the items it cannot place named in its note.
    func burnDownChart() -> ChartFigure {
        let followThrough = report.followThrough
        let months = followThrough.burnDown
        let chart = BarChart(
            categories: months.map { Format.period($0.month) },
            series: [.init(name: "open", cssClass: "bar", values: months.map { Double($0.open) })])
        let title = "Open action items per month"
        let leftOut = FollowThroughReport.leftOutText(followThrough.burnDownLeftOut).map {
            "Not counted: \($0). An item is open from its incident's date until its completion date; without one, when it closed is unknown, so it is left out rather than guessed."
        }
        return ChartFigure(
            id: "open-per-month", title: title,
            description: "Bars: action items still open at the end of each month (the last month on the as-of date).",
            svg: chart.svg(id: "open-per-month", title: title, description: "Open action items at the end of each month"),
            tableHeaders: ["Month", "Open at month end"],
            tableRows: months.map { [Format.period($0.month), String($0.open)] },
            note: months.isEmpty ? "No dated action items yet." : leftOut ?? "",
            newestAtEnd: true
        )
    }
}
