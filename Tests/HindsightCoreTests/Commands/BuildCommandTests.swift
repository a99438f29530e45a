import Foundation
import Testing

@testable import HindsightCore

/// `hindsight build` end to end: where it writes, what it refuses, and that
/// a failed build leaves the previous site as it was.
@Suite("hindsight build")
struct BuildCommandTests {
    let folder: TemporaryFolder
    var input: String { folder.path + "/postmortems" }
    var output: String { folder.path + "/site" }

    init() throws {
        folder = try TemporaryFolder()
        try folder.write("postmortems/checkout-pool.md", Fixtures.validPostMortem)
    }

    func build(output: String? = nil, theme: String? = nil, strict: Bool = false, force: Bool = false) -> CommandOutput {
        BuildCommand(
            inputs: [input], output: output ?? self.output, themeDirectory: theme, site: SiteFixture.options(),
            strict: strict, force: force, showsElapsedTime: false
        ).run()
    }

    @Test("builds, marks the folder and prints a summary")
    func builds() throws {
        let result = build()
        #expect(result.exitCode == ExitCode.success)
        #expect(result.standardOutput == "built \(output): 1 incident, 17 pages (113 files), 0 errors, 0 warnings\n")
        #expect(FileManager.default.fileExists(atPath: output + "/" + SiteWriter.markerName))
        #expect(FileManager.default.fileExists(atPath: output + "/incidents/checkout-pool/index.html"))
        // Sources are named relative to the input folder, wherever the build ran.
        let exported = try String(contentsOfFile: output + "/incidents.json", encoding: .utf8)
        #expect(exported.contains(#""source": "checkout-pool.md","#))
    }

    @Test("rebuilding replaces the site and leaves nothing beside it")
    func rebuild() throws {
        _ = build()
        try folder.write("site/stale.html", "old")
        #expect(build().exitCode == ExitCode.success)
        #expect(!FileManager.default.fileExists(atPath: output + "/stale.html"))
        let siblings = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(siblings == ["postmortems", "site"])
    }

    @Test("refuses a non-empty folder it did not create (exit 2) unless forced")
    func refusesForeignFolder() throws {
        try folder.write("site/precious.txt", "keep me")
        let refused = build()
        #expect(refused.exitCode == ExitCode.usage)
        #expect(refused.standardError.contains("is not empty and was not written by Hindsight"))
        #expect(try String(contentsOfFile: output + "/precious.txt", encoding: .utf8) == "keep me")
        #expect(build(force: true).exitCode == ExitCode.success)
    }

    @Test("never writes over its own input", arguments: ["", "/postmortems"])
    func refusesInput(suffix: String) {
        let result = build(output: folder.path + suffix, force: true)
        #expect(result.exitCode == ExitCode.usage)
        #expect(FileManager.default.fileExists(atPath: input + "/checkout-pool.md"))
    }

    @Test("a failed build leaves the previous site untouched")
    func atomic() throws {
        _ = build()
        let before = try String(contentsOfFile: output + "/index.html", encoding: .utf8)
        try folder.write("theme/incident.mustache", "{{<layout}}{{$content}}{{#broken}}{{/content}}{{/layout}}")
        let failed = build(theme: folder.path + "/theme")
        #expect(failed.exitCode != ExitCode.success)
        #expect(try String(contentsOfFile: output + "/index.html", encoding: .utf8) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["postmortems", "site", "theme"])
    }

