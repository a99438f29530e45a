/// The client-side search: a full-text index over every section of every
/// report, split into small scripts a page loads only when someone searches
/// (scripts, not JSON, because fetching fails on `file://`):
///
/// - `assets/search/docs.js`: per incident its URL, title, date, severity, tags and
///   services, and the list of shards;
/// - `assets/search/t-<key>.js`: the words that start with `<key>` (their first two
///   letters), each with the incidents it occurs in; a query loads one such shard per word;
/// - `assets/search/x-<block>.js`: the text of 100 incidents, for the snippets of the
///   results shown (each incident's text capped at ``SearchIndex/textLimit`` bytes).
///
/// Words are runs of letters and digits, lower-cased; `site.js` splits a query the
/// same way and matches each of its words as a prefix of an indexed word.
enum SearchIndex {
    static let folder = "assets/search/"
    /// Incidents per text block.
    static let blockSize = 100
    /// Bytes of one incident's text kept for snippets (the index itself has every word).
    static let textLimit = 6_000
    /// Incidents tokenised at once (whole text blocks): bounds the word lists and texts held while the index is made.
    static let batchSize = 5 * blockSize

    /// The words of `text`: runs of letters and digits, lower-cased, two characters or more.
    /// ASCII is read byte by byte (most text is); other characters through their Unicode properties.
    static func words(in text: String) -> [String] {
        var words: [String] = []
        var current: [UInt8] = []
        var characters = 0
        func flush() {
            if characters >= 2 { words.append(String(decoding: current, as: UTF8.self)) }
            current.removeAll(keepingCapacity: true)
            characters = 0
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                let byte = UInt8(value)
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                    current.append(byte)
                    characters += 1
                case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    current.append(byte | 0x20)
                    characters += 1
                default:
                    flush()
                }
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType == .decimal {
                for lowered in scalar.properties.lowercaseMapping.unicodeScalars {
                    current.append(contentsOf: String(lowered).utf8)
                }
                characters += 1
            } else {
                flush()
            }
        }
        flush()
        return words
    }

    /// At most `bytes` bytes of `text`, cut between characters.
    static func prefix(_ text: String, bytes: Int) -> String {
        let utf8 = Array(text.utf8)
        guard utf8.count > bytes else { return text }
        var end = bytes
        while end > 0 && utf8[end] & 0xC0 == 0x80 { end -= 1 }
        return String(decoding: utf8[..<end], as: UTF8.self)
    }

    /// The shard a word belongs to: its first two characters, spelled so the file
    /// name is plain ASCII (`co`, and `u00e9t` for `ét…`).
    static func shardKey(of word: String) -> String {
        // Made as bytes: this runs for every word of every incident.
        var key: [UInt8] = []
        for scalar in word.unicodeScalars.prefix(2) {
            let value = scalar.value
            if (0x61...0x7A).contains(value) || (0x30...0x39).contains(value) {
                key.append(UInt8(value))
            } else {
                key.append(UInt8(ascii: "u"))
                key.append(contentsOf: String(value, radix: 16).utf8)
            }
        }
        return String(decoding: key, as: UTF8.self)
    }
}

extension SiteModel {
    /// All the text search covers for one incident, in reading order.
    func searchText(of incident: PostMortem) -> String {
        var parts = [title(of: incident.slug)] + incident.tags + incident.services
        parts.append(bodies.prose(at: incident.path) ?? IncidentBody(incident).prose)
        for item in incident.actionItems {
            parts.append(item.title)
            parts.append(item.text)
            if let owner = item.owner?.value { parts.append(owner) }
            parts += item.tickets
        }
        return parts.filter { !$0.isEmpty }.joined(separator: " · ")
    }

