/// The phases of an incident, each between two consecutive milestones: where the time goes.
/// A phase whose start or end milestone is missing is not measured; it is never guessed or
/// merged into its neighbour (docs/metrics.md §11).
public enum Phase: String, Sendable, Hashable, CaseIterable {
    /// *impact started* → *first detected*.
    case detect
    /// *first detected* → *impact confirmed*.
    case confirm
    /// *impact confirmed* → *root cause identified*.
    case rootCause
    /// *root cause identified* → *fix deployed*.
    case fix
    /// *fix deployed* → *verified as stable*.
    case stable

    public var from: Milestone {
        switch self {
        case .detect: return .impactStarted
        case .confirm: return .detected
        case .rootCause: return .impactConfirmed
        case .fix: return .rootCauseIdentified
        case .stable: return .fixDeployed
        }
    }

    public var to: Milestone {
        switch self {
        case .detect: return .detected
        case .confirm: return .impactConfirmed
        case .rootCause: return .rootCauseIdentified
        case .fix: return .fixDeployed
        case .stable: return .stable
        }
    }

    /// A label for tables and pages (`To root cause`).
    public var label: String {
        switch self {
        case .detect: return "To detect"
        case .confirm: return "To confirm"
        case .rootCause: return "To root cause"
        case .fix: return "To fix"
        case .stable: return "To stable"
        }
    }

    /// 0 for the first phase, 4 for the last.
    var position: Int {
        switch self {
        case .detect: return 0
        case .confirm: return 1
        case .rootCause: return 2
        case .fix: return 3
        case .stable: return 4
        }
    }

    /// `impact started → first detected`: the milestones' first phrases.
    public var span: String { "\(from.phrases[0]) → \(to.phrases[0])" }

    /// The minutes this phase took in one incident, or why it is not measured.
    public func measure(_ postMortem: PostMortem) -> Result<Int, ExclusionReason> {
        postMortem.minutes(from: from, to: to)
    }
}

/// Why a phase is not measured, as counted in `phases.byPhase.*.notMeasured`.
public enum PhaseGap: String, Sendable, Hashable, CaseIterable {
    /// A drill, or tagged to be left out of metrics.
    case excluded
    case missingMilestone
    case unreadableTime
    /// The end milestone is earlier than the start milestone.
    case outOfOrder

    public init(_ reason: ExclusionReason) {
        switch reason {
        case .excludedByAuthor, .excludedByTag, .undated: self = .excluded
        case .missingMilestone: self = .missingMilestone
        case .unreadableTime: self = .unreadableTime
        case .negative: self = .outOfOrder
        }
    }

    /// `missing milestone`, for tables.
    public var words: String {
        switch self {
        case .excluded: return "excluded"
        case .missingMilestone: return "missing milestone"
        case .unreadableTime: return "unreadable time"
        case .outOfOrder: return "out of order"
        }
    }
}

/// One incident's phases: the ones measured, with their start and end minute, and the rest with the reason.
public struct IncidentPhases: Sendable, Hashable {
    public struct Measured: Sendable, Hashable {
        public var phase: Phase
        /// Minutes since the incident date's midnight (see ``TimelineEntry/minute``).
        public var start: Int
        public var end: Int
        public var minutes: Int { end - start }
    }

    public var measured: [Measured] = []
    public var notMeasured: [(phase: Phase, reason: ExclusionReason)] = []

    public init(_ postMortem: PostMortem) {
        for phase in Phase.allCases {
            switch phase.measure(postMortem) {
            case .success:
                // measure succeeded, so both entries exist with readable minutes.
                let start = postMortem.entry(for: phase.from)?.minute ?? 0
                let end = postMortem.entry(for: phase.to)?.minute ?? start
                measured.append(Measured(phase: phase, start: start, end: end))
            case .failure(let reason): notMeasured.append((phase, reason))
            }
        }
    }

