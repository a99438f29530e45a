import ArgumentParser
import HindsightCore

struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Start a post-mortem from the template: <date>-<slug>.md with the title, date and severity filled in.",
        discussion: """
            Prints the new file's path. Never overwrites: when the file exists, exits 1 and leaves it as it was. \
            The severity is checked against the scale in hindsight.yml and written as the level's id (--severity SEV1 writes P1).

            Examples:
              hindsight new "Checkout failures: DB pool exhausted" --severity P1
              hindsight new "Search index stale" --date 2026-11-20 --folder reviews
            """
    )

    @Argument(help: "The incident's title; the file name is made from it (\"Checkout failures: DB pool!\" → checkout-failures-db-pool).")
    var title: String

    @Option(
        help: ArgumentHelp("The incident's severity: a level id or an alias (default: the template's placeholder).", valueName: "level"))
    var severity: String?

    @Option(help: ArgumentHelp("The incident's date (YYYY-MM-DD; default: today, UTC).", valueName: "date"))
    var date: Day?

    @Option(help: ArgumentHelp("The folder to write to (default: the first of input.paths, postmortems).", valueName: "folder"))
    var folder: String?

    @Option(help: ArgumentHelp("The file name's words instead of the title's.", valueName: "words"))
    var slug: String?

    @OptionGroup var config: ConfigOptions

    func run() throws {
        let configuration = config.load().configuration
        var command = NewCommand(
            title: title, date: date ?? .today(), severity: severity, folder: folder ?? configuration.input.paths.first ?? "postmortems",
            slug: slug)
        command.configuration = configuration
        finish(command.run())
    }
}
