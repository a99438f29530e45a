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

    private let phrases: [String]
    /// Every phrase's lowered UTF-8 bytes, one after another; phrase `i`'s are `needles[needleBounds[i]..<needleBounds[i + 1]]`.
    private let needles: [UInt8]
    private let needleBounds: [Int]
    /// Phrase indices by their first byte, listing order kept, in two tables: one for a
    /// position at the start of a word (every phrase) and one for a position inside a
    /// word (only phrases not starting with a letter or digit can match there). Table
    /// `t`'s phrases starting with byte `b` are `byFirstByte[firstByteBounds[t * 257 + b]..<firstByteBounds[t * 257 + b + 1]]`:
    /// flat arrays, so the pass over the text does not retain an array per byte.
    private let byFirstByte: [Int]
    private let firstByteBounds: [Int]
    /// Bit `t * 65536 + b * 256 + c` is set when table `t` has a phrase starting with bytes `b`
    /// and `c` (or a one-byte phrase `b`): most places where a phrase's first byte matches are
    /// ruled out by the next byte without a look at the phrases.
    private let firstPairs: [UInt64]

    init(_ phrases: [String]) {
        self.phrases = phrases
        let lowered = phrases.map { Array($0.lowercased().utf8) }
        needles = lowered.flatMap { $0 }
        needleBounds = lowered.reduce(into: [0]) { bounds, bytes in bounds.append(bounds[bounds.count - 1] + bytes.count) }
        var members: [Int] = []
        var bounds: [Int] = [0]
        var pairs = [UInt64](repeating: 0, count: 2 * 65536 / 64)
        for (table, insideWord) in [false, true].enumerated() {
            for byte in 0..<256 {
                for (index, bytes) in lowered.enumerated() where bytes.first.map(Int.init) == byte {
                    if insideWord && PhraseMatcher.isWordByte(bytes[0]) { continue }
                    members.append(index)
                    for second in bytes.count > 1 ? Int(bytes[1])...Int(bytes[1]) : 0...255 {
                        let bit = table * 65536 + byte * 256 + second
                        pairs[bit / 64] |= 1 << UInt64(bit % 64)
                    }
                }
                bounds.append(members.count)
            }
            bounds.append(members.count)
        }
        byFirstByte = members
        firstByteBounds = bounds
        firstPairs = pairs
    }

    /// Every whole-word occurrence, earliest first; where occurrences overlap, the
    /// earlier-listed phrase wins.
    func matches(in text: String) -> [Match] {
        Self.resolved(candidates(in: text))
    }

    /// Every whole-word occurrence of any phrase, with the phrase's index, earliest first.
    fileprivate func candidates(in text: String) -> [(phrase: Int, match: Match)] {
        var text = text
        return text.withUTF8 { raw in candidates(in: raw) }
    }

    /// ``matches(in:)`` of these candidates.
    fileprivate static func resolved(_ found: [(phrase: Int, match: Match)]) -> [Match] {
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
        var previousIsWord = false
        for position in 0..<count {
            let byte = raw[position]
            let isWord = PhraseMatcher.isWordByte(byte)
            // Inside a word only phrases that start with a byte of no word can match: none starts here.
            if previousIsWord && isWord { continue }
            let table = (previousIsWord ? 257 : 0) + Int(lowered(byte))
            let pair = (previousIsWord ? 65536 : 0) + Int(lowered(byte)) * 256
            previousIsWord = isWord
            if position + 1 < count {
                let bit = pair + Int(lowered(raw[position + 1]))
                guard firstPairs[bit / 64] & (1 << UInt64(bit % 64)) != 0 else { continue }
            }
            let first = firstByteBounds[table]
            let last = firstByteBounds[table + 1]
            guard first < last else { continue }
            for member in first..<last {
                let index = byFirstByte[member]
                let needleStart = needleBounds[index]
                let length = needleBounds[index + 1] - needleStart
                let end = position + length
                guard end <= count else { continue }
                var equal = true
                var offset = 1
                while offset < length {
                    if lowered(raw[position + offset]) != needles[needleStart + offset] {
                        equal = false
                        break
                    }
                    offset += 1
                }
                guard equal else { continue }
                if end < count && PhraseMatcher.isWordByte(raw[end]) { continue }
                found.append((index, Match(phrase: phrases[index], range: position..<end)))
            }
        }
        return found
    }

    /// Letters and digits; any non-ASCII byte is taken as part of a word.
    static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte >= 0x80 || (byte >= 0x41 && byte <= 0x5A)
    }
}

/// Groups of phrases searched in one pass over the text, where a
/// ``PhraseMatcher`` per group would pass over it once per group (the learning
/// inference tries each kind's phrases, then each type's, on every file).
struct PhraseGroups: Sendable {
    private let matcher: PhraseMatcher
    /// Group `g`'s phrases are `matcher`'s `bounds[g]..<bounds[g + 1]`.
    private let bounds: [Int]

    init(_ groups: [[String]]) {
        matcher = PhraseMatcher(groups.flatMap { $0 })
        bounds = groups.reduce(into: [0]) { bounds, group in bounds.append(bounds[bounds.count - 1] + group.count) }
    }

    /// The first group, in listing order, with a phrase in `text`, and its first match:
    /// what trying `PhraseMatcher(group).matches(in: text).first` group by group gives
    /// (each phrase's occurrences are found on their own, so one pass finds the same).
    func firstMatch(in text: String) -> (group: Int, match: PhraseMatcher.Match)? {
        let found = matcher.candidates(in: text)
        guard !found.isEmpty else { return nil }
        for group in 0..<(bounds.count - 1) {
            let phrases = bounds[group]..<bounds[group + 1]
            if let first = PhraseMatcher.resolved(found.filter { phrases.contains($0.phrase) }).first { return (group, first) }
        }
        return nil
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
