/// Everything the pages draw from, computed once: the published incidents,
/// the metrics, and the links between incidents.
struct SiteModel {
    var options: SiteOptions
    /// Published incidents, newest first: the report's chronological list read backwards, not a copy of it.
    var incidents: NewestFirst
    var report: MetricsReport
    /// The same figures for the last 90 days up to the as-of date.
    var recentReport: MetricsReport
    var recentSince: Day
    /// The 90 days before those: are we doing better than last time?
    var previousReport: MetricsReport
    var diagnosticsByPath: [String: [Diagnostic]]
    /// Each published incident's title (its slug when it has none), by slug: the first of two
    /// incidents with one slug. A title, not a copy of the post-mortem (docs/performance.md).
    var titleBySlug: [String: String]
    /// Each repeat by its slug: the nearest earlier incidents it repeats, and how many.
    var repeats: [String: RecurrenceReport.Repeat]
    /// Later incidents that repeat each incident: the nearest, and how many.
    var repeatedBy: [String: RecurrenceReport.NearestIncidents]
    /// Positions in `report.incidents` (chronological) of each tag's incidents, in order.
    var positionsByTag: [String: [Int]]
    /// Each incident's position in `report.incidents`.
    var positionBySlug: [String: Int]
    /// Each published incident's position in ``incidents``, by path (the first of two with one
    /// path): made once, not once per page of the Problems list (docs/performance.md).
    var incidentPositionByPath: [String: Int]
    /// What only each incident's own page and the search index read (its sections' HTML, its
    /// prose), by path: held apart from ``incidents``, whose post-mortems carry none of it (in a
    /// build, in the scratch file), so the render stage lets it go once those files are written
    /// (``release(afterRendering:)``).
    var bodies: IncidentBodies

    /// The model of `postMortems`, whose bodies are in `bodies` (the load stage takes them off
    /// as each file is read) or still in the post-mortems (then taken off here).
    init(postMortems: [PostMortem], diagnostics: [Diagnostic], options: SiteOptions, bodies: IncidentBodies = IncidentBodies()) {
        self.options = options
        var kept = IncidentBodies(scratch: bodies.scratch)
        // Tags and Services past `too-many-values`'s limit are ignored, as that diagnostic says.
        let published = postMortems.compactMap { $0.publishedForm(includingDrafts: options.includeDrafts) }.map { postMortem in
            var published = postMortem.withinValueLimits
            // A path names one file (discover reads each file once): the first of two is kept, as `titleBySlug` keeps it.
            if let entry = bodies.entry(at: published.path) {
                kept.add(entry, at: published.path)
            } else {
                kept.add(published.takeBody(), at: published.path)
            }
            return published
        }
        self.bodies = kept
        report = MetricsReport(published, options: options.metrics)
        incidents = NewestFirst(report.incidents)
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
        titleBySlug = Dictionary(published.map { ($0.slug, $0.title?.value ?? $0.slug) }, uniquingKeysWith: { first, _ in first })
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
        var incidentPositionByPath: [String: Int] = [:]
        for (position, incident) in incidents.enumerated() where incidentPositionByPath[incident.path] == nil {
            incidentPositionByPath[incident.path] = position
        }
        self.incidentPositionByPath = incidentPositionByPath
    }

    /// Lets go of what no file still to be rendered reads: the HTML of the incident pages among
    /// the files of `part`, once they are written; the rest of the bodies once the search index is.
    mutating func release(afterRendering part: SiteRoutes.Part) {
        switch part {
        case .files(let routes, _):
            for route in routes {
                if case .incident(let position) = route.content { bodies.dropPageHTML(at: incidents[position].path) }
            }
        case .searchIndex:
            bodies.removeAll()
        }
    }

    /// How many incidents the site leaves out because their file name cannot be a URL (`invalid-name`).
    static func unpublishable(_ postMortems: [PostMortem], includingDrafts: Bool) -> Int {
        postMortems.filter { (includingDrafts || !$0.isDraft) && !URLName.isValid($0.slug) }.count
    }

    /// The action items of the incidents named `slug`, in the report's order.
    func actionItems(of slug: String) -> [TrackedActionItem] {
        // Positions the report made once, not a second copy of every item (docs/performance.md).
        report.itemPositionsByIncident[slug]?.map { report.actionItems[$0] } ?? []
    }

    /// An incident's title as other pages show it (its own page shows all of it).
    func title(of slug: String) -> String {
        Self.excerpt(titleBySlug[slug] ?? slug, limit: PageLimits.titleCharacters)
    }

    /// Minutes of a duration metric for one incident, when measurable.
    func minutes(_ metric: DurationMetric, of incident: PostMortem) -> Int? {
        try? metric.measure(incident).get()
    }
}

/// A list read backwards: the site's incidents newest first, without a second array of every
/// post-mortem (at 100,000 incidents each copy of the list weighed tens of MiB; docs/performance.md).
struct NewestFirst: RandomAccessCollection, Sendable {
    private let chronological: [PostMortem]

    init(_ chronological: [PostMortem]) {
        self.chronological = chronological
    }

    var startIndex: Int { 0 }
    var endIndex: Int { chronological.count }
    /// Borrowed, not copied: a copy would retain every field of the post-mortem for each read.
    subscript(position: Int) -> PostMortem {
        _read { yield chronological[chronological.count - 1 - position] }
    }
}

/// What only a post-mortem's own page and the search index read: the HTML cmark made of what
/// precedes the first section and of each section, and the text of its prose lines (see
/// docs/performance.md for what it weighs).
struct IncidentBody: Sendable, Equatable {
    var preambleHTML: String
    /// Each section's HTML, in the order of ``PostMortem/sections``.
    var sectionHTML: [String]
    /// The prose lines' text as ``SiteModel/searchText(of:)`` joins it: one string, not one a line.
    var prose: String

    init(_ postMortem: PostMortem) {
        preambleHTML = postMortem.preambleHTML
        sectionHTML = postMortem.sections.map(\.bodyHTML)
        prose = postMortem.proseLines.lazy.map(\.text).filter { !$0.isEmpty }.joined(separator: " · ")
    }

    /// Once the incident's page is written: only the search index still reads the body.
    mutating func dropPageHTML() {
        preambleHTML = ""
        sectionHTML = []
    }
}

extension PostMortem {
    /// Its ``IncidentBody``, taken off: the post-mortem keeps no section HTML and no prose lines,
    /// what the pages other than its own and the exports read of it.
    mutating func takeBody() -> IncidentBody {
        let body = IncidentBody(self)
        preambleHTML = ""
        for index in sections.indices { sections[index].bodyHTML = "" }
        proseLines = []
        return body
    }

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
