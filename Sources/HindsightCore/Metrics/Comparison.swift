/// "Are we restoring faster?": one measure in a recent period against the period
/// before, with a verdict from a seeded bootstrap (docs/metrics.md §10).
public struct PeriodComparison: Sendable {
    public var period: ComparisonPeriod
    public var measure: ComparisonMeasure
    public var current: ComparisonSide
    public var previous: ComparisonSide
    /// current − previous of the measure's value; nil when either side has none.
    public var difference: Double?
    /// The bootstrap's 90% interval of the difference; nil when too few to judge.
    public var interval: (low: Double, high: Double)?
    public var verdict: ComparisonVerdict

    /// The comparison `metrics.json` names `comparison` and the pages lead with.
    public var isDefault: Bool { period == .last90Days && measure == .timeToRestore }
}

/// The two periods compared, both ending before or on the as-of date.
public enum ComparisonPeriod: String, Sendable, CaseIterable {
    /// The 90 days through the as-of date, against the 90 days before them.
    case last90Days = "90-days"
    /// The last complete calendar quarter, against the quarter before it.
    case quarter
    /// The last complete half-year (January to June, July to December), against the one before it.
    case halfYear = "half-year"

    /// (from, to) of the current and the previous period, inclusive.
    func windows(asOf: Day) -> (current: (from: Day, to: Day), previous: (from: Day, to: Day)) {
        let months: Int
        switch self {
        case .last90Days:
            let from = asOf.adding(days: -89)
            return ((from, asOf), (from.adding(days: -90), from.adding(days: -1)))
        case .quarter: months = 3
        case .halfYear: months = 6
        }
        // Months counted from year 0, so a period start is a multiple of its length.
        let thisPeriod = asOf.year * 12 + asOf.month - 1
        let start = thisPeriod - thisPeriod % months
        func first(_ month: Int) -> Day { Day(year: month / 12, month: month % 12 + 1, day: 1) ?? asOf }
        return (
            (first(start - months), first(start).adding(days: -1)),
            (first(start - 2 * months), first(start - months).adding(days: -1))
        )
    }
}

/// What is compared.
public enum ComparisonMeasure: String, Sendable, CaseIterable {
    /// The median time to restore of the incidents measured.
    case timeToRestore
    /// Done ÷ (total − dropped) over the action items of the period's incidents.
    case actionItemCompletion
    /// Repeats ÷ incidents considered for recurrence.
    case repeatRate
}

/// The bootstrap's answer. Time to restore says `faster`/`slower`; rates say `higher`/`lower`.
public enum ComparisonVerdict: String, Sendable {
    case faster, slower, higher, lower
    case noClearChange = "no-clear-change"
    case tooFew = "too-few"
}

/// One side of a comparison: its dates and the figures behind its value.
public struct ComparisonSide: Sendable, Hashable {
    public var from: Day
    public var to: Day
    /// The sample size: incidents measured (time to restore), incidents with
    /// action items (completion) or incidents considered (repeat rate).
    public var count: Int
    public var timeToRestore = DurationStatistics([Int]())
    public var actionItems = ActionItemMetrics()
    public var repeats = 0
}

extension PeriodComparison {
    /// Every period and measure, the default first.
    static func all(
        incidents: [PostMortem], asOf: Day, actionItems: [TrackedActionItem], itemPositionsByIncident: [String: [Int]],
        repeatSlugs: Set<String>
    ) -> [PeriodComparison] {
        ComparisonPeriod.allCases.flatMap { period in
            let windows = period.windows(asOf: asOf)
            // Positions in `incidents`, not copies of the post-mortems (see ``BreakdownBuilder``).
            func members(_ window: (from: Day, to: Day)) -> [Int] {
                incidents.indices.filter { incidents[$0].date.map { window.from <= $0 && $0 <= window.to } ?? false }
            }
            let current = members(windows.current)
            let previous = members(windows.previous)
            return ComparisonMeasure.allCases.map { measure in
                let items = (actionItems, itemPositionsByIncident)
                let a = ComparisonSample(measure, current, of: incidents, items: items, repeatSlugs: repeatSlugs)
                let b = ComparisonSample(measure, previous, of: incidents, items: items, repeatSlugs: repeatSlugs)
                return PeriodComparison(period: period, measure: measure, current: (windows.current, a), previous: (windows.previous, b))
            }
        }
    }

