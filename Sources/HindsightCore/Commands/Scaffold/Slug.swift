import Foundation

/// The file name a title gives: lower-case kebab ASCII (`Checkout failures: DB pool!` → `checkout-failures-db-pool`).
public enum Slug {
    /// Slugs longer than this are cut at a word boundary, so file names stay readable.
    public static let maximumLength = 60

    /// Letters that do not decompose into an ASCII letter and a mark.
    static let foldings: [Unicode.Scalar: String] = [
        "ß": "ss", "æ": "ae", "Æ": "ae", "ø": "o", "Ø": "o", "œ": "oe", "Œ": "oe", "ł": "l", "Ł": "l", "đ": "d", "Đ": "d",
        "þ": "th", "Þ": "th", "ð": "d", "Ð": "d", "ı": "i",
    ]

    /// `text` folded to ASCII, lower-cased, with every run of other characters one `-`;
    /// apostrophes join (`Don't` → `dont`). Empty when `text` has no ASCII letter or digit.
    public static func make(from text: String) -> String {
        var slug = ""
        var pendingDash = false
        func append(_ piece: String) {
            if pendingDash && !slug.isEmpty { slug += "-" }
            pendingDash = false
            slug += piece
        }
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.isASCII, let ascii = Character(scalar).asciiValue, Character(scalar).isLetter || Character(scalar).isNumber {
                append(String(UnicodeScalar(ascii | (Character(scalar).isUppercase ? 0x20 : 0))))
            } else if let folded = foldings[scalar] {
                append(folded)
            } else if scalar == "'" || scalar == "\u{2019}" || scalar.properties.generalCategory == .nonspacingMark {
                continue
            } else {
                pendingDash = true
            }
        }
        return truncated(slug)
    }

    /// `slug` cut to ``maximumLength`` at its last `-` before the limit.
    static func truncated(_ slug: String) -> String {
        guard slug.count > maximumLength else { return slug }
        let head = slug.prefix(maximumLength + 1)
        if let dash = head.lastIndex(of: "-"), dash > head.startIndex { return String(head[..<dash]) }
        return String(slug.prefix(maximumLength))
    }
}
