/// `hindsight check`: validate post-mortems and report like a compiler.
public struct CheckCommand: Sendable {
    /// Folders to search for `*.md` and files to check as named.
    public var inputs: [String]
    public var format: DiagnosticFormat
    /// Fail on warnings too.
    public var strict: Bool
    public var sizeLimit: Int
    /// The severity scale, milestone phrases and rule settings to check with.
    public var configuration = Configuration()
    /// Accept input folders with no post-mortems (otherwise an error).
    public var allowsEmpty = false
    /// "Today": no action item can have been completed after it (nil: not checked).
    public var asOf: Day?

    public init(
        inputs: [String] = ["postmortems"], format: DiagnosticFormat = .text, strict: Bool = false,
        sizeLimit: Int = SourceFileReader.defaultSizeLimit
    ) {
        self.inputs = CommandInputs.orDefault(inputs)
        self.format = format
        self.strict = strict
        self.sizeLimit = sizeLimit
    }

    /// Checks the inputs (see ``Pipeline``) and returns the report, the summary and the exit code.
    public func run() -> CommandOutput {
        var pipeline = Pipeline(verbose: false)
        let files: [InputFile]
        let corpus: Corpus
        let diagnostics: [Diagnostic]
        do { (files, corpus, diagnostics) = try pipeline.check(self) } catch { return error.output }
        var sources = corpus.sources
        // The register's lines under its diagnostics, as a post-mortem's under its own.
        if let register = configuration.register { sources[register.path] = register.text }
        var output = CommandOutput()
        output.standardOutput = DiagnosticFormatter.format(diagnostics, as: format, sources: sources)
        var summary = DiagnosticFormatter.summary(fileCount: corpus.fileCount, diagnostics: diagnostics)
        if files.isEmpty { summary += " (no .md files found in \(inputs.joined(separator: ", ")))" }
        if format.isMachineReadable {
            output.standardError = summary + "\n"
        } else {
            output.standardOutput += summary + "\n"
        }
        output.exitCode = CheckCommand.exitCode(for: diagnostics, strict: strict)
        return output
    }

    /// 1 when there are errors (or, when strict, warnings), else 0.
    public static func exitCode(for diagnostics: [Diagnostic], strict: Bool) -> Int32 {
        let failing = diagnostics.contains { $0.severity == .error || strict }
        return failing ? ExitCode.findings : ExitCode.success
    }
}
