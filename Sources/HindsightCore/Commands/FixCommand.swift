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
        case fixed(String)
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
            case .untouched(let reason):
                output.standardError += "\(input.path): left untouched: \(reason)\n"
                untouched += 1
            case .fixed(let text):
                changed += 1
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
        let text = CanonicalForm.rewrite(source.text, postMortem: postMortem)
        guard text != source.text else { return .unchanged }
        let fixed = parser.parse(SourceFile(path: source.path, text: text))
        guard ReadValues(fixed) == ReadValues(postMortem) else {
            return .untouched(reason: "the canonical form would read differently; left as written")
        }
        return .fixed(text)
    }
}

/// What a post-mortem says, without where it says it: equal before and after `fix`.
struct ReadValues: Equatable {
    struct Entry: Equatable {
        var minute: Int?
        var text: String
        var milestones: [Milestone]
    }
    struct Item: Equatable {
        var title: String, details: String, owner: String?, due: Day?, status: ActionStatus, tickets: [String], id: String?
    }
    var title: String?
    var fields: [String]
    var date: Day?
    var severity: String?
    var tags: [String]
    var services: [String]
    var sections: [String]
    var timeline: [Entry]
    var items: [Item]
    var lessons: [String]
    var rootCause: String?
    var impact: [String?]

    init(_ postMortem: PostMortem) {
        title = postMortem.title?.value
        fields = postMortem.fields.filter { $0.key != "date" }.map { "\($0.key)=\($0.value)" }
        date = postMortem.date
        severity = postMortem.severity
        tags = postMortem.tags
        services = postMortem.services
        sections = postMortem.sections.map { "\($0.kind?.rawValue ?? "-") \($0.heading)" }
        timeline = postMortem.timeline.map { Entry(minute: $0.minute, text: $0.text, milestones: $0.milestones) }
        items = postMortem.actionItems.map {
            Item(
                title: $0.title, details: $0.details, owner: $0.owner?.value, due: $0.due, status: $0.status, tickets: $0.tickets,
                id: $0.id)
        }
        lessons = postMortem.lessons.map(\.value)
        rootCause = postMortem.rootCause?.value
        impact = [postMortem.impact.usersAffected?.value, postMortem.impact.dataLoss?.value, postMortem.impact.duration?.value]
    }
}
