/// How complete a post-mortem is, 0–100: five criteria of 20 points each
/// (docs/learning.md, "Completeness score").
public struct CompletenessScore: Sendable, Hashable {
    /// Points per criterion, in ``Criterion`` order.
    public var points: [Criterion: Int]

    public enum Criterion: String, Sendable, Hashable, CaseIterable {
        /// 4 points for each template section present with content.
        case sections
        /// 10 points each for a *first detected* and a *verified as stable* entry.
        case milestones
        /// 20 × the share of action items with an owner and a readable due date (0 with no items).
        case actions
        /// 20 when the root cause has at least the `shallow-root-cause` word count, else in proportion.
        case rootCause = "root-cause"
        /// 20 with at least one lesson learned.
        case lessons

        /// What the criterion asks, for the page and the docs.
        public var label: String {
            switch self {
            case .sections: return "required sections filled"
            case .milestones: return "detection and recovery in the timeline"
            case .actions: return "every action owned and dated"
            case .rootCause: return "root cause beyond the surface"
            case .lessons: return "lessons learned"
            }
        }
    }

    public static let pointsPerCriterion = 20

    public var total: Int { points.values.reduce(0, +) }

    /// The criteria that did not get full points, in order.
    public var shortfalls: [Criterion] { Criterion.allCases.filter { (points[$0] ?? 0) < Self.pointsPerCriterion } }

    public init(_ postMortem: PostMortem, minimumRootCauseWords: Int = 40) {
        let full = Self.pointsPerCriterion
        let rootCauseWords = postMortem.rootCauseWords ?? postMortem.rootCause.map(Self.words(in:)) ?? 0
        let filled: [SectionKind: Bool] = [
            .timeline: !postMortem.timeline.isEmpty,
            .rootCause: rootCauseWords > 0,
            .impact: postMortem.impact.usersAffected != nil || postMortem.impact.dataLoss != nil || postMortem.impact.duration != nil,
            .lessons: !postMortem.lessons.isEmpty,
            .actions: !postMortem.actionItems.isEmpty,
        ]
        let items = postMortem.actionItems
        let ownedAndDated = items.filter { $0.owner != nil && $0.due != nil }.count
        points = [
            .sections: SectionKind.allCases.filter { filled[$0] ?? false }.count * full / SectionKind.allCases.count,
            .milestones: [Milestone.detected, .stable].filter { postMortem.entry(for: $0) != nil }.count * full / 2,
            .actions: items.isEmpty ? 0 : ownedAndDated * full / items.count,
            .rootCause: min(full, rootCauseWords * full / max(1, minimumRootCauseWords)),
            .lessons: postMortem.lessons.isEmpty ? 0 : full,
        ]
    }

    /// Words of a root cause, as `shallow-root-cause` counts them; none while it holds a placeholder.
    static func words(in rootCause: Located<String>) -> Int {
        guard Placeholder.occurrences(in: rootCause.value).isEmpty else { return 0 }
        return ShallowRootCauseRule.wordCount(Array(rootCause.value.utf8))
    }
}
