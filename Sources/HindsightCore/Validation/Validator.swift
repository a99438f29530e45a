/// The validate stage: runs every rule over every post-mortem, applies the
/// files' `hindsight-disable` comments, and returns diagnostics in report order.
public struct Validator: Sendable {
    public var context: ValidationContext

    public init(context: ValidationContext = ValidationContext()) {
        self.context = context
    }

    static let rules: [any PostMortemRule] = [
        MissingTitleRule(), MissingFieldRule(), InvalidDateRule(), UnknownSeverityRule(), TooManyValuesRule(), FrontMatterRule(),
        ConflictingFieldRule(),
        MissingSectionRule(), DuplicateSectionRule(), SectionOrderRule(),
        TimelineEmptyRule(), TimestampFormatRule(), TimelineOrderRule(), MissingMilestoneRule(), TimelineSpanRule(),
        UnreadableTableRule(id: .timelineUnreadable, section: .timeline), UnreadableTableRule(id: .actionsUnreadable, section: .actions),
        ImpactFieldRule(), DurationMismatchRule(),
        NoActionItemsRule(), ActionOwnerRule(), ActionDueRule(), ActionStatusRule(), DueBeforeIncidentRule(), DuplicateActionIDRule(),
        CompletionDateRule(),
        PlaceholderRule(), BlamefulLanguageRule(), ShallowRootCauseRule(),
        UnknownRuleDirectiveRule(), InvalidNameRule(), ControlCharacterRule(),
        LearningFieldRule(), LearningLoopRule(),
    ]

    /// Diagnostics for one post-mortem on its own.
    public func diagnostics(for postMortem: PostMortem) -> [Diagnostic] {
        let rules = context.ruleLevels.isEmpty ? Validator.rules : Validator.rules.filter { context.level(of: $0.id) != .off }
        let found = rules.flatMap { rule in
            rule.findings(in: postMortem, context: context).map {
                Diagnostic(path: postMortem.path, location: $0.location, rule: rule.id, message: $0.message)
            }
        }
        return context.applyingLevels(Validator.applyingDirectives(of: postMortem, to: found))
    }

    /// Diagnostics for a whole corpus: each file, then the checks across files.
    public func diagnostics(for postMortems: [PostMortem]) -> [Diagnostic] {
        diagnostics(for: postMortems, eachFile: ParallelMap.map(postMortems) { diagnostics(for: $0) }.flatMap { $0 })
    }

    /// Diagnostics for a whole corpus whose files were checked on their own already (`eachFile`): the checks across files added.
    func diagnostics(for postMortems: [PostMortem], eachFile: [Diagnostic]) -> [Diagnostic] {
        Diagnostic.inReportOrder(eachFile + corpusDiagnostics(for: postMortems))
    }

    static func applyingDirectives(of postMortem: PostMortem, to diagnostics: [Diagnostic]) -> [Diagnostic] {
        guard !postMortem.disabledRules.isEmpty else { return diagnostics }
        let disabled = Set(postMortem.disabledRules.map(\.value))
        return diagnostics.filter { !($0.rule.canBeDisabled && disabled.contains($0.rule.rawValue)) }
    }
}
