/// `hindsight metrics --format json` and the site's `metrics.json`: camelCase,
/// a fixed key order, unrounded numbers, rates as fractions, nulls for empty
/// aggregates. Documented in docs/metrics.md.
extension MetricsReport {
    public var json: JSONValue {
        .object(jsonMembers.map { key, member in (key, member.tree) })
    }

    /// The members of ``json``, each made only when it is asked for: the site writes
    /// `metrics.json` one member at a time (``JSONValue/prettyObject(_:append:)``), so the
    /// report (18 MB at 10,000 incidents) never exists as one tree.
    var jsonMembers: [(String, JSONValue.StreamedMember)] {
        var members: [(String, JSONValue.StreamedMember)] = [
            ("schemaVersion", .value { .int(MetricsReport.schemaVersion) }),
            ("asOf", .value { .string(options.asOf.description) }),
            (
                "filters",
                .value { .object([("since", .optional(options.since?.description)), ("until", .optional(options.until?.description))]) }
            ),
            (
                "incidents",
                .value {
                    .object([
                        ("total", .int(incidents.count)),
                        ("bySeverity", .object(incidentsBySeverity.map { ($0.severity, .int($0.count)) })),
                        ("excludedFromMetrics", .array(incidents.filter(\.isExcludedFromMetrics).map { .string($0.slug) })),
                    ])
                }
            ),
        ]
        for metric in DurationMetric.allCases {
            members.append((metric.rawValue, .value { Self.json(duration(metric)) }))
        }
        members += [
            ("actionItems", .value { actionItemsJSON }),
            ("recurrence", .value { recurrenceJSON }),
            ("comparison", .value { defaultComparison.map { .object(Self.members($0)) } ?? .null }),
            (
                "comparisons",
                .value {
                    .array(
                        comparisons.filter { !$0.isDefault }.map {
                            .object(
                                [("period", .string($0.period.rawValue)), ("measure", .string($0.measure.rawValue))] + Self.members($0))
                        })
                }
            ),
            ("periods", .value { .array(months.map(Self.json(period:))) }),
            ("quarters", .value { .array(quarters.map(Self.json(period:))) }),
            ("phases", .object(phasesMembers)),
            ("bySeverity", .value { .array(bySeverity.map { Self.json(group: $0, keyName: "severity") }) }),
            ("byService", .value { .array(byService.map { Self.json(group: $0, keyName: "service") }) }),
            ("byTag", .value { .array(byTag.map { Self.json(group: $0, keyName: "tag") }) }),
            (
                "byOwner",
                .value {
                    .array(
                        byOwner.map { owner, figures in
                            .object([("owner", .string(owner))] + Self.members(figures))
                        })
                }
            ),
            (
                "byTeam",
                .value {
                    .array(
                        byTeam.map { team, figures in
                            .object([("team", .string(team))] + Self.members(figures))
                        })
                }
            ),
            ("learning", .value { LearningReport(self).json }),
        ]
        return members
    }

    static func json(_ statistics: DurationStatistics) -> [(String, JSONValue)] {
        [
            ("count", .int(statistics.count)),
            ("meanMinutes", .optional(statistics.mean)),
            ("medianMinutes", .optional(statistics.median)),
            ("p90Minutes", .optional(statistics.p90)),
            ("minMinutes", .optional(statistics.min)),
            ("maxMinutes", .optional(statistics.max)),
        ]
    }

    static func json(_ report: DurationReport) -> JSONValue {
        .object(
            json(report.statistics) + [
                ("included", .array(report.included.map { .object([("incident", .string($0.incident)), ("minutes", .int($0.minutes))]) })),
                (
                    "excluded",
                    .array(
                        report.excluded.map { .object([("incident", .string($0.incident)), ("reason", .string($0.reason.description))]) })
                ),
            ])
    }

    static func members(_ figures: ActionItemMetrics) -> [(String, JSONValue)] {
        [
            ("total", .int(figures.total)),
            ("done", .int(figures.done)),
            ("dropped", .int(figures.dropped)),
            ("open", .int(figures.open)),
            ("overdue", .int(figures.overdue)),
            ("pastSlo", .int(figures.pastSLO)),
            ("completionRate", .optional(figures.completionRate)),
        ]
    }

    static func json(item: TrackedActionItem) -> [(String, JSONValue)] {
        [
            ("incident", .string(item.incident)),
            ("index", .int(item.item.index)),
            ("id", .optional(item.item.id)),
            ("title", .string(item.item.title)),
            ("owner", .optional(item.item.owner?.value)),
            ("due", .optional(item.item.due?.description)),
        ]
    }

    var actionItemsJSON: JSONValue {
        let severityGroups = options.severityScale.levels.map { level in
            (level, JSONValue.object(Self.members(ActionItemMetrics(actionItems.filter { $0.severity == level }))))
        }
        return .object(
            Self.members(actionTotals) + [
                ("overdueItems", .array(overdueItems.map { .object(Self.json(item: $0) + [("daysOverdue", .int($0.daysOverdue!))]) })),
                (
                    "pastSloItems",
                    .array(
                        actionItems.filter(\.isPastSLO).map {
                            .object(Self.json(item: $0) + [("sloDeadline", .optional($0.sloDeadline?.description))])
                        })
                ),
                ("bySeverity", .object(severityGroups)),
                ("timeToClose", timeToCloseJSON),
                ("burnDown", burnDownJSON),
                (
                    "byIncidentMonth",
                    .array(
                        actionsByIncidentMonth.map { month, figures in
                            .object([("month", .string(month))] + Self.members(figures))
                        })
                ),
            ])
    }

