import Testing

@testable import HindsightCore

/// Whole-word phrase matching on bytes, which every text rule runs on every line.
@Suite("Phrase matching")
struct PhraseMatcherTests {
    static func found(_ phrases: [String], in text: String) -> [String] {
        PhraseMatcher(phrases).matches(in: text).map { "\($0.phrase)@\($0.range.lowerBound)" }
    }

    @Test("a phrase is found as a whole word, in any ASCII case, never inside a longer word")
    func wholeWords() {
        #expect(Self.found(["human error"], in: "Human Error, then human errors; inhuman error.") == ["human error@0"])
        #expect(Self.found(["rca"], in: "RCA: rcan; (rca)") == ["rca@0", "rca@12"])
    }

    @Test("a phrase starting with a mark is found inside a word too; every match ends where a word does")
    func markEdges() {
        #expect(Self.found(["(e.g.", "tbd"], in: "x(e.g. this) TBD.") == ["(e.g.@1", "tbd@13"])
        #expect(Self.found(["e.g."], in: "see e.g.the") == [])
    }

    @Test("where occurrences overlap the earlier-listed phrase wins; the rest are kept, earliest first")
    func overlaps() {
        #expect(Self.found(["root cause", "cause"], in: "the cause and the root cause") == ["cause@4", "root cause@18"])
        #expect(Self.found(["cause", "root cause"], in: "the root cause") == ["cause@9"])
    }

    @Test("non-ASCII bytes are part of words, and a phrase may be longer than the text")
    func nonASCII() {
        #expect(Self.found(["blame"], in: "éblame blame") == ["blame@8"])
        #expect(Self.found(["a very long phrase"], in: "a very") == [])
    }

    @Test("groups searched in one pass give what each group's own matcher gives, the first group with a match winning")
    func groups() throws {
        let groups = [["rolled back", "rollback"], ["slow", "latency"], ["back"]]
        let text = "latency rose; we rolled back, then rollback again"
        let first = try #require(PhraseGroups(groups).firstMatch(in: text))
        #expect(first.group == 0)
        #expect(first.match == PhraseMatcher(groups[0]).matches(in: text).first)
        #expect(first.match.phrase == "rolled back")
        let later = try #require(PhraseGroups(groups).firstMatch(in: "slow and back"))
        #expect(later.group == 1)
        #expect(later.match.phrase == "slow")
        #expect(PhraseGroups([[], ["x"]]).firstMatch(in: "nothing here") == nil)
        // Overlaps are settled within a group only: "back" of the third group overlaps "rolled back" and is not needed.
        #expect(PhraseGroups([["back"], ["rolled back"]]).firstMatch(in: "rolled back")?.group == 0)
    }

    /// Every whole-word occurrence by the definition, trying each phrase at each byte: a phrase
    /// starts at a word's start (or anywhere, when its first byte is of no word) and ends where a word does.
    static func naiveMatches(_ phrases: [String], in text: String) -> [PhraseMatcher.Match] {
        let bytes = Array(text.utf8).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        var found: [(phrase: Int, match: PhraseMatcher.Match)] = []
        for position in bytes.indices {
            for (index, phrase) in phrases.enumerated() {
                let needle = Array(phrase.lowercased().utf8)
                guard let first = needle.first, position + needle.count <= bytes.count,
                    bytes[position..<(position + needle.count)].elementsEqual(needle),
                    position == 0 || !PhraseMatcher.isWordByte(bytes[position - 1]) || !PhraseMatcher.isWordByte(first),
                    position + needle.count == bytes.count || !PhraseMatcher.isWordByte(bytes[position + needle.count])
                else { continue }
                found.append((index, PhraseMatcher.Match(phrase: phrase, range: position..<(position + needle.count))))
            }
        }
        var kept: [PhraseMatcher.Match] = []
        for (_, match) in found.sorted(by: { $0.phrase < $1.phrase }) where !kept.contains(where: { $0.range.overlaps(match.range) }) {
            kept.append(match)
        }
        return kept.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    @Test("texts made at random give the matches of trying every phrase at every byte")
    func randomTextsMatchTheDefinition() {
        let phrases = ["blame", "blamed", "to blame", "'s fault", "\u{2019}s fault", "a", "at fault", "(e.g.", "é", "b", "st"]
        let pieces = [
            "blame", "d", " ", "to ", "'s", "\u{2019}s", " fault", "a", "at", "(e.g.", "é", "B", "St", "ST", "BLAME", "x", ".", "\u{301}",
        ]
        let matcher = PhraseMatcher(phrases)
        for seed in 0..<2000 as Range<UInt64> {
            var generator = SplitMix64(state: seed)
            let text = (0..<Int.random(in: 0...14, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(matcher.matches(in: text) == Self.naiveMatches(phrases, in: text), "seed \(seed): \(text.debugDescription)")
        }
    }
}
