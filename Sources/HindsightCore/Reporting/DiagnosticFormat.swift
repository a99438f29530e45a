import Foundation

/// How `check` prints its findings.
public enum DiagnosticFormat: String, Sendable, CaseIterable {
    /// `path:line:column: error: message [rule-id]`, with the source line and a caret.
    case text
    /// An array of `{file, line, column, severity, rule, message}`.
    case json
    /// GitHub Actions workflow commands, which annotate the pull request.
    case github
    /// SARIF 2.1.0, for code-scanning tools.
    case sarif

    /// Whether the output is for machines (the summary then goes to stderr).
    public var isMachineReadable: Bool { self != .text }
}

/// Renders diagnostics in each ``DiagnosticFormat``.
public enum DiagnosticFormatter {
    /// The report for `diagnostics`; `sources` (path → text) adds source lines to text output.
    public static func format(_ diagnostics: [Diagnostic], as format: DiagnosticFormat, sources: [String: String] = [:]) -> String {
        switch format {
        case .text: return text(diagnostics, sources: sources)
        case .json: return json(diagnostics).serialized(pretty: true) + "\n"
        case .github:
            var lines = SourceLines(sources)
            return diagnostics.map { github($0, column: lines.utf16Column(of: $0)) }.joined()
        case .sarif: return SARIFReport.make(diagnostics, sources: sources).serialized(pretty: true) + "\n"
        }
    }

    static func text(_ diagnostics: [Diagnostic], sources: [String: String]) -> String {
        var output = ""
        var lines = SourceLines(sources)
        for diagnostic in diagnostics {
            output += TerminalText.visible(diagnostic.description) + "\n"
            guard let line = lines.line(of: diagnostic) else { continue }
            output += "    " + line + "\n"
            // Caret under the column (cmark columns count UTF-8 bytes).
            let prefix = line.utf8.prefix(max(diagnostic.location.column - 1, 0))
            let width = String(decoding: prefix, as: UTF8.self).map { $0 == "\t" ? "\t" : " " }.joined()
            output += "    " + width + "^\n"
        }
        return output
    }

    static func json(_ diagnostics: [Diagnostic]) -> JSONValue {
        .array(
            diagnostics.map { diagnostic in
                .object([
                    ("file", .string(diagnostic.path)),
                    ("line", .int(diagnostic.location.line)),
                    ("column", .int(diagnostic.location.column)),
                    ("severity", .string(diagnostic.severity.rawValue)),
                    ("rule", .string(diagnostic.rule.rawValue)),
                    ("message", .string(diagnostic.message)),
                ])
            })
    }

    /// `::error file=…,line=…,col=…,title=rule::message` (GitHub's escaping).
    /// `column` in UTF-16 code units, as the pull-request view counts.
    static func github(_ diagnostic: Diagnostic, column: Int) -> String {
        func escapeData(_ text: String) -> String {
            TerminalText.visible(text).replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
                .replacingOccurrences(of: "\n", with: "%0A")
        }
        func escapeProperty(_ text: String) -> String {
            escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
        }
        let command = diagnostic.severity == .error ? "error" : "warning"
        return
            "::\(command) file=\(escapeProperty(diagnostic.path)),line=\(diagnostic.location.line),col=\(column),title=\(escapeProperty(diagnostic.rule.rawValue))::\(escapeData(diagnostic.message + " [" + diagnostic.rule.rawValue + "]"))\n"
    }

    /// `checked 20 files: 1 error, 3 warnings`.
    public static func summary(fileCount: Int, diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        return "checked \(Format.plural(fileCount, "file")): \(Format.plural(errors, "error")), \(Format.plural(warnings, "warning"))"
    }
}
