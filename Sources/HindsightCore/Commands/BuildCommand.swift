import Foundation

/// `hindsight build`: check, measure, render and write the site.
public struct BuildCommand: Sendable {
    public var inputs: [String]
    public var output: String
    public var themeDirectory: String?
    public var site: SiteOptions
    public var strict: Bool
    public var force: Bool
    /// Reads the clock for the elapsed time in the summary only.
    public var showsElapsedTime: Bool
    /// Prints each stage and its duration to standard error.
    public var verbose = false
    /// What the files are parsed and checked with (``site`` comes from it too).
    public var configuration = Configuration()
    /// Accept input folders with no post-mortems (otherwise an error, so an emptied folder never publishes a blank site).
    public var allowsEmpty = false

    public init(
        inputs: [String] = ["postmortems"], output: String = "_site", themeDirectory: String? = nil, site: SiteOptions,
        strict: Bool = false, force: Bool = false, showsElapsedTime: Bool = true
    ) {
        self.inputs = CommandInputs.orDefault(inputs)
        self.output = output
        self.themeDirectory = themeDirectory
        self.site = site
        self.strict = strict
        self.force = force
        self.showsElapsedTime = showsElapsedTime
    }

    /// Checks, measures, renders and writes the site; returns the summary and the exit code.
    public func run() -> CommandOutput {
        let start = DispatchTime.now()
        let usage = CommandOutput.usageError
        let writer = SiteWriter(output: output, force: force)
        let files: [InputFile]
        let theme: Theme
        do {
            try writer.checkOutput(protecting: inputs + [themeDirectory].compactMap { $0 } + [FileManager.default.currentDirectoryPath])
            files = try Corpus.discover(inputs, allowsEmpty: allowsEmpty)
            theme = try Theme(overrideDirectory: themeDirectory)
        } catch let error as SiteWriter.Refusal {
            return usage(error.description)
        } catch let error as FileDiscovery.Failure {
            return .discoveryFailure(error)
        } catch let error as Theme.Failure {
            return usage(error.description)
        } catch {
            return usage("\(error)")
        }

        var stages = StageClock(enabled: verbose)
        let corpus = Corpus.load(files, parser: PostMortemParser(rendersHTML: true, settings: configuration.parsing))
        stages.finish("discover, read and parse \(Format.plural(files.count, "file"))")
        let diagnostics = corpus.diagnostics(validator: Validator(context: configuration.validation))
        stages.finish("validate")
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        if strict && CheckCommand.exitCode(for: diagnostics, strict: true) != ExitCode.success {
            return CommandOutput(
                standardOutput: DiagnosticFormatter.format(diagnostics, as: .text, sources: corpus.sources),
                standardError:
                    "error: not building: \(Format.plural(errors, "error")) and \(Format.plural(warnings, "warning")) with --strict (see `hindsight check --strict`)\n",
                exitCode: ExitCode.findings)
        }
        do {
            var site = site
            site.sourceFolders = inputs.filter { path in
                var isDirectory: ObjCBool = false
                return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
            }
            let files = try SiteBuilder(theme: theme, options: site).build(
                postMortems: corpus.postMortems, diagnostics: diagnostics, clock: &stages)
            try writer.write(files)
            stages.finish("write \(Format.plural(files.count, "file"))")
            let published = corpus.postMortems.filter { $0.publishedForm(includingDrafts: site.includeDrafts) != nil }.count
            let unpublishable = SiteModel.unpublishable(corpus.postMortems, includingDrafts: site.includeDrafts)
            let pages = files.filter { $0.path.hasSuffix(".html") }.count
            var summary =
                "built \(output): \(Format.plural(published, "incident")), \(Format.plural(pages, "page")) (\(files.count) files), "
                + "\(Format.plural(errors, "error")), \(Format.plural(warnings, "warning"))"
            let drafts = corpus.postMortems.count - published - unpublishable
            if unpublishable > 0 {
                summary += ", \(Format.plural(unpublishable, "incident")) not published (file name cannot be a URL: see invalid-name)"
            }
            if drafts > 0 { summary += ", \(Format.plural(drafts, "draft")) not published (--drafts)" }
            if showsElapsedTime {
                let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
                summary += String(format: " in %.2fs", seconds)
            }
            return CommandOutput(standardOutput: summary + "\n", standardError: stages.report, exitCode: ExitCode.success)
        } catch let error as Theme.Failure {
            return CommandOutput(
                standardError: "error: \(error.description); the previous site was left as it was\n", exitCode: ExitCode.findings)
        } catch let error as SiteWriter.Clashes {
            return CommandOutput(
                standardError: error.description
                    + "\nerror: not building: \(Format.plural(error.count, "output")) would overwrite another; the previous site was left as it was\n",
                exitCode: ExitCode.findings)
        } catch let error as SiteWriter.Refusal {
            return CommandOutput(standardError: "error: \(error.description)\n", exitCode: ExitCode.findings)
        } catch let error as FileSystem.Failure {
            return CommandOutput(
                standardError: "error: cannot write the site to \(output): \(error.description); the previous site was left as it was\n",
                exitCode: ExitCode.findings)
        } catch {
            return CommandOutput(
                standardError:
                    "error: cannot write the site to \(output): \(IOErrorText.reason(error)); the previous site was left as it was\n",
                exitCode: ExitCode.findings)
        }
    }
}

/// Times the build's stages for `--verbose`: `[3/6] render pages 0.41s`.
struct StageClock {
    var enabled: Bool
    private var lines: [(String, Double)] = []
    private var last = DispatchTime.now()

    init(enabled: Bool) {
        self.enabled = enabled
    }

    mutating func finish(_ stage: String) {
        guard enabled else { return }
        let now = DispatchTime.now()
        lines.append((stage, Double(now.uptimeNanoseconds - last.uptimeNanoseconds) / 1e9))
        last = now
    }

    var report: String {
        lines.enumerated().map { index, line in
            "[\(index + 1)/\(lines.count)] \(line.0) " + String(format: "%.3fs", line.1) + "\n"
        }.joined()
    }
}
