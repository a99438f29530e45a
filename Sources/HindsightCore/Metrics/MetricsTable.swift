import Foundation

/// `hindsight metrics --format table`: the headline numbers first, then the
/// detail a manager acts on (overdue items, repeats, months).
extension MetricsReport {
    public var table: String {
        var lines: [String] = []
        let severities = incidentsBySeverity.filter { $0.count > 0 }.map { "\($0.severity) \($0.count)" }.joined(separator: ", ")
        lines.append(
            "Hindsight metrics as of \(options.asOf) · \(incidents.count) incident\(incidents.count == 1 ? "" : "s")"
                + (severities.isEmpty ? "" : " (\(severities))"))
        lines.append("")

        var durationRows = [["", "count", "median", "p90", "mean", "min", "max"]]
        for metric in DurationMetric.allCases {
            let s = duration(metric).statistics
            durationRows.append([metric.label, String(s.count)] + [s.median, s.p90, s.mean, s.min, s.max].map { Format.minutes($0) })
        }
        lines += TextTable.render(durationRows, rightAligned: Set(1...6))
        lines.append("")

        let totals = actionTotals
        lines.append(
            "Action items  \(totals.total) total · \(totals.done) done (\(Format.percent(totals.completionRate))) · \(totals.open) open · \(totals.overdue) overdue · \(totals.pastSLO) past SLO"
                + (totals.dropped > 0 ? " · \(totals.dropped) dropped" : "")
        )
        let leftOut = FollowThroughReport.leftOutText(followThrough.notTimed).map { "; left out: " + $0 } ?? ""
        lines.append("Time to close \(followThrough.timeToCloseText)\(leftOut)")
        lines.append(
            "Recurrence    \(recurrence.repeats.count) of \(recurrence.consideredCount) incidents repeat an earlier one within \(recurrence.windowDays) days (\(Format.percent(recurrence.rate)))"
        )
        if let comparison = defaultComparison { lines.append("Compared      " + comparison.sentence) }

        let overdue = overdueItems
        if !overdue.isEmpty {
            lines += ["", "Overdue action items"]
            var rows = [["days", "incident", "#", "owner", "due", "title"]]
            for item in overdue {
                rows.append([
                    String(item.daysOverdue!), item.incident, String(item.item.index), item.item.owner?.value ?? "—",
                    item.item.due?.description ?? "", item.item.title,
                ])
            }
            lines += TextTable.render(rows, rightAligned: [0, 2]).map { "  " + $0 }
        }

        let withOpenFollowUps = recurrence.repeats.filter { $0.openActionsAtTimeCount > 0 }
        if !withOpenFollowUps.isEmpty {
            lines += ["", "Repeats while earlier follow-ups were still open"]
            for repeated in withOpenFollowUps {
                let unnamed = repeated.earlierCount - repeated.earlier.count
                lines.append(
                    "  \(repeated.incident) repeats \(repeated.earlier.joined(separator: ", "))\(unnamed > 0 ? " and \(unnamed) more" : ""): "
                        + Format.plural(repeated.openActionsAtTimeCount, "open item")
                )
            }
        }

        if !months.isEmpty {
            lines += ["", "By month (fewer than \(GroupFigures.minimumToJudge) incidents: too few to judge)"]
            var rows = [["month", "incidents", "TTR median", "TTR p90", "completion", "repeats", ""]]
            for month in months where !month.incidents.isEmpty {
                rows.append([
                    month.key, String(month.incidents.count), Format.minutes(month.timeToRestore.median),
                    Format.minutes(month.timeToRestore.p90), Format.percent(month.actionItems.completionRate),
                    String(month.repeats), month.tooFewToJudge ? "too few to judge" : "",
                ])
            }
            lines += TextTable.render(rows, rightAligned: [1, 2, 3, 4, 5]).map { "  " + $0 }
        }
        lines += phaseTableLines
        return lines.joined(separator: "\n") + "\n"
    }
}

/// Aligned plain-text columns.
enum TextTable {
    static func render(_ rows: [[String]], rightAligned: Set<Int> = []) -> [String] {
        let columnCount = rows.map(\.count).max() ?? 0
        let widths = (0..<columnCount).map { column in rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return rightAligned.contains(column) ? padding + cell : cell + padding
            }.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }
    }
}
