import Foundation
import Testing

/// `new`, `init` and shell completion through the `hindsight` binary.
@Suite("The hindsight executable: authoring")
struct ExecutableAuthoringTests {
    @Test("new writes the file and prints its path; a second time exits 1; an unknown severity exits 2")
    func new() throws {
        let folder = try TemporaryFolder()
        let arguments = ["new", "Checkout failures: DB pool!", "--severity", "SEV1", "--date", "2026-12-02", "--folder", folder.path]
        let first = try ExecutableTests.run(arguments)
        #expect(first.status == 0)
        #expect(first.output == folder.path + "/2026-12-02-checkout-failures-db-pool.md\n")
        let text = try String(contentsOfFile: folder.path + "/2026-12-02-checkout-failures-db-pool.md", encoding: .utf8)
        #expect(text.contains("**Severity**: P1\n"))
        #expect(try ExecutableTests.run(arguments).status == 1)
        let unknown = try ExecutableTests.run(["new", "X", "--severity", "Critical", "--folder", folder.path])
        #expect(unknown.status == 2)
    }

    @Test("new writes to the first of input.paths from hindsight.yml when no --folder is given")
    func newFollowsTheConfiguration() throws {
        let folder = try TemporaryFolder()
        try folder.write(
            "hindsight.yml", "input: {paths: [reviews]}\nseverity: {levels: [{id: SEV1}, {id: SEV2}], aliases: {Major: SEV2}}\n")
        let result = try ExecutableTests.run([
            "new", "Queue backlog", "--severity", "major", "--date", "2026-12-02", "--config", folder.path + "/hindsight.yml",
        ])
        #expect(result.status == 0)
        #expect(result.output == folder.path + "/reviews/2026-12-02-queue-backlog.md\n")
        let text = try String(contentsOfFile: folder.path + "/reviews/2026-12-02-queue-backlog.md", encoding: .utf8)
        #expect(text.contains("**Severity**: SEV2\n"))
    }

    @Test("init sets up a folder, and a second run exits 1")
    func initFolder() throws {
        let folder = try TemporaryFolder()
        #expect(try ExecutableTests.run(["init", folder.path]).status == 0)
        #expect(FileManager.default.fileExists(atPath: folder.path + "/.github/workflows/postmortems.yml"))
        #expect(try ExecutableTests.run(["init", folder.path]).status == 1)
    }

    @Test("--generate-completion-script bash completes every subcommand")
    func completion() throws {
        let result = try ExecutableTests.run(["--generate-completion-script", "bash"])
        #expect(result.status == 0)
        for subcommand in ["check", "metrics", "build", "config", "new", "init"] {
            #expect(result.output.contains(subcommand), "\(subcommand) missing from the completion script")
        }
    }
}
