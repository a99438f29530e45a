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
    /// Earlier incidents each incident repeats.
    var repeats: [String: [String]]
    /// Later incidents that repeat each incident.
    var repeatedBy: [String: [String]]
    var itemsByIncident: [String: [TrackedActionItem]]

    init(postMortems: [PostMortem], diagnostics: [Diagnostic], options: SiteOptions) {
        self.options = options
        let published = postMortems.compactMap { $0.publishedForm(includingDrafts: options.includeDrafts) }
        report = MetricsReport(published, options: options.metrics)
        incidents = report.incidents.reversed()
        var recentOptions = options.metrics
        recentSince = options.metrics.asOf.adding(days: -89)
        recentOptions.since = recentSince
        recentOptions.until = options.metrics.asOf
        recentReport = MetricsReport(published, options: recentOptions)
        recentOptions.since = recentSince.adding(days: -90)
        recentOptions.until = recentSince.adding(days: -1)
        previousReport = MetricsReport(published, options: recentOptions)
        diagnosticsByPath = Dictionary(grouping: diagnostics, by: \.path)
        bySlug = Dictionary(published.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        var repeats: [String: [String]] = [:]
        var repeatedBy: [String: [String]] = [:]
        for repeated in report.recurrence.repeats {
            repeats[repeated.incident] = repeated.earlier
            for earlier in repeated.earlier { repeatedBy[earlier, default: []].append(repeated.incident) }
        }
        self.repeats = repeats
        self.repeatedBy = repeatedBy
        itemsByIncident = Dictionary(grouping: report.actionItems, by: \.incident)
    }

    /// How many incidents the site leaves out because their file name cannot be a URL (`invalid-name`).
    static func unpublishable(_ postMortems: [PostMortem], includingDrafts: Bool) -> Int {
        postMortems.filter { (includingDrafts || !$0.isDraft) && !URLName.isValid($0.slug) }.count
    }

    func title(of slug: String) -> String { bySlug[slug]?.title?.value ?? slug }

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
