import Foundation

/// The one path every command takes through the post-mortems:
///
///     discover → load → validate → measure → render → write
///
/// `check` stops after validate, `metrics` after measure, `build` runs all six.
/// Each stage is one method here, named after it, calling the code it names;
/// any failure is a ``PipelineError`` carrying the stage, the path and the reason.
/// With `verbose`, every stage's time is kept for `[i/n] stage  time` lines.
struct Pipeline {
    /// The stages, in order.
    enum Stage: String, Sendable, CaseIterable {
        case discover, load, validate, measure, render, write
    }

    private(set) var clock: StageClock

    init(verbose: Bool) {
        clock = StageClock(enabled: verbose)
    }

    /// 1. discover: the `*.md` files under the input folders and the files named
    /// directly, each with its path relative to the folder it was found in.
    mutating func discover(_ inputs: [String], allowsEmpty: Bool) throws(PipelineError) -> [InputFile] {
        do {
            let files = try Corpus.discover(inputs, allowsEmpty: allowsEmpty)
            clock.finish(.discover, Format.plural(files.count, "file"))
            return files
        } catch {
            throw PipelineError(discovery: error)
        }
    }

    /// 2. load: every file read, decoded, parsed and checked on its own, on
    /// every core; of each, only what the later stages read is kept, and for
    /// the site its body (sections' HTML, prose) apart from the rest.
    /// With a `scratch` file, each body is written there as it is taken off (see ``IncidentBodies``).
    mutating func load(
        _ files: [InputFile], sizeLimit: Int = SourceFileReader.defaultSizeLimit, parser: PostMortemParser, keepsSources: Bool = true,
        validator: Validator, keepsBodiesApart: Bool = false, scratch: ScratchFile? = nil
    ) -> Corpus {
        let corpus = Corpus.load(
            files, sizeLimit: sizeLimit, parser: parser, keepsSources: keepsSources, checkingWith: validator,
            keepsBodiesApart: keepsBodiesApart, spillingTo: scratch)
        clock.finish(.load, Format.plural(corpus.postMortems.count, "post-mortem"))
        return corpus
    }

    /// 3. validate: the checks across files (duplicates, repeats) added to the
    /// read failures and each file's findings, in report order.
    mutating func validate(_ corpus: Corpus, validator: Validator) -> [Diagnostic] {
        let diagnostics = corpus.diagnostics(validator: validator)
        clock.finish(.validate, Format.plural(diagnostics.count, "diagnostic"))
        return diagnostics
    }

    /// 4. measure (metrics): the figures of the measured post-mortems.
    mutating func measure(_ postMortems: [PostMortem], options: MetricsOptions) -> MetricsReport {
        let report = MetricsReport(postMortems, options: options)
        clock.finish(.measure, Format.plural(postMortems.count, "post-mortem"))
        return report
    }

    /// 4. measure (build): what every page draws from, computed once; the
    /// post-mortems and their bodies are handed over to the model.
    mutating func measure(_ corpus: inout Corpus, diagnostics: [Diagnostic], options: SiteOptions) -> SiteModel {
        let (postMortems, bodies) = (corpus.postMortems, corpus.bodies)
        (corpus.postMortems, corpus.bodies) = ([], IncidentBodies())
        let model = SiteModel(postMortems: postMortems, diagnostics: diagnostics, options: options, bodies: bodies)
        clock.finish(.measure, Format.plural(model.incidents.count, "published incident"))
        return model
    }

    /// The staging folder the site is written into, made before the load stage so the bodies'
    /// scratch file can be made inside it.
    func stage(_ writer: SiteWriter) throws(PipelineError) -> StagedSite {
        do {
            return try writer.stage()
        } catch {
            throw PipelineError(writing: error, output: writer.output)
        }
    }

    /// 5. render: every page and export, each written into the staging folder `site` as it is
    /// rendered; each incident's body let go of once its page is written, so the aggregate pages
    /// and the exports run on the compact post-mortems. A body that could not be read back from
    /// the scratch file fails the build: no page is published without its body.
    mutating func render(_ model: inout SiteModel, with builder: SiteBuilder, into site: StagedSite, writer: SiteWriter)
        throws(PipelineError)
    {
        do {
            try builder.render(&model, into: site, clock: &clock)
        } catch {
            writer.discard(site)
            throw PipelineError(stage: .render, path: "the theme", reason: error.description + "; the previous site was left as it was")
        }
        if let failure = model.bodies.failure {
            writer.discard(site)
            throw PipelineError(stage: .render, path: writer.output, reason: failure + "; the previous site was left as it was")
        }
        clock.finish(.render, "\(site.pageCount) pages, \(site.fileCount) files")
    }

