/// Maps offsets in a text node's decoded literal back to source columns.
///
/// cmark merges text and decodes `&amp;` and `\*` as it reads, so the literal is
/// shorter than what was written; each place the two diverge gets an anchor.
enum SourceAlignment {
    /// Anchors (UTF-8 offset into `literal`, 1-based source column), the first at offset 0.
    static func anchors(literal: String, sourceLine: Substring, startColumn: Int) -> [(offset: Int, column: Int)] {
        // Almost every line has neither an entity nor an escape: nothing to align.
        guard sourceLine.utf8.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "\\") }) else {
            return [(0, startColumn)]
        }
        let text = Array(literal.utf8)
        let source = Array(sourceLine.utf8)
        var anchors = [(offset: 0, column: startColumn)]
        var t = 0
        var s = startColumn - 1
        while t < text.count, s < source.count {
            if source[s] == UInt8(ascii: "\\"), s + 1 < source.count, isASCIIPunctuation(source[s + 1]), source[s + 1] == text[t] {
                s += 1  // a backslash escape: the escaped character follows
            } else if source[s] == UInt8(ascii: "&"), let end = entityEnd(source, from: s),
                !text[t...].starts(with: source[s...end])
            {
                s = end + 1  // an entity decodes to one character
                t += scalarLength(text[t])
            } else if text[t] == source[s] {
                t += 1
                s += 1
                continue
            } else {
                break  // not something we know how to follow: keep what we have
            }
            anchors.append((t, s + 1))
        }
        return anchors
    }

    /// The index of the `;` ending an entity (`&amp;`, `&#39;`, `&#x27;`) that starts at `start`.
    static func entityEnd(_ source: [UInt8], from start: Int) -> Int? {
        var index = start + 1
        while index < source.count, index - start <= 32 {
            let byte = source[index]
            if byte == UInt8(ascii: ";") { return index > start + 1 ? index : nil }
            guard (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "#") else {
                return nil
            }
            index += 1
        }
        return nil
    }

    static func isASCIIPunctuation(_ byte: UInt8) -> Bool {
        (0x21...0x2F).contains(byte) || (0x3A...0x40).contains(byte) || (0x5B...0x60).contains(byte) || (0x7B...0x7E).contains(byte)
    }

    /// Bytes in the UTF-8 sequence that starts with `lead`.
    static func scalarLength(_ lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }
}
