import Foundation
import Testing

@testable import HindsightCore

/// `hindsight fix --diff`: the shortest edit script, found without a table of N·M.
@Suite("Unified diff")
struct UnifiedDiffTests {
    /// Each golden input's diff against its fixed form (`HINDSIGHT_UPDATE_GOLDEN=1` rewrites the .diff files).
    @Test("the diff of each golden file against its fixed form is the one its .diff file holds", arguments: FixCommandTests.goldenInputs)
    func goldenDiffs(name: String) throws {
        let (old, new, base) = try Self.golden(name)
        let folder = FixCommandTests.fixFolder
        let diff = UnifiedDiff.lines(from: old, to: new, path: name)
        if ProcessInfo.processInfo.environment["HINDSIGHT_UPDATE_GOLDEN"] == "1" {
            try diff.write(toFile: folder + "/" + base + ".diff", atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOfFile: folder + "/" + base + ".diff", encoding: .utf8)
        #expect(diff == expected)
    }

    @Test("each golden file's diff applies with git apply and gives its fixed form", arguments: FixCommandTests.goldenInputs)
    func goldenDiffsApply(name: String) throws {
        let (old, new, _) = try Self.golden(name)
        #expect(try Self.applied(UnifiedDiff.lines(from: old, to: new, path: name), to: old, name: name) == new)
    }

    @Test("a file's last line, with or without its newline, is counted as diff counts it and the diff applies")
    func lastLines() throws {
        // A text ending in a newline has no empty line after it: two lines, not three.
        #expect(UnifiedDiff.fileLines("a\nb\n") == ["a\n", "b\n"])
        #expect(UnifiedDiff.fileLines("a\nb") == ["a\n", "b"])
        #expect(UnifiedDiff.fileLines("").isEmpty)
        #expect(UnifiedDiff.lines(from: "a\nb\n", to: "a\nc\n", path: "a.md") == "--- a/a.md\n+++ b/a.md\n@@ -1,2 +1,2 @@\n a\n-b\n+c\n")
        #expect(
            UnifiedDiff.lines(from: "a\nb", to: "a\nb\n", path: "a.md")
                == "--- a/a.md\n+++ b/a.md\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n")
        // Every pair of short texts over a few lines, each with and without a newline at its end.
        var generator = SplitMix64(state: 11)
        for _ in 0..<40 {
            func text() -> String {
                let lines = (0..<Int(generator.next() % 6)).map { _ in ["x", "y", "", "z z"][Int(generator.next() % 4)] }
                let joined = lines.joined(separator: "\n")
                return generator.next() % 2 == 0 || joined.isEmpty ? joined + (lines.isEmpty ? "" : "\n") : joined
            }
            let (old, new) = (text(), text())
            let diff = UnifiedDiff.lines(from: old, to: new, path: "a.md")
            if old == new {
                #expect(diff.isEmpty)
            } else {
                #expect(try Self.applied(diff, to: old, name: "a.md") == new, "\(old.debugDescription) → \(new.debugDescription):\n\(diff)")
            }
        }
    }

    /// A golden input, its fixed form and the name they share without `.md`.
    static func golden(_ name: String) throws -> (old: String, new: String, base: String) {
        let folder = FixCommandTests.fixFolder
        let base = String(name.dropLast(".md".count))
        let old = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
        return (old, try String(contentsOfFile: folder + "/" + base + ".fixed", encoding: .utf8), base)
    }

    /// `old` written as `name` in a temporary folder and `diff` applied to it by `git apply`, which refuses a hunk whose
    /// counts or context do not match; nil when it refuses.
    static func applied(_ diff: String, to old: String, name: String) throws -> String? {
        let folder = try TemporaryFolder()
        try folder.write(name, old)
        try folder.write("change.diff", diff)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "apply", "--unsafe-paths", "change.diff"]
        process.currentDirectoryURL = URL(fileURLWithPath: folder.path)
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return try String(contentsOfFile: folder.path + "/" + name, encoding: .utf8)
    }

    @Test("two 50,000-line texts with four changes far apart diff to four hunks, without a table of N·M")
    func longTextsFewChanges() {
        // An LCS table for these would hold 2.5 billion entries (20 GB); Myers' diff walks the lines a few times.
        let old = (0..<50_000).map { "line \($0)" }
        var new = old
        new[100] = "changed 100"
        new[25_000] = "changed 25000"
        new.remove(at: 40_000)
        new.insert("inserted", at: 49_990)  // before old line 49991, one removed above
        let diff = UnifiedDiff.lines(from: old.joined(separator: "\n"), to: new.joined(separator: "\n"), path: "long.md")
        let expected = """
            --- a/long.md
            +++ b/long.md
            @@ -98,7 +98,7 @@
             line 97
             line 98
             line 99
            -line 100
            +changed 100
             line 101
             line 102
             line 103
            @@ -24998,7 +24998,7 @@
             line 24997
             line 24998
             line 24999
            -line 25000
            +changed 25000
             line 25001
             line 25002
             line 25003
            @@ -39998,7 +39998,6 @@
             line 39997
             line 39998
             line 39999
            -line 40000
             line 40001
             line 40002
             line 40003
            @@ -49989,6 +49988,7 @@
             line 49988
             line 49989
             line 49990
            +inserted
             line 49991
             line 49992
             line 49993

            """
        #expect(diff == expected)
    }

    @Test("Myers' script turns the old text into the new and keeps as many lines as a longest common subsequence")
    func shortestScript() {
        var generator = SplitMix64(state: 7)
        for _ in 0..<300 {
            // Few distinct lines, so many ways to match them.
            let a = (0..<Int(generator.next() % 30)).map { _ in Substring(["x", "y", "z", ""][Int(generator.next() % 4)]) }
            var b = a
            for _ in 0..<Int(generator.next() % 8) {
                let index = b.isEmpty ? 0 : Int(generator.next() % UInt64(b.count))
                switch generator.next() % 3 {
                case 0: b.insert(["x", "w", ""][Int(generator.next() % 3)], at: index)
                case 1: if !b.isEmpty { b.remove(at: index) }
                default: if !b.isEmpty { b[index] = "w" }
                }
            }
            let script = UnifiedDiff.myersScript(a, b)
            var rebuilt: [Substring] = []
            var kept = 0
            var (old, new) = (0, 0)
            for line in script {
                switch line {
                case .kept(let o, let n):
                    #expect(o == old && n == new && a[o] == b[n])
                    rebuilt.append(b[n])
                    (old, new, kept) = (old + 1, new + 1, kept + 1)
                case .removed(let o):
                    #expect(o == old)
                    old += 1
                case .added(let n):
                    #expect(n == new)
                    rebuilt.append(b[n])
                    new += 1
                }
            }
            #expect(old == a.count && rebuilt == b)
            #expect(kept == Self.longestCommonSubsequence(a, b), "\(a) → \(b)")
        }
    }

    /// The length of a longest common subsequence, by the table (small inputs only).
    static func longestCommonSubsequence(_ a: [Substring], _ b: [Substring]) -> Int {
        var row = [Int](repeating: 0, count: b.count + 1)
        for i in a.indices {
            var diagonal = 0
            for j in b.indices {
                let above = row[j + 1]
                row[j + 1] = a[i] == b[j] ? diagonal + 1 : max(row[j + 1], row[j])
                diagonal = above
            }
        }
        return row[b.count]
    }
}
