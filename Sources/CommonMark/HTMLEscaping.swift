/// Escapes text for HTML and XML element content and attribute values.
public enum HTMLEscaping {
    /// `text` with `& < > " '` replaced by character references, and every
    /// character XML 1.0 forbids or HTML calls a parse error (C0 controls but
    /// tab and line feed, DEL, C1 controls, noncharacters) replaced by U+FFFD,
    /// so no value can make a page or a feed malformed.
    public static func escape(_ text: String) -> String {
        // Most values (names, dates, plain words) have nothing to escape: they are returned as they are.
        guard text.utf8.contains(where: mayNeedEscaping) else { return text }
        // The rest is built as UTF-8 bytes: appending scalars to a `String` one by one costs far more.
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result.append(contentsOf: "&amp;".utf8)
            case "<": result.append(contentsOf: "&lt;".utf8)
            case ">": result.append(contentsOf: "&gt;".utf8)
            case "\"": result.append(contentsOf: "&quot;".utf8)
            case "'": result.append(contentsOf: "&#39;".utf8)
            default:
                UTF8.encode(isForbidden(scalar) ? "\u{FFFD}" : scalar) { result.append($0) }
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Whether a byte of UTF-8 text may start something ``escape(_:)`` changes:
    /// a check that lets most values skip escaping altogether.
    @inline(__always)
    public static func mayNeedEscaping(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x26, 0x3C, 0x3E, 0x22, 0x27, 0x7F, 0xC2, 0xEF, 0xF0...0xF4: return true
        case 0x09, 0x0A, 0x0D: return false
        default: return byte < 0x20
        }
    }

    /// Whether no output may carry `scalar`: C0 controls but tab, line feed and
    /// carriage return, DEL, C1 controls and noncharacters.
    public static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x20 { return value != 0x09 && value != 0x0A && value != 0x0D }
        return (0x7F...0x9F).contains(value) || (0xFDD0...0xFDEF).contains(value) || value & 0xFFFE == 0xFFFE
    }
}
