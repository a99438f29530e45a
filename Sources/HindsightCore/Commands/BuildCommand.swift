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
    /// Read each file's last change from git (`--no-git` turns it off).
    public var readsGitHistory = true

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

    /// Checks, measures, renders and writes the site (see ``Pipeline``); returns the summary and the exit code.
    public func run() -> CommandOutput {
        let start = DispatchTime.now()
        var pipeline = Pipeline(verbose: verbose)
        let built: Pipeline.Built
        do {
            built = try pipeline.build(self)
        } catch {
            return error.output
        }
        let diagnostics = built.diagnostics
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        guard let written = built.site else {
            return CommandOutput(
                standardOutput: DiagnosticFormatter.format(diagnostics, as: .text, sources: built.sources),
                standardError:
                    "error: not building: \(Format.plural(errors, "error")) and \(Format.plural(warnings, "warning")) with --strict (see `hindsight check --strict`)\n",
                exitCode: ExitCode.findings)
        }
        let (published, unpublishable) = (built.published, built.unpublishable)
        var summary =
            "built \(output): \(Format.plural(published, "incident")), \(Format.plural(written.pageCount, "page")) (\(written.fileCount) files), "
            + "\(Format.plural(errors, "error")), \(Format.plural(warnings, "warning"))"
        let drafts = built.postMortems - published - unpublishable
        if unpublishable > 0 {
            summary += ", \(Format.plural(unpublishable, "incident")) not published (file name cannot be a URL: see invalid-name)"
        }
        if drafts > 0 { summary += ", \(Format.plural(drafts, "draft")) not published (--drafts)" }
        if showsElapsedTime {
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
            summary += String(format: " in %.2fs", seconds)
        }
        return CommandOutput(standardOutput: summary + "\n", standardError: pipeline.clock.report, exitCode: ExitCode.success)
    }
}
