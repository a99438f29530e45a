/// `incidents/index.html`: every incident in one sortable, filterable table
/// (complete and sorted newest first without script).
extension SiteModel {
    func incidentListPage(root: String) -> [String: Any] {
        [
            "incidents": incidents.map { summary(of: $0, root: root) },
            "count": Format.plural(incidents.count, "incident"),
        ]
    }
}
