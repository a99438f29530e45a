/// `incidents/index.html`: every incident in one sortable, filterable table
/// (complete and sorted newest first without script).
extension SiteModel {
    func incidentListPage(root: String) -> [String: Any] {
        [
            // Every chip, so the filter (and `?q=` links from tag and service pages) finds each row.
            "incidents": incidents.map { summary(of: $0, root: root).merging(allChips(of: $0, root: root)) { _, all in all } },
            "count": Format.plural(incidents.count, "incident"),
        ]
    }
}
