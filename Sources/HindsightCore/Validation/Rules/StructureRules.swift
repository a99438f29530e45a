/// `missing-section`: every template section must be there.
struct MissingSectionRule: PostMortemRule {
    let id = RuleID.missingSection
    func findings(in postMortem: PostMortem, context: ValidationContext) -> [Finding] {
        SectionKind.allCases.filter { postMortem.section($0) == nil }.map { kind in
            Finding(
                "missing section '\(kind.templateHeading)'; add a `### \(kind.templateHeading)` heading and its content",
                at: postMortem.headerLocation)
        }
    }
}

/// `duplicate-section`: a template section may appear only once.
struct DuplicateSectionRule: PostMortemRule {
    let id = RuleID.duplicateSection
    func findings(in postMortem: PostMortem, context: ValidationContext) -> [Finding] {
        var firstLine: [SectionKind: Int] = [:]
        var findings: [Finding] = []
        for section in postMortem.sections {
            guard let kind = section.kind else { continue }
            if let line = firstLine[kind] {
                findings.append(
                    Finding("section '\(kind.templateHeading)' appears again (first on line \(line)); merge the two", at: section.location))
            } else {
                firstLine[kind] = section.location.line
            }
        }
        return findings
    }
}

/// `section-order`: sections should follow the template's order.
struct SectionOrderRule: PostMortemRule {
    let id = RuleID.sectionOrder
    func findings(in postMortem: PostMortem, context: ValidationContext) -> [Finding] {
        var seen: [SectionKind] = []
        for section in postMortem.sections {
            guard let kind = section.kind, !seen.contains(kind) else { continue }
            let order = SectionKind.allCases
            if let later = seen.first(where: { order.firstIndex(of: $0)! > order.firstIndex(of: kind)! }) {
                return [
                    Finding(
                        "section '\(kind.templateHeading)' comes after '\(later.templateHeading)'; the template's order is \(order.map(\.templateHeading).joined(separator: ", "))",
                        at: section.location)
                ]
            }
            seen.append(kind)
        }
        return []
    }
}
