/// `missing-title`: the file needs an `Incident: …` heading.
struct MissingTitleRule: PostMortemRule {
    let id = RuleID.missingTitle
    func findings(in postMortem: PostMortem, context: ValidationContext) -> [Finding] {
        if let title = postMortem.title, !title.value.isEmpty { return [] }
        return [
            Finding(
                "missing title; start the file with a heading like `## Incident: Checkout outage`",
                at: postMortem.title?.location ?? .fileStart)
        ]
    }
}

/// `missing-field`: Date and Severity are required.
struct MissingFieldRule: PostMortemRule {
    let id = RuleID.missingField
    func findings(in postMortem: PostMortem, context: ValidationContext) -> [Finding] {
        ["Date", "Severity"].compactMap { name in
            if let field = postMortem.field(name), !field.value.isEmpty { return nil }
            let example = name == "Date" ? "2024-03-05" : context.severityScale.levels.dropFirst().first ?? "P1"
            return Finding(
                "missing field \(name); add a line `**\(name)**: \(example)` under the title",
                at: postMortem.field(name)?.location ?? postMortem.headerLocation)
        }
    }
}

/// `invalid-date`: the Date must be a real date in a known format.
struct InvalidDateRule: PostMortemRule {
    let id = RuleID.invalidDate
    static let plausibleYears = DateParser.plausibleYears
    func findings(in postMortem: PostMortem, context: ValidationContext) -> [Finding] {
        guard let field = postMortem.field("Date"), !field.value.isEmpty, !Placeholder.isPlaceholder(field.value) else { return [] }
        guard postMortem.date == nil else { return [] }
        if DateParser.parse(field.value) != nil {
            return [
                Finding(
                    "date '\(field.value)' is not a plausible incident date (years \(InvalidDateRule.plausibleYears.lowerBound)–\(InvalidDateRule.plausibleYears.upperBound)); check the year",
                    at: field.valueLocation)
            ]
        }
        return [
            Finding(
                "date '\(field.value)' is not a valid date; write it as YYYY-MM-DD (e.g. 2024-03-05)",
                at: field.valueLocation)
        ]
    }
}

/// `unknown-severity`: the Severity must be on the team's scale.
struct UnknownSeverityRule: PostMortemRule {
    let id = RuleID.unknownSeverity
    func findings(in postMortem: PostMortem, context: ValidationContext) -> [Finding] {
        guard let field = postMortem.field("Severity"), !field.value.isEmpty,
            context.severityScale.normalize(field.value) == nil, !Placeholder.isPlaceholder(field.value)
        else { return [] }
        let scale = context.severityScale.levels.joined(separator: ", ")
        return [Finding("unknown severity '\(field.value)'; use one of \(scale)", at: field.valueLocation)]
    }
}

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

extension String {
    /// Levenshtein distance, for "did you mean" hints.
    func editDistance(to other: String) -> Int {
        let a = Array(self)
        let b = Array(other)
        if a.isEmpty { return b.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(b.count, 1) where j <= b.count {
                current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
