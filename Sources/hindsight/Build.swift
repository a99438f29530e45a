import ArgumentParser
import HindsightCore

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the static site: incident reports, trends, the action board, feeds and JSON exports.",
        discussion: """
            Files with errors are still published (with their diagnostics) and the build exits 0; --strict refuses to \
            build when `check --strict` would fail (exit 1). Exit 2: usage problems and refused output folders.

            Examples:
              hindsight build                       # postmortems/ into _site/
              hindsight build --base-url https://incidents.example.com/
              hindsight build --incidents incident-register.csv
              hindsight build --strict --verbose --output public
            """
    )

    @Argument(help: "Folders to search for *.md files, or post-mortem files (default: postmortems).")
    var paths: [String] = []

    @Option(name: .shortAndLong, help: ArgumentHelp("The folder to write the site to.", valueName: "dir"))
    var output = "_site"

    @Option(help: ArgumentHelp("A theme folder overriding the default theme file by file.", valueName: "dir"))
    var theme: String?

    @OptionGroup var site: SiteArguments

    @Flag(help: "Refuse to build when `check --strict` would fail.")
    var strict = false

    @Flag(help: "Replace an output folder that Hindsight did not create.")
    var force = false

    @Flag(name: .shortAndLong, help: "Print each build stage and how long it took.")
    var verbose = false

    @Flag(help: "Do not read when each file last changed from git (the incident pages and incidents.json then show no date).")
    var noGit = false

    @Flag(help: "Accept an input folder with no post-mortems (by default an error, so a mistyped or emptied folder fails).")
    var allowEmpty = false

    func run() throws {
        let configuration = site.config.load(site.overrides).configuration
        var command = BuildCommand(
            inputs: paths.isEmpty ? configuration.input.paths : paths, output: output, themeDirectory: theme,
            site: configuration.siteOptions(asOf: site.asOf, includeDrafts: site.drafts), strict: strict, force: force)
        command.verbose = verbose
        command.configuration = configuration
        command.allowsEmpty = allowEmpty
        command.readsGitHistory = !noGit
        finish(command.run())
    }
}
