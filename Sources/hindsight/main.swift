import ArgumentParser
import Foundation
import HindsightCore

/// The `hindsight` command line: a thin shell over HindsightCore.
struct Hindsight: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hindsight",
        abstract: "Check incident post-mortems, measure them, and publish them as a static site.",
        version: "0.1.0",
        subcommands: [Check.self, Metrics.self, Build.self],
        defaultSubcommand: nil
    )
}

/// Prints a command's output and exits with its code.
func finish(_ output: CommandOutput) -> Never {
    FileHandle.standardOutput.write(Data(output.standardOutput.utf8))
    FileHandle.standardError.write(Data(output.standardError.utf8))
    exit(output.exitCode)
}

Hindsight.main()
