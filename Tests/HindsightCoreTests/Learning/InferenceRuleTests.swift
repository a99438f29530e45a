import Testing

@testable import HindsightCore

/// Each inference rule of docs/learning.md, with a case it matches and a near miss it must not.
@Suite("Learning inference rules")
struct InferenceRuleTests {
    static func postMortem(header: String = "", title: String = "Checkout errors", rootCause: String = "A config value was wrong.")
        -> PostMortem
    {
        Fixtures.parse(
            """
            ## Incident: \(title)

            **Date**: 2024-03-05
            **Severity**: P1
            \(header)

            ### 2. Root Cause Analysis

            \(rootCause)
            """)
    }

    static func item(_ text: String) -> ActionItem {
        Fixtures.parse(
            """
            ## Incident: X

            ### 5. Action Items

            -   `[ ]` \(text)
            """
        ).actionItems[0]
    }

    let inference = LearningInference()

    @Test("K1: an explicit Kind wins over every phrase, and is not marked inferred")
    func explicitKind() {
        let kind = inference.kind(of: Self.postMortem(header: "**Kind**: Performance regression\n**Tags**: deploy", title: "A bug"))
        #expect(kind == Classified(.performanceRegression))
    }

    @Test("K1: front matter `kind` is the Kind field")
    func frontMatterKind() {
        let postMortem = Fixtures.parse("---\nkind: review-rejection\nincident_id: INC-7\n---\n## Incident: X\n")
        #expect(inference.kind(of: postMortem) == Classified(.reviewRejection))
        #expect(postMortem.incidentIDs.map(\.value) == ["INC-7"])
    }

    @Test("K1: a Kind naming no kind gives no kind (learning-field reports it), never a guess")
    func unknownKind() {
        #expect(inference.kind(of: Self.postMortem(header: "**Kind**: outage", title: "A bug")) == nil)
    }

