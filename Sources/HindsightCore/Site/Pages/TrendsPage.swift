/// `trends/index.html`: are we restoring faster, finishing follow-ups,
/// and what keeps coming back.
extension SiteModel {
    func trendsPage(root: String) -> TrendsPageModel {
        let restore = report.duration(.timeToRestore)
        // A tag recurs when a repeat shares it with the incident it repeats.
        var repeatsByTag: [String: Int] = [:]
        for repeated in report.recurrence.repeats {
            for tag in repeated.sharedTags { repeatsByTag[tag, default: 0] += 1 }
        }
        let incidentsByTag = Dictionary(report.byTag.map { ($0.key, $0.incidents.count) }, uniquingKeysWith: { a, _ in a })
        let recurringTags = repeatsByTag.map { (tag: $0.key, repeats: $0.value, incidents: incidentsByTag[$0.key] ?? 0) }.sorted {
            ($0.repeats, $0.incidents, $1.tag) > ($1.repeats, $1.incidents, $0.tag)
        }
        let repeats = report.recurrence.repeats.reversed().prefix(PageLimits.trendsRepeats)
        let metricsJSON = root + "metrics.json"
        return TrendsPageModel(
            comparison: report.defaultComparison.map { comparisonSummary($0, root: root) },
            comparisons: report.comparisons.map { comparison in
                TrendsPageModel.ComparisonRow(
                    lead: comparison.lead, verdict: comparison.verdict.rawValue,
                    current: comparison.figures(comparison.current) + " " + comparison.currentName,
                    previous: comparison.figures(comparison.previous) + " " + comparison.previousName,
                    interval: comparison.interval.map { Self.intervalText($0, measure: comparison.measure) } ?? "—")
            },
            minimumToJudge: GroupFigures.minimumToJudge,
            resamples: Bootstrap.resamples,
            restoreStats: DurationMetric.allCases.map { metric in
                let s = report.duration(metric).statistics
                return TrendsPageModel.RestoreStatistics(
                    label: metric.label, count: s.count, median: Format.minutes(s.median), p90: Format.minutes(s.p90),
                    mean: Format.minutes(s.mean), min: Format.minutes(s.min), max: Format.minutes(s.max),
                    tooFew: s.count < GroupFigures.minimumToJudge)
            },
            excluded: restore.excluded.prefix(PageLimits.excluded).map {
                TrendsPageModel.ExcludedIncident(
                    title: title(of: $0.incident).nonEmpty, url: root + SitePaths.incident($0.incident), reason: $0.reason.description)
            },
            excludedMore: Self.more(
                restore.excluded.count, shown: PageLimits.excluded, noun: "more, in metrics.json (timeToRestore.excluded)", url: metricsJSON
            ),
            restoreCharts: [restoreHistogram(), quarterlyRestoreChart(), severityStrip()],
            volumeCharts: [monthlyIncidentsChart(last: nil)],
            actionCharts: [completionChart()],
            recurrenceCharts: [repeatsChart()],
            windowDays: Format.plural(report.recurrence.windowDays, "day"),
            repeatCount: Format.plural(report.recurrence.repeats.count, "incident"),
            repeatRate: Format.percent(report.recurrence.rate),
            recurringTags: recurringTags.prefix(10).map { tag in
                TrendsPageModel.RecurringTag(
                    tag: tag.tag, url: root + SitePaths.tag(tag.tag),
                    repeatsText: "\(Format.plural(tag.repeats, "repeat")) among \(Format.plural(tag.incidents, "incident"))")
            },
            repeatsShown: repeats.count,
            repeatsMore: Self.more(
                report.recurrence.repeats.count, shown: repeats.count, noun: "older, in metrics.json (recurrence.incidents)",
                url: metricsJSON),
            repeats: repeats.map { repeated in
                let items = repeated.openActionsAtTime.prefix(PageLimits.repeatOpenItems)
                return TrendsPageModel.Repeat(
                    title: title(of: repeated.incident).nonEmpty, url: root + SitePaths.incident(repeated.incident),
                    dateText: Format.date(repeated.date), linkedBy: Self.linkedBy(repeated).nonEmpty,
                    earlier: linkList(repeated.earlier, total: repeated.earlierCount, root: root),
                    earlierMore: Self.more(
                        repeated.earlierCount, shown: repeated.earlier.count, url: moreRepeatsURL(tags: repeated.sharedTags, root: root)),
                    openItems: items.map { actionItem($0, root: root) },
                    openItemsMore: Self.more(
                        repeated.openActionsAtTimeCount, shown: items.count, noun: "more still open, on the action board",
                        url: root + "actions/index.html#open"))
            },
            phases: trendsPhases(root: root))
    }

    /// `−35m to −2m` for minutes, `−12 to +4 points` for rates.
    static func intervalText(_ interval: (low: Double, high: Double), measure: ComparisonMeasure) -> String {
        func signed(_ value: Double) -> String {
            guard measure == .timeToRestore else {
                let points = Int((value * 100).rounded())
                return points > 0 ? "+\(points)" : points < 0 ? "−\(-points)" : "0"
            }
            let minutes = Int(value.rounded())
            return minutes > 0 ? "+" + Format.minutes(minutes) : minutes < 0 ? "−" + Format.minutes(-minutes) : "0m"
        }
        return "\(signed(interval.low)) to \(signed(interval.high))" + (measure == .timeToRestore ? "" : " points")
    }
}
