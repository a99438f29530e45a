import Foundation
import Testing

@testable import HindsightCore

/// `learning:` in `hindsight.yml`: the policy and the inference phrases, checked like every key.
@Suite("learning configuration")
struct LearningConfigurationTests {
    func errors(_ yaml: String) -> [String] {
        switch ConfigurationLoader.parse(yaml, path: "hindsight.yml") {
        case .success: return []
        case .failure(.invalid(let diagnostics)): return diagnostics.map(\.description)
        case .failure(let failure): return [failure.description]
        }
    }

    @Test("the policy and phrases are read, severities normalised to the scale's ids")
    func reads() throws {
        let loaded = try ConfigurationLoader.parse(
            """
            learning:
              policy:
                severities: [p0, sev1]
                rollback: false
              kindKeywords:
                production-bug: [wrong value]
              typeKeywords:
                automated-check: [contract test]
            """, path: "hindsight.yml"
        ).get()
        let learning = loaded.configuration.learning
        #expect(learning.policy.severities == ["P0", "P1"])
        #expect(learning.policy.rollback == false)
        #expect(learning.policy.dataLoss == true)
        #expect(learning.keywords.phrases(for: .productionBug) == ["wrong value"])
        #expect(learning.keywords.phrases(for: .automatedCheck) == ["contract test"])
        #expect(learning.keywords.phrases(for: .deploymentFailure) == LearningKeywords.default.phrases(for: .deploymentFailure))
        #expect(loaded.origin(of: "learning.policy.rollback").description == "hindsight.yml:4")
        #expect(loaded.origin(of: "learning.kindKeywords.production-bug").description == "hindsight.yml:6")
    }

    @Test("unknown keys, wrong types and severities off the scale are errors at their line and column")
    func errorsAreReported() {
        #expect(
            errors("learning:\n  polcy:\n    rollback: no\n") == [
                "hindsight.yml:2:3: error: unknown key 'polcy' in 'learning'; did you mean 'policy'? [config]"
            ])
        #expect(
            errors("learning:\n  kindKeywords:\n    outage: [down]\n") == [
                "hindsight.yml:3:5: error: unknown key 'outage' in 'learning.kindKeywords'; the keys in 'learning.kindKeywords' are deployment-failure, performance-regression, review-rejection, production-bug [config]"
            ])
        #expect(errors("learning:\n  policy:\n    dataLoss: sometimes\n").count == 1)
        #expect(
            errors("learning:\n  policy:\n    dataLoss: sometimes\n").first?.hasPrefix(
                "hindsight.yml:3:15: error: 'learning.policy.dataLoss' must be") == true)
        #expect(
            errors("learning:\n  policy:\n    severities: [P9]\n") == [
                "hindsight.yml:3:17: error: 'learning.policy.severities' lists 'P9', which is not a severity; use one of P0, P1, P2, P3, P4 [config]"
            ])
    }

    @Test("hindsight config prints the learning keys with their origins, and --incidents as a flag")
    func printed() throws {
        let loaded = try ConfigurationLoader.parse("learning:\n  policy:\n    rollback: false\n", path: "hindsight.yml").get()
        let text = ConfigurationPrinter.yaml(ConfigurationOverrides(incidents: "register.csv").applied(to: loaded))
        #expect(text.contains("incidents: register.csv  # --incidents\nlearning:\n  policy:\n    severities: [P0]  # default\n"))
        #expect(text.contains("    rollback: false  # hindsight.yml:3\n"))
        #expect(text.contains("  typeKeywords:\n    automated-check: ["))
    }
}
