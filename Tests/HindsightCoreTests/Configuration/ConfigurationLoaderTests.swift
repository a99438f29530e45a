import Foundation
import Testing

@testable import HindsightCore

/// Reading `hindsight.yml`: every problem is an error with the file, line and column.
@Suite("configuration file errors")
struct ConfigurationLoaderTests {
    /// The diagnostics for `yaml`, one line each, or the empty list when it loads.
    func errors(_ yaml: String) -> [String] {
        switch ConfigurationLoader.parse(yaml, path: "hindsight.yml") {
        case .success: return []
        case .failure(.invalid(let diagnostics)): return diagnostics.map(\.description)
        case .failure(let failure): return [failure.description]
        }
    }

    func load(_ yaml: String) throws -> LoadedConfiguration {
        try ConfigurationLoader.parse(yaml, path: "hindsight.yml").get()
    }

    @Test("an empty file, or one with only comments, is the defaults")
    func emptyFileIsDefaults() throws {
        #expect(try load("").configuration == Configuration())
        #expect(try load("# nothing set yet\n").configuration == Configuration())
        #expect(try load("site: ~\n").configuration == Configuration())
    }

    @Test("an unknown top-level key is an error with a did-you-mean")
    func unknownTopLevelKey() {
        #expect(
            errors("serverity:\n  aliases: {}\n") == [
                "hindsight.yml:1:1: error: unknown key 'serverity'; did you mean 'severity'? [config]"
            ])
    }

    @Test("an unknown nested key names its section, with a did-you-mean or the section's keys")
    func unknownNestedKey() {
        #expect(
            errors("severity:\n  aliasses:\n    SEV1: P1\n") == [
                "hindsight.yml:2:3: error: unknown key 'aliasses' in 'severity'; did you mean 'aliases'? [config]"
            ])
        #expect(
            errors("site:\n  colour: red\n") == [
                "hindsight.yml:2:3: error: unknown key 'colour' in 'site'; the keys in 'site' are title, baseURL, editURL [config]"
            ])
        #expect(
            errors("severity:\n  levels:\n    - id: P0\n      colour: '#fff'\n") == [
                "hindsight.yml:4:7: error: unknown key 'colour' in 'severity.levels[0]'; did you mean 'color'? [config]"
            ])
    }

    @Test("a wrong type is an error at the value's line and column")
    func wrongType() {
        #expect(
            errors("recurrence:\n  windowDays: ninety\n") == [
                "hindsight.yml:2:15: error: 'recurrence.windowDays' must be a whole number of days from 0 to 36500, not 'ninety' [config]"
            ])
        #expect(
            errors("followUp:\n  defaultDays: 99999999999\n") == [
                "hindsight.yml:2:16: error: 'followUp.defaultDays' must be a whole number of days from 1 to 36500, not '99999999999' [config]"
            ])
        #expect(
            errors("site:\n  title: [a, b]\n") == [
                "hindsight.yml:2:10: error: 'site.title' must be a string, not a list [config]"
            ])
        #expect(
            errors("metrics:\n  excludeTags: game-day\n") == [
                "hindsight.yml:2:16: error: 'metrics.excludeTags' must be a list of strings (`[a, b]`), not 'game-day' [config]"
            ])
        #expect(
            errors("recurrence:\n  requireSharedService: maybe\n") == [
                "hindsight.yml:2:25: error: 'recurrence.requireSharedService' must be true or false, not 'maybe' [config]"
            ])
        #expect(
            errors("input:\n  paths: []\n") == [
                "hindsight.yml:2:10: error: 'input.paths' needs at least one folder or file; leave it out to read postmortems/ [config]"
            ])
        #expect(errors("- site\n") == ["hindsight.yml:1:1: error: the file must be a mapping of keys, not a list [config]"])
    }

    @Test("an alias naming an id not on the scale is an error at the alias")
    func badAlias() {
        #expect(
            errors("severity:\n  aliases:\n    Critical: P5\n") == [
                "hindsight.yml:3:5: error: alias 'Critical' maps to 'P5', which is not a severity id; use one of P0, P1, P2, P3, P4 [config]"
            ])
        #expect(
            errors("severity:\n  aliases:\n    Critical:\n") == [
                "hindsight.yml:3:5: error: alias 'Critical' needs the level id it stands for (`Critical: P1`) [config]"
            ])
        #expect(
            errors("severity:\n  aliases:\n    p1: P2\n") == [
                "hindsight.yml:3:5: error: alias 'p1' is the severity id 'P1' itself; remove it [config]"
            ])
    }

    @Test("two aliases that are one spelling, and two levels with one id, are errors")
    func duplicates() {
        #expect(
            errors("severity:\n  aliases:\n    Sev 1: P1\n    SEV-1: P2\n") == [
                "hindsight.yml:4:5: error: alias 'SEV-1' is the same as 'Sev 1' (line 3) ignoring case, spaces and hyphens; keep one [config]"
            ])
        #expect(
            errors("severity:\n  levels:\n    - id: SEV1\n    - id: SEV2\n    - id: SEV1\n") == [
                "hindsight.yml:5:7: error: duplicate severity id 'SEV1' (also on line 3); each level needs its own id [config]"
            ])
        #expect(
            errors("site: {}\nsite: {}\n") == [
                "hindsight.yml:2:1: error: duplicate key 'site' (first on line 1); each key may appear once in a mapping [config]"
            ])
        #expect(
            errors("site:\n  title: A\n  # title: was\n  title : B\n") == [
                "hindsight.yml:4:3: error: duplicate key 'title' (first on line 2); each key may appear once in a mapping [config]"
            ])
        #expect(
            errors("site: {title: A, title: B}\n") == [
                "hindsight.yml:1:18: error: duplicate key 'title' (first on line 1); each key may appear once in a mapping [config]"
            ])
    }

    @Test("a YAML syntax error is reported at its position")
    func syntaxError() {
        #expect(
            errors("site:\n  title: [a\n") == [
                "hindsight.yml:3:1: error: invalid YAML: did not find expected ',' or ']' (while parsing a flow sequence at line 2, column 10) [config]"
            ])
        #expect(
            errors("site:\n  title: a: b\n") == [
                "hindsight.yml:2:11: error: invalid YAML: mapping values are not allowed in this context [config]"
            ])
    }

    @Test("values are checked: URLs, timezone, rule names and levels, SLO severities, removed phrases")
    func valueChecks() {
        #expect(
            errors("site:\n  baseURL: incidents.example.com\n  editURL: https://github.com/org/repo/edit/main/\n") == [
                "hindsight.yml:2:12: error: 'site.baseURL' must be an absolute http(s) URL like https://incidents.example.com/, not 'incidents.example.com' [config]",
                "hindsight.yml:3:12: error: 'site.editURL' must be an absolute http(s) URL containing {path}, like https://github.com/org/repo/edit/main/{path}, not 'https://github.com/org/repo/edit/main/' [config]",
            ])
        #expect(
            errors("input:\n  timezone: Europe/Pariss\n") == [
                "hindsight.yml:2:13: error: 'input.timezone' is not a known timezone 'Europe/Pariss'; did you mean 'Europe/Paris'? [config]"
            ])
        #expect(
            errors("rules:\n  levels:\n    blameful-langauge: off\n    section-order: loud\n    unreadable-file: off\n") == [
                "hindsight.yml:3:5: error: 'blameful-langauge' in 'rules.levels' is not a rule; did you mean 'blameful-language'? [config]",
                "hindsight.yml:4:20: error: 'rules.levels.section-order' must be off, warning or error, not 'loud' [config]",
                "hindsight.yml:5:22: error: 'unreadable-file' cannot be turned off: a file Hindsight cannot read, or a directive it cannot apply, is never silently skipped; make it a warning instead [config]",
            ])
        #expect(
            errors("followUp:\n  sloDays:\n    P9: 10\n") == [
                "hindsight.yml:3:5: error: 'P9' in 'followUp.sloDays' is not a severity id; use one of P0, P1, P2, P3, P4 [config]"
            ])
        #expect(
            errors("rules:\n  blamefulLanguage:\n    remove: [carless]\n") == [
                "hindsight.yml:3:13: error: 'carless' is not on the blameful-language list, so removing it changes nothing; did you mean 'careless'? [config]"
            ])
        #expect(
            errors("recurrence:\n  tags: [database]\n  ignoreTags: [config-change]\n") == [
                "hindsight.yml:3:15: error: give either 'recurrence.tags' (only these tags count) or 'recurrence.ignoreTags' (all tags but these), not both [config]"
            ])
    }

    @Test("a named file that does not exist is a usage error; no hindsight.yml in the folder is the defaults")
    func finding() throws {
        let folder = try TemporaryFolder()
        #expect(
            ConfigurationLoader.load(explicitPath: folder.path + "/missing.yml", directory: folder.path).failure?.description
                == "error: cannot read the configuration file \(folder.path)/missing.yml: no such file\n")
        #expect(try ConfigurationLoader.load(explicitPath: nil, directory: folder.path).get() == LoadedConfiguration())
        try folder.write("hindsight.yml", "site:\n  title: Found\n")
        let found = try ConfigurationLoader.load(explicitPath: nil, directory: folder.path).get()
        #expect(found.configuration.site.title == "Found")
        #expect(found.origin(of: "site.title") == .file(path: folder.path + "/hindsight.yml", line: 2))
    }

    @Test("paths in the file are relative to its folder")
    func relativePaths() throws {
        let loaded = try ConfigurationLoader.parse(
            "input:\n  paths: [reviews, /abs]\nincidents: register.yml\n", path: "repo/hindsight.yml"
        ).get()
        #expect(loaded.configuration.input.paths == ["repo/reviews", "/abs"])
        #expect(loaded.configuration.incidents == "repo/register.yml")
    }
}

extension Result {
    var failure: Failure? {
        if case .failure(let failure) = self { return failure }
        return nil
    }
}

/// docs/configuration.md documents every key the loader accepts.
@Suite("configuration documentation")
struct ConfigurationDocumentationTests {
    @Test("every top-level key has its section, every milestone its row")
    func everyKeyDocumented() throws {
        let doc = try String(contentsOfFile: Fixtures.packageRoot + "/docs/configuration.md", encoding: .utf8)
            .replacingOccurrences(of: "\n", with: " ")
        for key in ConfigurationSections.topKeys { #expect(doc.contains("## `\(key)`"), "\(key)") }
        for milestone in Milestone.allCases { #expect(doc.contains("| `\(milestone.rawValue)` |"), "\(milestone.rawValue)") }
        for phrase in BlamefulLanguageRule.defaultPhrases where phrase != "’s fault" { #expect(doc.contains(phrase), "\(phrase)") }
    }
}
