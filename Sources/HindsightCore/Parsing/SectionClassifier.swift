import Foundation

/// Recognises the template's sections by heading text, with or without the
/// template's numbering, in any case: `### 2. Root Cause Analysis`, `## timeline`,
/// `### 1 - Timeline (all times UTC)`, `## IV. Lessons learned from the outage`.
enum SectionClassifier {
    /// The heading without its numbering (`1.`, `1)`, `1 -`, `1:`, `IV.`) and trailing colon.
    static func headingName(_ heading: String) -> String {
        var text = Substring(heading.trimmingCharacters(in: .whitespaces))
        let arabic = text.prefix(while: { $0.isASCIIDigit || $0 == "." })
        let roman = text.prefix(while: { "IVXivx".contains($0) })
        for number in [arabic, roman] where !number.isEmpty && number.count < text.count {
            let afterNumber = text.dropFirst(number.count)
            let separator = afterNumber.prefix(while: { " .):-–—".contains($0) })
            // A roman numeral must be followed by a mark ("I." not the word "Impact").
            let isNumbering = number == arabic ? !separator.isEmpty : separator.contains(where: { ".):-–—".contains($0) })
            if isNumbering && afterNumber.count > separator.count {
                text = afterNumber.dropFirst(separator.count)
                break
            }
        }
        var name = text.trimmingCharacters(in: .whitespaces)
        while name.hasSuffix(":") { name.removeLast() }
        return name
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
        name = name.trimmingCharacters(in: TrimSets.spaceAndDashes)
        for (kind, candidates) in names {
            for candidate in candidates where name == candidate || name.hasPrefix(candidate + " ") {
                return kind
            }
        }
        return nil
    }
}
