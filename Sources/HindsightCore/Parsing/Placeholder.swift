import Foundation

/// The template's bracketed placeholders, recognised wherever they are left.
enum Placeholder {
    /// Bracket contents (lower-cased) that the template uses as placeholders.
    static let templateTexts: Set<String> = [
        "clear, concise title of the incident", "date of the incident", "p0, p1, etc.", "hh:mm",
        "number or percentage of users", "yes/no, and scope of loss", "total time of the incident",
        "name", "date", "owner", "tbd", "todo", "title", "description",
    ]

    /// Whether `[content]` is a placeholder: a template text or `Key learning N`.
    static func isPlaceholderContent(_ content: String) -> Bool {
        let lowered = content.lowercased().trimmingSpaces()
        if templateTexts.contains(lowered) { return true }
        if lowered.hasPrefix("key learning") { return lowered.dropFirst(12).allSatisfy { $0 == " " || $0.isASCIIDigit } }
        return false
    }

    /// Values that stand for "not known yet" even without brackets.
    static let bareTexts: Set<String> = ["tbd", "tba", "todo", "tk", "xxx", "?", "??", "???"]

    /// Whether a whole value is a placeholder: a bare `TBD`, any bracketed one, or a
    /// template text whose brackets were already taken off (a stamp's `HH:MM`).
    static func isPlaceholder(_ value: String) -> Bool {
        isBarePlaceholder(value) || isPlaceholderContent(value) || !occurrences(in: value).isEmpty
    }

    /// `TBD`, `TODO`, `???` written as the whole value, without brackets.
    static func isBarePlaceholder(_ value: String) -> Bool {
        bareTexts.contains(value.trimming(TrimSets.spaceAndPeriod).lowercased())
    }

    /// The `[…]` placeholders in a line, as ranges including the brackets.
    static func occurrences(in text: String) -> [Range<String.Index>] {
        // Offsets of each `[` and its `]` (at most 64 bytes on), found on the UTF-8 buffer:
        // the generic `firstIndex(of:)` over a `Substring.UTF8View` costs about 20 instructions a byte.
        var text = text
        let pairs = text.withUTF8 { bytes -> [(open: Int, close: Int)] in
            // Each `[` and `]` found with `memchr` (a loop over the bytes cost about 10 instructions a byte).
            var pairs: [(open: Int, close: Int)] = []
            guard let base = bytes.baseAddress else { return pairs }
            func offset(of byte: UInt8, from start: Int, before end: Int) -> Int? {
                memchr(base + start, Int32(byte), end - start).map { base.distance(to: $0.assumingMemoryBound(to: UInt8.self)) }
            }
            var from = 0
            while from < bytes.count, let open = offset(of: UInt8(ascii: "["), from: from, before: bytes.count) {
                let end = min(bytes.count, open + 1 + 64)
                if let close = offset(of: UInt8(ascii: "]"), from: open + 1, before: end) { pairs.append((open, close)) }
                from = open + 1
            }
            return pairs
        }
        guard !pairs.isEmpty else { return [] }
        let utf8 = text.utf8
        var ranges: [Range<String.Index>] = []
        for (open, close) in pairs {
            let openIndex = utf8.index(utf8.startIndex, offsetBy: open)
            let afterOpen = utf8.index(after: openIndex)
            let closeIndex = utf8.index(utf8.startIndex, offsetBy: close)
            if isPlaceholderContent(String(text[afterOpen..<closeIndex])) { ranges.append(openIndex..<utf8.index(after: closeIndex)) }
        }
        return ranges
    }

    /// The template's example action text starts with this.
    static let exampleMarker = "(e.g.,"
    static let exampleMatcher = PhraseMatcher([exampleMarker])
}
