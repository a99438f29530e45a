/// One `[HH:MM] - text` line of the timeline.
public struct TimelineEntry: Sendable, Hashable {
    /// 1-based position in the timeline (the `#timeline-N` anchor).
    public var index: Int
    /// The stamp as written (`14:02`, `2024-03-05 23:10`), nil when the line has none.
    public var stamp: String?
    /// Minutes since midnight at the start of the incident date, after
    /// midnight roll-over; nil when the stamp could not be read.
    public var minute: Int?
    /// The date the stamp carried, if any.
    public var explicitDay: Day?
    /// Whether the stamp carried its own date.
    public var hasExplicitDate: Bool { explicitDay != nil }
    /// The entry's text after the stamp, as plain text (exports, search, rules).
    public var text: String
    /// The same text's inline Markdown (code, emphasis, links) for the site; nil when it is plain text only.
    public var markup: InlineMarkup?
    /// Milestones this entry is the first to reach.
    public var milestones: [Milestone] = []
    /// Where the entry is written (for a table row, its time cell).
    public var location: SourceLocation
    /// Whether it is a row of a timeline table (the table is shown on the page as written).
    public var isTableRow = false
}

/// The moments of an incident that metrics are computed from.
public enum Milestone: String, Sendable, Hashable, CaseIterable, Codable {
    case impactStarted
    case detected
    case impactConfirmed
    case rootCauseIdentified
    case fixDeployed
    case stable

    /// Phrases that mark the milestone (matched case-insensitively).
    public var phrases: [String] {
        switch self {
        case .impactStarted: return ["impact started", "impact began"]
        case .detected: return ["first detected"]
        case .impactConfirmed: return ["impact confirmed"]
        case .rootCauseIdentified: return ["root cause identified"]
        case .fixDeployed: return ["fix deployed"]
        case .stable: return ["verified as stable"]
        }
    }

    /// A short label for pages and tables.
    public var label: String {
        switch self {
        case .impactStarted: return "Impact started"
        case .detected: return "Detected"
        case .impactConfirmed: return "Impact confirmed"
        case .rootCauseIdentified: return "Root cause"
        case .fixDeployed: return "Fix deployed"
        case .stable: return "Stable"
        }
    }
}
