/// The `learning` section of `metrics.json` (docs/metrics.md, docs/learning.md).
extension LearningReport {
    public var json: JSONValue {
        let scores = completeness
        return .object([
            (
                "byKind",
                .object(byKind.map { ($0.kind.rawValue, .object([("incidents", .int($0.count)), ("inferred", .int($0.inferred))])) })
            ),
            (
                "byActionType",
                .object(byType.map { ($0.type.rawValue, .object([("items", .int($0.count)), ("inferred", .int($0.inferred))])) })
            ),
            (
                "loops",
                .array(
                    loops.map { loop in
                        .object([
                            ("kind", .string(loop.kind.rawValue)), ("response", .string(loop.response.rawValue)),
                            ("incidents", .int(loop.incidents.count)), ("closed", .int(loop.closed.count)), ("rate", .optional(loop.rate)),
                        ])
                    })
            ),
            ("missingLoops", .array(missingLoops.map { .string($0.slug) })),
            (
                "quarters",
                .array(
                    quarters.map { quarter in
                        .object([
                            ("quarter", .string(quarter.key)), ("incidents", .int(quarter.incidents.count)),
                            ("leaving", .object(ActionType.allCases.map { ($0.rawValue, .int(quarter.leaving[$0] ?? 0)) })),
                            ("completenessMedian", .optional(quarter.completeness.median)),
                        ])
                    })
            ),
            ("postMortemCoverage", coverage.map(\.json) ?? .null),
            (
                "completeness",
                .object([
                    ("count", .int(scores.count)), ("mean", .optional(scores.mean)), ("median", .optional(scores.median)),
                    ("min", .optional(scores.min)), ("max", .optional(scores.max)),
                    (
                        "bands",
                        .object(
                            Self.bands.map { band in
                                (band.label, .int(incidents.filter { band.range.contains($0.completeness.total) }.count))
                            })
                    ),
                ])
            ),
        ])
    }
}

extension LearningReport.Coverage {
    var json: JSONValue {
        .object([
            ("register", .string(registerPath)),
            ("registered", .int(registered)),
            ("required", .int(required.count)),
            ("written", .int(written)),
            ("rate", .optional(rate)),
            (
                "missing",
                .array(
                    missing.map { required in
                        .object([
                            ("id", .string(required.record.id)), ("date", .optional(required.record.date?.description)),
                            ("title", .string(required.record.title)), ("severity", .optional(required.record.severity)),
                            ("reasons", .array(required.reasons.map { .string($0) })),
                            ("line", .int(required.record.location.line)),
                        ])
                    })
            ),
            ("unknownIncidentIds", .array(unknownIDs.map { .object([("incident", .string($0.slug)), ("id", .string($0.id))]) })),
        ])
    }
}