    @Test("K2: a tag that is a kind phrase (rolled back → rolled-back)")
    func tag() {
        #expect(
            inference.kind(of: Self.postMortem(header: "**Tags**: db, rolled back"))
                == Classified(.deploymentFailure, inferredFrom: "tag 'rolled-back'"))
    }

    @Test("K2 near miss: a tag only containing a phrase (deployments-api) does not match")
    func tagNearMiss() {
        #expect(
            inference.kind(of: Self.postMortem(header: "**Tags**: deployments-api")) == Classified(.other, inferredFrom: "no kind phrase"))
    }

    @Test("K3: a phrase in the title, kinds in order: deployment before bug")
    func title() {
        #expect(
            inference.kind(of: Self.postMortem(title: "A bug shipped in a bad release"))
                == Classified(.deploymentFailure, inferredFrom: "title: \"bad release\""))
    }

    @Test("K3 near miss: a phrase inside a word (debugging) does not match")
    func titleNearMiss() {
        #expect(
            inference.kind(of: Self.postMortem(title: "Debugging sessions dropped")) == Classified(.other, inferredFrom: "no kind phrase"))
    }

    @Test("K4: a phrase in the root cause, when the title has none")
    func rootCause() {
        #expect(
            inference.kind(of: Self.postMortem(rootCause: "An edge case in rounding was not covered."))
                == Classified(.productionBug, inferredFrom: "root cause: \"edge case\""))
    }

    @Test("K4: a deployment phrase that says how the change went out (canary, config push) is a deployment failure")
    func rootCauseDeployment() {
        #expect(
            inference.kind(of: Self.postMortem(rootCause: "Config skipped the canary stage and went straight to every host."))
                == Classified(.deploymentFailure, inferredFrom: "root cause: \"canary\""))
    }

    @Test(
        "K4: the words every root cause uses (deploy, deployment, rollback, latency, p99) say nothing of the kind",
        arguments: [
            "Mitigation was slowed because the deploy pipeline depends on auth, so the first rollback attempt failed.",
            "The deployment of v2.3 went out at 14:00 and p99 latency rose to 900 ms.",
        ])
    func rootCauseCommonWords(rootCause: String) {
        #expect(inference.kind(of: Self.postMortem(rootCause: rootCause)) == Classified(.other, inferredFrom: "no kind phrase"))
    }

    @Test("K4: a bug shipped by a deploy is a production bug, not a deployment failure")
    func rootCauseBugShippedByDeploy() {
        #expect(
            inference.kind(of: Self.postMortem(rootCause: "A deploy shipped an edge case in rounding."))
                == Classified(.productionBug, inferredFrom: "root cause: \"edge case\""))
    }

    @Test("K1–K3 still read deploy: a title naming a deploy is a deployment failure")
    func titleDeploy() {
        #expect(
            inference.kind(of: Self.postMortem(title: "Checkout errors after a deploy"))
                == Classified(.deploymentFailure, inferredFrom: "title: \"deploy\""))
    }

    @Test("K5's other reads on the page as what was looked at; an inferred kind names its evidence; a written one has no note")
    func inferenceNote() {
        #expect(
            inference.kind(of: Self.postMortem())?.inferenceNote
                == "no Kind given, and no kind's phrase in the tags, title or root cause")
        #expect(inference.kind(of: Self.postMortem(header: "**Tags**: deploy"))?.inferenceNote == "inferred from tag 'deploy'")
        #expect(inference.kind(of: Self.postMortem(header: "**Kind**: production-bug"))?.inferenceNote == nil)
    }

    @Test("K4: the title wins over the root cause")
    func titleBeforeRootCause() {
        #expect(
            inference.kind(of: Self.postMortem(title: "Latency spike", rootCause: "A race condition."))
                == Classified(.performanceRegression, inferredFrom: "title: \"latency\""))
    }

    @Test("K5: nothing matches: other, inferred")
    func other() {
        #expect(inference.kind(of: Self.postMortem()) == Classified(.other, inferredFrom: "no kind phrase"))
    }

    @Test("configured phrases replace a kind's list")
    func configured() {
        var settings = LearningSettings()
        settings.keywords.kinds[.productionBug] = ["wrong value"]
        let configured = LearningInference(settings)
        #expect(
            configured.kind(of: Self.postMortem(title: "A wrong value"))
                == Classified(.productionBug, inferredFrom: "title: \"wrong value\""))
        #expect(configured.kind(of: Self.postMortem(title: "A bug")) == Classified(.other, inferredFrom: "no kind phrase"))
    }

    @Test("T1: an explicit Type: wins over phrases, and is left out of the item's details")
    func explicitType() {
        let item = Self.item("**Add a lint rule**: for the pattern. Type: documentation-training. Owner: Ana. Due: 2024-04-01.")
        #expect(inference.type(of: item) == Classified(.documentationTraining))
        #expect(item.details == "for the pattern.")
    }

    @Test("T1: a Type: naming no type gives no type (learning-field reports it)")
    func unknownType() {
        #expect(inference.type(of: Self.item("Add a lint rule. Type: chores. Owner: Ana.")) == nil)
    }

    @Test(
        "T2: each type's phrases, types tried in order",
        arguments: [
            ("Add a new lint rule to detect the problematic pattern", ActionType.automatedCheck, "lint rule"),
            ("Update the deployment script to include a new validation check", .automatedCheck, "validation"),
            ("Ramp every rollout through a canary", .deploymentProcess, "rollout"),
            ("Add new monitoring for the affected system", .performanceMetric, "monitoring"),
            ("Write a runbook for failover", .documentationTraining, "runbook"),
        ])
    func typePhrases(text: String, type: ActionType, phrase: String) {
        #expect(inference.type(of: Self.item(text)) == Classified(type, inferredFrom: "\"\(phrase)\""))
    }

    @Test("T2 near miss: a phrase inside a word (circuit, alerted) does not match; T3 gives other")
    func typeNearMiss() {
        #expect(inference.type(of: Self.item("Replace the circuit breaker library")) == Classified(.other, inferredFrom: "no type phrase"))
        #expect(inference.type(of: Self.item("Tell whoever alerted us")) == Classified(.other, inferredFrom: "no type phrase"))
    }

    @Test("a kind's and an action type's label is its id with a space for each hyphen")
    func labels() {
        for kind in IncidentKind.allCases {
            #expect(kind.label == String(kind.rawValue.map { $0 == "-" ? " " : $0 }))
        }
        for type in ActionType.allCases {
            #expect(type.label == String(type.rawValue.map { $0 == "-" ? " " : $0 }))
        }
        #expect(IncidentKind.productionBug.label == "production bug")
        #expect(ActionType.documentationTraining.label == "documentation training")
    }
}
