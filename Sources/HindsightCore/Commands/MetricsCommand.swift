import Foundation

/// How `hindsight metrics` prints its figures.
public enum MetricsFormat: String, Sendable, CaseIterable {
    case table, json, csv
}

/// `hindsight metrics`: time to restore, repeats and follow-through.
public struct MetricsCommand: Sendable {
    public var inputs: [String]
    public var format: MetricsFormat
    public var options: MetricsOptions
    /// Include post-mortems marked `**Status**: draft`.
    public var includeDrafts: Bool
    /// What the files are parsed and checked with (``options`` comes from it too).
    public var configuration = Configuration()
    /// Accept input folders with no post-mortems (otherwise an error).
    public var allowsEmpty = false

    public init(
        inputs: [String] = ["postmortems"], format: MetricsFormat = .table, options: MetricsOptions,
        includeDrafts: Bool = false
    ) {
        self.inputs = CommandInputs.orDefault(inputs)
        self.format = format
        self.options = options
        self.includeDrafts = includeDrafts
    }

    /// Measures the inputs (see ``Pipeline``) and returns the figures in the chosen format.
    public func run() -> CommandOutput {
        var pipeline = Pipeline(verbose: false)
        let report: MetricsReport
        let diagnostics: [Diagnostic]
        do { (report, diagnostics) = try pipeline.metrics(self) } catch { return error.output }
        var output = CommandOutput()
        switch format {
        case .table: output.standardOutput = report.table
        case .json: output.standardOutput = report.json.serialized(pretty: true) + "\n"
        case .csv: output.standardOutput = report.csv
        }
        let filesWithErrors = Set(diagnostics.filter { $0.severity == .error }.map(\.path)).count
        if filesWithErrors > 0 {
            output.standardError =
                "note: \(filesWithErrors) file\(filesWithErrors == 1 ? " has" : "s have") errors (run `hindsight check`); measured where the values parsed\n"
        }
        return output
    }
}
