/// `hindsight new "Title"`: a new post-mortem from the template, never over an existing file.
public struct NewCommand: Sendable {
    public var title: String
    /// The incident's date; the executable passes today unless `--date` is given.
    public var date: Day
    /// What `--severity` said (an id or an alias), nil for the template's placeholder.
    public var severity: String?
    /// The folder the file goes in.
    public var folder: String
    /// The file name's words, instead of the title's.
    public var slug: String?
    /// The severity scale to check `severity` against.
    public var configuration = Configuration()

    public init(title: String, date: Day, severity: String? = nil, folder: String = "postmortems", slug: String? = nil) {
        self.title = title
        self.date = date
        self.severity = severity
        self.folder = folder
        self.slug = slug
    }

    /// Writes `<folder>/<date>-<slug>.md` and prints its path.
    public func run() -> CommandOutput {
        let title = title.trimmingSpaces()
        if title.isEmpty { return .usageError("the title is empty; give the incident a short, specific title") }
        if title.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            return .usageError("the title contains a line break or another control character; write it on one line")
        }
        let scale = configuration.severity
        var level: String?
        if let severity {
            guard let id = scale.normalize(severity) else {
                return .usageError(
                    "unknown severity '\(severity)'; use one of \(scale.levels.joined(separator: ", ")), or an alias from hindsight.yml")
            }
            level = id
        }
        let words = Slug.make(from: slug ?? title)
        if words.isEmpty {
            return .usageError("'\(slug ?? title)' has no ASCII letters or digits to name the file after; name it with --slug")
        }
        let name = "\(date)-\(words)"
        if let problem = URLName.problem(with: name) { return .usageError("cannot name the file '\(name).md': \(problem)") }
        let path = folder.isEmpty || folder == "." ? name + ".md" : (folder.hasSuffix("/") ? folder : folder + "/") + name + ".md"
        // A custom scale's teams would not recognise `[P0, P1, etc.]`; `[TBD]` is a placeholder too.
        let placeholder = scale.levels == SeverityScale.default.levels ? nil : "[TBD]"
        let text = PostMortemTemplate.text(title: title, date: date, severity: level ?? placeholder)
        switch ExclusiveFile.create(path, text: text) {
        case .created:
            return CommandOutput(standardOutput: path + "\n")
        case .exists:
            return CommandOutput(
                standardError: "error: \(path) already exists; it was left as it was. Edit it, or give another title or --slug\n",
                exitCode: ExitCode.findings)
        case .failed(let reason):
            return .usageError(reason)
        }
    }
}
