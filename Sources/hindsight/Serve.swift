import ArgumentParser
import Foundation
import HindsightCore

struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve the site on 127.0.0.1 and rebuild it as post-mortems, the theme or hindsight.yml change; open pages reload.",
        discussion: """
            Nothing is written to disk: pages are rendered from memory when asked for, and an edit costs one file's parse \
            and the measure stage. A file or configuration with problems does not stop the server: its diagnostics are shown \
            at the foot of every page until fixed. Ctrl-C stops it. Details: docs/serve.md.

            Examples:
              hindsight serve                            # on http://127.0.0.1:8000/
              hindsight serve reviews --port 8080 --drafts
              hindsight serve --port 0 --theme my-theme  # any free port
            """
    )

    @Argument(help: "Folders to search for *.md files, or post-mortem files (default: input.paths, else postmortems).")
    var paths: [String] = []

    @Option(help: ArgumentHelp("The port to listen on, on 127.0.0.1 only (0: any free port).", valueName: "port"))
    var port: UInt16 = 8000

    @Option(help: ArgumentHelp("A theme folder overriding the default theme file by file (watched too).", valueName: "dir"))
    var theme: String?

    @OptionGroup var site: SiteArguments

    @Flag(help: "Do not read when each file last changed from git (as build's --no-git).")
    var noGit = false

    func run() throws {
        var command = ServeCommand(inputs: paths, port: port, themeDirectory: theme, configurationPath: site.config.config, asOf: site.asOf)
        command.overrides = site.overrides
        command.includeDrafts = site.drafts
        command.readsGitHistory = !noGit
        finish(ServeRunner.run(command))
    }
}

/// Runs the server until SIGINT or SIGTERM, then stops it cleanly.
enum ServeRunner {
    static func run(_ command: ServeCommand) -> CommandOutput {
        let done = DispatchSemaphore(value: 0)
        let result = ResultBox()
        for signalNumber in [SIGINT, SIGTERM] { signal(signalNumber, SIG_IGN) }
        Task {
            let session: ServeSession
            do throws(ServeCommand.StartFailure) {
                session = try await command.start { line in FileHandle.standardError.write(Data(TerminalText.visible(line).utf8)) }
            } catch {
                result.output = error.output
                done.signal()
                return
            }
            FileHandle.standardError.write(Data(session.startMessage.utf8))
            await Signals.wait(for: [SIGINT, SIGTERM])
            await session.stop()
            result.output = CommandOutput(standardError: "stopped\n")
            done.signal()
        }
        done.wait()
        return result.output
    }
}

/// Waits for the first of some signals (they must be ignored first, so the default action does not end the process).
enum Signals {
    static func wait(for signals: [Int32]) async {
        let queue = DispatchQueue(label: "hindsight serve: signals")
        let sources = signals.map { DispatchSource.makeSignalSource(signal: $0, queue: queue) }
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let once = Once()
            for source in sources {
                source.setEventHandler { if once.first() { continuation.resume() } }
                source.resume()
            }
        }
        for source in sources { source.cancel() }
    }
}

/// True the first time only.
private final class Once: @unchecked Sendable {
    private let lock = NSLock()
    private var done = false

    func first() -> Bool {
        lock.withLock {
            defer { done = true }
            return !done
        }
    }
}

private final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var value = CommandOutput()

    var output: CommandOutput {
        get { lock.withLock { value } }
        set { lock.withLock { value = newValue } }
    }
}
