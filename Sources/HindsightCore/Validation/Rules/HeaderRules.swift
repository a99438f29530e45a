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
    func findings(in postMortem: PostMortem, context: ValidationContext) -> [Finding] {
        guard let field = postMortem.field("Date"), !field.value.isEmpty, !Placeholder.isPlaceholder(field.value) else { return [] }
        guard postMortem.date == nil else { return [] }
        if DateParser.parse(field.value) != nil {
            return [
                Finding(
                    "date '\(field.value)' is not a plausible incident date (years \(DateParser.plausibleYears.lowerBound)–\(DateParser.plausibleYears.upperBound)); check the year",
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
        let alias =
            YAMLText.scalar(field.value) + ": "
            + YAMLText.scalar(context.severityScale.levels.dropFirst().first ?? context.severityScale.levels.first ?? "P1")
        return [
            Finding(
                "unknown severity '\(field.value)'; use one of \(scale), or map it to one in hindsight.yml (`severity: {aliases: {\(alias)}}`)",
                at: field.valueLocation)
        ]
    }
}
