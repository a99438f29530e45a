import Mustache

/// The learning framework on an incident page: its kind, each action item's
/// type (inferred ones marked so) and its completeness score.
/// What `incident.mustache` shows of the learning framework: the kind (and what it was
/// inferred from) and the completeness score with what it is short on.
struct IncidentLearningFacts: MustacheParent {
    var kind: String
    var kindInferred: String?
    var completeness: String
    var completenessShort: String?

    func child(named name: String) -> Any? {
        switch name {
        case "kind": kind
        case "kindInferred": kindInferred
        case "completeness": completeness
        case "completenessShort": completenessShort
        default: nil
        }
    }
}

extension SiteModel {
    func learningFacts(of incident: PostMortem) -> IncidentLearningFacts {
        let inference = options.metrics.learning
        let score = CompletenessScore(incident, minimumRootCauseWords: options.metrics.minimumRootCauseWords)
        let kind = inference.kind(of: incident)
        return IncidentLearningFacts(
            kind: kind?.value.label ?? "unknown (see learning-field)",
            kindInferred: kind?.inferenceNote,
            completeness: String(score.total),
            completenessShort: score.shortfalls.map(\.label).joined(separator: ", ").nonEmpty)
    }

    /// `automated check`, `performance metric (inferred)`.
    func learningType(of item: ActionItem) -> String {
        guard let type = options.metrics.learning.type(of: item) else { return "unknown type" }
        return type.value.label + (type.isInferred ? " (inferred)" : "")
    }
}