    init(
        period: ComparisonPeriod, measure: ComparisonMeasure, current: ((from: Day, to: Day), ComparisonSample),
        previous: ((from: Day, to: Day), ComparisonSample)
    ) {
        self.period = period
        self.measure = measure
        self.current = current.1.side(current.0)
        self.previous = previous.1.side(previous.0)
        if let a = current.1.value, let b = previous.1.value { difference = a - b }
        guard current.1.count >= GroupFigures.minimumToJudge, previous.1.count >= GroupFigures.minimumToJudge else {
            verdict = .tooFew
            return
        }
        let interval = Bootstrap.interval(current: current.1.bootstrap, previous: previous.1.bootstrap)
        self.interval = interval
        let timed = measure == .timeToRestore
        verdict = interval.high < 0 ? (timed ? .faster : .lower) : interval.low > 0 ? (timed ? .slower : .higher) : .noClearChange
    }
}

/// A period's incidents as one measure samples them.
struct ComparisonSample {
    var side: ComparisonSide
    var value: Double?
    var bootstrap: Bootstrap.Sample
    var count: Int { bootstrap.count }

    /// The sample of the incidents at positions `members` of `incidents`.
    init(
        _ measure: ComparisonMeasure, _ members: [Int], of incidents: [PostMortem],
        items: (all: [TrackedActionItem], positionsByIncident: [String: [Int]]), repeatSlugs: Set<String>
    ) {
        side = ComparisonSide(from: Day(ordinal: 0), to: Day(ordinal: 0), count: 0)
        switch measure {
        case .timeToRestore:
            let sorted = members.compactMap { try? DurationMetric.timeToRestore.measure(incidents[$0]).get() }.map(Double.init).sorted()
            side.timeToRestore = DurationStatistics(sorted)
            value = side.timeToRestore.median
            bootstrap = Bootstrap.Sample(count: sorted.count) { Bootstrap.median(of: sorted, draws: $0) }
        case .actionItemCompletion:
            // Positions of each incident's items in `items.all`, for the incidents with any.
            let withItems = members.compactMap { items.positionsByIncident[incidents[$0].slug] }.filter { !$0.isEmpty }
            side.actionItems = ActionItemMetrics(items.all, at: withItems.flatMap { $0 })
            value = side.actionItems.completionRate
            // Dropped items count in neither done nor the total, as in the completion rate itself.
            let done = withItems.map { positions in positions.filter { items.all[$0].item.isDone }.count }
            let total = withItems.map { positions in positions.filter { !items.all[$0].item.isDropped }.count }
            bootstrap = Bootstrap.Sample(count: withItems.count) { draws in
                var drawnDone = 0
                var drawnTotal = 0
                for (index, drawn) in draws.enumerated() where drawn > 0 {
                    drawnDone += drawn * done[index]
                    drawnTotal += drawn * total[index]
                }
                return Double(drawnDone) / Double(max(drawnTotal, 1))
            }
        case .repeatRate:
            let considered = members.filter { !incidents[$0].isExcludedFromMetrics }
            let repeated = considered.map { repeatSlugs.contains(incidents[$0].slug) ? 1 : 0 }
            side.repeats = repeated.reduce(0, +)
            value = considered.isEmpty ? nil : Double(side.repeats) / Double(considered.count)
            bootstrap = Bootstrap.Sample(count: considered.count) { draws in
                var drawnRepeats = 0
                for (index, drawn) in draws.enumerated() { drawnRepeats += drawn * repeated[index] }
                return Double(drawnRepeats) / Double(max(repeated.count, 1))
            }
        }
        side.count = bootstrap.count
    }

    func side(_ window: (from: Day, to: Day)) -> ComparisonSide {
        var side = self.side
        side.from = window.from
        side.to = window.to
        return side
    }
}
