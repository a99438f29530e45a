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
    static func parseNumeric(_ text: String) -> Day? {
        let separator: Character = text.contains("/") ? "/" : "-"
        let parts = text.split(separator: separator, omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, (1...2).contains(parts[1].count), (1...2).contains(parts[2].count),
            parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        return Day(year: year, month: month, day: day)
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
