import Mustache

/// The fields of an incident that lists, tables and cards show (`partials/incident-card`,
/// a row of the incident list), and the head of its own page.
struct IncidentSummary: MustacheParent {
    var slug: String
    var url: String
    var title: String?
    /// `2024-03-05`, nil when undated.
    var date: String?
    var dateText: String
    var severity: String
    var severityClass: String
    var severityName: String?
    var services: [Chip]
    var tags: [Chip]
    /// The chips a card leaves out, linked to the incident's page.
    var moreChips: MoreLink?
    var ttr: String
    var ttrSort: String?
    var actionsDone: Int
    var actionsTotal: Int
    var actionsText: String
    var overdue: Int
    var isRepeat: Bool
    var isDraft: Bool
    var isExcluded: Bool
    /// The tags a related incident shares with the page's incident (`a, b`).
    var sharedTags: String?
    /// `2 errors` or `1 warning` that `hindsight check` finds in the file, and its class.
    var problems: String?
    var problemsClass: String?

    var isOverdue: Bool { overdue > 0 }

    func child(named name: String) -> Any? {
        switch name {
        case "slug": slug
        case "url": url
        case "title": title
        case "date": date
        case "dateText": dateText
        case "severity": severity
        case "severityClass": severityClass
        case "severityName": severityName
        case "services": services
        case "tags": tags
        case "moreChips": moreChips
        case "ttr": ttr
        case "ttrSort": ttrSort
        case "actionsDone": actionsDone
        case "actionsTotal": actionsTotal
        case "actionsText": actionsText
        case "overdue": overdue
        case "isOverdue": isOverdue
        case "isRepeat": isRepeat
        case "isDraft": isDraft
        case "isExcluded": isExcluded
        case "sharedTags": sharedTags
        case "problems": problems
        case "problemsClass": problemsClass
        default: nil
        }
    }
}

extension SiteModel {
    /// Which chips an incident shows: the first ``PageLimits/cardChips`` on a card, or all of
    /// them (its own page, its row in the incident list, which the filter searches).
    enum Chips { case card, all }

    func summary(of incident: PostMortem, root: String, chips: Chips = .card) -> IncidentSummary {
        let items = actionItems(of: incident.slug)
        let figures = ActionItemMetrics(items)
        let ttr = minutes(.timeToRestore, of: incident)
        let badge = problemBadge(of: incident)
        let services = chips == .all ? incident.services[...] : incident.services.prefix(PageLimits.cardChips)
        let tags = chips == .all ? incident.tags[...] : incident.tags.prefix(max(0, PageLimits.cardChips - incident.services.count))
        return IncidentSummary(
            slug: incident.slug,
            url: root + SitePaths.incident(incident.slug),
            title: title(of: incident.slug).nonEmpty,
            date: incident.date?.description,
            dateText: Format.date(incident.date),
            severity: incident.severity ?? "?",
            severityClass: severityClass(incident.severity),
            severityName: incident.severity.flatMap { options.metrics.severityScale.level($0)?.name }?.nonEmpty,
            services: services.map { Chip(name: $0, url: root + SitePaths.service($0)) },
            tags: tags.map { Chip(name: $0, url: root + SitePaths.tag($0)) },
            moreChips: chips == .all
                ? nil
                : Self.more(
                    incident.services.count + incident.tags.count, shown: PageLimits.cardChips,
                    url: root + SitePaths.incident(incident.slug)),
            ttr: Format.minutes(ttr),
            ttrSort: ttr.map(String.init),
            actionsDone: figures.done,
            actionsTotal: figures.total,
            actionsText: figures.total == 0 ? "none" : "\(figures.done)/\(figures.total)",
            overdue: figures.overdue,
            isRepeat: repeats[incident.slug] != nil,
            isDraft: incident.isDraft,
            isExcluded: incident.isExcludedFromMetrics,
            problems: badge?.text, problemsClass: badge?.cssClass)
    }

    /// A CSS class for a severity on the scale (`sev-p1`), never raw input.
    func severityClass(_ severity: String?) -> String {
        guard let severity, let rank = options.metrics.severityScale.levels.firstIndex(of: severity) else { return "sev-unknown" }
        return "sev-\(min(rank, 4))"
    }
}
