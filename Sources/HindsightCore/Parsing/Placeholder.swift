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
        var ranges: [Range<String.Index>] = []
        let utf8 = text.utf8
        var index = utf8.startIndex
        while let open = utf8[index...].firstIndex(of: UInt8(ascii: "[")) {
            let afterOpen = utf8.index(after: open)
            guard let close = utf8[afterOpen...].prefix(64).firstIndex(of: UInt8(ascii: "]")) else {
                index = afterOpen
                continue
            }
            if isPlaceholderContent(String(text[afterOpen..<close])) { ranges.append(open..<utf8.index(after: close)) }
            index = afterOpen
        }
        return ranges
    }

    /// The template's example action text starts with this.
    static let exampleMarker = "(e.g.,"
    static let exampleMatcher = PhraseMatcher([exampleMarker])
}
