/// Everything the pages draw from, computed once: the published incidents,
/// the metrics, and the links between incidents.
struct SiteModel {
    var options: SiteOptions
    /// Published incidents, newest first.
    var incidents: [PostMortem]
    var report: MetricsReport
    /// The same figures for the last 90 days up to the as-of date.
    var recentReport: MetricsReport
    var recentSince: Day
    /// The 90 days before those: are we doing better than last time?
    var previousReport: MetricsReport
    var diagnosticsByPath: [String: [Diagnostic]]
    var bySlug: [String: PostMortem]
    /// Each repeat by its slug: the nearest earlier incidents it repeats, and how many.
    var repeats: [String: RecurrenceReport.Repeat]
    /// Later incidents that repeat each incident: the nearest, and how many.
    var repeatedBy: [String: RecurrenceReport.NearestIncidents]
    /// Positions in `report.incidents` (chronological) of each tag's incidents, in order.
    var positionsByTag: [String: [Int]]
    /// Each incident's position in `report.incidents`.
    var positionBySlug: [String: Int]
    var itemsByIncident: [String: [TrackedActionItem]]

    init(postMortems: [PostMortem], diagnostics: [Diagnostic], options: SiteOptions) {
        self.options = options
        // Tags and Services past `too-many-values`'s limit are ignored, as that diagnostic says.
        let published = postMortems.compactMap { $0.publishedForm(includingDrafts: options.includeDrafts) }.map(\.withinValueLimits)
        report = MetricsReport(published, options: options.metrics)
        incidents = report.incidents.reversed()
        var recentOptions = options.metrics
        // The full report compares periods; these two only give the overview's headline figures.
        recentOptions.comparesPeriods = false
        recentSince = options.metrics.asOf.adding(days: -89)
        recentOptions.since = recentSince
        recentOptions.until = options.metrics.asOf
        recentReport = MetricsReport(published, options: recentOptions)
        recentOptions.since = recentSince.adding(days: -90)
        recentOptions.until = recentSince.adding(days: -1)
        previousReport = MetricsReport(published, options: recentOptions)
        diagnosticsByPath = Dictionary(grouping: diagnostics, by: \.path)
        bySlug = Dictionary(published.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        repeats = Dictionary(report.recurrence.repeats.map { ($0.incident, $0) }, uniquingKeysWith: { first, _ in first })
        repeatedBy = report.recurrence.repeatedBy
        var positionsByTag: [String: [Int]] = [:]
        var positionBySlug: [String: Int] = [:]
        for (position, incident) in report.incidents.enumerated() {
            for tag in incident.tags { positionsByTag[tag, default: []].append(position) }
            if positionBySlug[incident.slug] == nil { positionBySlug[incident.slug] = position }
        }
        self.positionsByTag = positionsByTag
        self.positionBySlug = positionBySlug
        itemsByIncident = Dictionary(grouping: report.actionItems, by: \.incident)
    }

    /// How many incidents the site leaves out because their file name cannot be a URL (`invalid-name`).
    static func unpublishable(_ postMortems: [PostMortem], includingDrafts: Bool) -> Int {
        postMortems.filter { (includingDrafts || !$0.isDraft) && !URLName.isValid($0.slug) }.count
    }

    /// An incident's title as other pages show it (its own page shows all of it).
    func title(of slug: String) -> String {
        Self.excerpt(bySlug[slug]?.title?.value ?? slug, limit: PageLimits.titleCharacters)
    }

    /// Minutes of a duration metric for one incident, when measurable.
    func minutes(_ metric: DurationMetric, of incident: PostMortem) -> Int? {
        try? metric.measure(incident).get()
    }
}

extension PostMortem {
    /// The post-mortem as the site publishes it: nil for a draft (unless drafts
    /// are published) or a file whose name cannot be a URL; tags, services and
    /// action IDs that cannot be URLs are left off (each is an `invalid-name`
    /// error, shown with the incident).
    func publishedForm(includingDrafts: Bool) -> PostMortem? {
        guard includingDrafts || !isDraft, URLName.isValid(slug) else { return nil }
        guard
            !tags.allSatisfy(URLName.isValid) || !services.allSatisfy(URLName.isValid)
                || !actionItems.allSatisfy({ $0.id.map(URLName.isValid) ?? true })
        else { return self }
        var published = self
        published.tags = tags.filter(URLName.isValid)
        published.services = services.filter(URLName.isValid)
        for index in published.actionItems.indices where !(published.actionItems[index].id.map(URLName.isValid) ?? true) {
            published.actionItems[index].id = nil
        }
        return published
    }
}
