import Foundation
import Yams

/// Checks of values against each other and the world, once every section is read.
enum ConfigurationChecks {
    static func check(_ configuration: inout Configuration, reader: inout YAMLNodeReader) {
        func fail(_ keyPath: String, _ message: String) {
            if let node = reader.nodes[keyPath] { reader.fail(message, at: node) }
        }
        let site = configuration.site
        if site.title.trimmingCharacters(in: .whitespaces).isEmpty { fail("site.title", "'site.title' must not be empty") }
        if let url = site.baseURL, !isWebURL(url) {
            fail("site.baseURL", "'site.baseURL' must be an absolute http(s) URL like https://incidents.example.com/, not '\(url)'")
        }
        if let pattern = site.editURL, !isWebURL(pattern) || !pattern.contains("{path}") {
            fail(
                "site.editURL",
                "'site.editURL' must be an absolute http(s) URL containing {path}, like https://github.com/org/repo/edit/main/{path}, not '\(pattern)'"
            )
        }
        if let timezone = configuration.input.timezone, TimeZone(identifier: timezone) == nil {
            let hint = YAMLNodeReader.suggestion(for: timezone, among: TimeZone.knownTimeZoneIdentifiers).map { "; did you mean '\($0)'?" }
            fail(
                "input.timezone",
                "'input.timezone' is not a known timezone '\(timezone)'\(hint ?? "; use an IANA name like Europe/Paris or UTC")")
        }
        if configuration.recurrence.filter.tags != nil, !configuration.recurrence.filter.ignoreTags.isEmpty {
            fail(
                "recurrence.ignoreTags",
                "give either 'recurrence.tags' (only these tags count) or 'recurrence.ignoreTags' (all tags but these), not both")
        }
        let ids = configuration.severity.levels
        for key in configuration.followUp.days.keys.sorted() where !ids.contains(key) {
            if let id = ids.first(where: { SeverityScale.aliasKey($0) == SeverityScale.aliasKey(key) }) {
                configuration.followUp.days[id] = configuration.followUp.days.removeValue(forKey: key)  // `p0: 14` is P0
                reader.origins["followUp.sloDays.\(id)"] = reader.origins.removeValue(forKey: "followUp.sloDays.\(key)")
            } else if reader.nodes["followUp.sloDays.\(key)"] == nil {
                configuration.followUp.days[key] = nil  // a default for a level the file's scale does not have
            } else {
                fail(
                    "followUp.sloDays.\(key)",
                    "'\(key)' in 'followUp.sloDays' is not a severity id; use one of \(ids.joined(separator: ", "))")
            }
        }
        let known = Set(BlamefulLanguageRule.defaultPhrases.map { $0.lowercased() })
        for phrase in configuration.rules.blamefulPhrasesRemoved where !known.contains(phrase.lowercased()) {
            let hint = YAMLNodeReader.suggestion(for: phrase, among: BlamefulLanguageRule.defaultPhrases).map { "; did you mean '\($0)'?" }
            fail(
                "rules.blamefulLanguage.remove",
                "'\(phrase)' is not on the blameful-language list, so removing it changes nothing\(hint ?? "; the list is in docs/configuration.md")"
            )
        }
        for (rule, level) in configuration.rules.levels.sorted(by: { $0.key.rawValue < $1.key.rawValue })
        where level == .off && !rule.canBeDisabled {
            fail(
                "rules.levels.\(rule.rawValue)",
                "'\(rule.rawValue)' cannot be turned off: a file Hindsight cannot read, or a directive it cannot apply, is never silently skipped; make it a warning instead"
            )
        }
    }

    static func isWebURL(_ value: String) -> Bool {
        (value.hasPrefix("https://") || value.hasPrefix("http://")) && !value.contains(where: { $0 == " " || $0 == "\"" || $0 == "<" })
    }

    /// `#rgb` or `#rrggbb`.
    static func isColor(_ value: String) -> Bool {
        value.hasPrefix("#") && [4, 7].contains(value.count) && value.dropFirst().allSatisfy(\.isHexDigit)
    }
}
