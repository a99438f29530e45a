import CommonMark

/// Characters that no output may carry: C0 controls other than tab and line
/// feed, DEL, C1 controls, and Unicode noncharacters (U+FDD0–U+FDEF, U+FFFE,
/// U+FFFF and their like in every plane). XML 1.0 forbids most of them, HTML
/// calls them parse errors, and in a terminal an ESC starts a sequence that
/// can rewrite what a CI log shows.
///
/// The reader replaces each with characters of the same UTF-8 length (spaces,
/// or U+FFFD for noncharacters), so every byte column stays right, and records
/// where each one was for the `control-character` warning.
public struct InvisibleCharacter: Sendable, Hashable {
    /// The character's code point.
    public var scalar: UInt32
    public var location: SourceLocation

    /// `U+001B (ESC)`.
    public var name: String {
        let hex = String(scalar, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        guard let short = Self.shortNames[scalar] else { return scalar >= 0xFDD0 ? code + " (a noncharacter)" : code }
        return "\(code) (\(short))"
    }

    static let shortNames: [UInt32: String] = [
        0x00: "NUL", 0x07: "BEL", 0x08: "backspace", 0x0B: "vertical tab", 0x0C: "form feed", 0x1B: "ESC", 0x7F: "DEL",
        0x85: "next line", 0x9B: "CSI",
    ]

    /// Whether `byte` can be (the first byte of) an invisible character.
    @inline(__always)
    static func mayStart(_ byte: UInt8) -> Bool {
        (byte < 0x20 && byte != 0x09 && byte != 0x0A) || byte == 0x7F || byte == 0xC2 || byte >= 0xEF
    }

    /// Replaces every invisible character in `bytes` (valid UTF-8, `\n` line
    /// endings) in place; returns where they were.
    static func replace(in bytes: inout [UInt8]) -> [InvisibleCharacter] {
        var found: [InvisibleCharacter] = []
        var line = 1
        var lineStart = 0
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte == 0x0A {
                line += 1
                lineStart = index + 1
                index += 1
                continue
            }
            if byte < 0x80 {
                if (byte < 0x20 && byte != 0x09) || byte == 0x7F {
                    found.append(
                        InvisibleCharacter(scalar: UInt32(byte), location: SourceLocation(line: line, column: index - lineStart + 1)))
                    bytes[index] = 0x20
                }
                index += 1
                continue
            }
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
            guard index + length <= count else { break }
            var scalar = UInt32(byte) & (0xFF >> UInt32(length + 1))
            for offset in 1..<length { scalar = scalar << 6 | UInt32(bytes[index + offset] & 0x3F) }
            if let decoded = Unicode.Scalar(scalar), HTMLEscaping.isForbidden(decoded) {
                found.append(InvisibleCharacter(scalar: scalar, location: SourceLocation(line: line, column: index - lineStart + 1)))
                // The same number of bytes: U+FFFD (three) padded with spaces, or spaces alone for two.
                let replacement: [UInt8] = length == 2 ? [0x20, 0x20] : [0xEF, 0xBF, 0xBD] + Array(repeating: 0x20, count: length - 3)
                for offset in 0..<length { bytes[index + offset] = replacement[offset] }
            }
            index += length
        }
        return found
    }
}
