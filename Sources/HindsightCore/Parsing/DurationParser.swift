/// Reads a stated duration in minutes: `18 hours 47 minutes`, `1h 12m`,
/// `72 minutes`, `about 7 hours`, `1.5 hours`, `2 days 3 hours`,
/// `1 hour 11 minutes (45 minutes of trading)` (a parenthesis is a remark).
public enum DurationParser {
    /// The longest duration accepted: 365 days, in minutes.
    public static let maximumMinutes = 365 * 1440

    /// What a Duration value states.
    public enum Reading: Sendable, Hashable {
        /// A duration, in minutes (0 through ``maximumMinutes``).
        case minutes(Int)
        /// A duration longer than ``maximumMinutes`` (`99999999999999999999 minutes`).
        case outOfRange
        /// No duration in a known form.
        case none
    }

    /// The duration stated in `text`, in minutes, or nil when there is none or it is out of range.
    public static func minutes(in text: String) -> Int? {
        if case .minutes(let minutes) = read(text) { return minutes }
        return nil
    }

    /// The duration stated in `text`: minutes, out of range, or none.
    public static func read(_ text: String) -> Reading {
        let statement = text.split(separator: "(", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        var total = 0.0
        var foundAny = false
        var characters = Array(statement.lowercased())
        characters.append(" ")
        var index = 0
        while index < characters.count {
            guard characters[index].isASCIIDigit else {
                index += 1
                continue
            }
            var number = ""
            while index < characters.count,
                characters[index].isASCIIDigit || characters[index] == "."
                    || (characters[index] == "," && index + 1 < characters.count && characters[index + 1].isASCIIDigit)
            {
                number.append(characters[index] == "," ? "." : characters[index])  // `1,5 hours`
                index += 1
            }
            while index < characters.count, characters[index] == " " { index += 1 }
            var unit = ""
            while index < characters.count, characters[index].isLetter {
                unit.append(characters[index])
                index += 1
            }
            guard let value = Double(number), let factor = factor(forUnit: unit) else {
                // `1 hour 48 minutes from 14:02 to 15:50`: the duration is what came first.
                if foundAny { break }
                if unit.isEmpty { continue }
                return .none
            }
            total += value * factor
            foundAny = true
            // `1 hour 48 minutes, of which 45 minutes …`: a comma or a word ends the duration.
            var next = index
            while next < characters.count, characters[next] == " " { next += 1 }
            if next < characters.count, !characters[next].isASCIIDigit {
                let word = String(characters[next...].prefix(while: { $0.isLetter }))
                if word != "and" { break }
                index = next + word.count
            }
        }
        guard foundAny else { return .none }
        // Digits alone can make any Double, up to infinity: bound it before converting.
        guard total.rounded() <= Double(maximumMinutes) else { return .outOfRange }
        return .minutes(Int(total.rounded()))
    }

    static func factor(forUnit unit: String) -> Double? {
        switch unit {
        case "d", "day", "days": return 1440
        case "h", "hr", "hrs", "hour", "hours": return 60
        case "m", "min", "mins", "minute", "minutes": return 1
        case "s", "sec", "secs", "second", "seconds": return 1.0 / 60
        default: return nil
        }
    }
}
