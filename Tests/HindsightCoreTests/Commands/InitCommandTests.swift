import Foundation
import Testing
import Yams

@testable import HindsightCore

/// `hindsight init`: a new site that checks, builds and has CI from the start.
@Suite("hindsight init")
struct InitCommandTests {
    let folder: TemporaryFolder
    var site: String { folder.path + "/site" }

    init() throws {
        folder = try TemporaryFolder()
    }

    /// Every file under `path` and its bytes.
    func snapshot(_ path: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: path)
        while let relative = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path + "/" + relative, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[relative] = try Data(contentsOf: URL(fileURLWithPath: path + "/" + relative))
            }
        }
        return files
    }

    @Test("creates the four files in a new folder, and the result passes check --strict and builds")
    func scaffoldsASiteThatChecksAndBuilds() throws {
        let output = InitCommand(directory: site).run()
        #expect(
            output.standardOutput == """
                created \(site)/postmortems/2024-03-05-checkout-db-pool-exhaustion.md
                created \(site)/hindsight.yml
                created \(site)/.github/workflows/postmortems.yml
                created \(site)/.gitlab-ci.yml
                next: hindsight check --strict && hindsight build, then see docs/ci.md to get hindsight in CI

                """)
        #expect(output.exitCode == ExitCode.success)
        let check = CheckCommand(inputs: [site + "/postmortems"], strict: true).run()
        #expect(check == CommandOutput(standardOutput: "checked 1 file: 0 errors, 0 warnings\n"))
        let build = BuildCommand(
            inputs: [site + "/postmortems"], output: site + "/_site", site: SiteFixture.options(), strict: true, showsElapsedTime: false
        ).run()
        #expect(build == CommandOutput(standardOutput: "built \(site)/_site: 1 incident, 17 pages (117 files), 0 errors, 0 warnings\n"))
    }

    @Test("hindsight.yml loads as the default configuration, and with every key uncommented too")
    func configurationIsTheDefaults() throws {
        _ = InitCommand(directory: site).run()
        let loaded = try ConfigurationLoader.load(path: site + "/hindsight.yml").get()
        #expect(loaded.configuration == Configuration())
        let text = try String(contentsOfFile: site + "/hindsight.yml", encoding: .utf8)
        let headerLines = ConfigurationTemplate.header.split(separator: "\n").count + 1
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.dropFirst(headerLines).allSatisfy { $0.isEmpty || $0.hasPrefix("# ") })
        let uncommented = lines.dropFirst(headerLines).map { $0.dropFirst(2) }.joined(separator: "\n")
        let keys = try #require(try Yams.load(yaml: uncommented) as? [String: Any]).keys.sorted()
        #expect(
            keys == [
                "fix", "followUp", "incidents", "input", "learning", "metrics", "milestones", "recurrence", "rules", "severity", "site",
            ])
        #expect(try ConfigurationLoader.parse(uncommented, path: "hindsight.yml").get().configuration == Configuration())
    }

    @Test("the workflows are YAML and run check with annotations, SARIF or code quality, and build for Pages")
    func workflows() throws {
        _ = InitCommand(directory: site).run()
        func yaml(_ path: String) throws -> [String: Any] {
            try #require(try Yams.load(yaml: String(contentsOfFile: site + "/" + path, encoding: .utf8)) as? [String: Any])
        }
        func commands(_ job: Any?) -> String {
            let steps = ((job as? [String: Any])?["steps"] as? [[String: Any]]) ?? []
            let script = ((job as? [String: Any])?["script"] as? [String]) ?? []
            return (steps.compactMap { $0["run"] as? String } + script).joined(separator: "\n")
        }
        func uses(_ job: Any?) -> [String] {
            (((job as? [String: Any])?["steps"] as? [[String: Any]]) ?? []).compactMap { $0["uses"] as? String }
        }
        let github = try yaml(".github/workflows/postmortems.yml")
        let jobs = try #require(github["jobs"] as? [String: Any])
        #expect(commands(jobs["check"]).contains("xargs -d '\\n' hindsight check --format github < changed.txt"))
        #expect(commands(jobs["check"]).contains("hindsight check --format sarif > hindsight.sarif || test $? -eq 1"))
        #expect(uses(jobs["check"]).contains("github/codeql-action/upload-sarif@v3"))
        #expect(commands(jobs["publish"]).contains("hindsight build --output _site --base-url"))
        #expect(uses(jobs["publish"]).contains("actions/deploy-pages@v4"))
        for job in ["check", "publish"] {
            #expect(commands(jobs[job]).contains("scripts/install.sh \"$HOME/.hindsight\""))
            #expect(uses(jobs[job]).contains("actions/cache@v4"))
        }

        let gitlab = try yaml(".gitlab-ci.yml")
        #expect(commands(gitlab["hindsight"]).contains("scripts/install.sh \"$CI_PROJECT_DIR/.hindsight\""))
        #expect(commands(gitlab["check"]).contains("xargs -d '\\n' hindsight check < changed.txt"))
        #expect(commands(gitlab["check"]).contains("hindsight check --format json > hindsight.json || test $? -eq 1"))
        #expect(commands(gitlab["pages"]).contains("hindsight build --output public --base-url \"$CI_PAGES_URL/\""))
        #expect(((gitlab["pages"] as? [String: Any])?["artifacts"] as? [String: Any])?["paths"] as? [String] == ["public"])
    }

    @Test("running init twice changes nothing and exits 1; an existing file is skipped with a note and left as it was")
    func neverOverwrites() throws {
        _ = InitCommand(directory: site).run()
        let first = try snapshot(site)
        let again = InitCommand(directory: site).run()
        #expect(again.exitCode == ExitCode.findings)
        #expect(again.standardError == "error: every file init writes exists already; nothing was changed\n")
        #expect(
            again.standardOutput.hasPrefix(
                "skipped \(site)/postmortems/2024-03-05-checkout-db-pool-exhaustion.md: it exists, and init never overwrites\n"))
        #expect(try snapshot(site) == first)

        let other = folder.path + "/other"
        try folder.write("other/hindsight.yml", "site: {title: Ours}\n")
        let partial = InitCommand(directory: other).run()
        #expect(partial.exitCode == ExitCode.success)
        #expect(partial.standardOutput.contains("skipped \(other)/hindsight.yml: it exists, and init never overwrites\n"))
        #expect(try String(contentsOfFile: other + "/hindsight.yml", encoding: .utf8) == "site: {title: Ours}\n")
        #expect(FileManager.default.fileExists(atPath: other + "/.gitlab-ci.yml"))
    }
}
