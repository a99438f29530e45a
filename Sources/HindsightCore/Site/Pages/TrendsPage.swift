/// `trends/index.html`: are we restoring faster, finishing follow-ups,
/// and what keeps coming back.
extension SiteModel {
    func trendsPage(root: String) -> [String: Any] {
        let restore = report.duration(.timeToRestore)
        let recurringTags = report.byTag.filter { $0.repeats > 0 }.sorted {
            ($0.repeats, $0.incidents.count, $1.key) > ($1.repeats, $1.incidents.count, $0.key)
        }
        return [
            "restoreStats": DurationMetric.allCases.map { metric -> [String: Any] in
                let s = report.duration(metric).statistics
                return [
                    "label": metric.label, "count": s.count, "median": Format.minutes(s.median), "p90": Format.minutes(s.p90),
                    "mean": Format.minutes(s.mean), "min": Format.minutes(s.min), "max": Format.minutes(s.max),
                ]
            },
            "excluded": restore.excluded.map {
                ["title": title(of: $0.incident), "url": root + SitePaths.incident($0.incident), "reason": $0.reason.description]
            },
            "restoreCharts": [restoreHistogram().context, quarterlyRestoreChart().context, severityStrip().context],
            "volumeCharts": [monthlyIncidentsChart(last: nil).context],
            "actionCharts": [completionChart().context],
            "recurrenceCharts": [repeatsChart().context],
            "windowDays": report.recurrence.windowDays,
            "repeatCount": report.recurrence.repeats.count,
            "repeatRate": Format.percent(report.recurrence.rate),
            "recurringTags": recurringTags.prefix(10).map { group in
                ["tag": group.key, "url": root + SitePaths.tag(group.key), "repeats": group.repeats, "incidents": group.incidents.count]
                    as [String: Any]
            },
            "repeats": report.recurrence.repeats.reversed().map { repeated -> [String: Any] in
                [
                    "title": title(of: repeated.incident), "url": root + SitePaths.incident(repeated.incident),
                    "dateText": Format.date(repeated.date), "sharedTags": repeated.sharedTags.joined(separator: ", "),
                    "earlier": linkList(repeated.earlier, root: root),
                    "openItems": repeated.openActionsAtTime.map { actionItem($0, root: root) },
                ]
            },
        ]
    }
}
