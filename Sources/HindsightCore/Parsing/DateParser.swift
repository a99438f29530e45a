import Foundation

/// Reads the date formats authors write: `2024-03-05`, `2024/03/05`,
/// `March 5, 2024`, `Mar 5 2024` and `5 March 2024`.
public enum DateParser {
    /// Years an incident can plausibly have happened in.
    public static let plausibleYears = 1990...2100

    static let monthNames = [
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december",
    ]

    /// The day written in `text`, or nil when it is not a real date in a known format.
    public static func parse(_ text: String) -> Day? {
        let trimmed = text.trimming(TrimSets.spaceAndPeriod)
        if let day = parseNumeric(trimmed) { return day }
        return parseWithMonthName(trimmed)
    }

    /// `YYYY-MM-DD` or `YYYY/MM/DD` (one separator kind, 1–2 digit month and day).
    ///
    /// On bytes: a date is ASCII digits and separators only, each its own `Character`, so
    /// reading the bytes accepts exactly what the `Character` split and counts did
    /// (a byte of anything else, a combining mark included, is refused either way).
    static func parseNumeric(_ text: String) -> Day? {
        let utf8 = text.utf8
        let separator = utf8.contains(UInt8(ascii: "/")) ? UInt8(ascii: "/") : UInt8(ascii: "-")
        var numbers = (0, 0, 0)
        var part = 0
        var digits = 0
        for byte in utf8 {
            if byte == separator {
                guard part < 2, (part == 0 ? 4...4 : 1...2).contains(digits) else { return nil }
                part += 1
                digits = 0
                continue
            }
            guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"), digits < (part == 0 ? 4 : 2) else { return nil }
            let digit = Int(byte - UInt8(ascii: "0"))
            switch part {
            case 0: numbers.0 = numbers.0 * 10 + digit
            case 1: numbers.1 = numbers.1 * 10 + digit
            default: numbers.2 = numbers.2 * 10 + digit
            }
            digits += 1
        }
        guard part == 2, (1...2).contains(digits) else { return nil }
        return Day(year: numbers.0, month: numbers.1, day: numbers.2)
    }

    static func parseWithMonthName(_ text: String) -> Day? {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "," }).map { $0.lowercased() }
        guard words.count == 3 else { return nil }
        func month(_ word: String) -> Int? {
            let word = word.hasSuffix(".") ? String(word.dropLast()) : word
            guard word.count >= 3 else { return nil }
            return monthNames.firstIndex { $0 == word || ($0.hasPrefix(word) && word.count == 3) || ($0 == "september" && word == "sept") }
                .map { $0 + 1 }
        }
        func dayNumber(_ word: String) -> Int? {
            let digits = word.prefix(while: \.isASCIIDigit)
            let suffix = word.dropFirst(digits.count)
            guard (1...2).contains(digits.count), ["", "st", "nd", "rd", "th"].contains(String(suffix)) else { return nil }
            return Int(digits)
        }
        guard words[2].count == 4, let year = Int(words[2]) else { return nil }
        if let month = month(words[0]), let day = dayNumber(words[1]) {
            return Day(year: year, month: month, day: day)
        }
        if let day = dayNumber(words[0]), let month = month(words[1]) {
            return Day(year: year, month: month, day: day)
        }
        return nil
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
