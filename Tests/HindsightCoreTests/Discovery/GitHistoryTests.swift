import Foundation
import Testing

@testable import HindsightCore

/// When each post-mortem last changed, read from a real temporary git repository.
@Suite("Last changed, from git")
struct GitHistoryTests {
    /// Runs git in `folder` with fixed author and committer dates; returns its output.
    @discardableResult
    static func git(_ arguments: [String], in folder: String, date: String = "2026-03-12T10:00:00+00:00") throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", folder] + arguments
        var environment = ProcessInfo.processInfo.environment
        for (key, value) in [
            ("GIT_AUTHOR_DATE", date), ("GIT_COMMITTER_DATE", date), ("GIT_AUTHOR_NAME", "T"), ("GIT_AUTHOR_EMAIL", "t@example.com"),
            ("GIT_COMMITTER_NAME", "T"), ("GIT_COMMITTER_EMAIL", "t@example.com"), ("GIT_CONFIG_NOSYSTEM", "1"),
        ] {
            environment[key] = value
        }
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// A repository whose `postmortems/` holds `a.md` (committed 12 Mar 2026) and `b.md` (changed again 20 Apr 2026),
    /// and a file outside the folder committed later still.
    static func repository() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try git(["init", "-q", "-b", "main"], in: folder.path)
        try folder.write("postmortems/a.md", Fixtures.validPostMortem)
        try folder.write("postmortems/b.md", Fixtures.validPostMortem.replacingOccurrences(of: "Checkout", with: "Billing"))
        try git(["add", "."], in: folder.path)
        try git(["commit", "-q", "-m", "first"], in: folder.path)
        try folder.write("postmortems/b.md", Fixtures.validPostMortem.replacingOccurrences(of: "Checkout", with: "Ledger"))
        try git(["commit", "-q", "-am", "second"], in: folder.path, date: "2026-04-20T23:30:00-05:00")
        try folder.write("README.md", "outside the input folder")
        try git(["add", "."], in: folder.path)
        try git(["commit", "-q", "-m", "third"], in: folder.path, date: "2026-05-01T10:00:00+00:00")
        return folder
    }

    @Test("one git log gives each file's last commit and its committer date, as the commit says it")
    func lastCommits() throws {
        let repository = try Self.repository()
        let histories = GitHistory.read(folder: repository.path + "/postmortems")
        let first = try Self.git(["rev-list", "-1", "HEAD~2"], in: repository.path)
        let second = try Self.git(["rev-list", "-1", "HEAD~1"], in: repository.path)
        #expect(
            histories == [
                "a.md": FileHistory(date: Day.of("2026-03-12"), commit: first),
                "b.md": FileHistory(date: Day.of("2026-04-20"), commit: second),
            ])
    }

    @Test("an edited or untracked file says it has uncommitted changes")
    func uncommitted() throws {
        let repository = try Self.repository()
        try repository.write("postmortems/a.md", "edited")
        try repository.write("postmortems/new.md", "new")
        let histories = GitHistory.read(folder: repository.path + "/postmortems")
        #expect(histories["a.md"]?.hasUncommittedChanges == true)
        #expect(histories["a.md"]?.date == Day.of("2026-03-12"))
        #expect(histories["new.md"] == FileHistory(date: nil, commit: nil, hasUncommittedChanges: true))
        #expect(histories["b.md"]?.hasUncommittedChanges == false)
        #expect(SiteModel.lastChangedText(histories["a.md"] ?? FileHistory())?.hasPrefix("Uncommitted changes since 12 Mar 2026 (") == true)
        #expect(SiteModel.lastChangedText(histories["new.md"] ?? FileHistory()) == "Uncommitted changes")
    }

    /// Names git C-quotes without `-z` (a quote, a backslash, a tab, a newline), and a space and é.
    static let awkwardNames = ["quote\"d.md", "back\\slash.md", "sp ace.md", "caf\u{E9}.md", "tab\tbed.md", "new\nline.md"]

    @Test("a file named with a quote, a backslash, a space, é, a tab or a newline gets its date, and its edit is seen")
    func awkwardFileNames() throws {
        let repository = try TemporaryFolder()
        try Self.git(["init", "-q", "-b", "main"], in: repository.path)
        // The folder's own name needs quoting too: its path below the top is matched against status's paths.
        let folder = "post \"mortems\"\nhere"
        for name in Self.awkwardNames { try repository.write(folder + "/" + name, name) }
        try Self.git(["add", "."], in: repository.path)
        try Self.git(["commit", "-q", "-m", "first"], in: repository.path)
        let commit = try Self.git(["rev-list", "-1", "HEAD"], in: repository.path)
        let histories = GitHistory.read(folder: repository.path + "/" + folder)
        #expect(Set(histories.keys) == Set(Self.awkwardNames))
        for name in Self.awkwardNames {
            #expect(histories[name] == FileHistory(date: Day.of("2026-03-12"), commit: commit), "\(name)")
        }
        for name in Self.awkwardNames { try repository.write(folder + "/" + name, "edited") }
        try repository.write(folder + "/new \"\\\n\u{E9}.md", "untracked")
        let edited = GitHistory.read(folder: repository.path + "/" + folder)
        #expect(Set(edited.keys) == Set(Self.awkwardNames + ["new \"\\\n\u{E9}.md"]))
        #expect(edited.values.allSatisfy { $0.hasUncommittedChanges })
        #expect(edited["new \"\\\n\u{E9}.md"]?.date == nil)
        #expect(edited["sp ace.md"]?.date == Day.of("2026-03-12"))
    }

    @Test("git log -z output splits into commits and names, whatever the names hold")
    func logRecords() {
        let output = Array("\0abc 2026-03-12 p\0\nnew\nline.md\0\na.md\0\0def 2026-03-11 \0\0ghi 2026-03-10 \0\nb.md\0".utf8)
        let records = GitHistory.logRecords(output)
        #expect(records.map(\.header) == ["abc 2026-03-12 p", "def 2026-03-11 ", "ghi 2026-03-10 "])
        // Only the first name's leading newline is git's separator; the second's is its own.
        #expect(records.map(\.names) == [["new\nline.md", "\na.md"], [], ["b.md"]])
    }

    @Test("outside a repository nothing is known")
    func notARepository() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.md", "x")
        #expect(GitHistory.read(folder: folder.path).isEmpty)
    }

    @Test("in a shallow clone a file last changed at the clone's boundary has no date, one changed after it has")
    func shallowClone() throws {
        let repository = try Self.repository()
        let clone = try TemporaryFolder()
        try Self.git(["clone", "-q", "--depth", "2", "file://" + repository.path, clone.path + "/c"], in: clone.path)
        let histories = GitHistory.read(folder: clone.path + "/c/postmortems")
        // The boundary is the second commit (b.md's change); a.md's last change lies beyond it.
        #expect(histories["a.md"] == nil || histories["a.md"]?.date == nil)
        #expect(histories["b.md"]?.date == nil)
        let deeper = try TemporaryFolder()
        try Self.git(["clone", "-q", "--depth", "3", "file://" + repository.path, deeper.path + "/c"], in: deeper.path)
        #expect(GitHistory.read(folder: deeper.path + "/c/postmortems")["b.md"]?.date == Day.of("2026-04-20"))
    }

    @Test("the build shows the last change on the incident page and in incidents.json, and --no-git leaves both out")
    func build() throws {
        let repository = try Self.repository()
        let commit = try Self.git(["rev-list", "-1", "HEAD~2"], in: repository.path)
        for reads in [true, false] {
            var command = BuildCommand(
                inputs: [repository.path + "/postmortems"], output: repository.path + "/site-\(reads)", site: SiteFixture.options(),
                showsElapsedTime: false)
            command.readsGitHistory = reads
            _ = command.run()
            let page = try String(contentsOfFile: repository.path + "/site-\(reads)/incidents/a/index.html", encoding: .utf8)
            let json = try String(contentsOfFile: repository.path + "/site-\(reads)/incidents.json", encoding: .utf8)
            let line = "<p class=\"last-changed muted\">Last changed 12 Mar 2026 in \(commit.prefix(7))</p>"
            #expect(page.contains(line) == reads)
            #expect(json.contains("\"commit\" : \"\(commit)\"") == reads || json.contains("\"commit\": \"\(commit)\"") == reads)
            #expect(
                json.contains("\"lastChanged\"")
                    && (reads || json.contains("\"lastChanged\" : null") || json.contains("\"lastChanged\": null")))
        }
    }

    @Test("a repository that configures a filter command never has it run: status is not asked and no date is given")
    func filterCommandNeverRuns() throws {
        let repository = try Self.repository()
        let marker = repository.path + "/filter-ran"
        try repository.write(".gitattributes", "*.md filter=probe\n")
        try Self.git(["config", "filter.probe.clean", "touch '\(marker)'; cat"], in: repository.path)
        // Stale stat data (a new modification time) makes `git status` re-read the file through the filter.
        try repository.write("postmortems/a.md", Fixtures.validPostMortem)
        #expect(GitHistory.read(folder: repository.path + "/postmortems").isEmpty)
        #expect(!FileManager.default.fileExists(atPath: marker))
    }

    @Test(
        "git runs without GIT_DIR, GIT_WORK_TREE or GIT_INDEX_FILE from the environment (a build run from a hook), which would override the folder"
    )
    func gitEnvironmentIgnored() {
        let environment = GitHistory.environment([
            "GIT_DIR": "/elsewhere/.git", "GIT_WORK_TREE": "/elsewhere", "GIT_INDEX_FILE": "/elsewhere/index", "PATH": "/usr/bin",
        ])
        #expect(environment == ["PATH": "/usr/bin", "GIT_TERMINAL_PROMPT": "0", "GIT_OPTIONAL_LOCKS": "0", "LC_ALL": "C"])
    }
}
