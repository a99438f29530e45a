/// Builds a SARIF 2.1.0 log, the format code-scanning tools read.
enum SARIFReport {
    /// `sources` (path → text) turn Hindsight's byte columns into the UTF-16 columns
    /// SARIF's `columnKind` names.
    static func make(_ diagnostics: [Diagnostic], sources: [String: String] = [:]) -> JSONValue {
        var lines = SourceLines(sources)
        let rules = RuleID.allCases
        let rulesJSON: [JSONValue] = rules.map { rule in
            .object([
                ("id", .string(rule.rawValue)),
                ("shortDescription", .object([("text", .string(rule.summary))])),
                ("help", .object([("text", .string("See docs/rules.md#\(rule.rawValue) for an example and the fix."))])),
                ("defaultConfiguration", .object([("level", .string(level(rule.defaultSeverity)))])),
            ])
        }
        let results: [JSONValue] = diagnostics.map { diagnostic in
            .object([
                ("ruleId", .string(diagnostic.rule.rawValue)),
                ("ruleIndex", .int(rules.firstIndex(of: diagnostic.rule) ?? 0)),
                ("level", .string(level(diagnostic.severity))),
                ("message", .object([("text", .string(diagnostic.message))])),
                (
                    "locations",
                    .array([
                        .object([
                            (
                                "physicalLocation",
                                .object([
                                    ("artifactLocation", .object([("uri", .string(uri(diagnostic.path)))])),
                                    (
                                        "region",
                                        .object([
                                            ("startLine", .int(diagnostic.location.line)),
                                            ("startColumn", .int(lines.utf16Column(of: diagnostic))),
                                        ])
                                    ),
                                ])
                            )
                        ])
                    ])
                ),
            ])
        }
        return .object([
            ("$schema", .string("https://json.schemastore.org/sarif-2.1.0.json")),
            ("version", .string("2.1.0")),
            (
                "runs",
                .array([
                    .object([
                        (
                            "tool",
                            .object([
                                (
                                    "driver",
                                    .object([
                                        ("name", .string("hindsight")),
                                        ("rules", .array(rulesJSON)),
                                    ])
                                )
                            ])
                        ),
                        ("columnKind", .string("utf16CodeUnits")),
                        ("results", .array(results)),
                    ])
                ])
            ),
        ])
    }

    static func level(_ severity: DiagnosticSeverity) -> String {
        severity == .error ? "error" : "warning"
    }

    /// A relative URI: path segments percent-encoded, `./` dropped.
    static func uri(_ path: String) -> String {
        var path = Substring(path)
        while path.hasPrefix("./") { path = path.dropFirst(2) }
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/".unicodeScalars)
        var result = ""
        for byte in path.utf8 {
            let scalar = Unicode.Scalar(byte)
            if byte < 0x80, allowed.contains(scalar) {
                result.unicodeScalars.append(scalar)
            } else {
                result += "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
            }
        }
        return result
    }
}
