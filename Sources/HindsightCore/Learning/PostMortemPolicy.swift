/// When a post-mortem is due (`../shared/continuous-improvement.md`, "When to
/// Conduct a Post-Mortem"), set in `hindsight.yml` as `learning.policy`.
public struct PostMortemPolicy: Sendable, Hashable {
    /// Severity level ids that always need one (default: P0).
    public var severities = ["P0"]
    /// Any incident with data loss or corruption.
    public var dataLoss = true
    /// Any deployment that needed an emergency rollback.
    public var rollback = true
    /// Any significant performance degradation.
    public var performanceDegradation = true

    public init() {}

    /// Why the policy requires a post-mortem for `record` (empty: it does not).
    public func reasons(for record: IncidentRecord) -> [String] {
        var reasons: [String] = []
        if let severity = record.severity, severities.contains(severity) { reasons.append(severity) }
        if dataLoss && record.dataLoss { reasons.append("data loss") }
        if rollback && record.rollback { reasons.append("emergency rollback") }
        if performanceDegradation && record.performanceDegradation { reasons.append("performance degradation") }
        return reasons
    }
}

/// The learning framework's settings: `learning:` in `hindsight.yml`.
public struct LearningSettings: Sendable, Hashable {
    public var policy = PostMortemPolicy()
    public var keywords = LearningKeywords.default

    public init() {}
}
