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

    static let fixFolder = Fixtures.packageRoot + "/Tests/HindsightCoreTests/Fixtures/fix"

    /// Each variation's input (`*.md`); a name containing `front-matter-style` is fixed with `fix: fields: frontMatter`.
    static let goldenInputs: [String] =
        ((try? FileManager.default.contentsOfDirectory(atPath: fixFolder)) ?? []).filter { $0.hasSuffix(".md") }.sorted()

    static func command(for name: String) -> FixCommand {
        var command = FixCommand()
        if name.contains("front-matter-style") { command.configuration.fix.fields = .frontMatter }
        return command
    }

    @Test("each variation is rewritten as its golden file has it, with the notes its .notes file lists", arguments: goldenInputs)
    func golden(name: String) throws {
        let path = Self.fixFolder + "/" + name
        let (file, data) = try Self.source(path)
        guard case .fixed(let text, let notes) = Self.command(for: name).fix(file, storedAs: data) else {
            Issue.record("\(name) not fixed")
            return
        }
        let noted = notes.map { "\($0.line): \($0.message)\n" }.joined()
        let goldenPath = path.replacingOccurrences(of: ".md", with: ".fixed")
        let notesPath = path.replacingOccurrences(of: ".md", with: ".notes")
        if ProcessInfo.processInfo.environment["HINDSIGHT_UPDATE_GOLDEN"] == "1" {
            try text.write(toFile: goldenPath, atomically: true, encoding: .utf8)
            if noted.isEmpty {
                try? FileManager.default.removeItem(atPath: notesPath)
            } else {
                try noted.write(toFile: notesPath, atomically: true, encoding: .utf8)
            }
        }
        #expect(text == (try String(contentsOfFile: goldenPath, encoding: .utf8)))
        #expect(noted == ((try? String(contentsOfFile: notesPath, encoding: .utf8)) ?? ""))
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
                "--- \(folder.path)/2024-05-01-variants.md\n+++ \(folder.path)/2024-05-01-variants.md\n@@ -1,31 +1,31 @@\n # Incident: Variants\n \n-**Date**: May 1, 2024\n+**Date**: 2024-05-01\n"
            ))
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

    @Test("a diff of a rewrite that adds and removes lines keeps the common lines and counts each side")
    func diffWithMovedLines() {
        let old = "---\ndate: 2024-05-02\n---\n# Incident: A\n\nText.\n"
        let new = "# Incident: A\n\n**Date**: 2024-05-02\n\nText.\n"
        #expect(
            UnifiedDiff.lines(from: old, to: new, path: "a.md")
                == "--- a/a.md\n+++ b/a.md\n@@ -1,6 +1,5 @@\n----\n-date: 2024-05-02\n----\n # Incident: A\n+\n+**Date**: 2024-05-02\n \n Text.\n"
        )
    }

    @Test("fix: fields: is read from hindsight.yml, checked like every key, and printed by hindsight config")
    func fieldStyleConfiguration() throws {
        let loaded = try ConfigurationLoader.parse("fix:\n  fields: frontMatter\n", path: "hindsight.yml").get()
        #expect(loaded.configuration.fix.fields == .frontMatter)
        #expect(ConfigurationPrinter.yaml(loaded).contains("fix:\n  fields: frontMatter  # hindsight.yml:2\n"))
        #expect(ConfigurationPrinter.yaml(LoadedConfiguration()).contains("fix:\n  fields: bold  # default\n"))
        func errors(_ yaml: String) -> [String] {
            guard case .failure(.invalid(let diagnostics)) = ConfigurationLoader.parse(yaml, path: "hindsight.yml") else { return [] }
            return diagnostics.map(\.description)
        }
        #expect(
            errors("fix:\n  fields: frontmatter\n")
                == [
                    "hindsight.yml:2:11: error: 'fix.fields' must be bold or frontMatter, not 'frontmatter'; did you mean 'frontMatter'? [config]"
                ])
        #expect(
            errors("fix:\n  feilds: bold\n") == ["hindsight.yml:2:3: error: unknown key 'feilds' in 'fix'; did you mean 'fields'? [config]"]
        )
    }

    @Test("with fix: fields: frontMatter a bold file's fields move into front matter")
    func frontMatterStyleFromConfiguration() throws {
        let path = Self.fixFolder + "/2024-05-03-front-matter-style.md"
        let (file, data) = try Self.source(path)
        guard case .fixed(let text, _) = Self.command(for: "front-matter-style").fix(file, storedAs: data) else {
            Issue.record("not fixed")
            return
        }
        #expect(text.hasPrefix("---\ndate: 2024-05-03\nseverity: P2\nservices: search\nincident_id: INC-2024-053\n---\n\n# Incident:"))
    }
}
