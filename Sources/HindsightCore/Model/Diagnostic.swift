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

    /// Sorts by path, then line and column; findings at the same place keep
    /// the order the rules reported them in (template order, file order).
    public static func inReportOrder(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.enumerated().sorted { lhs, rhs in
            let (a, b) = (lhs.element, rhs.element)
            if !a.path.utf8.elementsEqual(b.path.utf8) { return PathOrder.precedes(a.path, b.path) }
            if a.location != b.location { return a.location < b.location }
            return lhs.offset < rhs.offset
        }.map(\.element)
    }
}
