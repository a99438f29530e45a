import Foundation
import Testing

@testable import HindsightCore

/// `hindsight fix`: the canonical form, the prose kept, and the files it must not touch.
@Suite("hindsight fix")
struct FixCommandTests {
    static func source(_ path: String) throws -> (SourceFile, Data) {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        return (try SourceFileReader.decode(data, path: path).get(), data)
    }

    @Test("a file in other forms gets canonical stamps, checkboxes and Date, as the golden file has it")
    func golden() throws {
        let path = Fixtures.packageRoot + "/Tests/HindsightCoreTests/Fixtures/fix/2024-05-01-variants.md"
        let (file, data) = try Self.source(path)
        guard case .fixed(let text) = FixCommand().fix(file, storedAs: data) else {
            Issue.record("not fixed")
            return
        }
        let goldenPath = path.replacingOccurrences(of: ".md", with: ".fixed")
        if ProcessInfo.processInfo.environment["HINDSIGHT_UPDATE_GOLDEN"] == "1" {
            try text.write(toFile: goldenPath, atomically: true, encoding: .utf8)
        }
        #expect(text == (try String(contentsOfFile: goldenPath, encoding: .utf8)))
    }

    /// Every Markdown file the tests and the sample corpus hold.
    static let corpus: [String] = {
        let roots = [Fixtures.packageRoot + "/Tests/HindsightCoreTests/Fixtures", Fixtures.packageRoot + "/postmortems"]
        return roots.flatMap { root in
            (FileManager.default.enumerator(atPath: root)?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".md") }.map {
                root + "/" + $0
            }
        }.sorted()
    }()

    /// Words a canonical rewrite may drop: a stamp's meridiem and zone, a date's month name, a checkbox's x.
    static func onlyStampWords(_ removed: Substring) -> Bool {
        let allowed: Set<String> = [
            "am", "pm", "a.m", "p.m", "x", "utc", "gmt", "z", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
            "nov", "dec",
        ]
        let words = removed.split(whereSeparator: { !$0.isLetter && $0 != "." }).map { $0.lowercased().trimmingCharacters(in: ["."]) }
        return words.allSatisfy { $0.isEmpty || allowed.contains($0) || ($0.count <= 4 && $0 == $0.uppercased()) }
    }

    @Test("on every fixture and sample: parse(fix(f)) reads as parse(f), fix is idempotent, and no prose is lost")
    func everyFixture() throws {
        var fixed = 0
        for path in Self.corpus {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            guard case .success(let file) = SourceFileReader.decode(data, path: path),
                case .fixed(let text) = FixCommand().fix(file, storedAs: data)
            else { continue }
            fixed += 1
            let before = PostMortemParser().parse(file)
            let after = PostMortemParser().parse(SourceFile(path: path, text: text))
            #expect(ReadValues(after) == ReadValues(before), "\(path)")
            #expect(FixCommand().fix(SourceFile(path: path, text: text), storedAs: Data(text.utf8)) == .unchanged, "\(path)")
            let old = file.text.split(separator: "\n", omittingEmptySubsequences: false)
            let new = text.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(old.count == new.count, "\(path)")
            for (a, b) in zip(old, new) where a != b {
                let prefix = zip(a, b).prefix(while: { $0 == $1 }).count
                let suffix = zip(a.reversed(), b.reversed()).prefix(while: { $0 == $1 }).count
                // What the rewrite took out of the line: between the common prefix and the common suffix.
                let removed = a.dropFirst(prefix).dropLast(min(suffix, a.count - prefix))
                #expect(Self.onlyStampWords(removed), "\(path): '\(a)' -> '\(b)'")
            }
        }
        #expect(fixed >= 5)
    }

    @Test("fix writes atomically and says what it fixed; --check and --diff write nothing; a file with errors is named and untouched")
    func command() throws {
        let folder = try TemporaryFolder()
        let variants = try String(
            contentsOfFile: Fixtures.packageRoot + "/Tests/HindsightCoreTests/Fixtures/fix/2024-05-01-variants.md", encoding: .utf8)
        try folder.write("2024-05-01-variants.md", variants)
        let broken = variants.replacingOccurrences(of: "**Date**: May 1, 2024", with: "**Date**: May 41, 2024")
        try folder.write("2024-05-02-broken.md", broken.replacingOccurrences(of: "# Incident: Variants", with: "# Incident: Broken"))

        let check = FixCommand(inputs: [folder.path], check: true).run()
        #expect(check.exitCode == 1)
        #expect(check.standardOutput == "would fix \(folder.path)/2024-05-01-variants.md\n")
        #expect(
            check.standardError
                == "\(folder.path)/2024-05-02-broken.md: left untouched: 1 error to fix first (hindsight check)\nwould fix 1 of 2 files, 1 left untouched\n"
        )
        let diff = FixCommand(inputs: [folder.path + "/2024-05-01-variants.md"], diff: true).run()
        #expect(
            diff.standardOutput.hasPrefix(
                "--- \(folder.path)/2024-05-01-variants.md\n+++ \(folder.path)/2024-05-01-variants.md\n@@ -1,13 +1,13 @@\n"))
        #expect(try String(contentsOfFile: folder.path + "/2024-05-01-variants.md", encoding: .utf8) == variants)

        let fix = FixCommand(inputs: [folder.path]).run()
        #expect(fix.standardOutput == "fixed \(folder.path)/2024-05-01-variants.md\n")
        #expect(fix.exitCode == 1)  // the broken file is still left
        #expect(try String(contentsOfFile: folder.path + "/2024-05-02-broken.md", encoding: .utf8).contains("May 41, 2024"))
        let again = FixCommand(inputs: [folder.path + "/2024-05-01-variants.md"], check: true).run()
        #expect(again.exitCode == 0)
        #expect(again.standardError == "would fix 0 of 1 files\n")
    }

    @Test("a file with CRLF line endings is left untouched rather than rewritten with LF")
    func crlf() throws {
        let text = try String(
            contentsOfFile: Fixtures.packageRoot + "/Tests/HindsightCoreTests/Fixtures/fix/2024-05-01-variants.md", encoding: .utf8)
        let data = Data(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)
        let file = try SourceFileReader.decode(data, path: "a.md").get()
        #expect(
            FixCommand().fix(file, storedAs: data)
                == .untouched(reason: "it has CRLF line endings, a byte-order mark or invisible characters; rewriting would change them"))
    }
}
