import Foundation

/// The thread that polls the sources and rebuilds: it looks every
/// ``ServeCommand/pollInterval`` seconds and, once a change has settled (two
/// looks ``ServeCommand/settleInterval`` apart agree), publishes the new state.
final class SourceWatcher: Sendable {
    private let sources: LiveSources
    private let shared: SharedServeState
    private let log: @Sendable (String) -> Void
    /// Signalled to wake the thread early (to stop it).
    private let wake = DispatchSemaphore(value: 0)
    private let finished = DispatchSemaphore(value: 0)
    private let stopping = StopFlag()

    /// Every how many looks the input folders are searched again.
    static let looksPerSearch = 8

    init(sources: LiveSources, shared: SharedServeState, log: @escaping @Sendable (String) -> Void) {
        self.sources = sources
        self.shared = shared
        self.log = log
    }

    func start() {
        let thread = Thread { [self] in
            watch()
            finished.signal()
        }
        thread.name = "hindsight serve: watching the sources"
        thread.start()
    }

    /// Stops the thread, waiting for a rebuild under way to finish.
    func stop() async {
        stopping.set()
        wake.signal()
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async { [finished] in
                finished.wait()
                continuation.resume()
            }
        }
    }

    /// Waits `seconds` unless stopped; true when stopping.
    private func pause(_ seconds: Double) -> Bool {
        _ = wake.wait(timeout: .now() + seconds)
        return stopping.isSet
    }

    private func watch() {
        let command = sources.command
        var looks = 0
        while !pause(command.pollInterval) {
            // The folders are searched every few looks (a file in a new subfolder); in between, the files found are stamped.
            looks += 1
            var seen = looks % SourceWatcher.looksPerSearch == 0 ? sources.look() : sources.look(after: sources.snapshot)
            guard seen != sources.snapshot else { continue }
            // Wait for the writes to settle (bounded: a file rewritten without pause still gets served).
            for _ in 0..<20 {
                if pause(command.settleInterval) { return }
                let again = sources.look(after: seen)
                if again == seen { break }
                seen = again
            }
            if let line = sources.rebuild(seen) {
                shared.current = sources.state
                log(line)
            }
        }
    }
}

/// Set once, read from any thread.
private final class StopFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    var isSet: Bool { lock.withLock { value } }

    func set() {
        lock.withLock { value = true }
    }
}