    @Test("two files with one slug in two folders: refused (exit 1) before writing, previous site untouched")
    func sameSlugRefused() throws {
        _ = build()
        let before = try String(contentsOfFile: output + "/index.html", encoding: .utf8)
        try folder.write(
            "postmortems/2023/checkout-pool.md", Fixtures.validPostMortem.replacingOccurrences(of: "2024-03-05", with: "2023-03-05"))
        let refused = build()
        #expect(refused.exitCode == ExitCode.findings)
        #expect(
            refused.standardError
                == "error: incidents/checkout-pool/index.html is claimed twice: by \(input)/checkout-pool.md and by \(input)/2023/checkout-pool.md; "
                + "rename one so every output has its own path (see `hindsight check`)\n"
                + "error: not building: 1 output would overwrite another; the previous site was left as it was\n")
        #expect(try String(contentsOfFile: output + "/index.html", encoding: .utf8) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["postmortems", "site"])
    }

    @Test("two files with one alias, ignoring case: refused (exit 1), naming both files")
    func sameAliasRefused() throws {
        let aliased = Fixtures.validPostMortem.replacingOccurrences(of: "**Severity**: P1", with: "**Severity**: P1\n**Aliases**: pool")
        try folder.write("postmortems/checkout-pool.md", aliased)
        try folder.write(
            "postmortems/checkout-pool-again.md",
            aliased.replacingOccurrences(of: "2024-03-05", with: "2024-05-05").replacingOccurrences(of: "pool\n", with: "Pool\n"))
        let refused = build()
        #expect(refused.exitCode == ExitCode.findings)
        #expect(
            refused.standardError
                == "error: incidents/Pool/index.html is claimed twice (as incidents/pool/index.html, the same path ignoring case): "
                + "by alias 'Pool' of \(input)/checkout-pool-again.md and by alias 'pool' of \(input)/checkout-pool.md; "
                + "rename one so every output has its own path (see `hindsight check`)\n"
                + "error: not building: 1 output would overwrite another; the previous site was left as it was\n")
        #expect(!FileManager.default.fileExists(atPath: output))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["postmortems"])
    }

    @Test("a theme overrides the default file by file")
    func themeOverride() throws {
        try folder.write("theme/assets/site.css", "body { color: rebeccapurple }")
        #expect(build(theme: folder.path + "/theme").exitCode == ExitCode.success)
        #expect(try String(contentsOfFile: output + "/assets/site.css", encoding: .utf8) == "body { color: rebeccapurple }")
        #expect(FileManager.default.fileExists(atPath: output + "/assets/site.js"))
    }

    @Test("--strict refuses to build when check --strict would fail")
    func strict() throws {
        try folder.write(
            "postmortems/checkout-pool.md", Fixtures.validPostMortem.replacingOccurrences(of: "The deploy", with: "Human error: the deploy")
        )
        let result = build(strict: true)
        #expect(result.exitCode == ExitCode.findings)
        #expect(!FileManager.default.fileExists(atPath: output))
        // The staging folder made before the files were loaded is removed too.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["postmortems"])
        #expect(build().exitCode == ExitCode.success)
    }
}

@Suite("The default theme")
struct ThemeTests {
    @Test("the copy embedded in the binary equals theme/")
    func embeddedEqualsFolder() {
        let onDisk = Theme.files(under: Fixtures.packageRoot + "/theme")
        let embedded = Theme.embedded()
        #expect(embedded.keys.sorted() == onDisk.keys.sorted())
        for (path, data) in onDisk { #expect(embedded[path] == data, "\(path) differs") }
    }

    @Test("a broken template is reported with its file and line")
    func brokenTemplate() throws {
        let folder = try TemporaryFolder()
        try folder.write("index.mustache", "line one\n{{#open}}never closed\n")
        #expect(throws: Theme.Failure.self) { try Theme(overrideDirectory: folder.path) }
        do {
            _ = try Theme(overrideDirectory: folder.path)
        } catch {
            #expect(error.description.hasPrefix("theme file index.mustache:"))
        }
    }

    @Test("a theme file naming a partial or parent that does not exist is refused with the name, never rendered as nothing")
    func missingPartial() throws {
        #expect(
            Theme.referencedTemplates(in: "é {{> head }} {{{raw}}} {{#list}}{{ <base}}{{/list}}{{!c}}{{>tail}} {{> cut")
                == ["head", "base", "tail"])
        #expect(Theme.referencedTemplates(in: "{{{>x}}} }} {{ > y}}} {{>") == ["y"])
        let folder = try TemporaryFolder()
        try folder.write("index.mustache", "{{> summary-card }}\n")
        do {
            _ = try Theme(overrideDirectory: folder.path)
            Issue.record("a theme using a missing partial was accepted")
        } catch {
            #expect(
                error.description
                    == "theme file index.mustache uses {{>summary-card}} (or {{<summary-card}}), but there is no summary-card.mustache")
        }
    }
}
