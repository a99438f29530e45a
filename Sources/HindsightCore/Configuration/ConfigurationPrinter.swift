/// `hindsight config`: the effective configuration as YAML that
/// ``ConfigurationLoader`` reads back, each value followed by its origin
/// (`# default`, `# hindsight.yml:12`, `# --title`).
enum ConfigurationPrinter {
    static func yaml(_ loaded: LoadedConfiguration) -> String {
        let config = loaded.configuration
        var lines: [String] = ["# effective configuration: \(loaded.path ?? "no hindsight.yml, defaults only")"]
        func line(_ indent: Int, _ key: String, _ value: String?, origin keyPath: String) {
            let written = value.map { " " + $0 } ?? " ~"
            lines.append(String(repeating: "  ", count: indent) + key + ":" + written + "  # \(loaded.origin(of: keyPath))")
        }
        func section(_ name: String) { lines.append(name + ":") }

        section("site")
        line(1, "title", YAMLText.scalar(config.site.title), origin: "site.title")
        line(1, "baseURL", config.site.baseURL.map(YAMLText.scalar), origin: "site.baseURL")
        line(1, "editURL", config.site.editURL.map(YAMLText.scalar), origin: "site.editURL")
        section("input")
        line(1, "paths", YAMLText.sequence(config.input.paths), origin: "input.paths")
        line(1, "timezone", config.input.timezone.map(YAMLText.scalar), origin: "input.timezone")

        section("severity")
        let builtIn = config.severity.builtInAliases
        let usesBuiltIn = !builtIn.isEmpty && builtIn.allSatisfy { config.severity.aliases[$0.key] == $0.value }
        line(1, "builtInAliases", usesBuiltIn ? "true" : "false", origin: "severity.builtInAliases")
        lines.append("  levels:  # \(loaded.origin(of: "severity.levels"))")
        for level in config.severity.definitions {
            lines.append("    - id: \(YAMLText.scalar(level.id))")
            for (key, value) in [("name", level.name), ("description", level.description), ("color", level.color)] where !value.isEmpty {
                lines.append("      \(key): \(YAMLText.scalar(value))")
            }
        }
        if config.severity.aliases.isEmpty {
            lines.append("  aliases: {}  # \(loaded.origin(of: "severity.builtInAliases"))")
        } else {
            section("  aliases")
            for (alias, id) in config.severity.aliases.sorted(by: { $0.key < $1.key }) {
                line(2, YAMLText.scalar(alias), YAMLText.scalar(id), origin: "severity.aliases.\(alias)")
            }
        }

        section("milestones")
        for milestone in Milestone.allCases {
            line(
                1, milestone.rawValue, YAMLText.sequence(config.milestones.phrases(for: milestone)),
                origin: "milestones.\(milestone.rawValue)")
        }
        section("recurrence")
        line(1, "windowDays", String(config.recurrence.windowDays), origin: "recurrence.windowDays")
        if let tags = config.recurrence.filter.tags {
            line(1, "tags", YAMLText.sequence(tags), origin: "recurrence.tags")
        } else {
            line(1, "ignoreTags", YAMLText.sequence(config.recurrence.filter.ignoreTags), origin: "recurrence.ignoreTags")
        }
        line(1, "requireSharedService", String(config.recurrence.filter.requireSharedService), origin: "recurrence.requireSharedService")

        section("followUp")
        line(1, "defaultDays", String(config.followUp.defaultDays), origin: "followUp.defaultDays")
        if config.followUp.days.isEmpty {
            lines.append("  sloDays: {}  # default")
        } else {
            section("  sloDays")
            for severity in config.severity.levels where config.followUp.days[severity] != nil {
                line(2, YAMLText.scalar(severity), config.followUp.days[severity].map(String.init), origin: "followUp.sloDays.\(severity)")
            }
        }

        section("rules")
        section("  levels")
        for rule in RuleID.allCases {
            let level = config.validation.level(of: rule)
            line(2, rule.rawValue, level.rawValue, origin: "rules.levels.\(rule.rawValue)")
        }
        section("  blamefulLanguage")
        line(2, "add", YAMLText.sequence(config.rules.blamefulPhrasesAdded), origin: "rules.blamefulLanguage.add")
        line(2, "remove", YAMLText.sequence(config.rules.blamefulPhrasesRemoved), origin: "rules.blamefulLanguage.remove")
        section("  shallowRootCause")
        line(2, "minimumWords", String(config.rules.shallowRootCauseWords), origin: "rules.shallowRootCause.minimumWords")
        section("metrics")
        line(1, "excludeTags", YAMLText.sequence(config.metrics.excludeTags), origin: "metrics.excludeTags")
        line(0, "incidents", config.incidents.map(YAMLText.scalar), origin: "incidents")
        learningLines(loaded, line: { line($0, $1, $2, origin: $3) }, section: section)
        section("fix")
        line(1, "fields", config.fix.fields.rawValue, origin: "fix.fields")
        return lines.joined(separator: "\n") + "\n"
    }
}
