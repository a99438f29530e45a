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
        let lowered = content.lowercased().trimmingCharacters(in: .whitespaces)
        if templateTexts.contains(lowered) { return true }
        if lowered.hasPrefix("key learning") { return lowered.dropFirst(12).allSatisfy { $0 == " " || $0.isASCIIDigit } }
        return false
    }

    /// Values that stand for "not known yet" even without brackets.
    static let bareTexts: Set<String> = ["tbd", "tba", "todo", "tk", "xxx", "?", "??", "???"]

    /// Whether a whole value is a placeholder: a bare `TBD`, or any bracketed one.
    static func isPlaceholder(_ value: String) -> Bool {
        isBarePlaceholder(value) || !occurrences(in: value).isEmpty
    }

    /// `TBD`, `TODO`, `???` written as the whole value, without brackets.
    static func isBarePlaceholder(_ value: String) -> Bool {
        bareTexts.contains(value.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: "."))).lowercased())
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

/// `placeholder`: the template's placeholders must be replaced before review.
struct PlaceholderRule: PostMortemRule {
    let id = RuleID.placeholder
    func findings(in postMortem: PostMortem, context: ValidationContext) -> [Finding] {
        var findings: [Finding] = []
        for line in postMortem.proseLines {
            for range in Placeholder.occurrences(in: line.text) {
                findings.append(
                    Finding(
                        "template placeholder '\(line.text[range])' left in; replace it with the real value",
                        at: line.location(of: range.lowerBound)))
            }
        }
        // Values written as a bare `TBD` (bracketed ones are found above).
        var values: [(String, Located<String>)] = postMortem.fields.map { ($0.name, Located($0.value, at: $0.valueLocation)) }
        values += [
            ("Users Affected", postMortem.impact.usersAffected), ("Data Loss", postMortem.impact.dataLoss),
            ("Duration", postMortem.impact.duration),
        ].compactMap { name, value in value.map { (name, $0) } }
        for item in postMortem.actionItems {
            if let owner = item.owner { values.append(("Owner", owner)) }
            if let due = item.dueText { values.append(("Due", due)) }
        }
        for (name, value) in values where Placeholder.isBarePlaceholder(value.value) {
            findings.append(
                Finding(
                    "\(name) is '\(value.value)', a placeholder; fill in the real value (or the best estimate, and say so)",
                    at: value.location))
        }
        let actionLines = Set(postMortem.actionItems.map(\.location.line))
        for line in postMortem.proseLines where actionLines.contains(line.location.line) {
            if let match = Placeholder.exampleMatcher.matches(in: line.text).first {
                findings.append(
                    Finding(
                        "the template's example action text '(e.g., …)' is left in; describe the real follow-up",
                        at: line.location(atUTF8Offset: match.range.lowerBound)))
            }
        }
        return findings
    }
}
