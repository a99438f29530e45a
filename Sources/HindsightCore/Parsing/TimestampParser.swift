import Foundation

/// Reads the stamp at the start of a timeline line: `[14:02] - text`,
/// `14:02 – text`, `14:02: text`, `[2024-03-05 23:10] - text`, `14:02 UTC - text`.
public enum TimestampParser {
    /// What the start of a timeline line holds.
    public enum Reading: Sendable, Hashable {
        /// A readable stamp: time of day, an optional date, and the rest of the line.
        case stamp(raw: String, hour: Int, minute: Int, day: Day?, text: String)
        /// Something stamp-shaped that is not a valid time (`[25:70]`, `[2pm]`).
        case invalid(raw: String, text: String)
        /// No stamp at all.
        case none
    }

    /// What the start of `line` holds: a stamp and the rest of the text, something stamp-shaped, or nothing.
    public static func read(_ line: String) -> Reading {
        var rest = Substring(line).drop(while: { $0 == " " })
        var raw: Substring
        if rest.hasPrefix("[") {
            guard let close = rest.firstIndex(of: "]") else { return .none }
            raw = rest[rest.index(after: rest.startIndex)..<close]
            rest = rest[rest.index(after: close)...]
        } else if rest.hasPrefix("**"), let close = rest.dropFirst(2).range(of: "**") {
            raw = rest[rest.index(rest.startIndex, offsetBy: 2)..<close.lowerBound]
            rest = rest[close.upperBound...]
        } else {
            // Unbracketed: a date and/or time up to the separator.
            var end = rest.startIndex
            var sawDigit = false
            while end < rest.endIndex {
                let character = rest[end]
                if character.isASCIIDigit { sawDigit = true }
                if character.isASCIIDigit || character == "-" || character == "/" || character == ":" || character == "." {
                    end = rest.index(after: end)
                } else if character == " " || character == "T",
                    rest[rest.index(after: end)...].first?.isASCIIDigit == true,
                    rest[..<end].contains("-") || rest[..<end].contains("/")
                {
                    end = rest.index(after: end)
                } else {
                    break
                }
            }
            guard sawDigit else { return .none }
            // `2:02pm`, `2:02 PM`, `14:02 UTC`: a meridiem or zone word belongs to the stamp.
            if rest[..<end].last != ":" {
                let afterTime = rest[end...]
                let word = afterTime.drop(while: { $0 == " " }).prefix(while: { $0.isLetter })
                let next = afterTime.drop(while: { $0 == " " }).dropFirst(word.count).first
                let isMeridiem = ["am", "pm", "a.m", "p.m"].contains(word.lowercased())
                let isZone = (1...4).contains(word.count) && word.allSatisfy { $0.isUppercase }
                if isMeridiem || isZone, !((next?.isLetter ?? false) || (next?.isNumber ?? false)) {
                    end = word.endIndex
                }
            }
            raw = rest[..<end]
            rest = rest[end...]
            // `14:02: text` — the trailing colon is the separator.
            while raw.last == ":" || raw.last == "-" {
                raw = raw.dropLast()
            }
            guard raw.contains(":") else { return .none }
        }
        let text = stripSeparator(rest)
        let stampText = String(raw.trimmingSpaces())
        guard let (hour, minute, day) = parseStamp(stampText) else {
            return .invalid(raw: stampText, text: text)
        }
        return .stamp(raw: stampText, hour: hour, minute: minute, day: day, text: text)
    }

    /// `HH:MM`, `H:MM`, `HH:MM:SS`, optionally after a date and before a zone name.
    static func parseStamp(_ stamp: String) -> (Int, Int, Day?)? {
        if let plain = plainStamp(stamp) { return plain }
        return wordStamp(stamp)
    }

