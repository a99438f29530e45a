/// What every rule gets to look at besides the post-mortem itself.
public struct ValidationContext: Sendable {
    public var severityScale: SeverityScale

    public init(severityScale: SeverityScale = .default) {
        self.severityScale = severityScale
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
