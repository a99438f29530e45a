/// Each incident's ``IncidentBody`` by path, from the load stage to the files that read it: held
/// in memory, or, in a build, written to a ``ScratchFile`` as each file is loaded and read back
/// when its page is rendered and when the search index takes its prose, so the build never holds
/// every body at once (docs/performance.md).
struct IncidentBodies: Sendable {
    /// One body as the load stage hands it over: in memory, or where it is in the scratch file.
    enum Entry: Sendable {
        case held(IncidentBody)
        case spilled(Spilled)
    }

    /// A body in the scratch file: its record's offset and length, and where its prose starts in it.
    struct Spilled: Sendable {
        var offset: Int64
        var count: Int32
        var proseStart: Int32
    }

    private var entries: [String: Entry] = [:]
    /// Where the spilled bodies are (kept while any entry may need it).
    private(set) var scratch: ScratchFile?

    init(scratch: ScratchFile? = nil) {
        self.scratch = scratch
    }

    var isEmpty: Bool { entries.isEmpty }
    var count: Int { entries.count }
    var paths: Dictionary<String, Entry>.Keys { entries.keys }

    /// `body`, written to `scratch` when there is one and the write succeeds, else held.
    static func entry(for body: IncidentBody, in scratch: ScratchFile?) -> Entry {
        guard let scratch else { return .held(body) }
        let (record, proseStart) = body.record
        guard let offset = scratch.append(record) else { return .held(body) }
        return .spilled(Spilled(offset: offset, count: Int32(record.count), proseStart: Int32(proseStart)))
    }

    /// The entry at `path`, without reading a spilled body back.
    func entry(at path: String) -> Entry? {
        entries[path]
    }

    /// Keeps `entry` for `path`, unless the path has one (the first file of a path is kept).
    mutating func add(_ entry: Entry, at path: String) {
        if entries[path] == nil { entries[path] = entry }
    }

    /// Keeps `body` for `path`, spilled when there is a scratch file, unless the path has one.
    mutating func add(_ body: IncidentBody, at path: String) {
        if entries[path] == nil { entries[path] = Self.entry(for: body, in: scratch) }
    }

    /// The body at `path`; a spilled one is read back (nil, and the scratch's ``ScratchFile/failure``
    /// set, when it cannot be).
    subscript(path: String) -> IncidentBody? {
        switch entries[path] {
        case .held(let body): return body
        case .spilled(let spilled): return scratch?.read(at: spilled.offset, count: Int(spilled.count)).flatMap(IncidentBody.init(record:))
        case nil: return nil
        }
    }

    /// The prose of the body at `path` (only that part of a spilled one is read back).
    func prose(at path: String) -> String? {
        switch entries[path] {
        case .held(let body): return body.prose
        case .spilled(let spilled):
            let start = spilled.offset + Int64(spilled.proseStart)
            return scratch?.read(at: start, count: Int(spilled.count - spilled.proseStart)).map { String(decoding: $0, as: UTF8.self) }
        case nil: return nil
        }
    }

    /// Once the incident's page is written: only the search index still reads the body.
    mutating func dropPageHTML(at path: String) {
        guard case .held(var body) = entries[path] else { return }
        entries[path] = nil
        body.dropPageHTML()
        entries[path] = .held(body)
    }

    /// Lets every body go, and the scratch file with them.
    mutating func removeAll() {
        entries = [:]
        failureBeforeRemoval = failure
        scratch = nil
    }

    private var failureBeforeRemoval: String?

    /// Why a spilled body could not be read back, if one could not (also after ``removeAll()``).
    var failure: String? { scratch?.failure ?? failureBeforeRemoval }
}

extension IncidentBody {
    init(preambleHTML: String, sectionHTML: [String], prose: String) {
        self.preambleHTML = preambleHTML
        self.sectionHTML = sectionHTML
        self.prose = prose
    }

    /// The body as one record of the scratch file: the number of sections and the byte length of the
    /// preamble and of each section's HTML (32-bit, little-endian), then those texts and the prose;
    /// and where the prose starts.
    var record: (bytes: [UInt8], proseStart: Int) {
        var bytes: [UInt8] = []
        let texts = [preambleHTML] + sectionHTML
        bytes.reserveCapacity(4 * (texts.count + 1) + texts.reduce(prose.utf8.count) { $0 + $1.utf8.count })
        func append(_ number: Int) {
            withUnsafeBytes(of: UInt32(number).littleEndian) { bytes += $0 }
        }
        append(sectionHTML.count)
        for text in texts { append(text.utf8.count) }
        for text in texts { bytes += text.utf8 }
        let proseStart = bytes.count
        bytes += prose.utf8
        return (bytes, proseStart)
    }

    /// The body a ``record`` holds, or nil for bytes that are not one.
    init?(record bytes: [UInt8]) {
        var position = 0
        func number() -> Int? {
            guard position + 4 <= bytes.count else { return nil }
            defer { position += 4 }
            return Int(bytes[position]) | Int(bytes[position + 1]) << 8 | Int(bytes[position + 2]) << 16 | Int(bytes[position + 3]) << 24
        }
        guard let sections = number(), sections <= bytes.count / 4 else { return nil }
        var lengths: [Int] = []
        for _ in 0...sections {
            guard let length = number() else { return nil }
            lengths.append(length)
        }
        var texts: [String] = []
        for length in lengths {
            guard length <= bytes.count - position else { return nil }
            texts.append(String(decoding: bytes[position..<(position + length)], as: UTF8.self))
            position += length
        }
        self.init(
            preambleHTML: texts[0], sectionHTML: Array(texts.dropFirst()), prose: String(decoding: bytes[position...], as: UTF8.self))
    }
}
