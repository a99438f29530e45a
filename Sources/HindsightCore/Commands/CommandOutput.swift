/// What a command prints and how it exits; the executable only forwards it.
public struct CommandOutput: Sendable, Equatable {
    public var standardOutput = ""
    public var standardError = ""
    public var exitCode: Int32 = ExitCode.success

    /// `error: message` on standard error, exit status 2.
    static func usageError(_ message: String) -> CommandOutput {
        CommandOutput(standardError: "error: \(TerminalText.visible(message))\n", exitCode: ExitCode.usage)
    }

    public init(standardOutput: String = "", standardError: String = "", exitCode: Int32 = ExitCode.success) {
        self.standardOutput = standardOutput
        self.standardError = standardError
        self.exitCode = exitCode
    }
}

/// Hindsight's exit codes.
public enum ExitCode {
    /// Everything passed (warnings allowed unless strict).
    public static let success: Int32 = 0
    /// A file has errors (or warnings, with `--strict`); a build failed.
    public static let findings: Int32 = 1
    /// A usage problem: bad option, missing or unlistable folder, refused output folder.
    public static let usage: Int32 = 2
}
