import Foundation
import Testing

@testable import HindsightCore

/// `hindsight check` end to end, on folders written by the test.
@Suite("hindsight check")
struct CheckCommandTests {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
        try folder.write("good.md", Fixtures.validPostMortem)
        try folder.write(
            "sub/bad.md",
            Fixtures.validPostMortem
                .replacingOccurrences(of: "**Severity**: P1", with: "**Severity**: P7")
                .replacingOccurrences(of: "from connection pool", with: "again from connection pool")
                .replacingOccurrences(of: "Owner: Marcus Chen. ", with: ""))
    }

    @Test("text: compiler-style lines with the source line, caret and a summary; exit 1 on errors")
    func text() {
        let output = CheckCommand(inputs: [folder.path]).run()
        #expect(output.exitCode == ExitCode.findings)
        #expect(
            output.standardOutput == """
                \(folder.path)/sub/bad.md:4:15: error: unknown severity 'P7'; use one of P0, P1, P2, P3, P4, or map it to one in hindsight.yml (`severity: {aliases: {P7: P1}}`) [unknown-severity]
                    **Severity**: P7
                                  ^
                \(folder.path)/sub/bad.md:37:5: error: action item 2 ('Add a deploy check comparing total pool size to the database limit') has no owner; add `Owner: Name.` [action-owner]
                    -   `[ ]` **Action Item 2**: Add a deploy check comparing total pool size to the database limit. Due: 2024-04-30. ID: pool-check.
                        ^
                checked 2 files: 2 errors, 0 warnings

                """)
    }

    @Test("json: an array of {file, line, column, severity, rule, message}; the summary goes to stderr")
    func json() throws {
        let output = CheckCommand(inputs: [folder.path + "/sub/bad.md"], format: .json).run()
        let decoded = try JSONSerialization.jsonObject(with: Data(output.standardOutput.utf8)) as? [[String: Any]]
        #expect(decoded?.count == 2)
        #expect(decoded?.first?["rule"] as? String == "unknown-severity")
        #expect(decoded?.first?["line"] as? Int == 4)
        #expect(output.standardOutput.hasPrefix("[\n  {\n    \"file\": "))
        #expect(output.standardError == "checked 1 file: 2 errors, 0 warnings\n")
    }

    @Test("github: workflow commands that annotate the pull request")
    func github() {
        let output = CheckCommand(inputs: [folder.path + "/sub/bad.md"], format: .github).run()
        let first = output.standardOutput.split(separator: "\n").first.map(String.init)
        #expect(
            first
                == "::error file=\(folder.path)/sub/bad.md,line=4,col=15,title=unknown-severity::unknown severity 'P7'; use one of P0, P1, P2, P3, P4, or map it to one in hindsight.yml (`severity: {aliases: {P7: P1}}`) [unknown-severity]"
        )
    }

    @Test("sarif: a SARIF 2.1.0 log with rules and results")
    func sarif() throws {
        let output = CheckCommand(inputs: [folder.path + "/sub/bad.md"], format: .sarif).run()
        let log = try #require(try JSONSerialization.jsonObject(with: Data(output.standardOutput.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        #expect(run["columnKind"] as? String == "utf16CodeUnits")
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.map { $0["ruleId"] as? String } == ["unknown-severity", "action-owner"])
        let rules = try #require(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        #expect(rules.count == RuleID.allCases.count)
        #expect(
            results.allSatisfy { result in
                (result["ruleIndex"] as? Int).map { rules[$0]["id"] as? String == result["ruleId"] as? String } ?? false
            })
    }

    @Test("files can be named directly, as a pull request's changed files")
    func namedFiles() {
        let output = CheckCommand(inputs: [folder.path + "/good.md"]).run()
        #expect(output.exitCode == ExitCode.success)
        #expect(output.standardOutput == "checked 1 file: 0 errors, 0 warnings\n")
    }

    @Test("--strict fails on warnings")
    func strict() throws {
        try folder.write(
            "good.md",
            Fixtures.validPostMortem.replacingOccurrences(of: "The deploy doubled", with: "Through human error the deploy doubled"))
        let paths = [folder.path + "/good.md"]
        #expect(CheckCommand(inputs: paths).run().exitCode == ExitCode.success)
        #expect(CheckCommand(inputs: paths, strict: true).run().exitCode == ExitCode.findings)
    }

    @Test("a missing folder is a usage problem: exit 2")
    func missingFolder() {
        let output = CheckCommand(inputs: [folder.path + "/nowhere"]).run()
        #expect(output.exitCode == ExitCode.usage)
        #expect(output.standardError == "error: \(folder.path)/nowhere: no such folder\n")
    }

    @Test("bad files are reported and the others still checked")
    func badFilesDoNotStopTheCheck() throws {
        try folder.write("empty.md", "\n\n")
        try folder.writeBytes("latin1.md", [0x23, 0x20, 0xE9, 0x0A])
        let output = CheckCommand(inputs: [folder.path], format: .json).run()
        #expect(output.exitCode == ExitCode.findings)
        #expect(output.standardOutput.contains("\"rule\": \"empty-file\""))
        #expect(output.standardOutput.contains("\"rule\": \"invalid-encoding\""))
        #expect(output.standardOutput.contains("\"rule\": \"unknown-severity\""))
        #expect(output.standardError == "checked 4 files: 4 errors, 0 warnings\n")
    }

    @Test("files over the size limit are not read")
    func sizeLimit() {
        let output = CheckCommand(inputs: [folder.path + "/good.md"], sizeLimit: 100).run()
        #expect(output.exitCode == ExitCode.findings)
        #expect(
            output.standardOutput.hasPrefix(
                "\(folder.path)/good.md:1:1: error: file is 1.4 KiB, over the 100 bytes limit; it was not read [file-too-large]"))
    }

    @Test("a file named directly that does not exist is an error of that file")
    func unreadable() {
        let output = CheckCommand(inputs: [folder.path + "/gone.md"]).run()
        #expect(output.exitCode == ExitCode.findings)
        #expect(output.standardOutput.hasPrefix("\(folder.path)/gone.md:1:1: error: cannot read the file: no such file [unreadable-file]"))
    }

    @Test("the sample corpus is clean")
    func sampleCorpus() {
        let output = CheckCommand(inputs: [Fixtures.packageRoot + "/postmortems"], strict: true).run()
        #expect(output.exitCode == ExitCode.success, "\(output.standardOutput)")
    }
}
