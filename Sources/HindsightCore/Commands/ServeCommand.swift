import Foundation

/// `hindsight serve`: the site on 127.0.0.1, from memory, rebuilt as the
/// post-mortems, the theme and the configuration change.
public struct ServeCommand: Sendable {
    /// Folders or files named on the command line; empty: the configuration's `input.paths`.
    public var inputs: [String]
    /// The port to listen on; 0 for any free one (``ServeSession/port`` says which).
    public var port: UInt16
    public var themeDirectory: String?
    /// `--config FILE`; nil: `hindsight.yml` in the current folder, when there is one.
    public var configurationPath: String?
    public var overrides = ConfigurationOverrides()
    public var asOf: Day
    public var includeDrafts = false
    /// Whether pages say when each file last changed, from git (`--no-git`: no), as `build` does.
    public var readsGitHistory = true
    /// Seconds between two looks at the sources.
    public var pollInterval = 0.25
    /// Seconds the sources must stay unchanged before a rebuild (an editor's save can be several writes).
    public var settleInterval = 0.1
    /// How long the server may take to start listening before serve gives up, in seconds. The
    /// tests allow more: on two cores their other suites can hold both threads of the cooperative
    /// pool for over 10 s, so the server's task is not run.
    var listenTimeout = 10

    /// Why the server did not start: what to print, exit status 2.
    public struct StartFailure: Error, Sendable {
        public var standardError: String
        public var output: CommandOutput { CommandOutput(standardError: standardError, exitCode: ExitCode.usage) }
    }

    public init(inputs: [String] = [], port: UInt16 = 8000, themeDirectory: String? = nil, configurationPath: String? = nil, asOf: Day) {
        self.inputs = inputs
        self.port = port
        self.themeDirectory = themeDirectory
        self.configurationPath = configurationPath
        self.asOf = asOf
    }

    /// The configuration file watched: the one named, else `hindsight.yml` here (which may appear later).
    var watchedConfigurationPath: String { configurationPath ?? ConfigurationLoader.fileName }

    /// Builds the site, listens on 127.0.0.1 and starts watching; `log` gets a line per rebuild.
    public func start(log: @escaping @Sendable (String) -> Void) async throws(StartFailure) -> ServeSession {
        try await ServeSession.start(self, log: log)
    }
}
