import Foundation

/// Splits `text. Owner: A. Due: 2024-01-02.` into the leading text and keyed values.
enum KeyedParts {
    struct Value {
        var key: String
        var text: String
    }

    /// Text up to the first sentence end (`. ` after a word longer than an initial).
    static func firstSentence(of text: String) -> String {
        var searchStart = text.startIndex
        while let range = text.range(of: ". ", range: searchStart..<text.endIndex) {
            let word = text[..<range.lowerBound].split(separator: " ").last ?? ""
            if word.count > 1 { return String(text[..<range.lowerBound]) }
            searchStart = range.upperBound
        }
        return text
    }

    /// The keys `split` looks for, in the order they are tried (a longer key before its prefix:
    /// `due date` before `due`), as bytes made once.
    struct Keys: Sendable {
        /// `keysAtPartStart` are keys that are also everyday words (`done`, `closed`): they count only at
        /// the start of the text or of a part (after `.`, `,`, `;`, `(`, `|` or a dash), so prose such as
        /// `Migration done: tables moved` stays prose.
        init(_ keys: [String], keysAtPartStart: Set<String> = []) {
            entries = keys.map { (key: $0, bytes: Array($0.utf8), atPartStart: keysAtPartStart.contains($0)) }
        }
        let entries: [(key: String, bytes: [UInt8], atPartStart: Bool)]
    }

    static func split(_ text: Substring, keys: Keys) -> (leading: String, values: [Value]) {
        // Bytes, compared ASCII-case-insensitively: this runs on every action item.
        let bytes = Array(text.utf8)
        let lowered = bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        var starts: [(key: String, keyStart: Int, valueStart: Int)] = []
        var index = 0
        while index < lowered.count {
            if index == 0 || !PhraseMatcher.isWordByte(lowered[index - 1]) {
                for (key, needle, atPartStart) in keys.entries {
                    // The first byte rules out almost every key before anything else is looked at.
                    let end = index + needle.count
                    guard end < lowered.count, lowered[index] == needle[0], lowered[index..<end].elementsEqual(needle) else {
                        continue
                    }
                    if atPartStart, !isPartStart(lowered, index) { continue }
                    var colon = end
                    while colon < lowered.count, lowered[colon] == 0x20 { colon += 1 }
                    guard colon < lowered.count, lowered[colon] == UInt8(ascii: ":") else { continue }
                    starts.append((key, index, colon + 1))
                    index = colon
                    break
                }
            }
            index += 1
        }
        let leading = String(decoding: bytes[0..<(starts.first?.keyStart ?? bytes.count)], as: UTF8.self)
        var values: [Value] = []
        for (position, start) in starts.enumerated() {
            let end = position + 1 < starts.count ? starts[position + 1].keyStart : bytes.count
            var value = String(decoding: bytes[start.valueStart..<end], as: UTF8.self).trimmingSpaces()
            while let last = value.last, ".,;)".contains(last) {
                // Keep a closing parenthesis that has its opening partner.
                if last == ")" && value.contains("(") { break }
                value.removeLast()
                value = value.trimmingSpaces()
            }
            if value.hasPrefix("(") && !value.contains(")") { value.removeFirst() }
            values.append(Value(key: start.key, text: value))
        }
        return (leading, values)
    }

    /// Whether `index` starts the text or a part: only spaces lie between it and the start or a
    /// separator (`.`, `,`, `;`, `:`, `(`, `|`, `-`, `–`, `—`).
    private static func isPartStart(_ bytes: [UInt8], _ index: Int) -> Bool {
        var before = index - 1
        while before >= 0, bytes[before] == 0x20 { before -= 1 }
        guard before >= 0 else { return true }
        switch bytes[before] {
        case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "("),
            UInt8(ascii: "|"), UInt8(ascii: "-"):
            return true
        case 0x93, 0x94:  // the last byte of U+2013 – and U+2014 —
            return before >= 2 && bytes[before - 2] == 0xE2 && bytes[before - 1] == 0x80
        default: return false
        }
    }
}
