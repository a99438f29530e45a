import Mustache

/// The trends page's "where the time goes" section: each phase over all incidents (with
/// why it could not be measured where it could not), the incidents whose milestones are out
/// of order, and the median per phase per quarter.
struct TrendsPhasesModel: MustacheParent {
    var rows: [Row]
    var outOfOrder: [IncidentLink]
    var outOfOrderMore: MoreLink?
    var chart: ChartFigure

    var hasOutOfOrder: Bool { !outOfOrder.isEmpty }

    struct Row: MustacheParent {
        var label: String
        /// `impact started → first detected`.
        var span: String
        var count: Int
        var median: String
        var p90: String
        var tooFew: Bool
        /// `17: no 'impact started' entry in the timeline; 1: marked Exclude From Metrics (drill or game day)`.
        var notMeasured: String

        func child(named name: String) -> Any? {
            switch name {
            case "label": label
            case "span": span
            case "count": count
            case "median": median
            case "p90": p90
            case "tooFew": tooFew
            case "notMeasured": notMeasured
            default: nil
            }
        }
    }

    func child(named name: String) -> Any? {
        switch name {
        case "rows": rows
        case "outOfOrder": outOfOrder
        case "hasOutOfOrder": hasOutOfOrder
        case "outOfOrderMore": outOfOrderMore
        case "chart": chart
        default: nil
        }
    }
}

extension SiteModel {
    func trendsPhases(root: String) -> TrendsPhasesModel {
        let phases = report.phases
        let outOfOrder = Array(phases.outOfOrder.prefix(PageLimits.excluded))
        return TrendsPhasesModel(
            rows: phases.byPhase.map { figures in
                let s = figures.statistics
                return TrendsPhasesModel.Row(
                    label: figures.phase.label, span: figures.phase.span, count: s.count, median: Format.minutes(s.median),
                    p90: Format.minutes(s.p90), tooFew: s.count < GroupFigures.minimumToJudge,
                    notMeasured: Self.reasonCounts(figures.excluded.map(\.reason.description)))
            },
            outOfOrder: linkList(outOfOrder, total: phases.outOfOrder.count, root: root),
            outOfOrderMore: Self.more(
                phases.outOfOrder.count, shown: outOfOrder.count, noun: "more, in metrics.json (phases.outOfOrder)",
                url: root + "metrics.json"),
            chart: quarterlyPhaseChart())
    }

    /// `17: no 'impact started' entry in the timeline; 1: …`, the commonest reason first; `—` for none.
    static func reasonCounts(_ reasons: [String]) -> String {
        var counts: [String: Int] = [:]
        for reason in reasons { counts[reason, default: 0] += 1 }
        let sorted = counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
        return sorted.isEmpty ? "—" : sorted.map { "\($0.value): \($0.key)" }.joined(separator: "; ")
    }
}
