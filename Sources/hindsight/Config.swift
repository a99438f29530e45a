import ArgumentParser
import Foundation
import HindsightCore

/// `--config FILE`, shared by every command that reads post-mortems.
struct ConfigOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp("The configuration file (default: hindsight.yml in the current folder, if there is one).", valueName: "file"))
    var config: String?

    /// The configuration with `overrides` applied and its incident register read; exits 2 with the file's problems when it cannot be read.
    func load(_ overrides: ConfigurationOverrides = ConfigurationOverrides()) -> LoadedConfiguration {
        switch ConfigurationLoader.load(explicitPath: config) {
        case .success(let loaded):
            var loaded = overrides.applied(to: loaded)
            loaded.configuration.readRegister()
            return loaded
        case .failure(let failure): finish(CommandOutput(standardError: failure.description, exitCode: ExitCode.usage))
        }
    }
}

struct Config: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the effective configuration, each value with where it came from (default, file, flag).",
        discussion: """
            Keys: docs/configuration.md.

            Examples:
              hindsight config                    # hindsight.yml here, else defaults
              hindsight config --config ci/hindsight.yml --title "Payments"
            """
    )

    @OptionGroup var config: ConfigOptions

    @Option(help: ArgumentHelp("The site's title.", valueName: "text"))
    var title: String?

    @Option(help: ArgumentHelp("Absolute URL the site is served from.", valueName: "url"))
    var baseURL: String?

    @Option(help: ArgumentHelp("An incident sharing a tag with one at most this many days earlier is a repeat.", valueName: "days"))
    var recurrenceWindow: Int?

    func validate() throws {
        try SiteFlags.validate(title: title, baseURL: baseURL, recurrenceWindow: recurrenceWindow)
    }

    func run() throws {
        let overrides = ConfigurationOverrides(title: title, baseURL: baseURL, recurrenceWindow: recurrenceWindow)
        finish(ConfigCommand(configuration: config.load(overrides)).run())
    }
}

/// The checks of the flags that override the file.
enum SiteFlags {
    static func validate(title: String?, baseURL: String?, recurrenceWindow: Int?) throws {
        if let title, title.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--title must not be empty") }
        if let baseURL, !(baseURL.hasPrefix("https://") || baseURL.hasPrefix("http://")) {
            throw ValidationError("--base-url must be an absolute http(s) URL")
        }
        if let recurrenceWindow, !(0...36_500).contains(recurrenceWindow) {
            throw ValidationError("--recurrence-window must be from 0 to 36500 days (100 years)")
        }
    }
}

/// `--incidents FILE`, on the commands that check post-mortem coverage.
struct RegisterOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "The incident register (CSV or JSON) to check post-mortem coverage against (default: incidents: in hindsight.yml).",
            valueName: "file"))
    var incidents: String?
}
