import ArgumentParser
import HindsightCore

extension DiagnosticFormat: ExpressibleByArgument {}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validate post-mortems and report problems like a compiler.",
        discussion: """
            Exit status: 0 when no file has errors, 1 when any file has errors (or warnings with --strict), \
            2 for usage problems or a folder that is missing or cannot be listed. Rules: docs/rules.md.

            Examples:
              hindsight check                       # postmortems/, or input.paths
              hindsight check --format github $(git diff --name-only main -- '*.md')
              hindsight check --format sarif > hindsight.sarif
              hindsight check --incidents incident-register.csv --strict
              hindsight check --as-of 2026-11-25    # judge completion dates as of that day
            """
    )

    @Argument(help: "Folders to search for *.md files, or post-mortem files to check (default: postmortems).")
    var paths: [String] = []

    @Option(help: "Output format: text, json, github (workflow annotations) or sarif (SARIF 2.1.0).")
    var format: DiagnosticFormat = .text

    @Flag(help: "Fail on warnings as well as errors.")
    var strict = false

    @OptionGroup var config: ConfigOptions

    @OptionGroup var register: RegisterOptions

    @Option(
        help: ArgumentHelp(
            "Judge completion dates on this date: none may be after it (YYYY-MM-DD; default: today).", valueName: "date"))
    var asOf: Day?

    @Flag(help: "Accept an input folder with no post-mortems (by default an error, so a mistyped or emptied folder fails).")
    var allowEmpty = false

    func run() throws {
        let configuration = config.load(ConfigurationOverrides(incidents: register.incidents)).configuration
        var command = CheckCommand(inputs: paths.isEmpty ? configuration.input.paths : paths, format: format, strict: strict)
        command.configuration = configuration
        command.allowsEmpty = allowEmpty
        command.asOf = asOf ?? .today()
        finish(command.run())
    }
}
