import Foundation

/// `tags/<tag>/` and `services/<service>/`: one group's incidents and figures.
extension SiteModel {
    func groupPage(_ group: GroupFigures, kind: String, root: String) -> [String: Any] {
        // Newest first: the group's slugs are in incident order, and `report.incidents` holds them in that order.
        let newest = group.incidents.reversed().prefix(PageLimits.groupIncidents).compactMap { positionBySlug[$0] }
        return [
            "kind": kind,
            "name": group.key,
            "countValue": group.incidents.count,
            "countLabel": group.incidents.count == 1 ? "incident" : "incidents",
            "repeatsLabel": group.repeats == 1 ? "repeat incident" : "repeat incidents",
            "medianTTR": Format.minutes(group.timeToRestore.median),
            "p90TTR": Format.minutes(group.timeToRestore.p90),
            "ttrCount": Format.plural(group.timeToRestore.count, "incident")
                + (group.timeToRestore.count < GroupFigures.minimumToJudge ? ", too few to judge" : ""),
            "completion": Format.percent(group.actionItems.completionRate),
            "actionsText": "\(group.actionItems.done) of \(group.actionItems.total)",
            "overdue": group.actionItems.overdue,
            "repeats": group.repeats,
            "incidents": newest.map { summary(of: report.incidents[$0], root: root) },
            "incidentsShown": newest.count,
            "incidentsMore": Self.more(
                group.incidents.count, shown: newest.count, noun: "older, in the incident list",
                url: Self.filteredList(group.key, root: root)),
        ]
    }
}