    /// 6. write: the staged site, checked for outputs claiming one path, replaces the output in one step.
    mutating func write(_ site: StagedSite, writer: SiteWriter) throws(PipelineError) {
        do {
            try writer.publish(site)
        } catch let clashes as SiteWriter.Clashes {
            throw PipelineError(
                stage: .write, path: writer.output,
                reason:
                    "not building: \(Format.plural(clashes.count, "output")) would overwrite another; the previous site was left as it was",
                details: clashes.description)
        } catch let refusal as SiteWriter.Refusal {
            throw PipelineError(stage: .write, path: writer.output, reason: refusal.description)
        } catch {
            throw PipelineError(writing: error, output: writer.output)
        }
        clock.finish(.write, "published \(writer.output)")
    }
}

extension Pipeline {
    /// The configuration's rules, with completion dates judged as of `asOf`.
    static func validator(_ configuration: Configuration, asOf: Day?) -> Validator {
        var context = configuration.validation
        context.asOf = asOf
        return Validator(context: context)
    }

    /// `hindsight check`: discover, load, validate.
    mutating func check(_ command: CheckCommand) throws(PipelineError) -> (files: [InputFile], corpus: Corpus, diagnostics: [Diagnostic]) {
        let files = try discover(command.inputs, allowsEmpty: command.allowsEmpty)
        // One validator for the run: the configuration (and the incident register it names) read once.
        let validator = Self.validator(command.configuration, asOf: command.asOf)
        let corpus = load(
            files, sizeLimit: command.sizeLimit, parser: PostMortemParser(settings: command.configuration.parsing),
            validator: validator)
        return (files, corpus, validate(corpus, validator: validator))
    }

    /// `hindsight metrics`: discover, load, validate (for the note on files with errors), measure.
    mutating func metrics(_ command: MetricsCommand) throws(PipelineError) -> (report: MetricsReport, diagnostics: [Diagnostic]) {
        let files = try discover(command.inputs, allowsEmpty: command.allowsEmpty)
        // One validator for the run: the configuration (and the incident register it names) read once.
        let validator = Self.validator(command.configuration, asOf: command.options.asOf)
        let corpus = load(
            files, parser: PostMortemParser(settings: command.configuration.parsing), keepsSources: false,
            validator: validator)
        let diagnostics = validate(corpus, validator: validator)
        let measured = corpus.postMortems.filter { command.includeDrafts || !$0.isDraft }
        return (measure(measured, options: command.options), diagnostics)
    }

    /// What a build found and published.
    struct Built {
        var diagnostics: [Diagnostic]
        /// The texts of the files, kept only for `--strict`'s report.
        var sources: [String: String]
        /// Post-mortems read; of those, published, and left out because their name cannot be a URL.
        var postMortems = 0, published = 0, unpublishable = 0
        /// The site published, or nil when `--strict` refused to build.
        var site: StagedSite?
    }

    /// `hindsight build`: all six stages. The output folder and the theme are
    /// checked before any file is read, so a usage problem costs nothing.
    mutating func build(_ command: BuildCommand) throws(PipelineError) -> Built {
        let writer = SiteWriter(output: command.output, force: command.force)
        do {
            try writer.checkOutput(
                protecting: command.inputs + [command.themeDirectory].compactMap { $0 } + [FileManager.default.currentDirectoryPath])
        } catch {
            throw PipelineError(stage: .discover, path: command.output, reason: error.description, exitCode: ExitCode.usage)
        }
        let files = try discover(command.inputs, allowsEmpty: command.allowsEmpty)
        // One validator for the run: the configuration (and the incident register it names) read once.
        let validator = Self.validator(command.configuration, asOf: command.site.metrics.asOf)
        let theme: Theme
        do {
            theme = try Theme(overrideDirectory: command.themeDirectory)
        } catch {
            throw PipelineError(
                stage: .load, path: command.themeDirectory ?? "the theme", reason: error.description, exitCode: ExitCode.usage)
        }
        // The staging folder first: each body is written to a scratch file in it as its file is loaded.
        let site = try stage(writer)
        // Only --strict's refusal shows source lines: otherwise the texts are not kept.
        var corpus = load(
            files, parser: PostMortemParser(rendersHTML: true, settings: command.configuration.parsing), keepsSources: command.strict,
            validator: validator, keepsBodiesApart: true, scratch: ScratchFile(in: site.folder))
        if command.readsGitHistory {
            // One `git log` and one `git status` per input folder.
            GitHistory.annotate(&corpus.postMortems, from: files)
        }
        let diagnostics = validate(corpus, validator: validator)
        var built = Built(diagnostics: diagnostics, sources: corpus.sources)
        if command.strict && CheckCommand.exitCode(for: diagnostics, strict: true) != ExitCode.success {
            writer.discard(site)
            return built
        }
        let drafts = command.site.includeDrafts
        built.postMortems = corpus.postMortems.count
        built.published = corpus.postMortems.filter { $0.publishedForm(includingDrafts: drafts) != nil }.count
        built.unpublishable = SiteModel.unpublishable(corpus.postMortems, includingDrafts: drafts)
        var model = measure(&corpus, diagnostics: diagnostics, options: command.site)
        try render(&model, with: SiteBuilder(theme: theme, options: command.site), into: site, writer: writer)
        try write(site, writer: writer)
        built.site = site
        return built
    }
}

