/// The documented inference rules (docs/learning.md): an explicit `**Kind**`
/// or `Type:` wins; otherwise the first kind (or type) whose phrase matches.
public struct LearningInference: Sendable {
    public let keywords: LearningKeywords
    /// When a post-mortem is due.
    public let policy: PostMortemPolicy
    /// Each kind's phrases, in kind order (``LearningKeywords/kindOrder``).
    private let kindPhrases: PhraseGroups
    /// The same without ``rootCauseIgnored``, for rule K4.
    private let rootCausePhrases: PhraseGroups
    /// Each kind's phrases as tags (`rolled back` → `rolled-back`), in kind order.
    private let kindTags: [(IncidentKind, Set<String>)]
    /// Each type's phrases, in type order (``LearningKeywords/typeOrder``).
    private let typePhrases: PhraseGroups

    public init(_ settings: LearningSettings = LearningSettings()) {
        keywords = settings.keywords
        policy = settings.policy
        kindPhrases = PhraseGroups(LearningKeywords.kindOrder.map { settings.keywords.phrases(for: $0) })
        rootCausePhrases = PhraseGroups(
            LearningKeywords.kindOrder.map { kind in
                settings.keywords.phrases(for: kind).filter { !Self.rootCauseIgnored.contains($0.lowercased()) }
            })
        kindTags = LearningKeywords.kindOrder.map { ($0, Set(settings.keywords.phrases(for: $0).map(ListValue.kebab))) }
        typePhrases = PhraseGroups(LearningKeywords.typeOrder.map { settings.keywords.phrases(for: $0) })
    }

    /// The incident's kind: the `Kind` field (`written`), else rule K2 (a tag
    /// is a phrase), K3 (the title holds one), K4 (the root cause holds one),
    /// else `other` (K5). Nil when `Kind` names no kind (`learning-field` says so).
    public func kind(of postMortem: PostMortem) -> Classified<IncidentKind>? {
        if let memo = postMortem.inferredKind.value(for: keywords) { return memo }
        return inferKind(of: postMortem)
    }

    /// The post-mortem with its kind and each action item's type kept on it (``InferenceMemo``),
    /// so ``kind(of:)`` and ``type(of:)`` read them instead of matching again. The load stage
    /// does this once per file, before the rules.
    public func classify(_ postMortem: inout PostMortem) {
        postMortem.inferredKind = InferenceMemo(inferKind(of: postMortem), by: keywords)
        for index in postMortem.actionItems.indices {
            postMortem.actionItems[index].inferredType = InferenceMemo(inferType(of: postMortem.actionItems[index]), by: keywords)
        }
    }

    private func inferKind(of postMortem: PostMortem) -> Classified<IncidentKind>? {
        if let field = postMortem.field(key: "kind"), !Placeholder.isPlaceholder(field.value) {
            return IncidentKind(written: field.value).map { Classified($0) }
        }
        for (kind, tags) in kindTags {
            if let tag = postMortem.tags.first(where: tags.contains) { return Classified(kind, inferredFrom: "tag '\(tag)'") }
        }
        for (place, text, phrases) in [
            ("title", postMortem.title?.value ?? "", kindPhrases), ("root cause", postMortem.rootCause?.value ?? "", rootCausePhrases),
        ] {
            if let (group, match) = phrases.firstMatch(in: text) {
                return Classified(LearningKeywords.kindOrder[group], inferredFrom: "\(place): \"\(match.phrase)\"")
            }
        }
        return Classified(.other, inferredFrom: Self.noKindPhrase)
    }

    /// Phrases rule K4 passes over in a root cause: nearly every root cause
    /// names the deploy that shipped the change, the rollback that undid it
    /// and the latency it caused, whatever kind the incident is (docs/learning.md).
    public static let rootCauseIgnored: Set<String> = ["deploy", "deploys", "deployment", "rollback", "latency", "p95", "p99"]

    /// What rule K5's `other` was inferred from (`inferredFrom` in `incidents.json`).
    public static let noKindPhrase = "no kind phrase"

    /// The item's type: its `Type:` part (`written`), else rule T2 (its text
    /// holds a type's phrase, types tried in order), else `other` (T3). Nil
    /// when `Type:` names no type (`learning-field` says so).
    public func type(of item: ActionItem) -> Classified<ActionType>? {
        if let memo = item.inferredType.value(for: keywords) { return memo }
        return inferType(of: item)
    }

    private func inferType(of item: ActionItem) -> Classified<ActionType>? {
        if let written = item.typeText {
            return ActionType(written: written.value).map { Classified($0) }
        }
        if let (group, match) = typePhrases.firstMatch(in: item.text) {
            return Classified(LearningKeywords.typeOrder[group], inferredFrom: "\"\(match.phrase)\"")
        }
        return Classified(.other, inferredFrom: "no type phrase")
    }
}

extension LearningInference: Hashable {
    public static func == (lhs: LearningInference, rhs: LearningInference) -> Bool {
        lhs.keywords == rhs.keywords && lhs.policy == rhs.policy
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(keywords)
        hasher.combine(policy)
    }
}