    /// Days from each done item's incident to its completion date, and the done items that have none usable.
    var timeToCloseJSON: JSONValue {
        let statistics = followThrough.timeToClose
        return .object([
            ("count", .int(statistics.count)),
            ("medianDays", .optional(statistics.median)),
            ("p90Days", .optional(statistics.p90)),
            ("meanDays", .optional(statistics.mean)),
            (
                "included",
                .array(
                    followThrough.closed.map {
                        .object([
                            ("incident", .string($0.incident)), ("index", .int($0.index)), ("completed", .string($0.completed.description)),
                            ("days", .int($0.days)),
                        ])
                    })
            ),
            ("excluded", Self.json(leftOut: followThrough.notTimed)),
        ])
    }

    /// Open items at the end of each month, and the items that cannot be placed.
    var burnDownJSON: JSONValue {
        .object([
            ("months", .array(followThrough.burnDown.map { .object([("month", .string($0.month)), ("open", .int($0.open))]) })),
            ("leftOutCount", .int(followThrough.burnDownLeftOut.count)),
            ("leftOut", Self.json(leftOut: followThrough.burnDownLeftOut)),
        ])
    }

    /// How many items were left out for each reason (only reasons that occur), in ``FollowThroughReport/Reason`` order.
    static func json(leftOut: [FollowThroughReport.LeftOut]) -> JSONValue {
        .array(
            FollowThroughReport.reasonCounts(leftOut).map { .object([("reason", .string($0.reason.rawValue)), ("count", .int($0.count))]) })
    }

    var recurrenceJSON: JSONValue {
        .object([
            ("windowDays", .int(recurrence.windowDays)),
            ("repeats", .int(recurrence.repeats.count)),
            ("incidentsConsidered", .int(recurrence.consideredCount)),
            ("rate", .optional(recurrence.rate)),
            (
                "excluded",
                .array(
                    recurrence.excluded.map { .object([("incident", .string($0.incident)), ("reason", .string($0.reason.description))]) })
            ),
            (
                "incidents",
                .array(
                    recurrence.repeats.map { repeated in
                        .object([
                            ("incident", .string(repeated.incident)),
                            ("date", .string(repeated.date.description)),
                            ("repeats", .array(repeated.earlier.map { .string($0) })),
                            ("repeatsCount", .int(repeated.earlierCount)),
                            ("sharedTags", .array(repeated.sharedTags.map { .string($0) })),
                            ("openActionsAtTime", .array(repeated.openActionsAtTime.map { .object(Self.json(item: $0)) })),
                            ("openActionsAtTimeCount", .int(repeated.openActionsAtTimeCount)),
                        ])
                    })
            ),
        ])
    }

    /// `current`, `previous`, `difference`, `interval` and `verdict` of one comparison.
    static func members(_ comparison: PeriodComparison) -> [(String, JSONValue)] {
        func side(_ side: ComparisonSide) -> JSONValue {
            var members: [(String, JSONValue)] = [
                ("from", .string(side.from.description)), ("to", .string(side.to.description)), ("count", .int(side.count)),
            ]
            switch comparison.measure {
            case .timeToRestore:
                members += [("medianMinutes", .optional(side.timeToRestore.median)), ("p90Minutes", .optional(side.timeToRestore.p90))]
            case .actionItemCompletion:
                members += [
                    ("total", .int(side.actionItems.total)), ("done", .int(side.actionItems.done)),
                    ("completionRate", .optional(side.actionItems.completionRate)),
                ]
            case .repeatRate:
                let rate = side.count == 0 ? nil : Double(side.repeats) / Double(side.count)
                members += [("repeats", .int(side.repeats)), ("rate", .optional(rate))]
            }
            return .object(members)
        }
        return [
            ("current", side(comparison.current)),
            ("previous", side(comparison.previous)),
            ("difference", .optional(comparison.difference)),
            ("interval", comparison.interval.map { .object([("low", .double($0.low)), ("high", .double($0.high))]) } ?? .null),
            ("verdict", .string(comparison.verdict.rawValue)),
        ]
    }

    static func json(period: GroupFigures) -> JSONValue {
        .object([
            ("period", .string(period.key)),
            ("incidents", .int(period.incidents.count)),
            ("incidentSlugs", .array(period.incidents.map { .string($0) })),
            ("bySeverity", .object(period.bySeverity.map { ($0.severity, .int($0.count)) })),
            ("timeToRestore", .object(json(period.timeToRestore))),
            ("actionItems", .object(members(period.actionItems))),
            ("repeats", .int(period.repeats)),
            ("tooFewToJudge", .bool(period.tooFewToJudge)),
        ])
    }

    static func json(group: GroupFigures, keyName: String) -> JSONValue {
        .object([
            (keyName, .string(group.key)),
            ("incidents", .int(group.incidents.count)),
            ("incidentSlugs", .array(group.incidents.map { .string($0) })),
            ("timeToRestore", .object(json(group.timeToRestore))),
            ("actionItems", .object(members(group.actionItems))),
            ("repeats", .int(group.repeats)),
        ])
    }
}
