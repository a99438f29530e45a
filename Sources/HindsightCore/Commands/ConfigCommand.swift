/// `hindsight config`: the effective configuration, each value with where it came from.
public struct ConfigCommand: Sendable {
    public var configuration: LoadedConfiguration

    public init(configuration: LoadedConfiguration) {
        self.configuration = configuration
    }

    public func run() -> CommandOutput {
        CommandOutput(standardOutput: ConfigurationPrinter.yaml(configuration))
    }
}