    /// Every file of the search index (see ``SearchIndex``), each handed to `site` once made.
    func searchIndex(into site: some SiteSink) {
        var postings = SearchIndex.Postings()
        // Each incident's words on every core, a batch at a time, so only one batch's word lists and
        // texts exist at once; each batch, in incident order, filed and its text blocks written.
        for batch in stride(from: 0, to: incidents.count, by: SearchIndex.batchSize) {
            let numbers = Array(batch..<min(batch + SearchIndex.batchSize, incidents.count))
            // Each text as its JSON string too, escaped on the worker's core.
            let perIncident = ParallelMap.map(numbers) { number -> (words: [String], text: [UInt8]) in
                let text = searchText(of: incidents[number])
                var json: [UInt8] = []
                JSONValue.writeString(SearchIndex.prefix(text, bytes: SearchIndex.textLimit), to: &json)
                return (Array(Set(SearchIndex.words(in: text))), json)
            }
            for (number, entry) in zip(numbers, perIncident) {
                postings.add(entry.words, incident: UInt32(truncatingIfNeeded: number))
            }
            for start in stride(from: 0, to: perIncident.count, by: SearchIndex.blockSize) {
                let block = (batch + start) / SearchIndex.blockSize
                var script = Array("window.HINDSIGHT_SEARCH_TEXT(\(block),[".utf8)
                for (place, entry) in perIncident[start..<min(start + SearchIndex.blockSize, perIncident.count)].enumerated() {
                    if place > 0 { script.append(UInt8(ascii: ",")) }
                    script += entry.text
                }
                script += Array("]);\n".utf8)
                site.add(SiteFile(path: SearchIndex.folder + "x-\(block).js", contents: script))
            }
        }
        let shards = postings.shards()
        // One incident's object at a time, written as made: never a tree of every incident's.
        var docs = Array("window.HINDSIGHT_SEARCH_DOCS = [".utf8)
        for (number, incident) in incidents.enumerated() {
            if number > 0 { docs.append(UInt8(ascii: ",")) }
            JSONValue.object([
                ("u", .string(SitePaths.incident(incident.slug))),
                ("t", .string(title(of: incident.slug))),
                ("d", .string(incident.date?.description ?? "")),
                ("s", .string(incident.severity ?? "")),
                ("g", .string((incident.tags + incident.services).joined(separator: " "))),
            ]).write(to: &docs, pretty: false, indent: 0)
        }
        // The shards that exist, so a page never asks for one that does not (no 404s).
        docs += Array("];\nwindow.HINDSIGHT_SEARCH_SHARDS = ".utf8)
        docs += JSONValue.array(shards.map { .string($0.key) }).serializedBytes()
        docs += Array(";\n".utf8)
        site.add(SiteFile(path: SearchIndex.folder + "docs.js", contents: docs))
        // Claimed in order of their keys (so a clash reads the same every run), then made and written on every core.
        let claimed = shards.map { site.claim(SearchIndex.folder + "t-\($0.key).js", origin: "the site") }
        let filed = postings
        ParallelMap.forEach(Array(shards.indices)) { index in
            guard claimed[index] else { return }
            let shard = shards[index]
            site.write(SiteFile(path: SearchIndex.folder + "t-\(shard.key).js", contents: filed.script(of: shard)))
        }
    }
}

extension SearchIndex {
    /// Which incidents each word occurs in, filed as the batches of ``SiteModel/searchIndex(into:)`` arrive:
    /// one table lookup per word of an incident, each word's shard worked out once.
    struct Postings: Sendable {
        /// Each word's place in ``words`` and ``incidents``.
        private var numbers: [String: Int] = [:]
        private var words: [String] = []
        /// Per word, the incidents it occurs in, ascending, each as its distance from the one before
        /// in LEB128 (7 bits a byte, the high bit set on all but the last): the largest table of the
        /// build, most of whose distances fit in one byte (a word of most incidents is 1 apart).
        private var incidents: [[UInt8]] = []
        /// Per word, the last incident filed with it, which the next distance is from (the first's from 0).
        private var last: [UInt32] = []

        /// Files `incident`'s distinct words; incidents are filed in ascending order.
        mutating func add(_ distinct: [String], incident: UInt32) {
            for word in distinct {
                let number: Int
                if let known = numbers[word] {
                    number = known
                } else {
                    number = words.count
                    numbers[word] = number
                    words.append(word)
                    incidents.append([])
                    last.append(0)
                }
                var distance = incident - last[number]
                last[number] = incident
                while distance >= 0x80 {
                    incidents[number].append(UInt8(truncatingIfNeeded: distance) | 0x80)
                    distance >>= 7
                }
                incidents[number].append(UInt8(distance))
            }
        }

        /// The incidents filed with word `number`, ascending.
        func incidents(of number: Int) -> [UInt32] {
            var decoded: [UInt32] = []
            var (current, distance, shift): (UInt32, UInt32, UInt32) = (0, 0, 0)
            for byte in incidents[number] {
                distance |= UInt32(byte & 0x7F) << shift
                if byte & 0x80 != 0 {
                    shift += 7
                    continue
                }
                current += distance
                decoded.append(current)
                (distance, shift) = (0, 0)
            }
            return decoded
        }

        /// Each shard's key and its words (their numbers), the keys and each shard's words in order.
        func shards() -> [(key: String, words: [Int])] {
            var byKey: [String: [Int]] = [:]
            for (number, word) in words.enumerated() { byKey[SearchIndex.shardKey(of: word), default: []].append(number) }
            return byKey.keys.sorted().map { key in (key, byKey[key, default: []].sorted { words[$0] < words[$1] }) }
        }

        /// The script of one shard, `window.HINDSIGHT_SEARCH_SHARD("co",{"coalescing":[8,16],…});`, written
        /// as bytes (no `JSONValue` per posting: the shards hold a number for every word of every incident).
        func script(of shard: (key: String, words: [Int])) -> [UInt8] {
            var output = Array("window.HINDSIGHT_SEARCH_SHARD(".utf8)
            JSONValue.writeString(shard.key, to: &output)
            output.append(contentsOf: ",{".utf8)
            for (position, number) in shard.words.enumerated() {
                if position > 0 { output.append(UInt8(ascii: ",")) }
                JSONValue.writeString(words[number], to: &output)
                output.append(contentsOf: ":[".utf8)
                for (place, incident) in incidents(of: number).enumerated() {
                    if place > 0 { output.append(UInt8(ascii: ",")) }
                    JSONValue.writeDecimal(Int(incident), to: &output)
                }
                output.append(UInt8(ascii: "]"))
            }
            output.append(contentsOf: "});\n".utf8)
            return output
        }
    }
}
