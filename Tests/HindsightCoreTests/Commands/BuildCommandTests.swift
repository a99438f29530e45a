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
        #expect(result.standardOutput == "built \(output): 1 incident, 10 pages (17 files), 0 errors, 0 warnings\n")
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
}
