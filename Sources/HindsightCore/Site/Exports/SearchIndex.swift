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
        parts.append(bodies[incident.path]?.prose ?? IncidentBody(incident).prose)
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
        // word → the incidents it occurs in, ascending; grouped by shard (32-bit numbers: the largest table of the build).
        var shards: [String: [String: [UInt32]]] = [:]
        // Each incident's words on every core, a batch at a time, so only one batch's word lists and
        // texts exist at once; each batch, in incident order, filed by shard and its text blocks written.
        for batch in stride(from: 0, to: incidents.count, by: SearchIndex.batchSize) {
            let numbers = Array(batch..<min(batch + SearchIndex.batchSize, incidents.count))
            let perIncident = ParallelMap.map(numbers) { number -> (words: [String], text: String) in
                let text = searchText(of: incidents[number])
                return (Array(Set(SearchIndex.words(in: text))), SearchIndex.prefix(text, bytes: SearchIndex.textLimit))
            }
            for (number, entry) in zip(numbers, perIncident) {
                for word in entry.words {
                    shards[SearchIndex.shardKey(of: word), default: [:]][word, default: []].append(UInt32(truncatingIfNeeded: number))
                }
            }
            for start in stride(from: 0, to: perIncident.count, by: SearchIndex.blockSize) {
                let block = (batch + start) / SearchIndex.blockSize
                let slice = perIncident[start..<min(start + SearchIndex.blockSize, perIncident.count)].map { JSONValue.string($0.text) }
                site.add(
                    SiteFile(
                        path: SearchIndex.folder + "x-\(block).js",
                        text: "window.HINDSIGHT_SEARCH_TEXT(\(block)," + JSONValue.array(slice).serialized() + ");\n"))
            }
        }
        let docs: [JSONValue] = incidents.map { incident in
            .object([
                ("u", .string(SitePaths.incident(incident.slug))),
                ("t", .string(title(of: incident.slug))),
                ("d", .string(incident.date?.description ?? "")),
                ("s", .string(incident.severity ?? "")),
                ("g", .string((incident.tags + incident.services).joined(separator: " "))),
            ])
        }
        // The shards that exist, so a page never asks for one that does not (no 404s).
        let keys = JSONValue.array(shards.keys.sorted().map { .string($0) }).serialized()
        site.add(
            SiteFile(
                path: SearchIndex.folder + "docs.js",
                text: "window.HINDSIGHT_SEARCH_DOCS = " + JSONValue.array(docs).serialized() + ";\nwindow.HINDSIGHT_SEARCH_SHARDS = "
                    + keys + ";\n"))
        for (key, words) in shards {
            let members = words.keys.sorted().map { word in (word, JSONValue.array(words[word, default: []].map { .int(Int($0)) })) }
            site.add(
                SiteFile(
                    path: SearchIndex.folder + "t-\(key).js",
                    text: "window.HINDSIGHT_SEARCH_SHARD(" + JSONValue.string(key).serialized() + ","
                        + JSONValue.object(members).serialized() + ");\n"))
        }
    }
}
