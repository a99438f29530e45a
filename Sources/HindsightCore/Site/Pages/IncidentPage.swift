/// `incidents/<slug>/index.html`: one post-mortem, with its timeline drawn,
/// its figures, its related incidents and its own diagnostics.
extension SiteModel {
    func incidentPage(_ incident: PostMortem, root: String) -> [String: Any] {
        var context = summary(of: incident, root: root)
        let items = itemsByIncident[incident.slug] ?? []
        context["title"] = incident.title?.value ?? incident.slug
        context["timezone"] = incident.timezone ?? ""
        context["editURL"] = options.editURL(forPath: incident.path) ?? ""
        context["ttrRootCause"] = Format.minutes(minutes(.timeToRootCause, of: incident))
        context["ttm"] = Format.minutes(minutes(.timeToMitigate, of: incident))
        context["preambleHTML"] = incident.preambleHTML
        context["sections"] = sections(of: incident, items: items, root: root)
        context["timelineChart"] = TimelineChart.svg(for: incident)
        context["related"] = related(to: incident, root: root)
        // Every chip here: the card of other pages shows the first few.
        context.merge(allChips(of: incident, root: root)) { _, all in all }
        if let repeated = repeats[incident.slug] {
            context["repeatOf"] = linkList(repeated.earlier, total: repeated.earlierCount, root: root)
            context["repeatLinkedBy"] = Self.linkedBy(repeated)
            context["repeatOfMore"] = Self.more(
                repeated.earlierCount, shown: repeated.earlier.count, url: moreRepeatsURL(tags: repeated.sharedTags, root: root))
        }
        if let later = repeatedBy[incident.slug] {
            context["repeatedBy"] = linkList(later.nearest, total: later.count, root: root)
            context["repeatedByMore"] = Self.more(
                later.count, shown: later.nearest.count, url: moreRepeatsURL(tags: incident.tags, root: root))
        }
        let diagnostics = diagnosticsByPath[incident.path] ?? []
        context["diagnosticsMore"] = Self.more(
            diagnostics.count, shown: PageLimits.diagnostics, noun: "more, in incidents.json",
            url: root + "incidents.json")
        context["diagnostics"] = diagnostics.prefix(PageLimits.diagnostics).map {
            [
                "line": $0.location.line, "column": $0.location.column, "severity": $0.severity.rawValue, "rule": $0.rule.rawValue,
                "message": $0.message,
            ]
        }
        context["extraFields"] = incident.fields.filter { !SiteModel.shownFields.contains($0.key) }.map {
            ["name": $0.name, "value": $0.value]
        }
        return context
    }

    static let shownFields: Set<String> = [
        "date", "severity", "services", "service", "tags", "timezone", "status", "aliases", "recurrenceof", "excludefrommetrics",
    ]

    func sections(of incident: PostMortem, items: [TrackedActionItem], root: String) -> [[String: Any]] {
        var usedAnchors = Set<String>()
        return incident.sections.map { section in
            var anchor = section.kind?.anchor ?? "section-" + ListValue.kebab(section.heading)
            if usedAnchors.contains(anchor) {
                var counter = 2
                while usedAnchors.contains("\(anchor)-\(counter)") { counter += 1 }
                anchor = "\(anchor)-\(counter)"
            }
            usedAnchors.insert(anchor)
            let isFirstOfKind = incident.sections.first { $0.kind == section.kind } == section
            var context: [String: Any] = ["anchor": anchor, "heading": section.heading, "bodyHTML": section.bodyHTML]
            if section.kind == .timeline && isFirstOfKind {
                context["timeline"] = timelineEntries(of: incident)
            }
            if section.kind == .actions && isFirstOfKind {
                // Rows of a table are shown in the table, as written.
                context["actions"] = items.filter { !$0.item.isTableRow }.map { tracked -> [String: Any] in
                    var item = actionItem(tracked, root: root)
                    item["title"] = tracked.item.title
                    return item
                }
            }
            return context
        }
    }

    func timelineEntries(of incident: PostMortem) -> [[String: Any]] {
        let detected = incident.entry(for: .detected)?.minute
        // Rows of a table are shown in the table, as written.
        return incident.timeline.filter { !$0.isTableRow }.map { entry in
            let clock = Format.clock(entry.minute)
            var sinceDetection = ""
            if let detected, let minute = entry.minute, minute != detected {
                sinceDetection =
                    minute > detected ? "+" + MinutesText.format(minute - detected) : "−" + MinutesText.format(detected - minute)
            }
            return [
                "index": entry.index,
                "time": entry.minute == nil ? (entry.stamp ?? "—") : clock.time,
                "dayOffset": clock.dayOffset,
                "sinceDetection": sinceDetection,
                "text": entry.text,
                "milestones": entry.milestones.map { ["label": $0.label, "class": "ms-" + $0.rawValue.lowercased()] },
                "isMilestone": !entry.milestones.isEmpty,
            ]
        }
    }

    /// Incidents sharing tags, the most shared and nearest in time first, among
    /// the ``SiteModel/relatedPerTag`` nearest in time on each side for each tag
    /// (so a page costs the same however many incidents share its tags).
    func related(to incident: PostMortem, root: String) -> [[String: Any]] {
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
            var context = summary(of: other, root: root)
            context["sharedTags"] = tags.intersection(other.tags).sorted().joined(separator: ", ")
            return context
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
