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

    /// Whether a whole value is a placeholder, with or without its brackets.
    static func isPlaceholder(_ value: String) -> Bool {
        var text = Substring(value.trimmingCharacters(in: .whitespaces))
        if text.hasPrefix("[") && text.hasSuffix("]") { text = text.dropFirst().dropLast() }
        return isPlaceholderContent(String(text)) || !occurrences(in: value).isEmpty
    }

    /// The `[…]` placeholders in a line, as ranges including the brackets.
    static func occurrences(in text: String) -> [Range<String.Index>] {
        var ranges: [Range<String.Index>] = []
        var searchStart = text.startIndex
        while let open = text[searchStart...].firstIndex(of: "[") {
            guard let close = text[open...].firstIndex(of: "]") else { break }
            let content = String(text[text.index(after: open)..<close])
            if isPlaceholderContent(content) { ranges.append(open..<text.index(after: close)) }
            searchStart = text.index(after: open)
        }
        return ranges
    }

    /// The template's example action text starts with this.
    static let exampleMarker = "(e.g.,"
}

/// `placeholder`: the template's placeholders must be replaced before review.
struct PlaceholderRule: PostMortemRule {
    let id = RuleID.placeholder
    func findings(in postMortem: PostMortem, context: ValidationContext) -> [Finding] {
        var findings: [Finding] = []
        for line in postMortem.proseLines {
            for range in Placeholder.occurrences(in: line.text) {
                findings.append(Finding("template placeholder '\(line.text[range])' left in; replace it with the real value",
                                        at: line.location(of: range.lowerBound)))
            }
        }
        let actionLines = Set(postMortem.actionItems.map(\.location.line))
        for line in postMortem.proseLines where actionLines.contains(line.location.line) {
            if let range = line.text.range(of: Placeholder.exampleMarker, options: .caseInsensitive) {
                findings.append(Finding("the template's example action text '(e.g., …)' is left in; describe the real follow-up",
                                        at: line.location(of: range.lowerBound)))
            }
        }
        return findings
    }
}
