/// What the parse stage reads from the configuration.
public struct ParseSettings: Sendable, Hashable {
    public var severityScale: SeverityScale
    public var milestones: MilestonePhrases
    /// The timezone of reports without a `Timezone` field.
    public var defaultTimezone: String?

    public init(severityScale: SeverityScale = .default, milestones: MilestonePhrases = .default, defaultTimezone: String? = nil) {
        self.severityScale = severityScale
        self.milestones = milestones
        self.defaultTimezone = defaultTimezone
    }

    public static let `default` = ParseSettings()
}

/// The phrases that mark each milestone in a timeline entry (matched
/// case-insensitively as whole words, not negated).
public struct MilestonePhrases: Sendable, Hashable {
    /// Phrases per milestone, in priority order; the first is the one messages quote.
    public private(set) var phrases: [Milestone: [String]]
    /// Finds every phrase (and *resolved*) in one pass over a line.
    let matcher: PhraseMatcher
    /// Each milestone's phrases in lower case, as ``matcher`` reports them.
    let lowercased: [Milestone: Set<String>]

    public init(_ phrases: [Milestone: [String]]) {
        self.phrases = phrases
        matcher = PhraseMatcher(Milestone.allCases.flatMap { phrases[$0] ?? [] } + [Self.stableFallback])
        lowercased = phrases.mapValues { Set($0.map { $0.lowercased() }) }
    }

    /// Today's phrases (``Milestone/phrases``).
    public static let `default` = MilestonePhrases(Dictionary(uniqueKeysWithValues: Milestone.allCases.map { ($0, $0.phrases) }))

    /// Stands in for *verified as stable* when no entry says a stable phrase.
    static let stableFallback = "resolved"

    public func phrases(for milestone: Milestone) -> [String] { phrases[milestone] ?? [] }

    /// The phrase messages quote for a milestone.
    public func primary(_ milestone: Milestone) -> String { phrases(for: milestone).first ?? milestone.phrases[0] }

    /// A copy with one milestone's phrases replaced.
    public func replacing(_ milestone: Milestone, with phrases: [String]) -> MilestonePhrases {
        var all = self.phrases
        all[milestone] = phrases
        return MilestonePhrases(all)
    }

    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.phrases == rhs.phrases }
    public func hash(into hasher: inout Hasher) { hasher.combine(phrases) }
}

/// Which shared tags make a repeat, and whether a shared service is needed too.
public struct RecurrenceFilter: Sendable, Hashable {
    /// Only these tags count (`tags:`); nil for every tag.
    public var tags: [String]?
    /// These tags never count (`ignoreTags:`).
    public var ignoreTags: [String] = []
    /// A repeat must also share a service with the earlier incident.
    public var requireSharedService = false

    public init(tags: [String]? = nil, ignoreTags: [String] = [], requireSharedService: Bool = false) {
        self.tags = tags
        self.ignoreTags = ignoreTags
        self.requireSharedService = requireSharedService
    }

    /// The incident's tags that can make it a repeat.
    func countedTags(of postMortem: PostMortem) -> Set<String> {
        Set(postMortem.tags.filter { tag in (tags?.contains(tag) ?? true) && !ignoreTags.contains(tag) })
    }

    /// Whether `later` and `earlier` are related enough, beyond a shared tag.
    func allows(_ later: PostMortem, after earlier: PostMortem) -> Bool {
        !requireSharedService || !Set(later.services).isDisjoint(with: earlier.services)
    }
}
