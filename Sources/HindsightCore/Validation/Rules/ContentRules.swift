/// `blameful-language`: post-mortems are blameless; describe systems, not culprits.
struct BlamefulLanguageRule: PostMortemRule {
    let id = RuleID.blamefulLanguage

    /// Phrases that assign blame, matched case-insensitively at word boundaries.
    static let phrases = [
        "human error", "careless", "carelessly", "carelessness", "should have known", "should've known",
        "'s fault", "’s fault", "at fault", "negligent", "negligence", "incompetent", "incompetence",
        "sloppy", "lazy", "dropped the ball", "screwed up", "messed up", "to blame", "blamed", "blame on", "the blame", "blaming",
        "stupid", "dumb mistake", "failed to follow", "didn't bother", "did not bother",
    ]

    func findings(in postMortem: PostMortem, context: ValidationContext) -> [Finding] {
        var findings: [Finding] = []
        for line in postMortem.proseLines {
            let lowered = line.text.lowercased()
            var reported: [Range<String.Index>] = []
            for phrase in Self.phrases {
                var searchStart = lowered.startIndex
                while let range = lowered.range(of: phrase, range: searchStart..<lowered.endIndex) {
                    searchStart = range.upperBound
                    guard Self.isWholeWord(range, in: lowered), !reported.contains(where: { $0.overlaps(range) }),
                        !Self.isTechnicalTerm(range, in: lowered)
                    else { continue }
                    reported.append(range)
                    let written = line.text[range.lowerBound..<range.upperBound]
                    findings.append(Finding("'\(written)' assigns blame to people; describe the conditions in the system that made the mistake possible",
                                            at: line.location(of: range.lowerBound)))
                }
            }
        }
        return findings.sorted { $0.location < $1.location }
    }

    /// "the cluster's fault tolerance", "fault domain", "git blame": engineering terms, not blame.
    static func isTechnicalTerm(_ range: Range<String.Index>, in text: String) -> Bool {
        if text[..<range.lowerBound].hasSuffix("git ") { return true }  // `git blame`
        guard text[range].hasSuffix("fault") else { return false }
        let next = text[range.upperBound...].drop(while: { $0 == " " || $0 == "-" })
        return ["toleran", "domain", "injection", "isolation", "line", "zone", "detect"].contains { next.hasPrefix($0) }
    }

    static func isWholeWord(_ range: Range<String.Index>, in text: String) -> Bool {
        let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
        let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
        let isWordCharacter: (Character?) -> Bool = { $0.map { $0.isLetter || $0.isNumber } ?? false }
        let startsWithWord = text[range].first.map { $0.isLetter } ?? false
        return (!startsWithWord || !isWordCharacter(before)) && !isWordCharacter(after)
    }
}

/// `shallow-root-cause`: a root cause of a sentence or two rarely reaches the
/// systemic failure the template asks for.
struct ShallowRootCauseRule: PostMortemRule {
    let id = RuleID.shallowRootCause
    static let minimumWords = 40
    /// The template's guidance under the heading, which does not count.
    static let templateGuidance = "A deep dive into what actually went wrong."

    func findings(in postMortem: PostMortem, context: ValidationContext) -> [Finding] {
        guard let rootCause = postMortem.rootCause else { return [] }
        var text = rootCause.value
        if let guidance = text.range(of: Self.templateGuidance) {
            // The whole guidance paragraph ends at the `allowing … merged").` example.
            let paragraphEnd = text.range(of: "merged\").", range: guidance.upperBound..<text.endIndex)?.upperBound ?? guidance.upperBound
            text.removeSubrange(guidance.lowerBound..<paragraphEnd)
        }
        let words = text.split(whereSeparator: { $0.isWhitespace }).filter { $0.contains(where: \.isLetter) }.count
        guard words < Self.minimumWords else { return [] }
        return [Finding("the root cause analysis has \(words) words; explain the systemic failure behind the trigger (what allowed it, why it was not caught) in at least \(Self.minimumWords)",
                        at: rootCause.location)]
    }
}
