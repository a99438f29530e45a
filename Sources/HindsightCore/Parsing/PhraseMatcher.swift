/// Finds whole-word phrases in text, case-insensitively for ASCII, by
/// comparing UTF-8 bytes: the text rules run on every line of every file,
/// and Foundation's `range(of:options:)` costs far more than this.
struct PhraseMatcher: Sendable {
    struct Match: Equatable {
        /// The phrase as listed.
        var phrase: String
        /// UTF-8 byte range in the searched text.
        var range: Range<Int>
    }

    private let phrases: [(text: String, bytes: [UInt8])]
    /// Indices into `phrases` by their first byte: one pass over the text finds them all.
    private let phrasesByFirstByte: [[Int]]

    init(_ phrases: [String]) {
        self.phrases = phrases.map { ($0, Array($0.lowercased().utf8)) }
        var buckets = [[Int]](repeating: [], count: 256)
        for (index, phrase) in self.phrases.enumerated() where !phrase.bytes.isEmpty {
            buckets[Int(phrase.bytes[0])].append(index)
        }
        phrasesByFirstByte = buckets
    }

    /// Every whole-word occurrence, earliest first; where occurrences overlap, the
    /// earlier-listed phrase wins.
    func matches(in text: String) -> [Match] {
        let bytes = text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        var found: [(phrase: Int, match: Match)] = []
        for position in bytes.indices {
            let candidates = phrasesByFirstByte[Int(bytes[position])]
            guard !candidates.isEmpty else { continue }
            for index in candidates {
                let needle = phrases[index].bytes
                let end = position + needle.count
                guard end <= bytes.count, bytes[position..<end].elementsEqual(needle) else { continue }
                let startsWithWord = PhraseMatcher.isWordByte(needle[0])
                let before = position > 0 ? bytes[position - 1] : nil
                let after = end < bytes.count ? bytes[end] : nil
                guard !(startsWithWord && before.map(PhraseMatcher.isWordByte) == true),
                    after.map(PhraseMatcher.isWordByte) != true
                else { continue }
                found.append((index, Match(phrase: phrases[index].text, range: position..<end)))
            }
        }
        // Keep the earlier-listed phrase where two overlap, as listing order is priority.
        var kept: [Match] = []
        for (_, match) in found.sorted(by: { $0.phrase < $1.phrase }) where !kept.contains(where: { $0.range.overlaps(match.range) }) {
            kept.append(match)
        }
        return kept.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// Letters and digits; any non-ASCII byte is taken as part of a word.
    static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte >= 0x80 || (byte >= 0x41 && byte <= 0x5A)
    }
}

/// Substring search over UTF-8 bytes.
enum ByteSearch {
    static func firstRange(of needle: [UInt8], in haystack: [UInt8], from start: Int = 0) -> Range<Int>? {
        guard let first = needle.first, haystack.count - start >= needle.count else { return nil }
        var position = start
        let last = haystack.count - needle.count
        while position <= last {
            guard let candidate = haystack[position...last].firstIndex(of: first) else { return nil }
            if haystack[candidate..<(candidate + needle.count)].elementsEqual(needle) { return candidate..<(candidate + needle.count) }
            position = candidate + 1
        }
        return nil
    }
}
