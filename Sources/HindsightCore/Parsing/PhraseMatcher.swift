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
        var text = text
        let found = text.withUTF8 { raw in candidates(in: raw) }
        guard !found.isEmpty else { return [] }
        // Keep the earlier-listed phrase where two overlap, as listing order is priority.
        var kept: [Match] = []
        for (_, match) in found.sorted(by: { $0.phrase < $1.phrase }) where !kept.contains(where: { $0.range.overlaps(match.range) }) {
            kept.append(match)
        }
        return kept.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// Every whole-word occurrence of any phrase, with the phrase's index.
    private func candidates(in raw: UnsafeBufferPointer<UInt8>) -> [(phrase: Int, match: Match)] {
        var found: [(phrase: Int, match: Match)] = []
        let count = raw.count
        @inline(__always) func lowered(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
        for position in 0..<count {
            let candidates = phrasesByFirstByte[Int(lowered(raw[position]))]
            guard !candidates.isEmpty else { continue }
            for index in candidates {
                let needle = phrases[index].bytes
                let end = position + needle.count
                guard end <= count else { continue }
                var equal = true
                var offset = 1
                while offset < needle.count {
                    if lowered(raw[position + offset]) != needle[offset] {
                        equal = false
                        break
                    }
                    offset += 1
                }
                guard equal else { continue }
                let startsWithWord = PhraseMatcher.isWordByte(needle[0])
                if startsWithWord && position > 0 && PhraseMatcher.isWordByte(raw[position - 1]) { continue }
                if end < count && PhraseMatcher.isWordByte(raw[end]) { continue }
                found.append((index, Match(phrase: phrases[index].text, range: position..<end)))
            }
        }
        return found
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
