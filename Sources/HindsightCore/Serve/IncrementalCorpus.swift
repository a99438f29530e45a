import Foundation

/// The post-mortems `hindsight serve` keeps between rebuilds: a file is read
/// again only when its ``FileStamp`` changed, and parsed and checked again
/// only when its text did (compared by hash, then in full).
struct IncrementalCorpus {
    /// One file as last read: its text's hash, what it parsed to and its own diagnostics.
    private struct Entry {
        var stamp: FileStamp?
        var textHash: Int
        var text: String?
        var parsed: Result<PostMortem, Diagnostic>
        /// The rules that look at this file alone (the checks across files run on every rebuild).
        var diagnostics: [Diagnostic]
    }

    /// What one update produced: the corpus as `build` would have read it, its diagnostics, and which files' text changed.
    struct Update {
        var corpus: Corpus
        var diagnostics: [Diagnostic]
        /// Paths whose text (or readability) changed, appeared or disappeared since the last update, in input order.
        var changedPaths: [String]
        /// How many files were read and parsed again.
        var parsedCount: Int
    }

    let parser: PostMortemParser
    let validator: Validator
    private var entries: [String: Entry] = [:]

    /// Checks with `configuration`'s rules, completion dates judged as of `asOf` (as `build --as-of` does).
    init(configuration: Configuration, asOf: Day? = nil) {
        parser = PostMortemParser(rendersHTML: true, settings: configuration.parsing)
        validator = Pipeline.validator(configuration, asOf: asOf)
    }

    /// Brings the corpus up to date with `files` (in discovery order) and their stamps.
    mutating func update(_ files: [InputFile], stamps: [FileStamp?]) -> Update {
        let stale = files.indices.filter { index in entries[files[index].path].map { $0.stamp != stamps[index] || $0.stamp == nil } ?? true
        }
        let parser = parser
        let validator = validator
        let previous = entries
        let fresh = ParallelMap.map(stale) { index -> (Entry, changed: Bool) in
            let file = files[index]
            let read = SourceFileReader.read(file)
            let text = try? read.get().text
            let hash = text.hashValue
            if let old = previous[file.path], old.textHash == hash, old.text == text, text != nil {
                var kept = old
                kept.stamp = stamps[index]
                return (kept, false)
            }
            let parsed = read.flatMap { Corpus.parse($0, parser: parser, checkingWith: validator) }
            let entry = Entry(
                stamp: stamps[index], textHash: hash, text: text, parsed: parsed.map(\.postMortem),
                diagnostics: (try? parsed.get())?.diagnostics ?? [])
            return (entry, true)
        }
        var changed = Set<String>()
        for (index, result) in zip(stale, fresh) {
            entries[files[index].path] = result.0
            if result.changed { changed.insert(files[index].path) }
        }
        let current = Set(files.map(\.path))
        for path in entries.keys where !current.contains(path) {
            entries[path] = nil
            changed.insert(path)
        }
        return assemble(files, changedPaths: changed, parsedCount: fresh.filter(\.changed).count)
    }

    /// The corpus and diagnostics in the order `Corpus.load` and `Corpus.diagnostics` give them.
    private func assemble(_ files: [InputFile], changedPaths: Set<String>, parsedCount: Int) -> Update {
        var corpus = Corpus(postMortems: [], sources: [:], readFailures: [], fileCount: files.count)
        var ownDiagnostics: [Diagnostic] = []
        for file in files {
            guard let entry = entries[file.path] else { continue }
            switch entry.parsed {
            case .success(let postMortem):
                corpus.postMortems.append(postMortem)
                corpus.sources[file.path] = entry.text
                ownDiagnostics += entry.diagnostics
            case .failure(let diagnostic):
                corpus.readFailures.append(diagnostic)
            }
        }
        let checked = Diagnostic.inReportOrder(ownDiagnostics + validator.corpusDiagnostics(for: corpus.postMortems))
        let diagnostics = Diagnostic.inReportOrder(validator.context.applyingLevels(corpus.readFailures) + checked)
        let ordered = files.map(\.path).filter(changedPaths.contains) + changedPaths.subtracting(files.map(\.path)).sorted()
        return Update(corpus: corpus, diagnostics: diagnostics, changedPaths: ordered, parsedCount: parsedCount)
    }
}
