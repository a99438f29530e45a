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
        String(decoding: serializedBytes(pretty: pretty), as: UTF8.self)
    }

    /// ``serialized(pretty:)`` as UTF-8 bytes, without the copy into a `String`.
    func serializedBytes(pretty: Bool = false) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(1024)
        write(to: &output, pretty: pretty, indent: 0)
        return output
    }

    /// The pretty text of `.object(members + [(arrayKey, .array(elements))])`, each
    /// element made only when it is written, so a large export never exists as one tree.
    static func prettyObject(
        _ members: [(String, JSONValue)], arrayKey: String, count: Int, element: (Int) -> JSONValue
    ) -> [UInt8] {
        var output: [UInt8] = []
        prettyObject(members, arrayKey: arrayKey, count: count, element: element) { output += $0 }
        return output
    }

    /// A member of an object written one member at a time: its value, made only when it is
    /// written, or an object of such members (so one large member is not one tree either).
    enum StreamedMember {
        case value(() -> JSONValue)
        case object([(String, StreamedMember)])

        /// The member's whole value, as one tree.
        var tree: JSONValue {
            switch self {
            case .value(let make): return make()
            case .object(let members): return .object(members.map { ($0, $1.tree) })
            }
        }
    }

    /// The pretty text of `.object(members)`, each member's value made only when it is written
    /// and the text handed to `append` in pieces of about 64 KiB, so only one member's tree exists at once.
    static func prettyObject(_ members: [(String, StreamedMember)], append: ([UInt8]) -> Void) {
        let piece = 64 << 10
        var output: [UInt8] = []
        // Handed on inside each member's value too: one member (at 100,000 incidents, 75 MB of
        // text) would otherwise be held whole, and with the room its growth leaves.
        withoutActuallyEscaping(append) { append in
            writeMembers(members, indent: 0, to: &output) { output in
                guard output.count >= piece else { return }
                append(output)
                output.removeAll(keepingCapacity: true)
            }
        }
        append(output)
    }

    /// Writes `members` as a pretty object at `indent`, calling `flush` after each member and inside each value.
    private static func writeMembers(
        _ members: [(String, StreamedMember)], indent: Int, to output: inout [UInt8], flush: @escaping (inout [UInt8]) -> Void
    ) {
        guard !members.isEmpty else { return output.append(contentsOf: "{}".utf8) }
        output.append(UInt8(ascii: "{"))
        for (position, (key, member)) in members.enumerated() {
            if position > 0 { output.append(UInt8(ascii: ",")) }
            output.append(0x0A)
            output.append(contentsOf: repeatElement(0x20, count: (indent + 1) * 2))
            JSONValue.writeString(key, to: &output)
            output += [UInt8(ascii: ":"), 0x20]
            switch member {
            case .value(let make): make().write(to: &output, pretty: true, indent: indent + 1, flush: flush)
            case .object(let nested): writeMembers(nested, indent: indent + 1, to: &output, flush: flush)
            }
            flush(&output)
        }
        output.append(0x0A)
        output.append(contentsOf: repeatElement(0x20, count: indent * 2))
        output.append(UInt8(ascii: "}"))
    }

    /// ``prettyObject(_:arrayKey:count:element:)`` handed to `append` in pieces of about 64 KiB.
    static func prettyObject(
        _ members: [(String, JSONValue)], arrayKey: String, count: Int, element: (Int) -> JSONValue, append: ([UInt8]) -> Void
    ) {
        guard count > 0 else { return append(JSONValue.object(members + [(arrayKey, .array([]))]).serializedBytes(pretty: true)) }
        let piece = 64 << 10
        var output: [UInt8] = [UInt8(ascii: "{")]
        output.reserveCapacity(piece * 2)
        for (key, value) in members + [(arrayKey, .null)] {
            output += [0x0A, 0x20, 0x20]
            JSONValue.writeString(key, to: &output)
            output += [UInt8(ascii: ":"), 0x20]
            guard key != arrayKey else { break }
            value.write(to: &output, pretty: true, indent: 1)
            output.append(UInt8(ascii: ","))
        }
        output.append(UInt8(ascii: "["))
        for index in 0..<count {
            if index > 0 { output.append(UInt8(ascii: ",")) }
            output += [0x0A, 0x20, 0x20, 0x20, 0x20]
            element(index).write(to: &output, pretty: true, indent: 2)
            if output.count >= piece {
                append(output)
                output.removeAll(keepingCapacity: true)
            }
        }
        output += [0x0A, 0x20, 0x20, UInt8(ascii: "]"), 0x0A, UInt8(ascii: "}")]
        append(output)
    }

    // Writes UTF-8 bytes: exports hold every incident, so this is a hot path. With `flush`, it is
    // called after each member and element, to hand on what is written so far.
    func write(to output: inout [UInt8], pretty: Bool, indent: Int, flush: ((inout [UInt8]) -> Void)? = nil) {
        func newline(_ level: Int) {
            guard pretty else { return }
            output.append(0x0A)
            output.append(contentsOf: repeatElement(0x20, count: level * 2))
        }
        switch self {
        case .object(let members):
            if members.isEmpty {
                output.append(contentsOf: "{}".utf8)
                return
            }
            output.append(UInt8(ascii: "{"))
            for (position, (key, value)) in members.enumerated() {
                if position > 0 { output.append(UInt8(ascii: ",")) }
                newline(indent + 1)
                JSONValue.writeString(key, to: &output)
                output.append(UInt8(ascii: ":"))
                if pretty { output.append(0x20) }
                value.write(to: &output, pretty: pretty, indent: indent + 1, flush: flush)
                flush?(&output)
            }
            newline(indent)
            output.append(UInt8(ascii: "}"))
        case .array(let values):
            if values.isEmpty {
                output.append(contentsOf: "[]".utf8)
                return
            }
            output.append(UInt8(ascii: "["))
            for (position, value) in values.enumerated() {
                if position > 0 { output.append(UInt8(ascii: ",")) }
                newline(indent + 1)
                value.write(to: &output, pretty: pretty, indent: indent + 1, flush: flush)
                flush?(&output)
            }
            newline(indent)
            output.append(UInt8(ascii: "]"))
        case .string(let string):
            JSONValue.writeString(string, to: &output)
        case .int(let value):
            JSONValue.writeDecimal(value, to: &output)
        case .double(let value):
            output.append(contentsOf: JSONValue.format(value).utf8)
        case .bool(let value):
            output.append(contentsOf: (value ? "true" : "false").utf8)
        case .null:
            output.append(contentsOf: "null".utf8)
        }
    }

    /// `value` in decimal, as `String(value)` spells it, without making the `String`
    /// (the search index writes a number for every word of every incident).
    static func writeDecimal(_ value: Int, to output: inout [UInt8]) {
        guard value != 0 else { return output.append(UInt8(ascii: "0")) }
        if value < 0 { output.append(UInt8(ascii: "-")) }
        let start = output.count
        var rest = value.magnitude
        while rest > 0 {
            output.append(UInt8(ascii: "0") + UInt8(rest % 10))
            rest /= 10
        }
        output[start...].reverse()
    }

    /// Shortest text that reads back as the same double; integers without `.0`.
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return "\(value)"
    }

    static let hexDigits = Array("0123456789abcdef".utf8)

    /// A JSON string; `<`, `>` and `&` are escaped too, so the text is safe inside HTML.
    static func writeString(_ string: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        var string = string
        string.withUTF8 { writeEscaped($0, to: &output) }
        output.append(UInt8(ascii: "\""))
    }

    private static func writeEscaped(_ utf8: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        var index = 0
        while index < utf8.count {
            // Bytes that stay as they are go over in one run.
            let runStart = index
            while index < utf8.count && !mayNeedEscaping(utf8[index]) { index += 1 }
            if index > runStart { output.append(contentsOf: utf8[runStart..<index]) }
            guard index < utf8.count else { break }
            let byte = utf8[index]
            switch byte {
            case UInt8(ascii: "\""): output += [0x5C, 0x22]
            case UInt8(ascii: "\\"): output += [0x5C, 0x5C]
            case 0x0A: output += [0x5C, UInt8(ascii: "n")]
            case 0x0D: output += [0x5C, UInt8(ascii: "r")]
            case 0x09: output += [0x5C, UInt8(ascii: "t")]
            case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), 0x00..<0x20:
                output += [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0xF)]]
            case 0xE2 where index + 2 < utf8.count && utf8[index + 1] == 0x80 && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9):
                // U+2028 and U+2029 end lines in JavaScript.
                output += Array((utf8[index + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                index += 2
            default:
                output.append(byte)
            }
            index += 1
        }
    }
}

extension JSONValue {
    /// Whether ``writeEscaped(_:to:)`` may change `byte`: quotes, `\`, `<`, `>`, `&`,
    /// control characters and the first byte of U+2028 and U+2029.
    @inline(__always)
    fileprivate static func mayNeedEscaping(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
            || byte == UInt8(ascii: "&") || byte == 0xE2
    }

    /// `.string` for a value, `.null` for nil.
    static func optional(_ value: String?) -> JSONValue { value.map { .string($0) } ?? .null }
    static func optional(_ value: Int?) -> JSONValue { value.map { .int($0) } ?? .null }
    static func optional(_ value: Double?) -> JSONValue { value.map { .double($0) } ?? .null }
}
