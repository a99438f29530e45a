/// A problem in the configuration file, printed like a compiler's:
/// `hindsight.yml:12:5: error: unknown key 'serverity'; did you mean 'severity'? [config]`.
public struct ConfigurationDiagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    public var path: String
    public var line: Int
    public var column: Int
    public var message: String

    public init(path: String, line: Int, column: Int, message: String) {
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String { "\(path):\(line):\(column): error: \(message) [config]" }
}

/// Where an effective configuration value came from, for `hindsight config`.
public enum ConfigurationOrigin: Sendable, Hashable, CustomStringConvertible {
    case builtIn
    case file(path: String, line: Int)
    case flag(String)

    public var description: String {
        switch self {
        case .builtIn: return "default"
        case .file(let path, let line): return "\(path):\(line)"
        case .flag(let name): return name
        }
    }
}

/// A configuration with the origin of each value, by key path (`site.title`, `severity.aliases.SEV1`).
public struct LoadedConfiguration: Sendable, Hashable {
    public var configuration: Configuration
    /// Values not listed come from the defaults.
    public var origins: [String: ConfigurationOrigin]
    /// The file read, nil when there was none.
    public var path: String?

    public init(configuration: Configuration = Configuration(), origins: [String: ConfigurationOrigin] = [:], path: String? = nil) {
        self.configuration = configuration
        self.origins = origins
        self.path = path
    }

    public func origin(of keyPath: String) -> ConfigurationOrigin { origins[keyPath] ?? .builtIn }
}
