import ArgumentParser
import Foundation
import HindsightCore

/// The `hindsight` command line: a thin shell over HindsightCore.
struct Hindsight: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hindsight",
        abstract: "Check incident post-mortems, measure them, and publish them as a static site.",
        version: "0.1.0",
        subcommands: [Check.self, Fix.self, Metrics.self, Build.self, Serve.self, Config.self, New.self, Init.self]
    )
}

/// Prints a command's output and exits with its code.
func finish(_ output: CommandOutput) -> Never {
    // Nothing a file holds can reach the terminal as a control sequence.
    FileHandle.standardOutput.write(Data(TerminalText.visible(output.standardOutput).utf8))
    FileHandle.standardError.write(Data(TerminalText.visible(output.standardError).utf8))
    exit(output.exitCode)
}

do {
    var command = try Hindsight.parseAsRoot()
    try command.run()
} catch {
    // Help and --version exit 0 as usual; every usage problem exits 2, as documented
    // (swift-argument-parser's own default would be 64).
    if Hindsight.exitCode(for: error) == .success { Hindsight.exit(withError: error) }
    FileHandle.standardError.write(Data((Hindsight.fullMessage(for: error) + "\n").utf8))
    exit(ExitCode.usage)
}
