/// The figures for one group of incidents: a severity, service, tag or period.
public struct GroupFigures: Sendable, Hashable {
    /// The group's name: `P1`, `checkout`, `2024-03`, `2024-Q1`.
    public var key: String
    public var incidents: [String]
    public var timeToRestore: DurationStatistics
    public var actionItems: ActionItemMetrics
    public var repeats: Int
    /// Incident counts by severity (periods only; empty otherwise).
    public var bySeverity: [(severity: String, count: Int)]
    /// Incidents that count towards trends (drills excluded).
    public var countedIncidents: Int
    /// Fewer than ``GroupFigures/minimumToJudge`` counted incidents: shown, not drawn as a trend.
    public var tooFewToJudge: Bool { countedIncidents < GroupFigures.minimumToJudge }

    public static let minimumToJudge = 3

    public static func == (lhs: GroupFigures, rhs: GroupFigures) -> Bool {
        lhs.key == rhs.key && lhs.incidents == rhs.incidents && lhs.timeToRestore == rhs.timeToRestore
            && lhs.actionItems == rhs.actionItems && lhs.repeats == rhs.repeats
            && lhs.bySeverity.elementsEqual(rhs.bySeverity, by: ==) && lhs.countedIncidents == rhs.countedIncidents
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(key)
        hasher.combine(incidents)
    }
}

/// Groups incidents and computes each group's figures.
struct BreakdownBuilder {
    var postMortems: [PostMortem]
    var itemsByIncident: [String: [TrackedActionItem]]
    var repeatSlugs: Set<String>
    var severityLevels: [String]

    func figures(key: String, members: [PostMortem], withSeverities: Bool = false) -> GroupFigures {
        var actionItems = ActionItemMetrics()
        for member in members {
            for item in itemsByIncident[member.slug] ?? [] { actionItems.count(item) }
        }
        let restore = members.compactMap { try? DurationMetric.timeToRestore.measure($0).get() }
        let bySeverity =
            withSeverities
            ? severityLevels.map { level in (level, members.filter { $0.severity == level }.count) }
            : []
        return GroupFigures(
            key: key,
            incidents: members.map(\.slug),
            timeToRestore: DurationStatistics(restore),
            actionItems: actionItems,
            repeats: members.filter { repeatSlugs.contains($0.slug) }.count,
            bySeverity: bySeverity,
            countedIncidents: members.filter { !$0.isExcludedFromMetrics }.count
        )
    }

    /// One group per value of `keys`, sorted by key.
    func grouped(by keys: (PostMortem) -> [String]) -> [GroupFigures] {
        var groups: [String: [PostMortem]] = [:]
        for postMortem in postMortems {
            for key in Set(keys(postMortem)) { groups[key, default: []].append(postMortem) }
        }
        return groups.keys.sorted().map { figures(key: $0, members: groups[$0]!) }
    }

    /// One group per severity level on the scale, in scale order (empty levels included).
    func bySeverity() -> [GroupFigures] {
        severityLevels.map { level in figures(key: level, members: postMortems.filter { $0.severity == level }) }
    }

    /// Every month (or quarter) from the first incident's through `end` (or the
    /// last incident's, if later), empty ones included.
    func byPeriod(_ period: Period, through end: Day) -> [GroupFigures] {
        let dated = postMortems.filter { $0.date != nil }
        guard let first = dated.map({ $0.date! }).min(), let lastIncident = dated.map({ $0.date! }).max() else { return [] }
        let last = max(lastIncident, end)
        let groups = Dictionary(grouping: dated) { period.key(of: $0.date!) }
        return period.keys(from: first, through: last).map { key in
            figures(key: key, members: groups[key] ?? [], withSeverities: true)
        }
    }
}

/// Calendar periods for trends.
public enum Period: String, Sendable, CaseIterable {
    case month
    case quarter

    func key(of day: Day) -> String { self == .month ? day.monthKey : day.quarterKey }

    /// Consecutive period keys covering `first` through `last`.
    func keys(from first: Day, through last: Day) -> [String] {
        var keys: [String] = []
        var year = first.year
        var month = self == .month ? first.month : (first.month - 1) / 3 * 3 + 1
        let step = self == .month ? 1 : 3
        while (year, month) <= (last.year, last.month) {
            keys.append(key(of: Day(year: year, month: month, day: 1)!))
            month += step
            if month > 12 {
                month -= 12
                year += 1
            }
        }
        return keys
    }
}
