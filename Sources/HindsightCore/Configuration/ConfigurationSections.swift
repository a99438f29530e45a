import Yams

/// Reads each section of `hindsight.yml` into a ``Configuration``: types and
/// known keys only; ``ConfigurationChecks`` checks values against each other.
enum ConfigurationSections {
    static let topKeys = [
        "site", "input", "severity", "milestones", "recurrence", "followUp", "rules", "metrics", "incidents", "learning", "fix",
    ]

    static func read(_ root: Node, into configuration: inout Configuration, reader: inout YAMLNodeReader) {
        guard let entries = reader.mapping(root, at: "", keys: topKeys) else { return }
        for (key, _, value) in entries where !YAMLNodeReader.isNull(value) {
            switch key {
            case "site": site(value, &configuration.site, &reader)
            case "input": input(value, &configuration.input, &reader)
            case "severity": severity(value, &configuration.severity, &reader)
            case "milestones": milestones(value, &configuration.milestones, &reader)
            case "recurrence": recurrence(value, &configuration.recurrence, &reader)
            case "followUp": followUp(value, &configuration.followUp, &reader)
            case "rules": rules(value, &configuration.rules, &reader)
            case "metrics": metrics(value, &configuration.metrics, &reader)
            case "learning": learning(value, &configuration.learning, &reader)
            case "fix": fix(value, &configuration.fix, &reader)
            default:
                if let path = reader.string(value, at: "incidents") {
                    configuration.incidents = path
                    reader.recordOrigin("incidents", value)
                }
            }
        }
    }

    /// Each non-null entry of a section, with its full key path, for `read` to store.
    static func entries(
        _ node: Node, _ section: String, keys: [String], _ reader: inout YAMLNodeReader,
        read: (String, String, Node, inout YAMLNodeReader) -> Bool
    ) {
        guard let entries = reader.mapping(node, at: section, keys: keys) else { return }
        for (key, _, value) in entries where !YAMLNodeReader.isNull(value) {
            let keyPath = "\(section).\(key)"
            if read(key, keyPath, value, &reader) { reader.recordOrigin(keyPath, value) }
        }
    }

    static func site(_ node: Node, _ site: inout Configuration.Site, _ reader: inout YAMLNodeReader) {
        entries(node, "site", keys: ["title", "baseURL", "editURL"], &reader) { key, keyPath, value, reader in
            guard let text = reader.string(value, at: keyPath) else { return false }
            switch key {
            case "title": site.title = text
            case "baseURL": site.baseURL = text
            default: site.editURL = text
            }
            return true
        }
    }

    static func input(_ node: Node, _ input: inout Configuration.Input, _ reader: inout YAMLNodeReader) {
        entries(node, "input", keys: ["paths", "timezone"], &reader) { key, keyPath, value, reader in
            if key == "paths" {
                guard let paths = reader.strings(value, at: keyPath) else { return false }
                guard !paths.isEmpty else {
                    reader.fail("'input.paths' needs at least one folder or file; leave it out to read postmortems/", at: value)
                    return false
                }
                input.paths = paths
            } else {
                guard let timezone = reader.string(value, at: keyPath) else { return false }
                input.timezone = timezone
            }
            return true
        }
    }

