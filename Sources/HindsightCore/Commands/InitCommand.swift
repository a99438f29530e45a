/// `hindsight init [DIR]`: a new site's files (an example post-mortem, a commented
/// `hindsight.yml`, GitHub Actions and GitLab CI), each created only where nothing is.
public struct InitCommand: Sendable {
    /// The folder to scaffold in; created when missing.
    public var directory: String

    public init(directory: String = ".") {
        self.directory = directory
    }

    /// What `init` writes, by path relative to the directory.
    static let files: [(path: String, text: String)] = [
        (ExamplePostMortem.path, ExamplePostMortem.text), (ConfigurationTemplate.path, ConfigurationTemplate.text),
        (CIWorkflows.githubPath, CIWorkflows.github), (CIWorkflows.gitlabPath, CIWorkflows.gitlab),
    ]

    /// Creates each missing file and skips each existing one with a note; exit 1 when every one existed.
    public func run() -> CommandOutput {
        var output = CommandOutput()
        var created = 0
        let prefix = directory.isEmpty || directory == "." ? "" : (directory.hasSuffix("/") ? directory : directory + "/")
        for file in Self.files {
            let path = prefix + file.path
            switch ExclusiveFile.create(path, text: file.text) {
            case .created:
                created += 1
                output.standardOutput += "created \(path)\n"
            case .exists:
                output.standardOutput += "skipped \(path): it exists, and init never overwrites\n"
            case .failed(let reason):
                output.standardError += "error: \(TerminalText.visible(reason))\n"
                output.exitCode = ExitCode.usage
            }
        }
        if output.exitCode == ExitCode.success && created == 0 {
            output.standardError += "error: every file init writes exists already; nothing was changed\n"
            output.exitCode = ExitCode.findings
        } else if output.exitCode == ExitCode.success {
            output.standardOutput += "next: hindsight check --strict && hindsight build, then see docs/ci.md to get hindsight in CI\n"
        }
        return output
    }
}
