/// The learning framework on an incident page: its kind, each action item's
/// type (inferred ones marked so) and its completeness score.
extension SiteModel {
    func learningFacts(of incident: PostMortem) -> [String: Any] {
        let inference = options.metrics.learning
        let score = CompletenessScore(incident, minimumRootCauseWords: options.metrics.minimumRootCauseWords)
        let kind = inference.kind(of: incident)
        return [
            "kind": kind?.value.label ?? "unknown (see learning-field)",
            "kindInferred": kind?.inferredFrom.map { "inferred from \($0)" } ?? "",
            "completeness": String(score.total),
            "completenessShort": score.shortfalls.map(\.label).joined(separator: ", "),
        ]
    }

    /// `automated check`, `performance metric (inferred)`.
    func learningType(of item: ActionItem) -> String {
        guard let type = options.metrics.learning.type(of: item) else { return "unknown type" }
        return type.value.label + (type.isInferred ? " (inferred)" : "")
    }
}
