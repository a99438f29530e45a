/// The `phases` section of `metrics.json` (docs/metrics.md §11): added within
/// `schemaVersion` 1, every earlier key unchanged.
extension MetricsReport {
    var phasesJSON: JSONValue { JSONValue.StreamedMember.object(phasesMembers).tree }

    /// ``phasesJSON``'s members, each phase's made only when it is written: the phases are the
    /// largest member of `metrics.json` (53 MB at 100,000 incidents, every incident in each phase).
    var phasesMembers: [(String, JSONValue.StreamedMember)] {
        [
            ("order", .value { .array(Phase.allCases.map { .string($0.rawValue) }) }),
            ("byPhase", .object(phases.byPhase.map { figures in (figures.phase.rawValue, .value { Self.json(phase: figures) }) })),
            ("outOfOrder", .value { .array(phases.outOfOrder.map { .string($0) }) }),
            (
                "quarters",
                .value {
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
                }
            ),
        ]
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