    static func severity(_ node: Node, _ scale: inout SeverityScale, _ reader: inout YAMLNodeReader) {
        var builtIn = true
        var custom: [(alias: String, node: Node, id: String)] = []
        entries(node, "severity", keys: ["levels", "aliases", "builtInAliases"], &reader) { key, keyPath, value, reader in
            switch key {
            case "levels":
                guard let levels = readLevels(value, &reader) else { return false }
                scale.definitions = levels
            case "aliases":
                guard let entries = reader.mapping(value, at: keyPath, keys: nil) else { return false }
                for (alias, aliasNode, target) in entries {
                    guard !YAMLNodeReader.isNull(target) else {
                        reader.fail("alias '\(alias)' needs the level id it stands for (`\(alias): P1`)", at: aliasNode)
                        continue
                    }
                    guard let id = reader.string(target, at: "\(keyPath).\(alias)") else { continue }
                    custom.append((alias, aliasNode, id))
                }
                return false
            default:
                guard let value = reader.bool(value, at: keyPath) else { return false }
                builtIn = value
            }
            return true
        }
        scale.aliases = builtIn ? scale.builtInAliases : [:]
        let ids = scale.levels
        var seen: [String: (alias: String, line: Int)] = [:]
        for (alias, node, id) in custom {
            let key = SeverityScale.aliasKey(alias)
            if let level = scale.definitions.first(where: { SeverityScale.aliasKey($0.id) == key }) {
                reader.fail("alias '\(alias)' is the severity id '\(level.id)' itself; remove it", at: node)
            } else if let first = seen[key] {
                reader.fail(
                    "alias '\(alias)' is the same as '\(first.alias)' (line \(first.line)) ignoring case, spaces and hyphens; keep one",
                    at: node)
            } else if let level = scale.definitions.first(where: { SeverityScale.aliasKey($0.id) == SeverityScale.aliasKey(id) }) {
                seen[key] = (alias, node.mark?.line ?? 1)
                scale.aliases[key] = level.id
                reader.recordOrigin("severity.aliases.\(key)", node)
            } else {
                reader.fail(
                    "alias '\(alias)' maps to '\(id)', which is not a severity id; use one of \(ids.joined(separator: ", "))", at: node)
            }
        }
    }

    static func readLevels(_ node: Node, _ reader: inout YAMLNodeReader) -> [SeverityLevel]? {
        guard case .sequence(let sequence) = node, !sequence.isEmpty else {
            reader.fail("'severity.levels' must be a non-empty list of levels (`- id: P0`), not \(YAMLNodeReader.kind(of: node))", at: node)
            return nil
        }
        var levels: [SeverityLevel] = []
        var lineByID: [String: Int] = [:]
        for (index, item) in sequence.enumerated() {
            let keyPath = "severity.levels[\(index)]"
            guard let entries = reader.mapping(item, at: keyPath, keys: ["id", "name", "description", "color"]) else { continue }
            var level = SeverityLevel(id: "")
            for (key, _, value) in entries {
                let text = reader.string(value, at: "\(keyPath).\(key)") ?? ""
                switch key {
                case "id": level.id = text.trimmingCharacters(in: .whitespaces)
                case "name": level.name = text
                case "description": level.description = text
                default: level.color = text
                }
            }
            if level.id.isEmpty {
                reader.fail("'\(keyPath)' needs an id (`id: P0`), the value post-mortems write", at: item)
            } else if let line = lineByID[SeverityScale.aliasKey(level.id)] {
                reader.fail("duplicate severity id '\(level.id)' (also on line \(line)); each level needs its own id", at: item)
            } else {
                lineByID[SeverityScale.aliasKey(level.id)] = item.mark?.line ?? 1
            }
            if !level.color.isEmpty, !ConfigurationChecks.isColor(level.color) {
                reader.fail("'\(keyPath).color' must be a CSS hex colour like #d03b3b, not '\(level.color)'", at: item)
            }
            levels.append(level)
        }
        return levels
    }

    static func milestones(_ node: Node, _ milestones: inout MilestonePhrases, _ reader: inout YAMLNodeReader) {
        entries(node, "milestones", keys: Milestone.allCases.map(\.rawValue), &reader) { key, keyPath, value, reader in
            guard let milestone = Milestone(rawValue: key), let phrases = reader.strings(value, at: keyPath) else { return false }
            guard !phrases.isEmpty else {
                reader.fail("'\(keyPath)' needs at least one phrase; without one no entry can reach the milestone", at: value)
                return false
            }
            milestones = milestones.replacing(milestone, with: phrases)
            return true
        }
    }

