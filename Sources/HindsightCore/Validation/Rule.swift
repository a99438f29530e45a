/// What every rule gets to look at besides the post-mortem itself.
public struct ValidationContext: Sendable {
    /// The scale the parser read severities with (``ParseSettings/severityScale``).
    public var severityScale: SeverityScale
    /// Rule levels that differ from ``RuleID/defaultSeverity``.
    public var ruleLevels: [RuleID: RuleLevel] = [:]
    /// The phrases the parser marked milestones with.
    public var milestones = MilestonePhrases.default
    /// What `blameful-language` looks for.
    public var blamefulPhrases = BlamefulLanguageRule.defaultPhrases {
        didSet { blameMatcher = PhraseMatcher(blamefulPhrases) }
    }
    private(set) var blameMatcher = BlamefulLanguageRule.defaultMatcher
    /// Fewer words make a root cause analysis shallow.
    public var shallowRootCauseWords = ShallowRootCauseRule.defaultMinimumWords
    /// The learning framework's inference rules and post-mortem policy.
    public var learning = LearningInference()
    /// The incident register to check post-mortem coverage against (`--incidents`).
    public var register: IncidentRegister?
    /// "Today" (`--as-of`): no action item can have been completed after it; nil leaves that unchecked.
    public var asOf: Day?

    public init(severityScale: SeverityScale = .default) {
        self.severityScale = severityScale
    }

    /// The level findings of `rule` are reported at.
    public func level(of rule: RuleID) -> RuleLevel {
        ruleLevels[rule] ?? (rule.defaultSeverity == .error ? .error : .warning)
    }

    /// The diagnostics at their configured levels, those of rules turned off removed.
    public func applyingLevels(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        guard !ruleLevels.isEmpty else { return diagnostics }
        return diagnostics.compactMap { diagnostic in
            var diagnostic = diagnostic
            switch level(of: diagnostic.rule) {
            case .off: return nil
            case .warning: diagnostic.severity = .warning
            case .error: diagnostic.severity = .error
            }
            return diagnostic
        }
    }
}

/// A check of one post-mortem. Each rule reports under its own ``RuleID``.
protocol PostMortemRule: Sendable {
    var id: RuleID { get }
    func findings(in postMortem: PostMortem, context: ValidationContext) -> [Finding]
}

/// Where a rule found a problem, and what to say about it.
struct Finding: Sendable, Hashable {
    var location: SourceLocation
    var message: String

    init(_ message: String, at location: SourceLocation) {
        self.location = location
        self.message = message
    }
}

extension PostMortem {
    /// Where findings about the whole file go: the title, else the first line.
    var headerLocation: SourceLocation { title?.location ?? .fileStart }

    func section(_ kind: SectionKind) -> Section? { sections.first { $0.kind == kind } }
}
