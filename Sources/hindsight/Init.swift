import ArgumentParser
import HindsightCore

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Start a post-mortem site: an example post-mortem, a commented hindsight.yml, GitHub Actions and GitLab CI.",
        discussion: """
            Never overwrites: an existing file is skipped with a note. Exit status 0 when it created a file, 1 when every \
            file existed.

            Examples:
              hindsight init                  # here
              hindsight init incident-reviews # a new folder
            """
    )

    @Argument(help: "The folder to set up (default: the current folder).")
    var directory: String = "."

    func run() throws {
        finish(InitCommand(directory: directory).run())
    }
}
