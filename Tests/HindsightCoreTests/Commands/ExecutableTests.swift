import Foundation
import Testing

/// The `hindsight` executable itself: argument parsing and exit codes.
@Suite("The hindsight executable")
struct ExecutableTests {
    /// The binary `swift test` built beside the test bundle.
    static let binary: URL? = {
        var folder = Bundle.main.bundleURL
        for _ in 0..<3 {
            let candidate = folder.appendingPathComponent("hindsight")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder.deleteLastPathComponent()
        }
        return nil
    }()

    static func run(_ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
        let process = Process()
        guard let binary else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "hindsight near \(Bundle.main.bundleURL.path)"])
        }
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: Fixtures.packageRoot)
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outputData, as: UTF8.self), String(decoding: errorData, as: UTF8.self))
    }

    @Test(
        "usage problems exit 2, with the usage line",
        arguments: [
            ["check", "--format", "xml"], ["metrics", "--as-of", "2024-13-45"], ["build", "--base-url", "ftp://x"], ["frobnicate"],
            ["check", "no-such-folder"],
        ])
    func usageProblems(arguments: [String]) throws {
        let result = try Self.run(arguments)
        #expect(result.status == 2)
        #expect(result.error.hasPrefix("Error:") || result.error.hasPrefix("error:"))
    }

    @Test("help and version exit 0")
    func help() throws {
        #expect(try Self.run(["--help"]).status == 0)
        #expect(try Self.run(["--version"]).output == "0.1.0\n")
    }

    @Test(
        "every command's --help has examples, each an unwrapped line starting `hindsight <command>`",
        arguments: ["check", "fix", "metrics", "build", "serve", "config", "new", "init"])
    func helpExamples(command: String) throws {
        let result = try Self.run([command, "--help"])
        #expect(result.status == 0)
        let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false)
        let start = try #require(lines.firstIndex(of: "Examples:"), "hindsight \(command) --help has no Examples:")
        let examples = lines[(start + 1)...].prefix { !$0.isEmpty }
        #expect(!examples.isEmpty)
        // A line too long for 80 columns is wrapped by the help formatter and no longer starts with the command.
        for line in examples { #expect(line.hasPrefix("  hindsight \(command)"), "wrapped or foreign example: \(line)") }
    }

    @Test("check --as-of is the today completion dates are judged against: a date after it is an error, the same file passes without it")
    func checkAsOf() throws {
        let file = "Tests/HindsightCoreTests/Fixtures/rules/completion-date/passes/2024-06-14-kafka-broker-disk-full.md"
        #expect(try Self.run(["check", file]).status == 0)
        let early = try Self.run(["check", "--as-of", "2024-07-01", file])
        #expect(early.status == 1)
        #expect(
            early.output.contains(":36:") && early.output.contains("after today (2024-07-01)") && early.output.contains("[completion-date]")
        )
        #expect(!early.output.contains(":35:"), "completed 2024-06-19, before the as-of date: not an error")
        #expect(try Self.run(["check", "--as-of", "2024-13-45", file]).status == 2)
    }

    @Test("fix --check on the sample corpus names the files not in canonical form, writes nothing and exits 1")
    func fixCheckSample() throws {
        let result = try Self.run(["fix", "--check"])
        #expect(result.status == 1)
        #expect(
            result.output == """
                would fix postmortems/2024/2024-03-05-checkout-db-pool-exhaustion.md
                would fix postmortems/2024-10-08-notifications-duplicate-emails.md
                would fix postmortems/2026-02-24-notifications-sms-provider-outage.md
                would fix postmortems/2026-03-17-dns-resolver-timeouts-over-two-weeks.md
                would fix postmortems/2026-04-14-api-gateway-route-table-rollback.md
                would fix postmortems/2026-05-12-postgres-replica-lag-from-backfill.md

                """)
        #expect(
            result.error == """
                postmortems/2026-03-17-dns-resolver-timeouts-over-two-weeks.md:49: note: kept the action table as written: \
                the list form has no place for its column 'Priority'
                would fix 6 of 22 files

                """)
    }

    @Test("check on the sample corpus, as the README shows")
    func checkSample() throws {
        let result = try Self.run(["check"])
        #expect(result.status == 0)
        #expect(result.output == "checked 22 files: 0 errors, 0 warnings\n")
    }

    @Test("check --incidents with the sample register: the two incidents owed a post-mortem, at their register lines, exit 1")
    func checkSampleRegister() throws {
        let result = try Self.run(["check", "postmortems", "--incidents", "incident-register.csv"])
        #expect(result.status == 1)
        let findings = result.output.split(separator: "\n").filter { $0.hasSuffix("[postmortem-due]") }.map { $0.prefix(42) }
        #expect(findings == ["incident-register.csv:4:1: error: incident", "incident-register.csv:8:1: error: incident"])
        #expect(result.output.hasSuffix("checked 22 files: 2 errors, 0 warnings\n"))
        #expect(
            result.output.contains(
                "\n    INC-2026-061,2026-07-08,\"Orders page blank for \"\"guest\"\" checkouts\",P0,no,no,no,pager\n    ^\n"))
    }

    @Test("metrics --incidents gives learning.postMortemCoverage; build --incidents shows it on the Learning page, exit 0")
    func metricsAndBuildWithRegister() throws {
        let metrics = try Self.run([
            "metrics", "postmortems", "--incidents", "incident-register.csv", "--format", "json", "--as-of", "2026-11-25",
        ])
        #expect(metrics.status == 0)
        #expect(
            metrics.output.contains(
                "\"postMortemCoverage\": {\n      \"register\": \"incident-register.csv\",\n      \"registered\": 9,\n      \"required\": 7,\n      \"written\": 5,"
            ))
        let folder = try TemporaryFolder()
        let build = try Self.run([
            "build", "postmortems", "--incidents", "incident-register.csv", "--output", folder.path + "/site", "--as-of", "2026-11-25",
        ])
        #expect(build.status == 0)
        let page = try String(contentsOfFile: folder.path + "/site/learning/index.html", encoding: .utf8)
        #expect(page.contains("<th scope=\"row\">INC-2026-061</th>"))
    }
}

