import ArgumentParser
import HindsightCore

struct Fix: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Rewrite post-mortems into the template's canonical form, keeping every sentence as written.",
        discussion: """
            Timeline stamps become `[HH:MM]` in a code span, action items get the checkbox their status reads \
            as, dates ISO 8601, the template's sections their numbers, the fields bold lines (or front matter, \
            with `fix: fields: frontMatter` in hindsight.yml), and timeline and action tables lists where every \
            cell has a place; prose is kept as written. A file with errors, CRLF line endings or a byte-order \
            mark, or whose canonical form would read differently, is left untouched and named. Exit status: 0 when \
            every file is canonical or was fixed, 1 when a file was left untouched (or, with --check, would change), \
            2 for usage problems.

            Examples:
              hindsight fix --diff        # show what would change, write nothing
              hindsight fix --check       # in CI: exit 1 when a file is not canonical
              hindsight fix postmortems/2026-03-17-dns.md
            """
    )

    @Argument(help: "Folders to search for *.md files, or post-mortem files to fix (default: postmortems).")
    var paths: [String] = []

    @Flag(help: "Write nothing; list the files that would change and exit 1 if any would (for CI).")
    var check = false

    @Flag(help: "Write nothing; print a unified diff of each change.")
    var diff = false

    @OptionGroup var config: ConfigOptions

    func run() throws {
        let configuration = config.load().configuration
        var command = FixCommand(inputs: paths.isEmpty ? configuration.input.paths : paths, check: check, diff: diff)
        command.configuration = configuration
        finish(command.run())
    }
}
