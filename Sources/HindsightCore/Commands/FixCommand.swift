import Foundation

/// `hindsight fix`: rewrite post-mortems into the template's canonical form (see ``CanonicalForm``).
///
/// A file is rewritten only when it has no errors, is stored as plain LF UTF-8,
/// and reads back to the same post-mortem; any other file is left untouched and
/// named with the reason. Files are replaced atomically.
public struct FixCommand: Sendable {
    public var inputs: [String]
    /// Report the files that would change and exit 1 if any would, writing nothing.
    public var check = false
    /// Print a unified diff of each change instead of writing.
    public var diff = false
    public var configuration = Configuration()

    public init(inputs: [String] = ["postmortems"], check: Bool = false, diff: Bool = false) {
        self.inputs = CommandInputs.orDefault(inputs)
        self.check = check
        self.diff = diff
    }

    /// What fixing one file gives.
    enum Outcome: Equatable {
        case unchanged
        /// The canonical text, and what was kept as written (`line: message`).
        case fixed(String, notes: [CanonicalForm.Note] = [])
        /// Canonical already, but for what was kept as written.
        case kept(notes: [CanonicalForm.Note])
        case untouched(reason: String)
    }

    public func run() -> CommandOutput {
        let files: [InputFile]
        do { files = try Corpus.discover(inputs) } catch { return PipelineError(discovery: error).output }
        // Read once for every file (with the incident register, if the configuration names one).
        let validator = Validator(context: configuration.validation)
        var output = CommandOutput()
        var changed = 0
        var untouched = 0
        for input in files {
            let source: SourceFile
            switch SourceFileReader.read(input) {
            case .success(let file): source = file
            case .failure(let diagnostic):
                output.standardError += "\(input.path): left untouched: \(diagnostic.message)\n"
                untouched += 1
                continue
            }
            let onDisk = (try? Data(contentsOf: URL(fileURLWithPath: input.path))) ?? Data()
            switch fix(source, storedAs: onDisk, validator: validator) {
            case .unchanged: break
            case .kept(let notes):
                for note in notes { output.standardError += "\(input.path):\(note.line): note: \(note.message)\n" }
            case .untouched(let reason):
                output.standardError += "\(input.path): left untouched: \(reason)\n"
                untouched += 1
            case .fixed(let text, let notes):
                changed += 1
                for note in notes { output.standardError += "\(input.path):\(note.line): note: \(note.message)\n" }
                if diff {
                    output.standardOutput += UnifiedDiff.lines(from: source.text, to: text, path: input.path)
                } else if check {
                    output.standardOutput += "would fix \(input.path)\n"
                } else {
                    do {
                        try Data(text.utf8).write(to: URL(fileURLWithPath: input.path), options: .atomic)
                        output.standardOutput += "fixed \(input.path)\n"
                    } catch {
                        output.standardError += "\(input.path): could not be written: \(IOErrorText.reason(error))\n"
                        untouched += 1
                    }
                }
            }
        }
        let verb = check || diff ? "would fix" : "fixed"
        output.standardError += "\(verb) \(changed) of \(files.count) files" + (untouched > 0 ? ", \(untouched) left untouched" : "") + "\n"
        output.exitCode = (check && changed > 0) || untouched > 0 ? ExitCode.findings : ExitCode.success
        return output
    }

    /// The canonical text of `source`, or why it is left as written.
    func fix(_ source: SourceFile, storedAs bytes: Data, validator: Validator? = nil) -> Outcome {
        let validator = validator ?? Validator(context: configuration.validation)
        guard Array(bytes) == Array(source.text.utf8) else {
            return .untouched(reason: "it has CRLF line endings, a byte-order mark or invisible characters; rewriting would change them")
        }
        let parser = PostMortemParser(settings: configuration.parsing)
        let postMortem = parser.parse(source)
        let errors = validator.diagnostics(for: postMortem).filter { $0.severity == .error }
        guard errors.isEmpty else {
            return .untouched(reason: "\(errors.count == 1 ? "1 error" : "\(errors.count) errors") to fix first (hindsight check)")
        }
        // The whole canonical form; else without moving the fields, without tables as lists, or neither,
        // whichever first reads as the file does, saying what was kept.
        let before = ReadValues(postMortem)
        var form = CanonicalForm(fields: configuration.fix.fields)
        let tablesKept = "kept its tables as written: as lists they would read differently"
        let fieldsKept = "kept its fields where they are: moved, they would read differently"
        for (tables, fields, kept) in [
            (true, true, []), (true, false, [fieldsKept]), (false, true, [tablesKept]), (false, false, [tablesKept, fieldsKept]),
        ] {
            form.convertsTables = tables
            form.movesFields = fields
            let (text, notes) = form.rewrite(source.text, postMortem: postMortem)
            guard ReadValues(parser.parse(SourceFile(path: source.path, text: text))) == before else { continue }
            let all = kept.map { CanonicalForm.Note(line: 1, message: $0) } + notes
            guard text != source.text else { return all.isEmpty ? .unchanged : .kept(notes: all) }
            return .fixed(text, notes: all)
        }
        return .untouched(reason: "the canonical form would read differently; left as written")
    }
}
