import Foundation
import Testing
import Yams

@testable import HindsightCore

/// The commands in the CI files `hindsight init` writes, run here with bash on a
/// git repository holding the sample corpus (postmortems/), as CI would run them
/// after checking out a pull request. Only the runner's own steps (checkout, cache,
/// upload, deploy) are not run.
@Suite("The CI recipes' commands")
struct CIRecipeTests {
    let folder: TemporaryFolder
    var repository: String { folder.path + "/repo" }

    /// A repository with the sample corpus and init's files on `main`, pushed to a
    /// local `origin`, and a branch `change` that edits one post-mortem with `edit`.
    init() throws {
        folder = try TemporaryFolder()
        try FileManager.default.copyItem(atPath: Fixtures.packageRoot + "/postmortems", toPath: repository + "/postmortems")
        _ = InitCommand(directory: repository).run()
        // The sample corpus has init's example already, in postmortems/2024/.
        try FileManager.default.removeItem(atPath: repository + "/" + ExamplePostMortem.path)
        try shell(
            """
            git init -q -b main . && git add -A && git -c user.name=t -c user.email=t@example.com commit -qm corpus
            git init -q --bare ../origin.git && git remote add origin ../origin.git && git push -q origin main && git fetch -q origin
            git checkout -q -b change
            """)
    }

    /// Runs `script` with bash in the repository, `hindsight` on the PATH; its status and output.
    @discardableResult
    func shell(_ script: String, environment: [String: String] = [:]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-e", "-c", script]
        process.currentDirectoryURL = URL(fileURLWithPath: repository)
        var variables = ProcessInfo.processInfo.environment
        let binary = try #require(ExecutableTests.binary)
        variables["PATH"] = binary.deletingLastPathComponent().path + ":" + (variables["PATH"] ?? "/usr/bin:/bin")
        process.environment = variables.merging(environment) { $1 }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Commits an edit of the sample post-mortem on the branch.
    func change(_ from: String, to: String) throws {
        let path = repository + "/postmortems/2025-06-14-kafka-broker-disk-full.md"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try #require(text.contains(from))
        try Data(text.replacingOccurrences(of: from, with: to).utf8).write(to: URL(fileURLWithPath: path))
        try shell("git -c user.name=t -c user.email=t@example.com commit -qam change")
    }

    func yaml(_ path: String) throws -> [String: Any] {
        try #require(try Yams.load(yaml: String(contentsOfFile: repository + "/" + path, encoding: .utf8)) as? [String: Any])
    }

    /// The `run:` of the GitHub step with this name, with the expressions CI would fill in.
    func githubStep(_ job: String, _ name: String) throws -> String {
        let steps = try #require(
            ((try yaml(CIWorkflows.githubPath)["jobs"] as? [String: Any])?[job] as? [String: Any])?["steps"] as? [[String: Any]])
        let run = try #require(steps.first { $0["name"] as? String == name }?["run"] as? String)
        return run.replacingOccurrences(of: "${{ github.base_ref }}", with: "main")
            .replacingOccurrences(of: "${{ steps.pages.outputs.base_url }}", with: "https://example.github.io/incidents")
    }

    /// A GitLab job's script, one command a line as GitLab runs them.
    func gitlabScript(_ job: String) throws -> String {
        try #require(((try yaml(CIWorkflows.gitlabPath)[job] as? [String: Any])?["script"] as? [String])).joined(separator: "\n")
    }

    static let gitlabEnvironment = ["CI_MERGE_REQUEST_TARGET_BRANCH_NAME": "main", "CI_PAGES_URL": "https://example.gitlab.io/incidents"]

    @Test("a pull request with a clean change passes both checks")
    func cleanChangePasses() throws {
        try change("## 4. Lessons Learned", to: "## 4. Lessons learned")
        let github = try shell(githubStep("check", "Check the changed post-mortems"))
        #expect(github.status == 0)
        #expect(github.output == "checked 1 file: 0 errors, 0 warnings\n")
        #expect(try shell(gitlabScript("check"), environment: Self.gitlabEnvironment).status == 0)
    }

    @Test("a pull request with an error fails with an annotation on the changed file, and SARIF and Code Quality report it")
    func errorIsAnnotated() throws {
        try change("**Date**: 2025-06-14", to: "**Date**: 2025-06-31")
        let github = try shell(githubStep("check", "Check the changed post-mortems"))
        #expect(github.status != 0)
        #expect(github.output.hasPrefix("::error file=postmortems/2025-06-14-kafka-broker-disk-full.md,line=3,col=11"))

        #expect(try shell(githubStep("check", "Check every post-mortem for code scanning (SARIF)")).status == 0)
        let sarif = try String(contentsOfFile: repository + "/hindsight.sarif", encoding: .utf8)
        #expect(sarif.contains("\"ruleId\" : \"invalid-date\"") || sarif.contains("\"ruleId\": \"invalid-date\""))

        let gitlab = try shell(gitlabScript("check"), environment: Self.gitlabEnvironment)
        #expect(gitlab.status != 0)
        let report = try JSONSerialization.jsonObject(
            with: Data(contentsOf: URL(fileURLWithPath: repository + "/gl-code-quality-report.json")))
        let issues = try #require(report as? [[String: Any]])
        #expect(issues.map { $0["check_name"] as? String } == ["invalid-date"])
        #expect(((issues.first?["location"] as? [String: Any])?["path"] as? String) == "postmortems/2025-06-14-kafka-broker-disk-full.md")
    }

    @Test("main builds the site for GitHub Pages and GitLab Pages")
    func publishBuilds() throws {
        #expect(try shell(githubStep("publish", "Build the site")).status == 0)
        #expect(FileManager.default.fileExists(atPath: repository + "/_site/sitemap.xml"))
        #expect(try shell(gitlabScript("pages"), environment: Self.gitlabEnvironment).status == 0)
        #expect(FileManager.default.fileExists(atPath: repository + "/public/index.html"))
    }
}
