/// Options for ``MetricsReport``.
public struct MetricsOptions: Sendable, Hashable {
    /// "Today": overdue items and SLOs are judged on this date.
    public var asOf: Day
    /// Days within which a shared tag makes a repeat.
    public var recurrenceWindowDays: Int
    /// Only incidents dated on or after / before or on these days.
    public var since: Day?
    public var until: Day?
    public var slo: FollowUpSLO
    public var severityScale: SeverityScale
    /// Which shared tags make a repeat (`recurrence:` in hindsight.yml).
    public var recurrenceFilter = RecurrenceFilter()
    /// Incidents with any of these tags are left out of the figures (`metrics: excludeTags:`).
    public var excludedTags: [String] = []
    /// Whether to compare recent periods with the ones before (``MetricsReport/comparisons``).
    public var comparesPeriods = true
    /// The learning framework's inference rules and post-mortem policy.
    public var learning = LearningInference()
    /// The incident register, for post-mortem coverage (`--incidents`).
    public var register: IncidentRegister?
    /// The `shallow-root-cause` word count, for the completeness score.
    public var minimumRootCauseWords = ShallowRootCauseRule.defaultMinimumWords

    public init(
        asOf: Day, recurrenceWindowDays: Int = 90, since: Day? = nil, until: Day? = nil,
        slo: FollowUpSLO = .default, severityScale: SeverityScale = .default
    ) {
        self.asOf = asOf
        self.recurrenceWindowDays = recurrenceWindowDays
        self.since = since
        self.until = until
        self.slo = slo
        self.severityScale = severityScale
    }
}

/// The measure stage: every figure Hindsight reports, computed from the
/// post-mortems, with the incidents behind each.
public struct MetricsReport: Sendable {
    public static let schemaVersion = 1

    public var options: MetricsOptions
    /// The incidents measured (after --since/--until), oldest first; undated last.
    public var incidents: [PostMortem]
    public var durations: [DurationMetric: DurationReport]
    public var actionItems: [TrackedActionItem]
    /// Positions in ``actionItems`` of each incident's items, by slug: made once, read by the
    /// breakdowns, the comparisons and the site.
    var itemPositionsByIncident: [String: [Int]]
    public var actionTotals: ActionItemMetrics
    public var recurrence: RecurrenceReport
    public var bySeverity: [GroupFigures]
    public var byService: [GroupFigures]
    public var byTag: [GroupFigures]
    public var months: [GroupFigures]
    public var quarters: [GroupFigures]
    /// Where the time goes: each phase between milestones, overall and per quarter.
    public var phases: PhaseReport
    /// Action item figures per owner, by owner name.
    public var byOwner: [(owner: String, figures: ActionItemMetrics)]
    /// Action item figures per team (an owner written `@org/team`), by team; then owners with no team.
    public var byTeam: [(team: String, figures: ActionItemMetrics)]
    /// Time to close and the burn-down, from the items' completion dates.
    public var followThrough: FollowThroughReport
    /// Action item figures by the month of their incident.
    public var actionsByIncidentMonth: [(month: String, figures: ActionItemMetrics)]
    /// Recent periods against the ones before, the default (time to restore, 90 days) first.
    public var comparisons: [PeriodComparison] = []