/// `--config FILE` and `hindsight config` through the binary.
@Suite("The hindsight executable with a configuration")
struct ExecutableConfigurationTests {
    @Test("a configuration error is reported with file, line and column, exit 2; a missing named file too")
    func configurationErrors() throws {
        let folder = try TemporaryFolder()
        try folder.write("hindsight.yml", "serverity: {}\n")
        for command in ["check", "metrics", "build", "config"] {
            let result = try ExecutableTests.run([command, "--config", folder.path + "/hindsight.yml"])
            #expect(result.status == 2)
            #expect(result.error == "\(folder.path)/hindsight.yml:1:1: error: unknown key 'serverity'; did you mean 'severity'? [config]\n")
        }
        let missing = try ExecutableTests.run(["check", "--config", folder.path + "/none.yml"])
        #expect(missing.status == 2)
        #expect(missing.error == "error: cannot read the configuration file \(folder.path)/none.yml: no such file\n")
    }

    @Test("input.paths is where check looks when no path is given; flags show as origins")
    func inputPathsAndFlags() throws {
        let folder = try TemporaryFolder()
        try folder.write("reviews/x.md", Fixtures.validPostMortem)
        try folder.write("hindsight.yml", "input: {paths: [reviews]}\n")
        let result = try ExecutableTests.run(["check", "--config", folder.path + "/hindsight.yml"])
        #expect(result.output == "checked 1 file: 0 errors, 0 warnings\n")
        let config = try ExecutableTests.run(["config", "--title", "Flag title"])
        #expect(config.status == 0)
        #expect(config.output.contains("  title: Flag title  # --title\n"))
    }
}
