/// `blameful-language`: post-mortems are blameless; describe systems, not culprits.
struct BlamefulLanguageRule: PostMortemRule {
    let id = RuleID.blamefulLanguage

    /// Phrases that assign blame, matched case-insensitively at word boundaries.
    public static let defaultPhrases = [
        "human error", "careless", "carelessly", "carelessness", "should have known", "should've known",
        "'s fault", "’s fault", "at fault", "negligent", "negligence", "incompetent", "incompetence",
        "sloppy", "dropped the ball", "screwed up", "messed up", "to blame", "blamed", "blame on", "the blame", "blaming",
        "stupid", "dumb mistake", "didn't bother", "did not bother",
    ]

    static let defaultMatcher = PhraseMatcher(defaultPhrases)

    /// The default list with `added` appended and `removed` left out (compared ignoring case).
    static func phrases(adding added: [String], removing removed: [String]) -> [String] {
        let removedKeys = Set(removed.map { $0.lowercased() })
        let kept = defaultPhrases.filter { !removedKeys.contains($0.lowercased()) }
        let keptKeys = Set(kept.map { $0.lowercased() })
        return kept + added.filter { !keptKeys.contains($0.lowercased()) }
    }

    func findings(in postMortem: PostMortem, context: ValidationContext) -> [Finding] {
        var findings: [Finding] = []
        for line in postMortem.proseLines {
            for match in context.blameMatcher.matches(in: line.text)
            where !Self.isTechnicalTerm(match.range, in: line.text) && !line.codeRanges.contains(where: { $0.overlaps(match.range) }) {
                let written = String(decoding: line.text.utf8.dropFirst(match.range.lowerBound).prefix(match.range.count), as: UTF8.self)
                findings.append(
                    Finding(
                        "'\(written)' assigns blame to people; describe the conditions in the system that made the mistake possible",
                        at: line.location(atUTF8Offset: match.range.lowerBound)))
            }
        }
        return findings
    }

    /// "the cluster's fault tolerance", "fault domain", "git blame": engineering terms, not blame.
    static func isTechnicalTerm(_ range: Range<Int>, in text: String) -> Bool {
        let utf8 = Array(text.utf8)
        let before = String(decoding: utf8[..<range.lowerBound].suffix(4), as: UTF8.self).lowercased()
        if before == "git " { return true }  // `git blame`
        let phrase = String(decoding: utf8[range], as: UTF8.self).lowercased()
        guard phrase.hasSuffix("fault") else { return false }
        let next = String(decoding: utf8[range.upperBound...].prefix(16), as: UTF8.self).lowercased()
            .drop(while: { $0 == " " || $0 == "-" })
        return ["toleran", "domain", "injection", "isolation", "line", "zone", "detect"].contains { next.hasPrefix($0) }
    }
}

/// `shallow-root-cause`: a root cause of a sentence or two rarely reaches the
/// systemic failure the template asks for.
struct ShallowRootCauseRule: PostMortemRule {
    let id = RuleID.shallowRootCause
    public static let defaultMinimumWords = 40
    /// The template's guidance under the heading, which does not count.
    static let templateGuidance = "A deep dive into what actually went wrong."

    func findings(in postMortem: PostMortem, context: ValidationContext) -> [Finding] {
        guard let rootCause = postMortem.rootCause else { return [] }
        // A root cause still holding a `[TODO]` is unwritten, and `placeholder` already says so.
        guard Placeholder.occurrences(in: rootCause.value).isEmpty else { return [] }
        var bytes = Array(rootCause.value.utf8)
        if let guidance = ByteSearch.firstRange(of: Self.guidanceStart, in: bytes) {
            // The whole guidance paragraph ends at the `allowing … merged").` example.
            let end = ByteSearch.firstRange(of: Self.guidanceEnd, in: bytes, from: guidance.upperBound)?.upperBound ?? guidance.upperBound
            bytes.removeSubrange(guidance.lowerBound..<end)
        }
        let words = Self.wordCount(bytes)
        guard words < context.shallowRootCauseWords else { return [] }
        return [
            Finding(
                "the root cause analysis has \(words) words; explain the systemic failure behind the trigger (what allowed it, why it was not caught) in at least \(context.shallowRootCauseWords)",
                at: rootCause.location)
        ]
    }

    static let guidanceStart = Array(templateGuidance.utf8)
    static let guidanceEnd = Array("merged\").".utf8)

    /// Runs of non-space bytes that contain a letter (any non-ASCII byte counts as one).
    static func wordCount(_ bytes: [UInt8]) -> Int {
        var count = 0
        var inWord = false
        var wordHasLetter = false
        for byte in bytes {
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
                if inWord && wordHasLetter { count += 1 }
                inWord = false
                wordHasLetter = false
            } else {
                inWord = true
                if byte >= 0x80 || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) { wordHasLetter = true }
            }
        }
        return inWord && wordHasLetter ? count + 1 : count
    }
}
