/// `incidents/index.html` (and `page-2.html` …): every incident in sortable,
/// filterable tables of ``Pagination/incidentRows`` rows, newest first
/// (complete and sorted without script).
extension SiteModel {
    func incidentListPage(_ pagination: Pagination, root: String) -> [String: Any] {
        let rows = incidents[pagination.range]
        var context: [String: Any] = [
            // Every chip, so the filter (and `?q=` links) finds each row.
            "incidents": rows.map { summary(of: $0, root: root).merging(allChips(of: $0, root: root)) { _, all in all } },
            "count": Format.plural(incidents.count, "incident"),
            "isPaged": pagination.pageCount > 1,
        ]
        context.merge(pagination.context) { own, _ in own }
        return context
    }
}