extension PostMortem {
    /// The post-mortem without what only the rules of one file read (where
    /// each prose character was written, the front matter, replaced
    /// characters, the root cause's text once its words are counted and the
    /// kind it names inferred): what is kept of it once it has been checked.
    /// The root cause's text was the largest of these (2 KB a report in the
    /// benchmark corpus; docs/performance.md).
    var withoutRuleDetail: PostMortem {
        var kept = self
        kept.proseLines = proseLines.map { ProseLine(text: $0.text) }
        kept.frontMatter = nil
        kept.invisibleCharacters = []
        // Only once the kind is inferred (the load stage classifies each file first): rule K4 reads the text.
        if inferredKind.isConcluded, let rootCause {
            kept.rootCauseWords = CompletenessScore.words(in: rootCause)
            kept.rootCause = Located("", at: rootCause.location)
        }
        return kept
    }
}

/// Why a command stopped: the stage, the file or folder, and the reason, printed like a compiler's error.
struct PipelineError: Error, Sendable, CustomStringConvertible {
    var stage: Pipeline.Stage
    /// The input, theme or output the failure concerns.
    var path: String
    /// What went wrong and what to do, as printed after `error: ` (it names the path where that reads better).
    var reason: String
    /// Lines printed before the error (one per clashing output).
    var details: String?
    /// Usage problems (a missing folder, a refused output, a broken theme before any work) exit 2; the rest 1.
    var exitCode: Int32 = ExitCode.findings

    var description: String {
        (details.map { TerminalText.visible($0) + "\n" } ?? "") + "error: \(TerminalText.visible(reason))\n"
    }

    init(stage: Pipeline.Stage, path: String, reason: String, details: String? = nil, exitCode: Int32 = ExitCode.findings) {
        self.stage = stage
        self.path = path
        self.reason = reason
        self.details = details
        self.exitCode = exitCode
    }

    /// An input that could not be used: an empty folder is a finding (exit 1), the rest are usage problems.
    init(discovery failure: FileDiscovery.Failure) {
        self.init(
            stage: .discover, path: failure.path, reason: failure.description,
            exitCode: failure.isEmptyFolder ? ExitCode.findings : ExitCode.usage)
    }

    /// A file system error while staging or publishing the site.
    init(writing error: any Error, output: String) {
        let reason = (error as? FileSystem.Failure)?.description ?? IOErrorText.reason(error)
        self.init(
            stage: .write, path: output, reason: "cannot write the site to \(output): \(reason); the previous site was left as it was")
    }

    var output: CommandOutput {
        CommandOutput(standardError: description, exitCode: exitCode)
    }
}

/// Times the stages for `--verbose`: `[5/6] render  4.210s  (10,014 pages, 10,561 files)`,
/// a stage's parts indented below it.
struct StageClock {
    var enabled: Bool
    private var stages: [(name: String, seconds: Double, parts: [(String, Double)])] = []
    private var parts: [(String, Double)] = []
    private var stageStart = DispatchTime.now()
    private var partStart = DispatchTime.now()

    init(enabled: Bool) {
        self.enabled = enabled
    }

    /// Ends a stage of the pipeline.
    mutating func finish(_ stage: Pipeline.Stage, _ detail: String) {
        guard enabled else { return }
        let now = DispatchTime.now()
        stages.append(("\(stage.rawValue)  (\(detail))", Self.seconds(from: stageStart, to: now), parts))
        parts = []
        stageStart = now
        partStart = now
    }

    /// Ends a part of the stage under way (the render stage's incident pages).
    mutating func part(_ name: String) {
        guard enabled else { return }
        let now = DispatchTime.now()
        parts.append((name, Self.seconds(from: partStart, to: now)))
        partStart = now
    }

    /// `text` padded with spaces to `width` characters (longer text keeps one space).
    private static func column(_ text: String, width: Int) -> String {
        text.count < width ? text + String(repeating: " ", count: width - text.count) : text + " "
    }

    private static func seconds(from start: DispatchTime, to end: DispatchTime) -> Double {
        Double(end.uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }

    var report: String {
        stages.enumerated().map { index, stage in
            // `[2/6] load  (9,998 post-mortems)   22.713s`: the stage, then its time, in a column.
            "[\(index + 1)/\(stages.count)] " + Self.column(stage.name, width: 58) + String(format: "%8.3fs", stage.seconds) + "\n"
                + stage.parts.map { "        " + Self.column($0.0, width: 56) + String(format: "%8.3fs", $0.1) + "\n" }.joined()
        }.joined()
    }
}
