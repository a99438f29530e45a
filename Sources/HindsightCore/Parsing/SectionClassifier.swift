import Foundation

/// Recognises the template's sections by heading text, with or without the
/// template's numbering, in any case: `### 2. Root Cause Analysis`, `## timeline`,
/// `### 1 - Timeline (all times UTC)`, `## IV. Lessons learned from the outage`.
enum SectionClassifier {
    /// The heading without its numbering (`1.`, `1)`, `1 -`, `1:`, `IV.`) and trailing colon.
    static func headingName(_ heading: String) -> String {
        // Scalars, not Characters: this runs on every heading of every file.
        var text = Substring(heading.trimmingSpaces())
        let scalars = text.unicodeScalars
        let arabicEnd = scalars.firstIndex { !(("0"..."9").contains($0) || $0 == ".") } ?? scalars.endIndex
        let romanEnd = scalars.firstIndex { !isRomanDigit($0) } ?? scalars.endIndex
        for (numberEnd, isArabic) in [(arabicEnd, true), (romanEnd, false)]
        where numberEnd != scalars.startIndex && numberEnd != scalars.endIndex {
            let afterNumber = scalars[numberEnd...]
            let separatorEnd = afterNumber.firstIndex { !isSeparator($0) } ?? afterNumber.endIndex
            let separator = afterNumber[..<separatorEnd]
            // A roman numeral must be followed by a mark ("I." not the word "Impact").
            let isNumbering = isArabic ? !separator.isEmpty : separator.contains { $0 != " " }
            if isNumbering && separatorEnd != afterNumber.endIndex {
                text = text[separatorEnd...]
                break
            }
        }
        var name = text.trimmingSpaces()
        while name.hasSuffix(":") { name.removeLast() }
        return name
    }

    private static func isRomanDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "I" || scalar == "V" || scalar == "X" || scalar == "i" || scalar == "v" || scalar == "x"
    }

    private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case " ", ".", ")", ":", "-", "–", "—": return true
        default: return false
        }
    }

    /// Names for each section, matched as the whole heading or its first words
    /// (`Timeline of the incident`, `Impact on customers`); a parenthetical remark is ignored.
    static let names: [(SectionKind, [String])] = [
        (.timeline, ["timeline", "incident timeline", "event timeline", "chronology"]),
        (.rootCause, ["root cause analysis", "root causes", "root cause", "root-cause analysis", "rca", "causes"]),
        (.impact, ["impact assessment", "customer impact", "business impact", "impact"]),
        (.lessons, ["lessons learned", "lessons learnt", "lessons", "learnings", "what we learned"]),
        (.actions, ["action items", "follow-up actions", "follow up actions", "follow-up items", "follow-ups", "actions", "action plan"]),
    ]

    static func kind(ofHeading heading: String) -> SectionKind? {
        var name = headingName(heading).lowercased()
        if let remark = name.firstIndex(of: "(") { name = String(name[..<remark]) }
        name = name.trimming(TrimSets.spaceAndDashes)
        for (kind, candidates) in names {
            for candidate in candidates where name == candidate || name.hasPrefix(candidate + " ") {
                return kind
            }
        }
        return nil
    }
}
