/// `incidents.json`: every published incident as structured data.
extension SiteModel {
    static let incidentsSchemaVersion = 1

    /// The export, pretty, with a final line feed, handed to `append` in pieces:
    /// one incident's tree made at a time, as the export is larger than the Markdown it describes.
    func incidentsJSON(_ append: ([UInt8]) -> Void) {
        let header: [(String, JSONValue)] = [
            ("schemaVersion", .int(Self.incidentsSchemaVersion)), ("asOf", .string(options.metrics.asOf.description)),
        ]
        JSONValue.prettyObject(
            header, arrayKey: "incidents", count: report.incidents.count, element: { incidentJSON(report.incidents[$0]) }, append: append)
        append([0x0A])
    }

    func incidentJSON(_ incident: PostMortem) -> JSONValue {
        let items = actionItems(of: incident.slug)
        return .object([
            ("slug", .string(incident.slug)),
            ("url", .string(SitePaths.incidentFolder(incident.slug))),
            ("source", .string(incident.relativePath)),
            ("lastChanged", Self.json(incident.history)),
            ("title", .optional(incident.title?.value)),
            ("date", .optional(incident.date?.description)),
            ("severity", .optional(incident.severity)),
            ("services", .array(incident.services.map { .string($0) })),
            ("tags", .array(incident.tags.map { .string($0) })),
            ("timezone", .optional(incident.timezone)),
            ("status", .optional(incident.field("Status")?.value)),
            ("aliases", .array(incident.aliases.map { .string($0) })),
            ("recurrenceOf", .array(incident.recurrenceOf.map { .string($0) })),
            ("excludedFromMetrics", .bool(incident.isExcludedFromMetrics)),
            ("fields", .object(incident.fields.map { ($0.name, .string($0.value)) })),
            ("timeToRestoreMinutes", .optional(minutes(.timeToRestore, of: incident))),
            ("timeToRootCauseMinutes", .optional(minutes(.timeToRootCause, of: incident))),
            ("timeToMitigateMinutes", .optional(minutes(.timeToMitigate, of: incident))),
            ("timeToDetectMinutes", .optional(minutes(.timeToDetect, of: incident))),
            ("repeats", .array((repeats[incident.slug]?.earlier ?? []).map { .string($0) })),
            ("repeatsCount", .int(repeats[incident.slug]?.earlierCount ?? 0)),
            (
                "timeline",
                .array(
                    incident.timeline.map { entry in
                        .object([
                            ("index", .int(entry.index)),
                            ("anchor", .string("timeline-\(entry.index)")),
                            ("stamp", .optional(entry.stamp)),
                            ("minute", .optional(entry.minute)),
                            ("text", .string(entry.text)),
                            ("milestones", .array(entry.milestones.map { .string($0.rawValue) })),
                        ])
                    })
            ),
            (
                "impact",
                .object([
                    ("usersAffected", .optional(incident.impact.usersAffected?.value)),
                    ("dataLoss", .optional(incident.impact.hasDataLoss.map { $0 ? "yes" : "no" })),
                    ("dataLossDetail", .optional(incident.impact.dataLoss?.value)),
                    ("durationMinutes", .optional(incident.impact.durationMinutes)),
                ])
            ),
            ("lessons", .array(incident.lessons.map { .string($0.value) })),
            (
                "actionItems",
                .array(
                    items.map { tracked in
                        let item = tracked.item
                        return .object([
                            ("index", .int(item.index)),
                            ("anchor", .string(tracked.anchor)),
                            ("id", .optional(item.id)),
                            ("title", .string(item.title)),
                            ("text", .string(item.text)),
                            ("owner", .optional(item.owner?.value)),
                            ("due", .optional(item.due?.description)),
                            ("done", .bool(item.isDone)),
                            ("dropped", .bool(item.isDropped)),
                            ("daysOverdue", .optional(tracked.daysOverdue)),
                            ("pastSlo", .bool(tracked.isPastSLO)),
                            ("tickets", .array(item.tickets.map { .string($0) })),
                            ("type", Self.json(options.metrics.learning.type(of: item))),
                        ])
                    })
            ),
            ("kind", Self.json(options.metrics.learning.kind(of: incident))),
            ("incidentIds", .array(incident.incidentIDs.map { .string($0.value) })),
            ("completeness", .int(CompletenessScore(incident, minimumRootCauseWords: options.metrics.minimumRootCauseWords).total)),
            (
                "diagnostics",
                .array(
                    (diagnosticsByPath[incident.path] ?? []).map { diagnostic in
                        .object([
                            ("line", .int(diagnostic.location.line)), ("column", .int(diagnostic.location.column)),
                            ("severity", .string(diagnostic.severity.rawValue)), ("rule", .string(diagnostic.rule.rawValue)),
                            ("message", .string(diagnostic.message)),
                        ])
                    })
            ),
        ])
    }

    /// What git says of the file: `{"date": "2026-03-12", "commit": "…", "uncommittedChanges": false}`; null when not known.
    static func json(_ history: FileHistory?) -> JSONValue {
        guard let history else { return .null }
        return .object([
            ("date", .optional(history.date?.description)), ("commit", .optional(history.commit)),
            ("uncommittedChanges", .bool(history.hasUncommittedChanges)),
        ])
    }

    /// A kind or type: `{"value": "automated-check", "inferred": true, "inferredFrom": "\"lint rule\""}`; null when unreadable.
    static func json<Value: RawRepresentable<String>>(_ classified: Classified<Value>?) -> JSONValue {
        guard let classified else { return .null }
        return .object([
            ("value", .string(classified.value.rawValue)), ("inferred", .bool(classified.isInferred)),
            ("inferredFrom", .optional(classified.inferredFrom)),
        ])
    }

}
