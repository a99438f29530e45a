/// `incidents/<slug>/index.html`: one post-mortem, with its timeline drawn,
/// its figures, its related incidents and its own diagnostics.
extension SiteModel {
    func incidentPage(_ incident: PostMortem, root: String) -> IncidentPageModel {
        let items = actionItems(of: incident.slug)
        let repeated = repeats[incident.slug]
        let later = repeatedBy[incident.slug]
        let diagnostics = diagnosticsByPath[incident.path] ?? []
        let body = bodies[incident.path] ?? IncidentBody(incident)
        return IncidentPageModel(
            // Every chip here: the card of other pages shows the first few.
            summary: summary(of: incident, root: root, chips: .all),
            title: incident.title?.value ?? incident.slug,
            timezone: incident.timezone?.nonEmpty,
            editURL: options.editURL(forPath: incident.path)?.nonEmpty,
            lastChanged: incident.history.flatMap(Self.lastChangedText),
            ttrRootCause: Format.minutes(minutes(.timeToRootCause, of: incident)),
            ttm: Format.minutes(minutes(.timeToMitigate, of: incident)),
            preambleHTML: body.preambleHTML.nonEmpty,
            sections: sections(of: incident, html: body.sectionHTML, items: items, root: root),
            timelineChart: TimelineChart.svg(for: incident).nonEmpty,
            related: related(to: incident, root: root),
            repeatOf: repeated.map { linkList($0.earlier, total: $0.earlierCount, root: root) } ?? [],
            repeatLinkedBy: repeated.flatMap { Self.linkedBy($0).nonEmpty },
            repeatOfMore: repeated.flatMap {
                Self.more($0.earlierCount, shown: $0.earlier.count, url: moreRepeatsURL(tags: $0.sharedTags, root: root))
            },
            repeatedBy: later.map { linkList($0.nearest, total: $0.count, root: root) } ?? [],
            repeatedByMore: later.flatMap {
                Self.more($0.count, shown: $0.nearest.count, url: moreRepeatsURL(tags: incident.tags, root: root))
            },
            diagnostics: diagnostics.prefix(PageLimits.diagnostics).map { Self.diagnosticRow($0, root: root) },
            diagnosticsMore: Self.more(
                diagnostics.count, shown: PageLimits.diagnostics, noun: "more, in incidents.json", url: root + "incidents.json"),
            extraFields: incident.fields.filter { !SiteModel.shownFields.contains($0.key) }.map {
                IncidentPageModel.ExtraField(name: $0.name.nonEmpty, value: $0.value.nonEmpty)
            },
            learning: learningFacts(of: incident),
            phases: phases(of: incident))
    }

    /// What the page says of the file's history: when it last changed and in which commit, and whether the copy
    /// built from holds changes not yet committed; nil when git knows no date (a shallow clone's boundary).
    static func lastChangedText(_ history: FileHistory) -> String? {
        switch (history.date, history.shortCommit, history.hasUncommittedChanges) {
        case (let date?, let commit?, false): return "Last changed \(Format.date(date)) in \(commit)"
        case (let date?, let commit?, true): return "Uncommitted changes since \(Format.date(date)) (\(commit))"
        case (_, _, true): return "Uncommitted changes"
        default: return nil
        }
    }

    static let shownFields: Set<String> = [
        "date", "severity", "services", "service", "tags", "timezone", "status", "aliases", "recurrenceof", "excludefrommetrics", "kind",
    ]

