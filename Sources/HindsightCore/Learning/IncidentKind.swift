/// What kind of failure an incident was, as the learning framework sorts them
/// (`../shared/continuous-improvement.md`, "The Learning Framework").
public enum IncidentKind: String, Sendable, Hashable, CaseIterable, Codable {
    case productionBug = "production-bug"
    case deploymentFailure = "deployment-failure"
    case performanceRegression = "performance-regression"
    case reviewRejection = "review-rejection"
    case other

    /// The kind in words (`production bug`): the id, a space for each hyphen (written out, not
    /// Foundation's `replacingOccurrences` on every page that names a kind).
    public var label: String {
        switch self {
        case .productionBug: return "production bug"
        case .deploymentFailure: return "deployment failure"
        case .performanceRegression: return "performance regression"
        case .reviewRejection: return "review rejection"
        case .other: return "other"
        }
    }

    /// The lasting improvement the framework asks this kind of failure to leave
    /// behind, if it names one.
    public var expectedResponse: ActionType? {
        switch self {
        case .productionBug: return .automatedCheck
        case .deploymentFailure: return .deploymentProcess
        case .performanceRegression: return .performanceMetric
        case .reviewRejection: return .documentationTraining
        case .other: return nil
        }
    }

    /// The kind a written value names: its id in any case, spaces or hyphens (`Production bug`).
    public init?(written: String) {
        let key = ListValue.kebab(written)
        guard let kind = IncidentKind(rawValue: key) else { return nil }
        self = kind
    }
}

/// What kind of lasting improvement an action item makes.
public enum ActionType: String, Sendable, Hashable, CaseIterable, Codable {
    case automatedCheck = "automated-check"
    case deploymentProcess = "deployment-process"
    /// Monitoring, alerting and benchmarks.
    case performanceMetric = "performance-metric"
    case documentationTraining = "documentation-training"
    case other

    /// The type in words (`automated check`): the id, a space for each hyphen (written out, as
    /// ``IncidentKind/label`` is).
    public var label: String {
        switch self {
        case .automatedCheck: return "automated check"
        case .deploymentProcess: return "deployment process"
        case .performanceMetric: return "performance metric"
        case .documentationTraining: return "documentation training"
        case .other: return "other"
        }
    }

    /// The type a written value names: its id in any case, spaces or hyphens (`Automated check`).
    public init?(written: String) {
        let key = ListValue.kebab(written)
        guard let type = ActionType(rawValue: key) else { return nil }
        self = type
    }
}

/// A value either written in the file or inferred by a documented rule (docs/learning.md).
public struct Classified<Value: Sendable & Hashable>: Sendable, Hashable {
    public var value: Value
    /// Nil when written; else what the inference matched (`tag 'deploy'`, `"lint rule"`).
    public var inferredFrom: String?

    public init(_ value: Value, inferredFrom: String? = nil) {
        self.value = value
        self.inferredFrom = inferredFrom
    }

    public var isInferred: Bool { inferredFrom != nil }
}

extension Classified<IncidentKind> {
    /// How the kind was reached, as a page says it beside the kind: `inferred
    /// from tag 'deploy'`; for rule K5's `other`, that nothing named a kind. Nil when written.
    public var inferenceNote: String? {
        guard let inferredFrom else { return nil }
        guard inferredFrom != LearningInference.noKindPhrase else {
            return "no Kind given, and no kind's phrase in the tags, title or root cause"
        }
        return "inferred from \(inferredFrom)"
    }
}