    static func recurrence(_ node: Node, _ recurrence: inout Configuration.Recurrence, _ reader: inout YAMLNodeReader) {
        entries(node, "recurrence", keys: ["windowDays", "tags", "ignoreTags", "requireSharedService"], &reader) {
            key, keyPath, value, reader in
            switch key {
            case "windowDays":
                guard let days = reader.int(value, at: keyPath, minimum: 0, what: "a whole number of days") else { return false }
                recurrence.windowDays = days
            case "tags":
                guard let tags = reader.strings(value, at: keyPath) else { return false }
                recurrence.filter.tags = tags.map(ListValue.kebab)
            case "ignoreTags":
                guard let tags = reader.strings(value, at: keyPath) else { return false }
                recurrence.filter.ignoreTags = tags.map(ListValue.kebab)
            default:
                guard let required = reader.bool(value, at: keyPath) else { return false }
                recurrence.filter.requireSharedService = required
            }
            return true
        }
    }

    static func followUp(_ node: Node, _ slo: inout FollowUpSLO, _ reader: inout YAMLNodeReader) {
        entries(node, "followUp", keys: ["sloDays", "defaultDays"], &reader) { key, keyPath, value, reader in
            if key == "defaultDays" {
                guard let days = reader.int(value, at: keyPath, minimum: 1, what: "a whole number of days") else { return false }
                slo.defaultDays = days
                return true
            }
            guard let entries = reader.mapping(value, at: keyPath, keys: nil) else { return false }
            for (severity, severityNode, days) in entries {
                let dayPath = "\(keyPath).\(severity)"
                guard let count = reader.int(days, at: dayPath, minimum: 1, what: "a whole number of days") else { continue }
                slo.days[severity] = count
                reader.recordOrigin(dayPath, days)
                reader.nodes[dayPath] = severityNode
            }
            return false
        }
    }

    static func rules(_ node: Node, _ rules: inout Configuration.Rules, _ reader: inout YAMLNodeReader) {
        entries(node, "rules", keys: ["levels", "blamefulLanguage", "shallowRootCause"], &reader) { key, keyPath, value, reader in
            switch key {
            case "levels":
                guard let entries = reader.mapping(value, at: keyPath, keys: nil) else { return false }
                for (name, nameNode, levelNode) in entries {
                    guard let rule = RuleID(rawValue: name) else {
                        let hint = YAMLNodeReader.suggestion(for: name, among: RuleID.allCases.map(\.rawValue)).map {
                            "; did you mean '\($0)'?"
                        }
                        reader.fail(
                            "'\(name)' in '\(keyPath)' is not a rule\(hint ?? "; the rules are listed in docs/rules.md")", at: nameNode)
                        continue
                    }
                    let levelPath = "\(keyPath).\(name)"
                    guard let text = reader.string(levelNode, at: levelPath), let level = RuleLevel(rawValue: text) else {
                        reader.fail(
                            "'\(levelPath)' must be off, warning or error, not \(YAMLNodeReader.kind(of: levelNode))", at: levelNode)
                        continue
                    }
                    // Only levels that differ from the default are kept: the printed configuration reads back the same.
                    rules.levels[rule] = level == ValidationContext().level(of: rule) ? nil : level
                    reader.recordOrigin(levelPath, levelNode)
                }
            case "blamefulLanguage":
                entries(value, keyPath, keys: ["add", "remove"], &reader) { key, phrasePath, phrases, reader in
                    guard let list = reader.strings(phrases, at: phrasePath) else { return false }
                    if key == "add" { rules.blamefulPhrasesAdded = list } else { rules.blamefulPhrasesRemoved = list }
                    return true
                }
            default:
                entries(value, keyPath, keys: ["minimumWords"], &reader) { _, wordsPath, words, reader in
                    guard let count = reader.int(words, at: wordsPath, minimum: 1, what: "a whole number of words") else { return false }
                    rules.shallowRootCauseWords = count
                    return true
                }
            }
            return false
        }
    }

    static func metrics(_ node: Node, _ metrics: inout Configuration.Metrics, _ reader: inout YAMLNodeReader) {
        entries(node, "metrics", keys: ["excludeTags"], &reader) { _, keyPath, value, reader in
            guard let tags = reader.strings(value, at: keyPath) else { return false }
            metrics.excludeTags = tags.map(ListValue.kebab)
            return true
        }
    }
}
