/// Reads an action item's due date: a day in any ``DateParser`` format, or a
/// period, read as its last day: `2024-Q3`/`Q3 2024` (30 September),
/// `June 2024`/`end of June 2024` (30 June), `H2 2024` (31 December).
enum DueDateParser {
    /// The forms accepted, for a message.
    static let accepted = "`2024-03-05`, `March 5, 2024`, `2024-Q3`, `Q3 2024`, `June 2024`, `end of June 2024` or `H2 2024`"

    static func parse(_ text: String) -> Day? {
        if let day = DateParser.parse(text) { return day }
        var words = text.trimming(TrimSets.spaceAndPeriod).lowercased().split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
        if words.count > 2, words[0] == "end", words[1] == "of" { words.removeFirst(2) }
        guard words.count == 2 else { return nil }
        // `2024 q3` or `q3 2024`; `june 2024`.
        let (yearWord, period) = words[0].count == 4 && words[0].allSatisfy(\.isASCIIDigit) ? (words[0], words[1]) : (words[1], words[0])
        guard yearWord.count == 4, let year = Int(yearWord), DateParser.plausibleYears.contains(year) else { return nil }
        let month: Int?
        if period.count == 2, let number = Int(period.dropFirst()) {
            switch period.first {
            case "q": month = (1...4).contains(number) ? number * 3 : nil
            case "h": month = (1...2).contains(number) ? number * 6 : nil
            default: month = nil
            }
        } else {
            month = monthNumber(period)
        }
        guard let month else { return nil }
        return Day(year: year, month: month, day: Day.daysIn(month: month, year: year))
    }

    /// `june`, `jun`, `sept` → the month's number.
    static func monthNumber(_ word: String) -> Int? {
        guard word.count >= 3 else { return nil }
        return DateParser.monthNames.firstIndex {
            $0 == word || ($0.hasPrefix(word) && word.count == 3) || ($0 == "september" && word == "sept")
        }
        .map { $0 + 1 }
    }
}
