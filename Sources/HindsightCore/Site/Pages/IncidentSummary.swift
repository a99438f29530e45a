/// The fields of an incident that lists, tables and cards show.
extension SiteModel {
    func summary(of incident: PostMortem, root: String) -> [String: Any] {
        let items = itemsByIncident[incident.slug] ?? []
        let figures = ActionItemMetrics(items)
        let ttr = minutes(.timeToRestore, of: incident)
        return [
            "slug": incident.slug,
            "url": root + SitePaths.incident(incident.slug),
            "title": title(of: incident.slug),
            "date": incident.date?.description ?? "",
            "dateText": Format.date(incident.date),
            "severity": incident.severity ?? "?",
            "severityClass": severityClass(incident.severity),
            "severityName": incident.severity.flatMap { options.metrics.severityScale.level($0)?.name } ?? "",
            "services": incident.services.prefix(PageLimits.cardChips).map { ["name": $0, "url": root + SitePaths.service($0)] },
            "tags": incident.tags.prefix(max(0, PageLimits.cardChips - incident.services.count)).map {
                ["name": $0, "url": root + SitePaths.tag($0)]
            },
            "moreChips": Self.more(
                incident.services.count + incident.tags.count, shown: PageLimits.cardChips, url: root + SitePaths.incident(incident.slug)),
            "ttr": Format.minutes(ttr),
            "ttrSort": ttr.map(String.init) ?? "",
            "actionsDone": figures.done,
            "actionsTotal": figures.total,
            "actionsText": figures.total == 0 ? "none" : "\(figures.done)/\(figures.total)",
            "overdue": figures.overdue,
            "isOverdue": figures.overdue > 0,
            "isRepeat": repeats[incident.slug] != nil,
            "isDraft": incident.isDraft,
            "isExcluded": incident.isExcludedFromMetrics,
        ]
    }

    /// Every service and tag chip of an incident, for its own page and its row in the incident list.
    func allChips(of incident: PostMortem, root: String) -> [String: Any] {
        [
            "services": incident.services.map { ["name": $0, "url": root + SitePaths.service($0)] },
            "tags": incident.tags.map { ["name": $0, "url": root + SitePaths.tag($0)] },
            "moreChips": [String: Any](),
        ]
    }

    /// A CSS class for a severity on the scale (`sev-p1`), never raw input.
    func severityClass(_ severity: String?) -> String {
        guard let severity, let rank = options.metrics.severityScale.levels.firstIndex(of: severity) else { return "sev-unknown" }
        return "sev-\(min(rank, 4))"
    }
}
