import ArgumentParser
import Foundation
import HindsightCore

extension MetricsFormat: ExpressibleByArgument {}

extension Day: ExpressibleByArgument {
    public init?(argument: String) {
        guard let day = DateParser.parse(argument) else { return nil }
        self = day
    }
}

/// Options shared by the commands that measure.
struct MeasureOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Judge overdue items on this date (YYYY-MM-DD; default: today).", valueName: "date"))
    var asOf: Day?

    @Option(help: ArgumentHelp("An incident sharing a tag with one at most this many days earlier is a repeat.", valueName: "days"))
    var recurrenceWindow: Int?

    func validate() throws {
        try SiteFlags.validate(title: nil, baseURL: nil, recurrenceWindow: recurrenceWindow)
    }
}

struct Metrics: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Time to restore (median, p90), repeats and follow-through, with the incidents behind each figure.",
        discussion: """
            Definitions: docs/metrics.md.

            Examples:
              hindsight metrics                                  # a table on the terminal
              hindsight metrics --format json --as-of 2026-11-25 > metrics.json
              hindsight metrics --format csv --recurrence-window 60
            """
    )

    @Argument(help: "Folders to search for *.md files, or post-mortem files (default: postmortems).")
    var paths: [String] = []

    @Option(help: "Output format: table, json or csv (one row per incident).")
    var format: MetricsFormat = .table

    @OptionGroup var measure: MeasureOptions

    @Option(help: ArgumentHelp("Only incidents on or after this date.", valueName: "date"))
    var since: Day?

    @Option(help: ArgumentHelp("Only incidents on or before this date.", valueName: "date"))
    var until: Day?

    @Flag(help: "Include post-mortems marked **Status**: draft.")
    var drafts = false

    @OptionGroup var config: ConfigOptions

    @OptionGroup var register: RegisterOptions

    @Flag(help: "Accept an input folder with no post-mortems (by default an error, so a mistyped or emptied folder fails).")
    var allowEmpty = false

    func validate() throws {
        if let since, let until, since > until { throw ValidationError("--since \(since) is after --until \(until)") }
    }

    func run() throws {
        let configuration = config.load(ConfigurationOverrides(recurrenceWindow: measure.recurrenceWindow, incidents: register.incidents))
            .configuration
        let options = configuration.metricsOptions(asOf: measure.asOf ?? .today(), since: since, until: until)
        var command = MetricsCommand(
            inputs: paths.isEmpty ? configuration.input.paths : paths, format: format, options: options, includeDrafts: drafts)
        command.configuration = configuration
        command.allowsEmpty = allowEmpty
        finish(command.run())
    }
}

extension Day {
    /// The current date in UTC: the only clock read, and only when no `--as-of` is given.
    static func today() -> Day {
        let components = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: Date())
        return Day(year: components.year!, month: components.month!, day: components.day!)!
    }
}
