/// Writes YAML scalars: plain where YAML reads them back as the same string, else double-quoted.
enum YAMLText {
    static func scalar(_ value: String) -> String {
        isPlainSafe(value) ? value : quoted(value)
    }

    /// `"…"` with JSON-style escapes, which YAML reads the same way.
    static func quoted(_ value: String) -> String {
        var result = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    result += "\\x" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// A flow sequence: `[a, "b c"]`.
    static func sequence(_ values: [String]) -> String {
        "[" + values.map(scalar).joined(separator: ", ") + "]"
    }

    /// Letters, digits, spaces inside and `_ . / -`, not starting with `-` or a digit and not a word YAML reads as
    /// something else (`yes`, `null`, `off`).
    private static func isPlainSafe(_ value: String) -> Bool {
        guard let first = value.first, let last = value.last, first != " ", last != " ", first != "-", !first.isNumber else {
            return false
        }
        guard !reserved.contains(value.lowercased()) else { return false }
        return value.allSatisfy { $0.isLetter || $0.isNumber || " _./-".contains($0) } && value.unicodeScalars.allSatisfy(\.isASCII)
    }

    private static let reserved: Set<String> = ["y", "n", "yes", "no", "on", "off", "true", "false", "null", "~", "nan", "inf"]
}