    /// Whether a phase ends before it starts (the timeline's milestones are out of the phases' order).
    public var isOutOfOrder: Bool { notMeasured.contains { PhaseGap($0.reason) == .outOfOrder } }

    public func minutes(_ phase: Phase) -> Int? { measured.first { $0.phase == phase }?.minutes }

    public static func == (lhs: IncidentPhases, rhs: IncidentPhases) -> Bool {
        lhs.measured == rhs.measured && lhs.notMeasured.elementsEqual(rhs.notMeasured, by: ==)
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(measured) }
}

/// One phase over a set of incidents, showing its work.
public struct PhaseFigures: Sendable {
    public var phase: Phase
    public var statistics: DurationStatistics
    /// The incidents measured, with their minutes, in incident order.
    public var included: [(incident: String, minutes: Int)] = []
    /// The incidents not measured, and why.
    public var excluded: [(incident: String, reason: ExclusionReason)] = []

    /// How many incidents this phase is not measured in for this reason.
    public func notMeasured(_ gap: PhaseGap) -> Int { excluded.filter { PhaseGap($0.reason) == gap }.count }
}

/// The phases of one quarter's incidents.
public struct QuarterPhases: Sendable, Hashable {
    /// `2024-Q1`.
    public var key: String
    /// Dated incidents in the quarter, drills included.
    public var incidents: Int
    /// Per phase, in phase order.
    public var statistics: [DurationStatistics]

    public func statistics(_ phase: Phase) -> DurationStatistics {
        statistics[phase.position]
    }

    /// Fewer than ``GroupFigures/minimumToJudge`` incidents measured in this phase: shown, not a trend.
    public func tooFewToJudge(_ phase: Phase) -> Bool { statistics(phase).count < GroupFigures.minimumToJudge }
}

/// Where the time goes: every phase over the measured incidents, and per quarter.
public struct PhaseReport: Sendable {
    /// One per phase, in phase order.
    public var byPhase: [PhaseFigures]
    /// Incidents with a phase that ends before it starts, in incident order.
    public var outOfOrder: [String]
    /// The report's quarters, empty ones included.
    public var quarters: [QuarterPhases]

    init(_ incidents: [PostMortem], quarterKeys: [String]) {
        var byPhase = Phase.allCases.map { PhaseFigures(phase: $0, statistics: DurationStatistics([Int]())) }
        var outOfOrder: [String] = []
        var byQuarter: [String: (incidents: Int, minutes: [[Int]])] = [:]
        for incident in incidents {
            let phases = IncidentPhases(incident)
            for measured in phases.measured {
                byPhase[measured.phase.position].included.append((incident.slug, measured.minutes))
            }
            for (phase, reason) in phases.notMeasured {
                byPhase[phase.position].excluded.append((incident.slug, reason))
            }
            if phases.isOutOfOrder { outOfOrder.append(incident.slug) }
            guard let date = incident.date else { continue }
            // Mutated in place: a copy taken out and put back copies the quarter's minutes on every
            // append, quadratic in the incidents of a quarter (docs/performance.md).
            let key = date.quarterKey
            byQuarter[key, default: (0, Array(repeating: [], count: Phase.allCases.count))].incidents += 1
            for measured in phases.measured {
                byQuarter[key]!.minutes[measured.phase.position].append(measured.minutes)
            }
        }
        for index in byPhase.indices { byPhase[index].statistics = DurationStatistics(byPhase[index].included.map(\.minutes)) }
        self.byPhase = byPhase
        self.outOfOrder = outOfOrder
        quarters = quarterKeys.map { key in
            let quarter = byQuarter[key]
            return QuarterPhases(
                key: key, incidents: quarter?.incidents ?? 0,
                statistics: (quarter?.minutes ?? Array(repeating: [], count: Phase.allCases.count)).map { DurationStatistics($0) })
        }
    }

    public func figures(_ phase: Phase) -> PhaseFigures { byPhase[phase.position] }
}
