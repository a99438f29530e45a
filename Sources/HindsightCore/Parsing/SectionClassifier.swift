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
    /// Each group is one facet of its section: a file may have a section per facet
    /// (`What went well` and `What went wrong`), but not two of one (`Root cause` and `RCA`).
    /// *Summary*, *What happened*, *Background*, *Detection*, *Resolution* and *Recovery* are not
    /// here: they are prose, kept as written, and a Timeline or Action Items heading below one is found.
    static let facets: [(kind: SectionKind, names: [String])] = [
        (.timeline, ["timeline", "incident timeline", "event timeline", "chronology", "timeline of events", "sequence of events"]),
        (.rootCause, ["root cause analysis", "root causes", "root cause", "root-cause analysis", "rca", "causes"]),
        (.rootCause, ["contributing factors", "contributing factor", "contributing causes"]),
        (.rootCause, ["trigger", "triggers"]),
        (.impact, ["impact assessment", "customer impact", "business impact", "user impact", "impact"]),
        (.lessons, ["lessons learned", "lessons learnt", "lessons", "learnings", "what we learned"]),
        (.lessons, ["what went well", "things that went well"]),
        (.lessons, ["what went wrong", "things that went wrong", "what didn't go well", "what did not go well"]),
        (.lessons, ["where we got lucky", "where we were lucky"]),
        (
            .actions,
            [
                "action items", "follow-up actions", "follow up actions", "follow-up items", "follow-ups", "follow ups", "followups",
                "actions", "action plan", "remediations", "remediation items", "remediation", "corrective actions",
                "corrective and preventive actions", "next steps",
            ]
        ),
    ]

    /// Sections of prose real post-mortems have besides the template's: never the title heading.
    static let proseNames: Set<String> = [
        "summary", "executive summary", "incident summary", "overview", "what happened", "background", "detection", "resolution",
        "recovery", "resolution and recovery", "description",
    ]

    /// Whether the heading names a prose section (`## Summary`), which is not a title.
    static func isProse(heading: String) -> Bool {
        var name = headingName(heading).lowercased()
        if let remark = name.firstIndex(ofASCII: UInt8(ascii: "(")) { name = String(name[..<remark]) }
        return proseNames.contains(name.trimming(TrimSets.spaceAndDashes))
    }

    /// The section a heading names, if any.
    static func kind(ofHeading heading: String) -> SectionKind? {
        facet(ofHeading: heading).map { facets[$0].kind }
    }

    /// The index in ``facets`` of the group that names the heading.
    static func facet(ofHeading heading: String) -> Int? {
        var name = headingName(heading).lowercased().withStraightApostrophes
        if let remark = name.firstIndex(ofASCII: UInt8(ascii: "(")) { name = String(name[..<remark]) }
        name = name.trimming(TrimSets.spaceAndDashes)
        // A name cannot equal or start with a candidate whose first byte it does not share
        // (the candidates are ASCII, which has no other spelling): most are skipped so.
        let first = name.utf8.first
        for candidate in facetNames where candidate.first == first && (name == candidate.name || name.hasPrefix(candidate.prefix)) {
            return candidate.facet
        }
        return nil
    }

    /// Every facet's names in ``facets`` order, each with its first byte and its
    /// prefix form (`timeline ` for `Timeline of events`) made once.
    private static let facetNames: [(facet: Int, name: String, prefix: String, first: UInt8?)] = facets.enumerated().flatMap {
        index, facet in
        facet.names.map { (index, $0, $0 + " ", $0.utf8.first) }
    }
}
