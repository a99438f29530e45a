/// `index.html`: the headline figures for the last 90 days and all time,
/// each linking to the page that shows its work; the latest incidents.
extension SiteModel {
    func overviewPage(root: String) -> OverviewPageModel {
        OverviewPageModel(
            periods: [
                headline(
                    recentReport, label: "Last 90 days", detail: "since \(Format.date(recentSince))", root: root, previous: previousReport),
                headline(
                    report, label: "All time",
                    detail: report.incidents.last?.date.map { "since \(Format.date(report.incidents.first?.date ?? $0))" } ?? "", root: root
                ),
            ],
            latest: incidents.prefix(8).map { summary(of: $0, root: root) },
            charts: [monthlyIncidentsChart(last: 12), quarterlyRestoreChart()],
            repeatsWithOpenItems: report.recurrence.repeats.filter { $0.openActionsAtTimeCount > 0 }.reversed().prefix(5).map {
                repeated in
                OverviewPageModel.RepeatWithOpenItems(
                    title: title(of: repeated.incident).nonEmpty, url: root + SitePaths.incident(repeated.incident),
                    earlier: linkList(repeated.earlier, total: repeated.earlierCount, root: root),
                    earlierMore: Self.more(
                        repeated.earlierCount, shown: repeated.earlier.count, url: moreRepeatsURL(tags: repeated.sharedTags, root: root)),
                    openCount: Format.plural(repeated.openActionsAtTimeCount, "open follow-up"),
                    linkedBy: Self.linkedBy(repeated).nonEmpty)
            },
            comparison: report.defaultComparison.map { comparisonSummary($0, root: root) })
    }

    /// What links a repeat: `shared tags #a, #b` (within the window), `its Recurrence Of field`, or both.
    static func linkedBy(_ repeated: RecurrenceReport.Repeat) -> String {
        let tags =
            repeated.sharedTags.isEmpty
            ? nil
            : (repeated.sharedTags.count == 1 ? "shared tag " : "shared tags ")
                + repeated.sharedTags.map { "#" + $0 }.joined(separator: ", ")
        let marked = repeated.isMarked ? "its Recurrence Of field" : nil
        return [tags, marked].compactMap { $0 }.joined(separator: " and ")
    }

    /// A comparison in words, with its verdict as a class and a link to the method.
    func comparisonSummary(_ comparison: PeriodComparison, root: String) -> ComparisonSummary {
        ComparisonSummary(
            sentence: comparison.sentence, verdict: comparison.verdict.rawValue,
            tooFew: comparison.verdict == .tooFew ? "fewer than \(GroupFigures.minimumToJudge) incidents on a side" : nil,
            url: root + "trends/index.html#comparison")
    }

    /// The headline figures of one period; with `previous`, each says what it was the period before.
    func headline(
        _ report: MetricsReport, label: String, detail: String, root: String, previous: MetricsReport? = nil
    ) -> OverviewPageModel.Headline {
        let restore = report.duration(.timeToRestore).statistics
        let actions = report.actionTotals
        func before(_ text: (MetricsReport) -> String) -> String {
            previous.map { " · 90 days before: " + text($0) } ?? ""
        }
        if report.incidents.isEmpty {
            // Five "0 / —" cards say less than one sentence.
            let text =
                previous.map { "No incidents in these 90 days; the 90 days before had \(Format.plural($0.incidents.count, "incident"))." }
                ?? "No incidents yet."
            return OverviewPageModel.Headline(label: label, detail: detail.nonEmpty, figures: [], emptyText: text)
        }
        return OverviewPageModel.Headline(
            label: label,
            detail: detail.nonEmpty,
            figures: [
                .init(
                    value: String(report.incidents.count), label: report.incidents.count == 1 ? "incident" : "incidents",
                    url: root + "incidents/index.html",
                    note: previous.map { "90 days before: \($0.incidents.count)" }),
                .init(
                    value: Format.minutes(restore.median), label: "median time to restore",
                    url: root + "trends/index.html#time-to-restore",
                    note: "p90 \(Format.minutes(restore.p90)) · \(Format.plural(restore.count, "incident"))"
                        + before { Format.minutes($0.duration(.timeToRestore).statistics.median) },
                    tooFew: restore.count < GroupFigures.minimumToJudge),
                .init(
                    value: Format.percent(actions.completionRate), label: "action items done", url: root + "actions/index.html",
                    note: "\(actions.done) of \(actions.total)" + before { Format.percent($0.actionTotals.completionRate) }),
                .init(
                    value: String(actions.overdue), label: actions.overdue == 1 ? "overdue action item" : "overdue action items",
                    url: root + "actions/index.html#overdue",
                    note: "\(actions.pastSLO) past follow-up SLO"),
                .init(
                    value: String(report.recurrence.repeats.count),
                    label: report.recurrence.repeats.count == 1 ? "repeat incident" : "repeat incidents",
                    url: root + "trends/index.html#recurrence",
                    note: "\(Format.percent(report.recurrence.rate)) of incidents" + before { String($0.recurrence.repeats.count) }),
            ])
    }
}