    /// ``parseStamp(_:)`` of any stamp, on its words and `Character`s.
    static func wordStamp(_ stamp: String) -> (Int, Int, Day?)? {
        var words = stamp.split(separator: " ").flatMap { word -> [String] in
            // ISO 8601's `2024-03-05T14:02`.
            if word.first?.isASCIIDigit == true, let t = word.firstIndex(of: "T") {
                return [String(word[..<t]), String(word[word.index(after: t)...])]
            }
            return [String(word)]
        }
        // A meridiem, attached or not: `2:02pm`, `2:02 PM`.
        var meridiem: String?
        if let last = words.last?.lowercased(), ["am", "pm"].contains(last), words.count > 1 {
            meridiem = last
            words.removeLast()
        } else if let last = words.last, ["am", "pm"].contains(String(last.suffix(2)).lowercased()), last.first?.isASCIIDigit == true {
            meridiem = String(last.suffix(2)).lowercased()
            words[words.count - 1] = String(last.dropLast(2))
        }
        if let last = words.last, last.allSatisfy(\.isLetter), words.count > 1 { words.removeLast() }  // UTC, Z, PST
        if meridiem == nil, let last = words.last?.lowercased(), ["am", "pm"].contains(last), words.count > 1 {
            meridiem = last  // `2:02 PM UTC`
            words.removeLast()
        }
        if let last = words.last, last.hasSuffix("Z") { words[words.count - 1] = String(last.dropLast()) }
        var day: Day?
        if words.count == 2 {
            guard let date = DateParser.parseNumeric(words[0]) else { return nil }
            day = date
            words.removeFirst()
        }
        guard words.count == 1 else { return nil }
        let parts = words[0].split(separator: ":", omittingEmptySubsequences: false)
        // Two digits at most in each part, so no number read here can overflow.
        guard (2...3).contains(parts.count), (1...2).contains(parts[0].count), parts.dropFirst().allSatisfy({ $0.count == 2 }),
            parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
            var hour = Int(parts[0]), let minute = Int(parts[1]), hour < 24, minute < 60,
            parts.count == 2 || (Int(parts[2]) ?? 60) < 60
        else { return nil }
        if let meridiem {
            guard (1...12).contains(hour) else { return nil }
            hour = meridiem == "pm" ? (hour % 12) + 12 : hour % 12
        }
        return (hour, minute, day)
    }

    /// ``parseStamp(_:)`` of a stamp of only ASCII digits, `:`, `-`, `/` and spaces (`14:02`,
    /// `2024-03-05 23:10`, nearly every stamp), read on bytes: with no letter there is no
    /// meridiem, zone or `T` to take off, and each byte is its own `Character`. Nil for any other stamp.
    static func plainStamp(_ stamp: String) -> (Int, Int, Day?)?? {
        var words: [Range<Int>] = []
        var wordStart: Int?
        var offset = 0
        for byte in stamp.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: ":"), UInt8(ascii: "-"), UInt8(ascii: "/"):
                if wordStart == nil { wordStart = offset }
            case UInt8(ascii: " "):
                if let start = wordStart { words.append(start..<offset) }
                wordStart = nil
            default:
                return nil
            }
            offset += 1
        }
        if let start = wordStart { words.append(start..<offset) }
        let bytes = Array(stamp.utf8)
        var day: Day?
        if words.count == 2 {
            guard let date = DateParser.parseNumeric(String(decoding: bytes[words[0]], as: UTF8.self)) else { return .some(nil) }
            day = date
            words.removeFirst()
        }
        guard words.count == 1 else { return .some(nil) }
        // `H:MM`, `HH:MM` or `HH:MM:SS`: two digits at most in each part, so nothing read here overflows.
        var parts = [0]
        var digits = [0]
        for byte in bytes[words[0]] {
            if byte == UInt8(ascii: ":") {
                guard parts.count < 3 else { return .some(nil) }
                parts.append(0)
                digits.append(0)
                continue
            }
            guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"), digits[digits.count - 1] < 2 else { return .some(nil) }
            parts[parts.count - 1] = parts[parts.count - 1] * 10 + Int(byte - UInt8(ascii: "0"))
            digits[digits.count - 1] += 1
        }
        guard parts.count >= 2, digits[0] >= 1, digits.dropFirst().allSatisfy({ $0 == 2 }), parts[0] < 24, parts[1] < 60,
            parts.count == 2 || parts[2] < 60
        else { return .some(nil) }
        return (parts[0], parts[1], day)
    }

    private static func stripSeparator(_ text: Substring) -> String {
        var rest = text.drop(while: { $0 == " " })
        if let first = rest.first, "-–—:|".contains(first) {
            rest = rest.dropFirst().drop(while: { $0 == " " })
        }
        return String(rest)
    }
}