    func sections(
        of incident: PostMortem, html: [String], items: [TrackedActionItem], root: String
    ) -> [IncidentPageModel.Section] {
        var usedAnchors = Set<String>()
        return zip(incident.sections, html).map { section, bodyHTML in
            var anchor = section.kind?.anchor ?? "section-" + ListValue.kebab(section.heading)
            if usedAnchors.contains(anchor) {
                var counter = 2
                while usedAnchors.contains("\(anchor)-\(counter)") { counter += 1 }
                anchor = "\(anchor)-\(counter)"
            }
            usedAnchors.insert(anchor)
            let isFirstOfKind = incident.sections.first { $0.kind == section.kind } == section
            var model = IncidentPageModel.Section(
                anchor: anchor, heading: section.heading.nonEmpty, bodyHTML: bodyHTML.nonEmpty)
            if section.kind == .timeline && isFirstOfKind {
                model.timeline = timelineEntries(of: incident)
            }
            if section.kind == .actions && isFirstOfKind {
                // Rows of a table are shown in the table, as written.
                model.actions = items.filter { !$0.item.isTableRow }.map { tracked in
                    var row = actionItem(tracked, root: root, fullTitle: true)
                    row.type = learningType(of: tracked.item)
                    return row
                }
            }
            return model
        }
    }

    func timelineEntries(of incident: PostMortem) -> [IncidentPageModel.TimelineEntry] {
        let detected = incident.entry(for: .detected)?.minute
        // Rows of a table are shown in the table, as written.
        return incident.timeline.filter { !$0.isTableRow }.map { entry in
            let clock = Format.clock(entry.minute)
            var sinceDetection = ""
            if let detected, let minute = entry.minute, minute != detected {
                sinceDetection =
                    minute > detected ? "+" + MinutesText.format(minute - detected) : "−" + MinutesText.format(detected - minute)
            }
            return IncidentPageModel.TimelineEntry(
                index: entry.index,
                time: (entry.minute == nil ? (entry.stamp ?? "—") : clock.time).nonEmpty,
                dayOffset: clock.dayOffset.nonEmpty,
                sinceDetection: sinceDetection.nonEmpty,
                textHTML: InlineHTML.html(entry.markup, plain: entry.text).nonEmpty,
                milestones: entry.milestones.map { .init(label: $0.label, cssClass: "ms-" + $0.rawValue.lowercased()) })
        }
    }

    /// Incidents sharing tags, the most shared and nearest in time first, among
    /// the ``SiteModel/relatedPerTag`` nearest in time on each side for each tag
    /// (so a page costs the same however many incidents share its tags).
    func related(to incident: PostMortem, root: String) -> [IncidentSummary] {
        let tags = Set(incident.tags)
        guard !tags.isEmpty, let position = positionBySlug[incident.slug] else { return [] }
        var candidates = Set<Int>()
        for tag in tags {
            let positions = positionsByTag[tag] ?? []
            let index = Self.insertionIndex(of: position, in: positions)
            candidates.formUnion(positions[max(0, index - Self.relatedPerTag)..<min(positions.count, index + Self.relatedPerTag + 1)])
        }
        candidates.remove(position)
        let ranked = candidates.map { other -> (shared: Int, distance: Int, slug: String, position: Int) in
            let candidate = report.incidents[other]
            var distance = Int.max
            if let day = incident.date, let otherDay = candidate.date { distance = abs(day.days(until: otherDay)) }
            return (tags.intersection(candidate.tags).count, distance, candidate.slug, other)
        }.sorted { a, b in (-a.shared, a.distance, a.slug) < (-b.shared, b.distance, b.slug) }
        return ranked.prefix(8).map { candidate in
            let other = report.incidents[candidate.position]
            var card = summary(of: other, root: root)
            card.sharedTags = tags.intersection(other.tags).sorted().joined(separator: ", ").nonEmpty
            return card
        }
    }

    static let relatedPerTag = 8

    /// The first index in ascending `positions` whose value is not below `value`.
    static func insertionIndex(of value: Int, in positions: [Int]) -> Int {
        var (low, high) = (0, positions.count)
        while low < high {
            let middle = (low + high) / 2
            if positions[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Where the rest of an incident's repeats can be found: its first tag's page.
    func moreRepeatsURL(tags: [String], root: String) -> String {
        tags.first.map { root + SitePaths.tag($0) } ?? ""
    }
}
