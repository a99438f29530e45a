/// The template's numbered headings: `## Follow-ups` → `## 5. Follow-ups`,
/// `## timeline (all times UTC)` → `## 1. Timeline (all times UTC)`, the name as written; and the
/// title heading's `Incident:` (`# Checkout outage` → `# Incident: Checkout outage`).
/// The level is kept (it decides what is nested in what). Only an ATX heading
/// of plain text is rewritten, and a section named by a facet of its own
/// (`What went well`, `Contributing factors`) or sharing its kind with another keeps its name.
enum HeadingForm {
    static func number(_ postMortem: PostMortem, in buffer: inout LineBuffer) {
        for section in postMortem.sections {
            guard let kind = section.kind, postMortem.sections.filter({ $0.kind == kind }).count == 1,
                let line = buffer.line(section.location.line), let (hashes, content) = atx(line, level: section.level),
                let facet = SectionClassifier.facet(ofHeading: content),
                facet == SectionClassifier.facets.firstIndex(where: { $0.kind == kind })
            else { continue }
            var name = Substring(SectionClassifier.headingName(content))
            var remark: Substring = ""
            if let open = name.firstIndex(of: "(") {
                remark = " " + name[open...]
                name = name[..<open]
            }
            let base = name.trimmingSpaces()
            // The author's name is kept; only the template's own name gets the template's capitals.
            let isTemplateName = base.lowercased() == kind.templateHeading.lowercased()
            let number = (SectionKind.allCases.firstIndex(of: kind) ?? 0) + 1
            let heading = "\(hashes) \(number). \(isTemplateName ? kind.templateHeading : base)\(remark)"
            buffer.edit(line: section.location.line, column: 1) { _ in heading }
        }
        if postMortem.frontMatter?.title == nil, let title = postMortem.title, let line = buffer.line(title.location.line),
            let (hashes, content) = atx(line, level: nil), TitleReader.title(fromHeading: content, at: title.location) == title,
            content.trimmingSpaces() == title.value
        {
            buffer.edit(line: title.location.line, column: 1) { _ in "\(hashes) Incident: \(title.value)" }
        }
    }

    /// `## Timeline` → (`##`, `Timeline`) for an ATX heading of `level` (any when nil) whose text has no inline markup.
    static func atx(_ line: String, level: Int?) -> (hashes: String, content: String)? {
        let hashes = line.prefix(while: { $0 == "#" })
        guard !hashes.isEmpty, level.map({ hashes.count == $0 }) ?? (hashes.count <= 6) else { return nil }
        let rest = line.dropFirst(hashes.count)
        guard rest.first == " " else { return nil }
        let content = rest.trimmingSpaces()
        guard !content.isEmpty, !content.hasSuffix("#"), !content.contains(where: { "*_`[]<>\\&!~".contains($0) }) else { return nil }
        return (String(hashes), content)
    }
}
