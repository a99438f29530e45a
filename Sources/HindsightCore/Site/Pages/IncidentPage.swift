/// `incidents/<slug>/index.html`: one post-mortem, with its timeline drawn,
/// its figures, its related incidents and its own diagnostics.
extension SiteModel {
    func incidentPage(_ incident: PostMortem, root: String) -> [String: Any] {
        var context = summary(of: incident, root: root)
        let items = itemsByIncident[incident.slug] ?? []
        context["timezone"] = incident.timezone ?? ""
        context["editURL"] = options.editURL(forPath: incident.path) ?? ""
        context["ttrRootCause"] = Format.minutes(minutes(.timeToRootCause, of: incident))
        context["ttm"] = Format.minutes(minutes(.timeToMitigate, of: incident))
        context["preambleHTML"] = incident.preambleHTML
        context["sections"] = sections(of: incident, items: items, root: root)
        context["timelineChart"] = TimelineChart.svg(for: incident)
        context["related"] = related(to: incident, root: root)
        context["repeatOf"] = linkList(repeats[incident.slug] ?? [], root: root)
        context["repeatedBy"] = linkList(repeatedBy[incident.slug] ?? [], root: root)
        let diagnostics = diagnosticsByPath[incident.path] ?? []
        context["diagnostics"] = diagnostics.map {
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
                context["actions"] = items.map { actionItem($0, root: root) }
            }
            return context
        }
    }

    func timelineEntries(of incident: PostMortem) -> [[String: Any]] {
        let detected = incident.entry(for: .detected)?.minute
        return incident.timeline.map { entry in
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

    /// Incidents sharing tags, the most shared and nearest in time first.
    func related(to incident: PostMortem, root: String) -> [[String: Any]] {
        let tags = Set(incident.tags)
        guard !tags.isEmpty else { return [] }
        let candidates = report.incidents.filter { $0.slug != incident.slug && !tags.isDisjoint(with: $0.tags) }
        let ranked = candidates.sorted { a, b in
            let (sharedA, sharedB) = (tags.intersection(a.tags).count, tags.intersection(b.tags).count)
            if sharedA != sharedB { return sharedA > sharedB }
            let distance = { (other: PostMortem) -> Int in
                guard let x = incident.date, let y = other.date else { return Int.max }
                return abs(x.days(until: y))
            }
            if distance(a) != distance(b) { return distance(a) < distance(b) }
            return a.slug < b.slug
        }
        return ranked.prefix(8).map { other in
            var context = summary(of: other, root: root)
            context["sharedTags"] = tags.intersection(other.tags).sorted().joined(separator: ", ")
            return context
        }
    }
}
