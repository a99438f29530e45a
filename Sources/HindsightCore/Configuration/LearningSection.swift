import Yams

/// `learning:` in `hindsight.yml`: the post-mortem policy and the inference
/// phrases (docs/configuration.md, docs/learning.md).
extension ConfigurationSections {
    static func learning(_ node: Node, _ learning: inout LearningSettings, _ reader: inout YAMLNodeReader) {
        entries(node, "learning", keys: ["policy", "kindKeywords", "typeKeywords"], &reader) { key, keyPath, value, reader in
            switch key {
            case "policy":
                entries(value, keyPath, keys: ["severities", "dataLoss", "rollback", "performanceDegradation"], &reader) {
                    key, policyPath, value, reader in
                    if key == "severities" {
                        guard let severities = reader.strings(value, at: policyPath) else { return false }
                        learning.policy.severities = severities
                        return true
                    }
                    guard let flag = reader.bool(value, at: policyPath) else { return false }
                    switch key {
                    case "dataLoss": learning.policy.dataLoss = flag
                    case "rollback": learning.policy.rollback = flag
                    default: learning.policy.performanceDegradation = flag
                    }
                    return true
                }
            case "kindKeywords":
                let kinds = LearningKeywords.kindOrder
                entries(value, keyPath, keys: kinds.map(\.rawValue), &reader) { key, phrasePath, value, reader in
                    guard let kind = IncidentKind(rawValue: key), let phrases = reader.strings(value, at: phrasePath) else { return false }
                    learning.keywords.kinds[kind] = phrases
                    return true
                }
            default:
                let types = LearningKeywords.typeOrder
                entries(value, keyPath, keys: types.map(\.rawValue), &reader) { key, phrasePath, value, reader in
                    guard let type = ActionType(rawValue: key), let phrases = reader.strings(value, at: phrasePath) else { return false }
                    learning.keywords.types[type] = phrases
                    return true
                }
            }
            return false
        }
    }
}

extension ConfigurationChecks {
    /// Policy severities are level ids of the scale (`p0` is P0).
    static func checkLearning(_ configuration: inout Configuration, reader: inout YAMLNodeReader) {
        let scale = configuration.severity
        var ids: [String] = []
        for written in configuration.learning.policy.severities {
            if let id = scale.normalize(written) {
                ids.append(id)
            } else if let node = reader.nodes["learning.policy.severities"] {
                reader.fail(
                    "'learning.policy.severities' lists '\(written)', which is not a severity; use one of \(scale.levels.joined(separator: ", "))",
                    at: node)
            }
        }
        configuration.learning.policy.severities = ids
    }
}

extension ConfigurationPrinter {
    /// The `learning:` lines of `hindsight config`.
    static func learningLines(_ loaded: LoadedConfiguration, line: (Int, String, String?, String) -> Void, section: (String) -> Void) {
        let learning = loaded.configuration.learning
        section("learning")
        section("  policy")
        line(2, "severities", YAMLText.sequence(learning.policy.severities), "learning.policy.severities")
        line(2, "dataLoss", String(learning.policy.dataLoss), "learning.policy.dataLoss")
        line(2, "rollback", String(learning.policy.rollback), "learning.policy.rollback")
        line(2, "performanceDegradation", String(learning.policy.performanceDegradation), "learning.policy.performanceDegradation")
        section("  kindKeywords")
        for kind in LearningKeywords.kindOrder {
            line(2, kind.rawValue, YAMLText.sequence(learning.keywords.phrases(for: kind)), "learning.kindKeywords.\(kind.rawValue)")
        }
        section("  typeKeywords")
        for type in LearningKeywords.typeOrder {
            line(2, type.rawValue, YAMLText.sequence(learning.keywords.phrases(for: type)), "learning.typeKeywords.\(type.rawValue)")
        }
    }
}