    public init(_ postMortems: [PostMortem], options: MetricsOptions) {
        self.options = options
        // Tags and Services past `too-many-values`'s limit are ignored, as that diagnostic says.
        // Selected first, so a period's report copies only the post-mortems in it.
        var selected = Array(
            postMortems.lazy.filter { postMortem in
                if options.since == nil && options.until == nil { return true }
                guard let date = postMortem.date else { return false }
                return (options.since.map { date >= $0 } ?? true) && (options.until.map { date <= $0 } ?? true)
            }.map(\.withinValueLimits))
        if !options.excludedTags.isEmpty {
            for index in selected.indices {
                selected[index].excludingTag = options.excludedTags.first { selected[index].tags.contains($0) }
            }
        }
        // Chronological, so no figure or list depends on the order files were read in.
        incidents =
            RecurrenceReport.chronological(selected)
            + selected.filter { $0.date == nil }.sorted { $0.slug < $1.slug }
        let incidents = incidents
        // Periods run up to the as-of date (or --until): quiet recent months count too.
        let end = options.until.map { min($0, options.asOf) } ?? options.asOf

        // The figures are computed in two rounds of two halves, each half on its own core: what
        // the second round counts needs the first round's repeats.
        // 1. Durations and phases need only the incidents; the action items and the repeats, each other.
        let (timings, followUps) = ParallelMap.both(
            {
                (
                    durations: Dictionary(uniqueKeysWithValues: DurationMetric.allCases.map { ($0, DurationReport($0, over: incidents)) }),
                    phases: PhaseReport(incidents, quarterKeys: Period.quarter.keys(covering: incidents, through: end))
                )
            },
            {
                let actionItems = TrackedActionItem.track(incidents, asOf: options.asOf, slo: options.slo)
                let recurrence = RecurrenceReport(
                    incidents, windowDays: options.recurrenceWindowDays, actionItems: actionItems, filter: options.recurrenceFilter)
                return (actionItems: actionItems, recurrence: recurrence)
            })
        durations = timings.durations
        phases = timings.phases
        actionItems = followUps.actionItems
        recurrence = followUps.recurrence
        actionTotals = ActionItemMetrics(followUps.actionItems)

        // 2. The breakdowns and the action items' own figures; the period comparisons.
        // Each incident's items as positions, not a second list of copies.
        let items = followUps.actionItems
        itemPositionsByIncident = Dictionary(grouping: items.indices) { items[$0].incident }
        let itemPositionsByIncident = itemPositionsByIncident
        let repeatSlugs = Set(followUps.recurrence.repeats.map(\.incident))
        let builder = BreakdownBuilder(
            postMortems: incidents, actionItems: items, itemPositionsByIncident: itemPositionsByIncident, repeatSlugs: repeatSlugs,
            severityLevels: options.severityScale.levels)
        let (breakdowns, comparisons) = ParallelMap.both(
            {
                (
                    bySeverity: builder.bySeverity(), byService: builder.grouped { $0.services }, byTag: builder.grouped { $0.tags },
                    months: builder.byPeriod(.month, through: end), quarters: builder.byPeriod(.quarter, through: end),
                    followUps: ActionItemBreakdowns(followUps.actionItems, asOf: options.asOf)
                )
            },
            { () -> [PeriodComparison] in
                guard options.comparesPeriods else { return [] }
                return PeriodComparison.all(
                    incidents: incidents, asOf: options.asOf, actionItems: items, itemPositionsByIncident: itemPositionsByIncident,
                    repeatSlugs: repeatSlugs)
            })
        bySeverity = breakdowns.bySeverity
        byService = breakdowns.byService
        byTag = breakdowns.byTag
        months = breakdowns.months
        quarters = breakdowns.quarters
        byOwner = breakdowns.followUps.byOwner
        byTeam = breakdowns.followUps.byTeam
        followThrough = breakdowns.followUps.followThrough
        actionsByIncidentMonth = breakdowns.followUps.byIncidentMonth
        self.comparisons = comparisons
    }

    public func duration(_ metric: DurationMetric) -> DurationReport { durations[metric]! }

    /// Time to restore in the last 90 days against the 90 before, when compared.
    public var defaultComparison: PeriodComparison? { comparisons.first(where: \.isDefault) }

    /// Open items past due, most overdue first.
    public var overdueItems: [TrackedActionItem] {
        // Sorted as positions: sorting the items themselves copies (and retains) each one per move.
        let items = actionItems
        return items.indices.filter { items[$0].daysOverdue != nil }.sorted { a, b in
            if items[a].daysOverdue! != items[b].daysOverdue! { return items[a].daysOverdue! > items[b].daysOverdue! }
            if items[a].incident != items[b].incident { return items[a].incident < items[b].incident }
            return items[a].item.index < items[b].item.index
        }.map { items[$0] }
    }

    /// Incident count per severity level on the scale.
    public var incidentsBySeverity: [(severity: String, count: Int)] {
        bySeverity.map { ($0.key, $0.incidents.count) }
    }
}

/// The action items' figures by owner, team and incident month, and their follow-through.
struct ActionItemBreakdowns: Sendable {
    var byOwner: [(owner: String, figures: ActionItemMetrics)]
    var byTeam: [(team: String, figures: ActionItemMetrics)]
    var followThrough: FollowThroughReport
    var byIncidentMonth: [(month: String, figures: ActionItemMetrics)]

    init(_ actionItems: [TrackedActionItem], asOf: Day) {
        // Grouped as positions: groups of copies made three more lists of every item (docs/performance.md).
        let items = actionItems
        let ownerGroups = Dictionary(grouping: items.indices) { items[$0].item.owner?.value ?? "(no owner)" }
        byOwner = ownerGroups.keys.sorted().map { ($0, ActionItemMetrics(items, at: ownerGroups[$0]!)) }
        let teamGroups = Dictionary(grouping: items.indices) { OwnerTeam.team(of: items[$0].item.owner?.value) }
        byTeam =
            teamGroups.keys.compactMap { $0 }.sorted().map { ($0, ActionItemMetrics(items, at: teamGroups[$0] ?? [])) }
            + (teamGroups[nil].map { [(OwnerTeam.noTeam, ActionItemMetrics(items, at: $0))] } ?? [])
        followThrough = FollowThroughReport(actionItems, asOf: asOf)
        let monthGroups = Dictionary(grouping: items.indices.filter { items[$0].incidentDate != nil }) {
            items[$0].incidentDate!.monthKey
        }
        byIncidentMonth = monthGroups.keys.sorted().map { ($0, ActionItemMetrics(items, at: monthGroups[$0]!)) }
    }
}
