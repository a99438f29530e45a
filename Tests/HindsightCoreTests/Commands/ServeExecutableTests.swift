import Foundation
import Testing

/// `hindsight serve` through the binary: it prints where it listens and stops on SIGINT or SIGTERM.
@Suite("The hindsight executable: serve")
struct ServeExecutableTests {
    /// Standard error of a running process, collected as it comes.
    final class Collected: @unchecked Sendable {
        private let lock = NSLock()
        private var data = Data()
        var text: String { lock.withLock { String(decoding: data, as: UTF8.self) } }
        func append(_ more: Data) { lock.withLock { data += more } }
    }

    @Test("serves on the port printed, and stops cleanly with exit 0", arguments: [SIGINT, SIGTERM])
    func stopsOnSignal(signal: Int32) async throws {
        let binary = try #require(ExecutableTests.binary)
        let folder = try TemporaryFolder()
        try folder.write("postmortems/a.md", Fixtures.validPostMortem)
        let process = Process()
        process.executableURL = binary
        process.arguments = ["serve", "--port", "0", "--as-of", "2026-01-01"]
        process.currentDirectoryURL = URL(fileURLWithPath: folder.path)
        let error = Pipe()
        let collected = Collected()
        error.fileHandleForReading.readabilityHandler = { collected.append($0.availableData) }
        process.standardError = error
        process.standardOutput = Pipe()
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        let started = await eventually { collected.text.contains(" (Ctrl-C stops)\n") }
        #expect(started, "\(collected.text)")
        let line = collected.text.split(separator: "\n").first.map(String.init) ?? ""
        #expect(line.hasPrefix("serving 1 post-mortem on http://127.0.0.1:"))
        let port = try #require(UInt16(line.split(separator: ":").last?.split(separator: "/").first ?? ""))
        let page = try LoopbackHTTP.request("/incidents/a/", port: port)
        #expect(page.status == 200)
        #expect(page.body.contains("Checkout failures from connection pool exhaustion"))
        kill(process.processIdentifier, signal)
        let exited = await eventually { !process.isRunning }
        #expect(exited)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(collected.text.hasSuffix("stopped\n"))
        #expect(try FileManager.default.subpathsOfDirectory(atPath: folder.path) == ["postmortems", "postmortems/a.md"])
    }

    @Test("--help shows examples")
    func help() throws {
        let result = try ExecutableTests.run(["serve", "--help"])
        #expect(result.status == 0)
        #expect(result.output.contains("Examples:\n  hindsight serve                            # on http://127.0.0.1:8000/\n"))
        #expect(result.output.contains("--port <port>"))
    }
}
