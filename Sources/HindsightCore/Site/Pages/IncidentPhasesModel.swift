import Mustache

/// "Where the time went" in an incident page's header: the phase bar, and each phase
/// in words (its time, or why it is not measured).
struct IncidentPhasesModel: MustacheParent {
    var svg: String?
    var items: [Item]
    /// Which phases end before they start, when any do.
    var outOfOrder: String?

    struct Item: MustacheParent {
        var label: String
        var cssClass: String
        /// `25m`, when measured.
        var minutes: String?
        /// `09:35 → 10:00`.
        var span: String?
        /// `#timeline-4`: the entry that ended the phase, when it has an anchor.
        var anchor: String?
        /// Why it is not measured.
        var reason: String?

        func child(named name: String) -> Any? {
            switch name {
            case "label": label
            case "class": cssClass
            case "minutes": minutes
            case "span": span
            case "anchor": anchor
            case "reason": reason
            default: nil
            }
        }
    }

    func child(named name: String) -> Any? {
        switch name {
        case "svg": svg
        case "items": items
        case "outOfOrder": outOfOrder
        default: nil
        }
    }
}

extension SiteModel {
    /// The header's phases: nil for a drill (the banner says it is left out) or an incident without a timeline.
    func phases(of incident: PostMortem) -> IncidentPhasesModel? {
        guard !incident.isExcludedFromMetrics, !incident.timeline.isEmpty else { return nil }
        let phases = IncidentPhases(incident)
        let items = Phase.allCases.map { phase -> IncidentPhasesModel.Item in
            var item = IncidentPhasesModel.Item(label: phase.label, cssClass: PhaseBar.cssClass(phase))
            if let measured = phases.measured.first(where: { $0.phase == phase }) {
                item.minutes = MinutesText.format(measured.minutes)
                item.span = "\(PhaseBar.clock(measured.start)) → \(PhaseBar.clock(measured.end))"
                if let entry = incident.entry(for: phase.to), !entry.isTableRow { item.anchor = "#timeline-\(entry.index)" }
            } else {
                item.reason = phases.notMeasured.first { $0.phase == phase }?.reason.description
            }
            return item
        }
        let outOfOrder = phases.notMeasured.filter { PhaseGap($0.reason) == .outOfOrder }.map(\.phase.label)
        return IncidentPhasesModel(
            svg: PhaseBar.svg(for: phases).nonEmpty, items: items,
            outOfOrder: outOfOrder.isEmpty
                ? nil
                : "Milestones out of order: \(outOfOrder.joined(separator: ", ")) \(outOfOrder.count == 1 ? "ends" : "end") before \(outOfOrder.count == 1 ? "it starts" : "they start"), so \(outOfOrder.count == 1 ? "it is" : "they are") not measured; check the timeline's order and stamps."
        )
    }
}
