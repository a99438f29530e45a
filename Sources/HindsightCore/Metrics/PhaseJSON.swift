/// The `phases` section of `metrics.json` (docs/metrics.md §11): added within
/// `schemaVersion` 1, every earlier key unchanged.
extension MetricsReport {
    var phasesJSON: JSONValue {
        .object([
            ("order", .array(Phase.allCases.map { .string($0.rawValue) })),
            ("byPhase", .object(phases.byPhase.map { ($0.phase.rawValue, Self.json(phase: $0)) })),
            ("outOfOrder", .array(phases.outOfOrder.map { .string($0) })),
            (
                "quarters",
                .array(
                    phases.quarters.map { quarter in
                        .object(
                            [("period", .string(quarter.key)), ("incidents", .int(quarter.incidents))]
                                + Phase.allCases.map { phase in
                                    (
                                        phase.rawValue,
                                        .object(
                                            Self.json(quarter.statistics(phase))
                                                + [("tooFewToJudge", .bool(quarter.tooFewToJudge(phase)))])
                                    )
                                })
                    })
            ),
        ])
    }

    static func json(phase figures: PhaseFigures) -> JSONValue {
        .object(
            [("from", .string(figures.phase.from.rawValue)), ("to", .string(figures.phase.to.rawValue))]
                + json(figures.statistics) + [
                    ("notMeasured", .object(PhaseGap.allCases.map { ($0.rawValue, .int(figures.notMeasured($0))) })),
                    (
                        "included",
                        .array(figures.included.map { .object([("incident", .string($0.incident)), ("minutes", .int($0.minutes))]) })
                    ),
                    (
                        "excluded",
                        .array(
                            figures.excluded.map {
                                .object([
                                    ("incident", .string($0.incident)), ("reason", .string($0.reason.description)),
                                    ("cause", .string(PhaseGap($0.reason).rawValue)),
                                ])
                            })
                    ),
                ])
    }
}
