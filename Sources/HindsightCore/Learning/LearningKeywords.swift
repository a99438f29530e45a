/// The phrases the inference rules look for (docs/learning.md), each list
/// replaceable in `hindsight.yml` (`learning.kindKeywords`, `learning.typeKeywords`).
public struct LearningKeywords: Sendable, Hashable {
    /// Phrases that mark an incident kind, by kind.
    public var kinds: [IncidentKind: [String]]
    /// Phrases that mark an action item type, by type.
    public var types: [ActionType: [String]]

    /// The order kinds are tried in: the first with a match wins.
    public static let kindOrder: [IncidentKind] = [.deploymentFailure, .performanceRegression, .reviewRejection, .productionBug]
    /// The order types are tried in: the first with a match wins.
    public static let typeOrder: [ActionType] = [.automatedCheck, .deploymentProcess, .performanceMetric, .documentationTraining]

    public static let `default` = LearningKeywords(
        kinds: [
            .deploymentFailure: [
                "deploy", "deployment", "deploys", "rollout", "rollback", "rolled back", "bad release", "canary", "config push",
            ],
            .performanceRegression: [
                "performance", "latency", "slow", "slowdown", "p95", "p99", "throughput", "memory leak", "degraded performance",
            ],
            .reviewRejection: ["review rejection", "rejected in review", "review rejected", "peer review"],
            .productionBug: [
                "bug", "defect", "exception", "crash", "null pointer", "edge case", "race condition", "off-by-one", "regression",
            ],
        ],
        types: [
            .automatedCheck: [
                "automated check", "lint rule", "lint", "linter", "ci check", "ci", "validation", "validate", "unit test",
                "integration test", "regression test", "tests", "static analysis", "pre-commit", "schema check",
            ],
            .deploymentProcess: [
                "deployment script", "deploy script", "deployment process", "deploy", "deployment", "rollout", "canary", "rollback",
                "feature flag", "release process", "release checklist",
            ],
            .performanceMetric: [
                "monitoring", "monitor", "alert", "alerts", "alerting", "alarm", "dashboard", "dashboards", "metric", "metrics",
                "benchmark",
                "load test",
                "slo",
            ],
            .documentationTraining: [
                "documentation", "document", "docs", "runbook", "playbook", "training", "wiki", "guide", "standards", "onboarding",
            ],
        ])

    /// The phrases of `kind` (none for `other`).
    public func phrases(for kind: IncidentKind) -> [String] { kinds[kind] ?? [] }
    /// The phrases of `type` (none for `other`).
    public func phrases(for type: ActionType) -> [String] { types[type] ?? [] }
}
