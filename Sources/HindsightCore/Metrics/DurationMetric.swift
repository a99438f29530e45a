/// The durations Hindsight measures, each between two timeline milestones.
public enum DurationMetric: String, Sendable, Hashable, CaseIterable {
    /// *verified as stable* − *first detected*.
    case timeToRestore
    /// *root cause identified* − *first detected*.
    case timeToRootCause
    /// *fix deployed* − *first detected*.
    case timeToMitigate
    /// *first detected* − *impact started*, where an impact-started entry exists.
    case timeToDetect

    public var from: Milestone {
        self == .timeToDetect ? .impactStarted : .detected
    }

    public var to: Milestone {
        switch self {
        case .timeToRestore: return .stable
        case .timeToRootCause: return .rootCauseIdentified
        case .timeToMitigate: return .fixDeployed
        case .timeToDetect: return .detected
        }
    }

    /// A label for tables and pages.
    public var label: String {
        switch self {
        case .timeToRestore: return "Time to restore"
        case .timeToRootCause: return "Time to root cause"
        case .timeToMitigate: return "Time to mitigate"
        case .timeToDetect: return "Time to detect"
        }
    }

    /// The minutes this metric measures for one incident, or why it cannot.
    public func measure(_ postMortem: PostMortem) -> Result<Int, ExclusionReason> {
        postMortem.minutes(from: from, to: to)
    }
}

extension PostMortem {
    /// The minutes from one milestone to another, or why they cannot be measured
    /// (the first that applies of docs/metrics.md §4's exclusions).
    public func minutes(from: Milestone, to: Milestone) -> Result<Int, ExclusionReason> {
        if let tag = excludingTag { return .failure(.excludedByTag(tag)) }
        if isExcludedFromMetrics { return .failure(.excludedByAuthor) }
        // Positions, not copies of the entries: this runs for every figure of every incident.
        guard let start = entryPosition(for: from) else { return .failure(.missingMilestone(from)) }
        guard let end = entryPosition(for: to) else { return .failure(.missingMilestone(to)) }
        guard let startMinute = timeline[start].minute else { return .failure(.unreadableTime(from)) }
        guard let endMinute = timeline[end].minute else { return .failure(.unreadableTime(to)) }
        guard endMinute >= startMinute else { return .failure(.negative(from: from, to: to)) }
        return .success(endMinute - startMinute)
    }
}

/// Why an incident is left out of a figure.
public enum ExclusionReason: Error, Sendable, Hashable, CustomStringConvertible {
    case excludedByAuthor
    /// Tagged with one of `metrics: excludeTags:` in hindsight.yml.
    case excludedByTag(String)
    case missingMilestone(Milestone)
    case unreadableTime(Milestone)
    case negative(from: Milestone, to: Milestone)
    case undated

    public var description: String {
        switch self {
        case .excludedByAuthor: return "marked Exclude From Metrics (drill or game day)"
        case .excludedByTag(let tag): return "tagged '\(tag)', which hindsight.yml excludes from metrics"
        case .missingMilestone(let milestone): return "no '\(milestone.phrases[0])' entry in the timeline"
        case .unreadableTime(let milestone): return "the '\(milestone.phrases[0])' entry has no readable time"
        case .negative(let from, let to): return "'\(to.phrases[0])' is earlier than '\(from.phrases[0])'"
        case .undated: return "no valid Date"
        }
    }
}

/// One duration metric over a set of incidents, showing its work.
public struct DurationReport: Sendable, Hashable {
    public var metric: DurationMetric
    public var statistics: DurationStatistics
    /// The incidents counted, with their minutes, in the order given.
    public var included: [(incident: String, minutes: Int)]
    /// The incidents left out, and why.
    public var excluded: [(incident: String, reason: ExclusionReason)]

    public init(_ metric: DurationMetric, over postMortems: [PostMortem]) {
        self.metric = metric
        included = []
        excluded = []
        for postMortem in postMortems {
            switch metric.measure(postMortem) {
            case .success(let minutes): included.append((postMortem.slug, minutes))
            case .failure(let reason): excluded.append((postMortem.slug, reason))
            }
        }
        statistics = DurationStatistics(included.map(\.minutes))
    }

    public static func == (lhs: DurationReport, rhs: DurationReport) -> Bool {
        lhs.metric == rhs.metric && lhs.statistics == rhs.statistics
            && lhs.included.elementsEqual(rhs.included, by: ==) && lhs.excluded.elementsEqual(rhs.excluded, by: ==)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(metric)
        hasher.combine(statistics)
    }
}
