/// How serious a finding is.
public enum DiagnosticSeverity: String, Sendable, Hashable, Codable, Comparable {
    case warning
    case error

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs == .warning && rhs == .error }
}

/// One finding about one place in one file, printed like a compiler's:
/// `path:line:column: error: message [rule-id]`.
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    public var path: String
    public var location: SourceLocation
    public var severity: DiagnosticSeverity
    public var rule: RuleID
    public var message: String

    public init(path: String, location: SourceLocation, rule: RuleID, message: String, severity: DiagnosticSeverity? = nil) {
        self.path = path
        self.location = location
        self.rule = rule
        self.message = message
        self.severity = severity ?? rule.defaultSeverity
    }

    public var description: String {
        "\(path):\(location.line):\(location.column): \(severity.rawValue): \(message) [\(rule.rawValue)]"
    }

    /// Sorts by path, then line, column, rule and message: a stable report order.
    public static func reportOrder(_ lhs: Diagnostic, _ rhs: Diagnostic) -> Bool {
        if lhs.path != rhs.path { return PathOrder.precedes(lhs.path, rhs.path) }
        if lhs.location != rhs.location { return lhs.location < rhs.location }
        if lhs.rule != rhs.rule { return lhs.rule.rawValue < rhs.rule.rawValue }
        return lhs.message < rhs.message
    }
}
