import Mustache

/// `tags/<tag>/` and `services/<service>/`: one group's incidents and figures.
struct GroupPageModel: MustacheParent {
    /// `Tag` or `Service`.
    var kind: String
    var name: String
    /// The page listing every group of its kind: `tags/index.html`.
    var indexURL: String
    var countValue: Int
    var countLabel: String
    var repeatsLabel: String
    var medianTTR: String
    var p90TTR: String
    var ttrCount: String
    var completion: String
    var actionsText: String
    var overdue: Int
    var repeats: Int
    /// This page's incidents, newest first.
    var incidents: [IncidentSummary]
    var pagination: Pagination.Links?

    func child(named name: String) -> Any? {
        switch name {
        case "kind": kind
        case "name": self.name
        case "indexURL": indexURL
        case "countValue": countValue
        case "countLabel": countLabel
        case "repeatsLabel": repeatsLabel
        case "medianTTR": medianTTR
        case "p90TTR": p90TTR
        case "ttrCount": ttrCount
        case "completion": completion
        case "actionsText": actionsText
        case "overdue": overdue
        case "repeats": repeats
        case "incidents": incidents
        case "pagination": pagination
        default: nil
        }
    }
}

extension SiteModel {
    func groupPage(_ group: GroupFigures, kind: String, page pagination: Pagination, root: String) -> GroupPageModel {
        // Newest first: the group's slugs are in incident order, and `report.incidents` holds them in that order.
        let newest = Array(group.incidents.reversed())[pagination.range].compactMap { positionBySlug[$0] }
        return GroupPageModel(
            kind: kind,
            name: group.key,
            indexURL: (kind == "Tag" ? SiteModel.Directory.tags : .services).folder + "index.html",
            countValue: group.incidents.count,
            countLabel: group.incidents.count == 1 ? "incident" : "incidents",
            repeatsLabel: group.repeats == 1 ? "repeat incident" : "repeat incidents",
            medianTTR: Format.minutes(group.timeToRestore.median),
            p90TTR: Format.minutes(group.timeToRestore.p90),
            ttrCount: Format.plural(group.timeToRestore.count, "incident")
                + (group.timeToRestore.count < GroupFigures.minimumToJudge ? ", too few to judge" : ""),
            completion: Format.percent(group.actionItems.completionRate),
            actionsText: "\(group.actionItems.done) of \(group.actionItems.total)",
            overdue: group.actionItems.overdue,
            repeats: group.repeats,
            incidents: newest.map { summary(of: report.incidents[$0], root: root) },
            pagination: pagination.links)
    }
}
