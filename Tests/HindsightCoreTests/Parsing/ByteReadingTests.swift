import Testing

@testable import HindsightCore

/// The readers that scan UTF-8 bytes read what their `Character` versions read: each is
/// compared with the `Character` code it replaced on texts made of the pieces where the two
/// could part (digits and separators, spaces beside combining and prepended marks, `\r\n`).
@Suite("Byte readers read what the Character readers read")
struct ByteReadingTests {
    static func randomText(from pieces: [String], seed: UInt64, length: ClosedRange<Int>) -> String {
        var generator = SplitMix64(state: seed)
        return (0..<Int.random(in: length, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
    }

    /// `DateParser.parseNumeric` as it was, on `Character`s.
    static func characterParseNumeric(_ text: String) -> Day? {
        let separator: Character = text.contains("/") ? "/" : "-"
        let parts = text.split(separator: separator, omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, (1...2).contains(parts[1].count), (1...2).contains(parts[2].count),
            parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        return Day(year: year, month: month, day: day)
    }

    @Test(
        "a numeric date is read as the Character split and counts read it",
        arguments: [
            "2024-03-05", "2024/3/5", "2024-03-5", "2024-3-05", "2024-03-05-", "2024--03", "2024-03-", "-2024-03-05", "2024-003-05",
            "20240-03-05", "2024-03/05", "2024/03/05", "2024/03-05", "2024-02-30", "2024-13-01", "0000-01-01", "2024-0\u{301}3-05",
            "2024-03-0\u{301}5", "2024-\u{301}03-05", "2024/\u{338}03/05", "２０２４-03-05", "2024-03-05\r\n", "", "2024", "12-2024-01",
        ])
    func numericDate(text: String) {
        #expect(DateParser.parseNumeric(text) == Self.characterParseNumeric(text))
    }

    @Test("numeric dates made at random are read as the Character code reads them")
    func numericDatesAtRandom() {
        let pieces = ["2", "0", "1", "9", "3", "-", "/", "\u{301}", "\u{338}", " ", "x", "é"]
        for seed in 0..<3000 as Range<UInt64> {
            let text = Self.randomText(from: pieces, seed: seed, length: 0...12)
            #expect(DateParser.parseNumeric(text) == Self.characterParseNumeric(text), "seed \(seed): \(text.debugDescription)")
        }
    }

    /// The first words of a title as they were found, with `split(separator: " ")`.
    static func characterFirstWords(of text: Substring, limit: Int) -> (words: String, isCut: Bool) {
        let words = text.split(separator: " ")
        return (words.prefix(limit).joined(separator: " "), words.count > limit)
    }

    @Test(
        "a title's first words are the Character split's, a space joined to a mark included",
        arguments: [
            "Add a dashboard", "  two  spaces  ", "", " ", "one", "a \u{301}b c", "a\u{600} b", "é b", "a \u{200D}b", "a\r\n b",
            "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen",
            "one two three four five six seven eight nine ten eleven twelve thirteen fourteen",
            "one two three four five six seven eight nine ten eleven twelve thirteen fourteen \u{301}",
        ])
    func titleWords(text: String) {
        let found = ActionItemReader.firstWords(of: text[...], limit: 14)
        let expected = Self.characterFirstWords(of: text[...], limit: 14)
        #expect(found.words == expected.words && found.isCut == expected.isCut)
    }

    @Test("first words of texts made at random are the Character split's")
    func titleWordsAtRandom() {
        let pieces = ["a", "bc", " ", " ", "  ", "\u{301}", "\u{600}", "é", "\u{200D}", "\r\n", "\t", "—"]
        for seed in 0..<3000 as Range<UInt64> {
            let text = Self.randomText(from: pieces, seed: seed, length: 0...30)
            for limit in [2, 14] {
                let found = ActionItemReader.firstWords(of: text[...], limit: limit)
                let expected = Self.characterFirstWords(of: text[...], limit: limit)
                #expect(found.words == expected.words && found.isCut == expected.isCut, "seed \(seed): \(text.debugDescription)")
            }
        }
    }

    @Test("the first ASCII character found on bytes is the one the Character walk finds, beside marks or not")
    func firstASCIICharacter() {
        let pieces = ["a", "(", "( ", "\u{301}", "\u{600}", "é", " ", "\r", "\n", "x(y", "\u{200D}", "👩‍💻"]
        for seed in 0..<3000 as Range<UInt64> {
            let text = Self.randomText(from: pieces, seed: seed, length: 0...10)
            #expect(text.firstIndex(ofASCII: UInt8(ascii: "(")) == text.firstIndex(of: "("), "seed \(seed): \(text.debugDescription)")
            let slice = text.dropFirst()
            #expect(slice.firstIndex(ofASCII: UInt8(ascii: "(")) == slice.firstIndex(of: "("), "seed \(seed): \(text.debugDescription)")
        }
    }

    @Test("a field name is normalised as lowering and keeping letters and numbers by Character does")
    func fieldNames() {
        let pieces = ["Recurrence", " ", "Of", "-", "_", "2", "\t", "É", "\u{301}", "ß", "Z", ":", "\r\n", "x"]
        for seed in 0..<2000 as Range<UInt64> {
            let name = Self.randomText(from: pieces, seed: seed, length: 0...6)
            let expected = String(name.lowercased().filter { $0.isLetter || $0.isNumber })
            #expect(MetadataField.normalizedName(name) == expected, "seed \(seed): \(name.debugDescription)")
        }
    }

    @Test("a template label is told by its lowered words as the Character split told it")
    func templateLabels() {
        let pieces = ["Action", "action", "ACTION", " ", "Item", "item", "3", "12", "x", "\u{301}", "É", "\r\n", "  "]
        for seed in 0..<2000 as Range<UInt64> {
            let label = Self.randomText(from: pieces, seed: seed, length: 0...5)
            let words = label.lowercased().split(separator: " ")
            let expected =
                words.first == "action" && words.dropFirst().filter { $0 != "item" }.allSatisfy { $0.allSatisfy(\.isASCIIDigit) }
            #expect(ActionItemReader.isTemplateLabel(label) == expected, "seed \(seed): \(label.debugDescription)")
        }
    }

    @Test("a stamp of digits, colons, dashes, slashes and spaces is read on bytes as on its words")
    func plainStamps() {
        let pieces = ["1", "4", "02", "23", "59", ":", ":", " ", "-", "/", "2024", "60", "  "]
        var plain = 0
        for seed in 0..<4000 as Range<UInt64> {
            // Half the stamps shaped as stamps are (a time, maybe seconds, maybe a date before it), one piece put in or not.
            var generator = SplitMix64(state: seed)
            var stamp = Self.randomText(from: pieces, seed: seed, length: 0...6)
            if Bool.random(using: &generator) {
                let date = ["", "2024-03-05 ", "2024/3/5 ", "2024-3-5  ", "2024-02-30 ", "24-03-05 "].randomElement(using: &generator)!
                let seconds = ["", ":07", ":60", ":7"].randomElement(using: &generator)!
                stamp =
                    date + "\(Int.random(in: 0...25, using: &generator)):\(["00", "05", "59", "60", "7"].randomElement(using: &generator)!)"
                    + seconds
                if Bool.random(using: &generator) {
                    let offset = Int.random(in: 0...stamp.utf8.count, using: &generator)
                    stamp.insert(
                        contentsOf: pieces.randomElement(using: &generator)!, at: stamp.utf8.index(stamp.startIndex, offsetBy: offset))
                }
            }
            guard let read = TimestampParser.plainStamp(stamp) else {
                Issue.record("seed \(seed): \(stamp.debugDescription) is plain")
                continue
            }
            let words = TimestampParser.wordStamp(stamp)
            #expect(read?.0 == words?.0 && read?.1 == words?.1 && read?.2 == words?.2, "seed \(seed): \(stamp.debugDescription)")
            if read != nil { plain += 1 }
        }
        #expect(plain > 150)
        for stamp in ["2:02pm", "14:02 UTC", "2024-03-05T14:02", "14:02Z", "14:0\u{301}2", "\t14:02", "14.02"] {
            #expect(TimestampParser.plainStamp(stamp) == nil)
        }
    }
}
