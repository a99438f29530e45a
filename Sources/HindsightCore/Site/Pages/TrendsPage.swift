/// `trends/index.html`: are we restoring faster, finishing follow-ups,
/// and what keeps coming back.
extension SiteModel {
    func trendsPage(root: String) -> [String: Any] {
        let restore = report.duration(.timeToRestore)
        // A tag recurs when a repeat shares it with the incident it repeats.
        var repeatsByTag: [String: Int] = [:]
        for repeated in report.recurrence.repeats {
            for tag in repeated.sharedTags { repeatsByTag[tag, default: 0] += 1 }
        }
        let incidentsByTag = Dictionary(report.byTag.map { ($0.key, $0.incidents.count) }, uniquingKeysWith: { a, _ in a })
        let recurringTags = repeatsByTag.keys.sorted {
            (repeatsByTag[$0]!, incidentsByTag[$0] ?? 0, $1) > (repeatsByTag[$1]!, incidentsByTag[$1] ?? 0, $0)
        }
        return [
            "restoreStats": DurationMetric.allCases.map { metric -> [String: Any] in
                let s = report.duration(metric).statistics
                return [
                    "label": metric.label, "count": s.count, "median": Format.minutes(s.median), "p90": Format.minutes(s.p90),
                    "mean": Format.minutes(s.mean), "min": Format.minutes(s.min), "max": Format.minutes(s.max),
                    "tooFew": s.count < GroupFigures.minimumToJudge,
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
            "recurringTags": recurringTags.prefix(10).map { tag in
                [
                    "tag": tag, "url": root + SitePaths.tag(tag),
                    "repeatsText":
                        "\(Format.plural(repeatsByTag[tag]!, "repeat")) among \(Format.plural(incidentsByTag[tag] ?? 0, "incident"))",
                ] as [String: Any]
            },
            "repeats": report.recurrence.repeats.reversed().map { repeated -> [String: Any] in
                [
                    "title": title(of: repeated.incident), "url": root + SitePaths.incident(repeated.incident),
                    "dateText": Format.date(repeated.date), "sharedTags": repeated.sharedTags.map { "#" + $0 }.joined(separator: ", "),
                    "earlier": linkList(repeated.earlier, root: root),
                    "openItems": repeated.openActionsAtTime.map { actionItem($0, root: root) },
                ]
            },
        ]
    }
}
