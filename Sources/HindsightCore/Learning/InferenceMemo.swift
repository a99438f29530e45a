/// What ``LearningInference`` concluded about one post-mortem (its kind) or one action item
/// (its type), kept on it by the load stage so the rule, the metrics, the incident page and
/// the exports read it instead of matching the phrases again (five times per incident in a build).
///
/// It holds the phrases it was reached with and answers only an inference with the same
/// phrases: any other inference matches afresh, so a memo never outlives its configuration.
/// It is a cache, not a fact about the file: it takes no part in equality or hashing.
public struct InferenceMemo<Value: Sendable & Hashable>: Sendable, Hashable {
    private var entry: (keywords: LearningKeywords, value: Classified<Value>?)?

    public init() {}

    init(_ value: Classified<Value>?, by keywords: LearningKeywords) {
        entry = (keywords, value)
    }

    /// Whether a value was concluded (with whichever keywords).
    var isConcluded: Bool { entry != nil }

    /// The value concluded with `keywords`; nil when none was (`.some(nil)`: the written value names nothing known).
    func value(for keywords: LearningKeywords) -> Classified<Value>?? {
        guard let entry, entry.keywords == keywords else { return nil }
        return .some(entry.value)
    }

    public static func == (lhs: Self, rhs: Self) -> Bool { true }
    public func hash(into hasher: inout Hasher) {}
}
