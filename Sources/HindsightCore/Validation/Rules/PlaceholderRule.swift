import Foundation

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
        // The template's example text follows its `**Action Item N**:` label; "(e.g., …)"
        // later in a real item's text is just an example.
        let exampleLines = Set(
            postMortem.actionItems.filter { $0.details.lowercased().drop(while: { $0 == "(" }).hasPrefix("e.g.,") }.map(\.location.line))
        for line in postMortem.proseLines where exampleLines.contains(line.location.line) {
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
