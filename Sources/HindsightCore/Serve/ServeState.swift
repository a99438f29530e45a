import Foundation

/// What `hindsight serve` shows right now: the site, its version number (the
/// reload script compares it) and the problems the banner lists.
struct ServeState: Sendable {
    var site: LiveSite
    /// Moves on with every rebuild that changed something.
    var generation: Int
    /// One block per problem: a configuration, theme or folder error, or a
    /// diagnostic (with its source line) of a file edited while serving or unreadable.
    var problems: [String]
}

/// The state shared between the watching thread, which replaces it, and the requests, which read it.
final class SharedServeState: @unchecked Sendable {
    private let lock = NSLock()
    private var value: ServeState

    init(_ value: ServeState) {
        self.value = value
    }

    var current: ServeState {
        get { lock.withLock { value } }
        set { lock.withLock { value = newValue } }
    }
}
