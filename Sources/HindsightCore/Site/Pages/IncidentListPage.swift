import Mustache

/// `incidents/index.html` (and `page-2.html` …): every incident in sortable,
/// filterable tables of ``Pagination/incidentRows`` rows, newest first
/// (complete and sorted without script).
struct IncidentListPageModel: MustacheParent {
    /// This page's rows, each with every chip, so the filter (and `?q=` links) finds it.
    var incidents: [IncidentSummary]
    /// "1,234 incidents" in the whole list.
    var count: String
    var isPaged: Bool
    var pagination: Pagination.Links?

    func child(named name: String) -> Any? {
        switch name {
        case "incidents": incidents
        case "count": count
        case "isPaged": isPaged
        case "pagination": pagination
        default: nil
        }
    }
}

extension SiteModel {
    func incidentListPage(_ pagination: Pagination, root: String) -> IncidentListPageModel {
        IncidentListPageModel(
            incidents: incidents[pagination.range].map { summary(of: $0, root: root, chips: .all) },
            count: Format.plural(incidents.count, "incident"),
            isPaged: pagination.pageCount > 1,
            pagination: pagination.links)
    }
}
