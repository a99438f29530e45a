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

/// `duplicate-section`: a template section may appear only once (each facet of
/// it once: *What went well* and *What went wrong* are both lessons).
struct DuplicateSectionRule: PostMortemRule {
    let id = RuleID.duplicateSection
    func findings(in postMortem: PostMortem, context: ValidationContext) -> [Finding] {
        var firstLine: [Int: Int] = [:]
        var findings: [Finding] = []
        for section in postMortem.sections {
            guard let kind = section.kind, let facet = SectionClassifier.facet(ofHeading: section.heading) else { continue }
            // The timeline is read from its first section only, so a second one of any name repeats it.
            let group = kind == .timeline ? -1 : facet
            if let line = firstLine[group] {
                findings.append(
                    Finding("section '\(kind.templateHeading)' appears again (first on line \(line)); merge the two", at: section.location))
            } else {
                firstLine[group] = section.location.line
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
