import Foundation
import Testing

@testable import HindsightCore

/// `hindsight config`, `--config FILE` and flags over the file.
@Suite("hindsight config")
struct ConfigCommandTests {
    @Test("prints every value with its origin: default, the file's line, or the flag")
    func origins() throws {
        let file = try ConfigurationLoader.parse(
            "site:\n  title: Ops reviews\n  baseURL: https://ops.example.com/\nseverity:\n  aliases:\n    Critical: P0\nrecurrence:\n  windowDays: 60\n",
            path: "hindsight.yml"
        ).get()
        let loaded = ConfigurationOverrides(title: "From the flag", recurrenceWindow: 30).applied(to: file)
        let lines = ConfigCommand(configuration: loaded).run().standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.first == "# effective configuration: hindsight.yml")
        #expect(lines.contains("  title: From the flag  # --title"))
        #expect(lines.contains("  baseURL: \"https://ops.example.com/\"  # hindsight.yml:3"))
        #expect(lines.contains("  editURL: ~  # default"))
        #expect(lines.contains("    CRITICAL: P0  # hindsight.yml:6"))
        #expect(lines.contains("    SEV1: P1  # default"))
        #expect(lines.contains("  windowDays: 30  # --recurrence-window"))
        #expect(lines.contains("    blameful-language: warning  # default"))
        #expect(loaded.configuration.site.title == "From the flag")
        #expect(loaded.configuration.recurrence.windowDays == 30)
    }

    @Test("what it prints reads back as the same configuration")
    func roundTrip() throws {
        let yaml = """
            site: {title: "Ops: reviews", editURL: "https://github.com/org/repo/edit/main/{path}"}
            input: {paths: [reviews], timezone: Europe/Paris}
            severity:
              builtInAliases: false
              levels: [{id: SEV1, name: Critical, color: "#d03b3b"}, {id: SEV2, description: "Degraded, no data loss"}]
              aliases: {Critical: SEV1}
            milestones: {detected: [alert fired, paged]}
            recurrence: {windowDays: 45, ignoreTags: [config-change], requireSharedService: yes}
            followUp: {sloDays: {SEV1: 14}, defaultDays: 90}
            rules:
              levels: {section-order: off, blameful-language: error}
              blamefulLanguage: {add: [rookie mistake], remove: [sloppy]}
              shallowRootCause: {minimumWords: 25}
            metrics: {excludeTags: [game-day]}
            incidents: register.yml

            """
        let loaded = try ConfigurationLoader.parse(yaml, path: "hindsight.yml").get()
        let printed = ConfigCommand(configuration: loaded).run().standardOutput
        let reread = try ConfigurationLoader.parse(printed, path: "printed.yml").get()
        #expect(reread.configuration == loaded.configuration)
        #expect(
            ConfigCommand(configuration: LoadedConfiguration()).run().standardOutput.hasPrefix(
                "# effective configuration: no hindsight.yml, defaults only\n"))
        #expect(
            try ConfigurationLoader.parse(ConfigCommand(configuration: LoadedConfiguration()).run().standardOutput, path: "x").get()
                .configuration == Configuration())  // a one-character path once trapped in Foundation
    }

    @Test("check reads the configuration it is given: an alias and a rule turned off")
    func checkWithConfiguration() throws {
        let folder = try TemporaryFolder()
        try folder.write(
            "x.md",
            Fixtures.validPostMortem.replacingOccurrences(of: "**Severity**: P1", with: "**Severity**: Critical")
                .replacingOccurrences(of: "The deploy doubled", with: "A careless deploy doubled"))
        #expect(CheckCommand(inputs: [folder.path]).run().standardOutput.hasSuffix("checked 1 file: 1 error, 1 warning\n"))
        var command = CheckCommand(inputs: [folder.path])
        command.configuration = try ConfigurationLoader.parse(
            "severity: {aliases: {Critical: P1}}\nrules: {levels: {blameful-language: off}}\n", path: "hindsight.yml"
        ).get().configuration
        #expect(command.run().standardOutput == "checked 1 file: 0 errors, 0 warnings\n")
    }
}
