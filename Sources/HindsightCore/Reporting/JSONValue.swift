import Foundation

/// A JSON document with object keys kept in the order they were given, so
/// every export has a stable, documented key order.
public indirect enum JSONValue: Sendable, Hashable {
    case object([(String, JSONValue)])
    case array([JSONValue])
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case null

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.serialized() == rhs.serialized() }
    public func hash(into hasher: inout Hasher) { hasher.combine(serialized()) }

    /// Compact text, or indented by two spaces per level when `pretty`.
    public func serialized(pretty: Bool = false) -> String {
        var output = ""
        write(to: &output, pretty: pretty, indent: 0)
        return output
    }

    private func write(to output: inout String, pretty: Bool, indent: Int) {
        let newline = pretty ? "\n" : ""
        let padding = pretty ? String(repeating: "  ", count: indent + 1) : ""
        let closingPadding = pretty ? String(repeating: "  ", count: indent) : ""
        switch self {
        case .object(let members):
            if members.isEmpty { output += "{}"; return }
            output += "{" + newline
            for (position, (key, value)) in members.enumerated() {
                output += padding
                JSONValue.writeString(key, to: &output)
                output += pretty ? ": " : ":"
                value.write(to: &output, pretty: pretty, indent: indent + 1)
                output += (position + 1 < members.count ? "," : "") + newline
            }
            output += closingPadding + "}"
        case .array(let values):
            if values.isEmpty { output += "[]"; return }
            output += "[" + newline
            for (position, value) in values.enumerated() {
                output += padding
                value.write(to: &output, pretty: pretty, indent: indent + 1)
                output += (position + 1 < values.count ? "," : "") + newline
            }
            output += closingPadding + "]"
        case .string(let string):
            JSONValue.writeString(string, to: &output)
        case .int(let value):
            output += String(value)
        case .double(let value):
            output += JSONValue.format(value)
        case .bool(let value):
            output += value ? "true" : "false"
        case .null:
            output += "null"
        }
    }

    /// Shortest text that reads back as the same double; integers without `.0`.
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return "\(value)"
    }

    static func writeString(_ string: String, to output: inout String) {
        output += "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "<": output += "\\u003c"  // safe to embed in HTML
            case ">": output += "\\u003e"
            case "&": output += "\\u0026"
            case "\u{2028}": output += "\\u2028"
            case "\u{2029}": output += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    output += String(format: "\\u%04x", scalar.value)
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
    }
}

extension JSONValue {
    /// `.string` for a value, `.null` for nil.
    static func optional(_ value: String?) -> JSONValue { value.map { .string($0) } ?? .null }
    static func optional(_ value: Int?) -> JSONValue { value.map { .int($0) } ?? .null }
    static func optional(_ value: Double?) -> JSONValue { value.map { .double($0) } ?? .null }
}
