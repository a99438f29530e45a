import Foundation

/// `unknown-rule`: a `hindsight-disable` comment must name real rules.
struct UnknownRuleDirectiveRule: PostMortemRule {
    let id = RuleID.unknownRule
    func findings(in postMortem: PostMortem, context: ValidationContext) -> [Finding] {
        postMortem.disabledRules.compactMap { rule in
            guard RuleID(rawValue: rule.value) == nil else { return nil }
            let suggestion = RuleID.allCases.min { $0.rawValue.editDistance(to: rule.value) < $1.rawValue.editDistance(to: rule.value) }
                .flatMap { $0.rawValue.editDistance(to: rule.value) <= 3 ? $0 : nil }
            let hint = suggestion.map { "; did you mean '\($0.rawValue)'?" } ?? ""
            return Finding("'\(rule.value)' is not a rule, so nothing was disabled\(hint)", at: rule.location)
        }
    }
}
