/// The phases in `hindsight metrics --format table`: each phase over all incidents,
/// then the median per phase per quarter.
extension MetricsReport {
    var phaseTableLines: [String] {
        var lines = ["", "Where the time goes (phases between milestones)"]
        var rows = [["phase", "from → to", "count", "median", "p90", "not measured"]]
        for figures in phases.byPhase {
            let s = figures.statistics
            let gaps = PhaseGap.allCases.compactMap { gap in
                figures.notMeasured(gap) > 0 ? "\(figures.notMeasured(gap)) \(gap.words)" : nil
            }
            rows.append(
                [figures.phase.label, figures.phase.span, String(s.count), Format.minutes(s.median), Format.minutes(s.p90)]
                    + [gaps.isEmpty ? "—" : gaps.joined(separator: ", ")])
        }
        lines += TextTable.render(rows, rightAligned: [2, 3, 4]).map { "  " + $0 }
        if !phases.outOfOrder.isEmpty {
            lines.append(
                "  Out of order (a phase ends before it starts, not measured): " + phases.outOfOrder.joined(separator: ", "))
        }
        let quarters = phases.quarters.filter { $0.incidents > 0 }
        guard !quarters.isEmpty else { return lines }
        lines += ["", "Median per phase by quarter (n measured; * fewer than \(GroupFigures.minimumToJudge): too few to judge)"]
        var quarterRows = [["quarter", "incidents"] + Phase.allCases.map { $0.label.lowercased() }]
        for quarter in quarters {
            quarterRows.append(
                [quarter.key, String(quarter.incidents)]
                    + Phase.allCases.map { phase in
                        let s = quarter.statistics(phase)
                        return "\(Format.minutes(s.median)) (\(s.count))\(quarter.tooFewToJudge(phase) ? "*" : "")"
                    })
        }
        lines += TextTable.render(quarterRows, rightAligned: Set(1...Phase.allCases.count + 1)).map { "  " + $0 }
        return lines
    }
}
