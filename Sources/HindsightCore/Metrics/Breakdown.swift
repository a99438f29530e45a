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
///
/// A group is positions in ``postMortems``, never copies of the post-mortems: a copy retains
/// every one of its fields, and at 100,000 incidents those copies were half the measure stage
/// (docs/performance.md).
struct BreakdownBuilder {
    var postMortems: [PostMortem]
    /// Every action item, and the positions in it of each incident's items, by slug.
    var actionItems: [TrackedActionItem]
    var itemPositionsByIncident: [String: [Int]]
    var repeatSlugs: Set<String>
    var severityLevels: [String]

    func figures(key: String, members: [Int], withSeverities: Bool = false) -> GroupFigures {
        var itemFigures = ActionItemMetrics()
        var restore: [Int] = []
        var repeats = 0
        var counted = 0
        var severityCounts = [Int](repeating: 0, count: withSeverities ? severityLevels.count : 0)
        for member in members {
            let postMortem = postMortems[member]
            for position in itemPositionsByIncident[postMortem.slug] ?? [] { itemFigures.count(actionItems[position]) }
            if let minutes = try? DurationMetric.timeToRestore.measure(postMortem).get() { restore.append(minutes) }
            if repeatSlugs.contains(postMortem.slug) { repeats += 1 }
            if !postMortem.isExcludedFromMetrics { counted += 1 }
            if withSeverities, let severity = postMortem.severity, let level = severityLevels.firstIndex(of: severity) {
                severityCounts[level] += 1
            }
        }
        return GroupFigures(
            key: key,
            incidents: members.map { postMortems[$0].slug },
            timeToRestore: DurationStatistics(restore),
            actionItems: itemFigures,
            repeats: repeats,
            bySeverity: withSeverities ? Array(zip(severityLevels, severityCounts)) : [],
            countedIncidents: counted
        )
    }

    /// One group per value of `keys`, sorted by key.
    func grouped(by keys: (PostMortem) -> [String]) -> [GroupFigures] {
        var groups: [String: [Int]] = [:]
        for index in postMortems.indices {
            for key in Set(keys(postMortems[index])) { groups[key, default: []].append(index) }
        }
        return groups.keys.sorted().map { figures(key: $0, members: groups[$0]!) }
    }

    /// One group per severity level on the scale, in scale order (empty levels included).
    func bySeverity() -> [GroupFigures] {
        var groups = [[Int]](repeating: [], count: severityLevels.count)
        for index in postMortems.indices {
            guard let severity = postMortems[index].severity, let level = severityLevels.firstIndex(of: severity) else { continue }
            groups[level].append(index)
        }
        return zip(severityLevels, groups).map { figures(key: $0, members: $1) }
    }

    /// Every month (or quarter) from the first incident's through `end` (or the
    /// last incident's, if later), empty ones included.
    func byPeriod(_ period: Period, through end: Day) -> [GroupFigures] {
        let dated = postMortems.indices.filter { postMortems[$0].date != nil }
        let groups = Dictionary(grouping: dated) { period.key(of: postMortems[$0].date!) }
        return period.keys(covering: postMortems, through: end).map { key in
            figures(key: key, members: groups[key] ?? [], withSeverities: true)
        }
    }
}

/// Calendar periods for trends.
public enum Period: String, Sendable, CaseIterable {
    case month
    case quarter

    func key(of day: Day) -> String { self == .month ? day.monthKey : day.quarterKey }

    /// Every period from the first dated incident's through `end` (or the last incident's, if
    /// later); none when no incident is dated.
    func keys(covering postMortems: [PostMortem], through end: Day) -> [String] {
        let dates = postMortems.indices.compactMap { postMortems[$0].date }
        guard let first = dates.min(), let last = dates.max() else { return [] }
        return keys(from: first, through: max(last, end))
    }

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
