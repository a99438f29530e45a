import Foundation

/// Recognises the template's sections by heading text, with or without the
/// template's numbering, in any case: `### 2. Root Cause Analysis`, `## timeline`.
enum SectionClassifier {
    /// The heading without a leading `1.` / `1)` / `I.` and trailing colon.
    static func headingName(_ heading: String) -> String {
        var text = Substring(heading.trimmingCharacters(in: .whitespaces))
        let number = text.prefix(while: { $0.isASCIIDigit })
        if !number.isEmpty {
            let afterNumber = text.dropFirst(number.count)
            if let mark = afterNumber.first, mark == "." || mark == ")" {
                text = afterNumber.dropFirst()
            } else if afterNumber.first == " " {
                text = afterNumber
            }
        }
        var name = text.trimmingCharacters(in: .whitespaces)
        while name.hasSuffix(":") { name.removeLast() }
        return name
    }

    static func kind(ofHeading heading: String) -> SectionKind? {
        let name = headingName(heading).lowercased()
        switch name {
        case "timeline", "incident timeline", "timeline of events", "event timeline": return .timeline
        case "root cause analysis", "root cause", "root causes", "root-cause analysis", "root cause analysis (rca)", "rca":
            return .rootCause
        case "impact", "impact assessment", "customer impact", "business impact": return .impact
        case "lessons learned", "lessons", "learnings", "what we learned", "lessons learnt": return .lessons
        case "action items", "actions", "follow-up actions", "follow-ups", "follow up actions", "action plan": return .actions
        default: return nil
        }
    }
}
