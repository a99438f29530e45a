import Foundation
import Testing

@testable import HindsightCore

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// File names are kept by their bytes, and every name that becomes a path
/// passes `check` only if `build` can write it.
@Suite("File names and URL names")
struct FileNameTests {
    let folder: TemporaryFolder
    var input: String { folder.path + "/postmortems" }
    var output: String { folder.path + "/site" }

    init() throws {
        folder = try TemporaryFolder()
    }

    func build(_ inputs: [String]? = nil) -> CommandOutput {
        BuildCommand(inputs: inputs ?? [input], output: output, site: SiteFixture.options(), showsElapsedTime: false).run()
    }

    @Test("café.md in NFC and in NFD are two files and a duplicate-incident error, whatever the directory order")
    func unicodeEquivalentNames() throws {
        let nfc = "caf\u{E9}.md"
        let nfd = "cafe\u{301}.md"
        try folder.write("postmortems/" + nfc, Fixtures.validPostMortem)
        try folder.write("postmortems/" + nfd, Fixtures.validPostMortem.replacingOccurrences(of: "2024-03-05", with: "2024-03-06"))
        let files = try Corpus.discover([input])
        #expect(files.map { Array($0.path.utf8) } == [Array((input + "/" + nfd).utf8), Array((input + "/" + nfc).utf8)])
        let result = CheckCommand(inputs: [input]).run()
        #expect(result.exitCode == ExitCode.findings)
        let duplicates = result.standardOutput.split(separator: "\n").filter { $0.hasSuffix("[duplicate-incident]") }
        #expect(duplicates.count == 2)
        #expect(result.standardOutput.hasSuffix("checked 2 files: 2 errors, 0 warnings\n"))
    }

    @Test("a file named index.html.md fails check and builds without it")
    func reservedFileName() throws {
        try folder.write("postmortems/checkout-pool.md", Fixtures.validPostMortem)
        try folder.write("postmortems/index.html.md", Fixtures.validPostMortem.replacingOccurrences(of: "2024-03-05", with: "2024-03-07"))
        let checked = CheckCommand(inputs: [input]).run()
        #expect(
            checked.standardOutput.contains(
                "index.html.md:1:1: error: the file name 'index.html.md' gives the incident the URL name 'index.html'"))
        let built = build()
        #expect(built.exitCode == ExitCode.success, "\(built.standardError)")
        #expect(
            built.standardOutput
                == "built \(output): 1 incident, 17 pages (113 files), 1 error, 0 warnings, 1 incident not published (file name cannot be a URL: see invalid-name)\n"
        )
        let list = try String(contentsOfFile: output + "/incidents/index.html", encoding: .utf8)
        #expect(list.contains("<html"))
    }

    @Test("an alias index.html, an overlong tag and service fail check, and the site is built without them")
    func reservedAliasAndLongTag() throws {
        let long = String(repeating: "a", count: 256)
        try folder.write(
            "postmortems/checkout-pool.md",
            Fixtures.validPostMortem.replacingOccurrences(
                of: "**Tags**: connection-pool, Database",
                with: "**Tags**: connection-pool, \(long)\n**Aliases**: index.html, ../escape\n**Service**: x"
            ).replacingOccurrences(of: "**Services**: Checkout, Postgres Primary", with: "**Services**: Checkout, \(long)b"))
        let checked = CheckCommand(inputs: [input]).run()
        let names = checked.standardOutput.split(separator: "\n").filter { $0.hasSuffix("[invalid-name]") }
        #expect(names.count == 4, "\(names)")
        let built = build()
        #expect(built.exitCode == ExitCode.success, "\(built.standardError)")
        let files = try FileManager.default.subpathsOfDirectory(atPath: output)
        #expect(files.contains("tags/connection-pool/index.html"))
        #expect(files.contains("services/checkout/index.html"))
        #expect(!files.contains { $0.utf8.count > 220 })
        #expect(!files.contains { $0.hasPrefix("incidents/index.html/") })
    }

    @Test("files named ./..md and ./...md are invalid names, and build leaves incidents/index.html alone")
    func dotNames() throws {
        try folder.write("postmortems/checkout-pool.md", Fixtures.validPostMortem)
        try folder.write("postmortems/..md", Fixtures.validPostMortem.replacingOccurrences(of: "2024-03-05", with: "2024-03-08"))
        try folder.write("postmortems/...md", Fixtures.validPostMortem.replacingOccurrences(of: "2024-03-05", with: "2024-03-09"))
        let named = [input + "/checkout-pool.md", input + "/./..md", input + "/./...md"]
        let checked = CheckCommand(inputs: named).run()
        #expect(checked.standardOutput.contains("'.' names a folder itself or its parent"))
        #expect(checked.standardOutput.contains("'..' names a folder itself or its parent"))
        let built = build(named)
        #expect(built.exitCode == ExitCode.success, "\(built.standardError)")
        #expect(built.standardOutput.contains("2 incidents not published"))
        let list = try String(contentsOfFile: output + "/incidents/index.html", encoding: .utf8)
        #expect(list.contains("All incidents"))
    }

    @Test("an empty input folder is an error naming it, unless --allow-empty")
    func emptyFolder() throws {
        try FileManager.default.createDirectory(atPath: input, withIntermediateDirectories: true)
        let message =
            "error: \(input): no post-mortems (*.md files) found in this folder; check the folder's name, or pass --allow-empty if an empty set of post-mortems is intended\n"
        let checked = CheckCommand(inputs: [input]).run()
        #expect(checked == CommandOutput(standardError: message, exitCode: ExitCode.findings))
        let measured = MetricsCommand(inputs: [input], options: MetricsOptions(asOf: SiteFixture.asOf)).run()
        #expect(measured == CommandOutput(standardError: message, exitCode: ExitCode.findings))
        let built = build()
        #expect(built == CommandOutput(standardError: message, exitCode: ExitCode.findings))
        #expect(!FileManager.default.fileExists(atPath: output))

        var allowed = CheckCommand(inputs: [input])
        allowed.allowsEmpty = true
        #expect(allowed.run().exitCode == ExitCode.success)
        var allowedBuild = BuildCommand(inputs: [input], output: output, site: SiteFixture.options(), showsElapsedTime: false)
        allowedBuild.allowsEmpty = true
        #expect(allowedBuild.run().exitCode == ExitCode.success)
    }
}

/// Invisible characters never reach a page, a feed, an export or a terminal.
@Suite("Invisible characters")
struct InvisibleCharacterTests {
    static let hostile = Fixtures.validPostMortem.replacingOccurrences(
        of: "## Incident: Checkout failures from connection pool exhaustion",
        with: "## Incident: Checkout \u{1B}[2J\u{1B}[31mfailures\u{8}\u{8} from pool\u{FFFE} exhaustion\u{85}")

    @Test("the reader replaces them keeping every byte column, and records each one")
    func replacedInPlace() throws {
        let file = try SourceFileReader.decode(Data("a\u{1B}b\u{85}c\u{FFFE}d\u{10FFFF}e\n\u{7F}".utf8), path: "x.md").get()
        #expect(file.text == "a b  c\u{FFFD}d\u{FFFD} e\n ")
        #expect(file.text.utf8.count == "a\u{1B}b\u{85}c\u{FFFE}d\u{10FFFF}e\n\u{7F}".utf8.count)
        #expect(
            file.invisibleCharacters.map(\.name) == [
                "U+001B (ESC)", "U+0085 (next line)", "U+FFFE (a noncharacter)", "U+10FFFF (a noncharacter)", "U+007F (DEL)",
            ])
        #expect(file.invisibleCharacters.map(\.location.description) == ["1:2", "1:4", "1:7", "1:11", "2:1"])
    }

    @Test("check warns where they were, and its output holds no control character")
    func warned() throws {
        let folder = try TemporaryFolder()
        try folder.write("p/x.md", Self.hostile)
        let output = CheckCommand(inputs: [folder.path + "/p"]).run().standardOutput
        #expect(
            output.hasPrefix(
                "\(folder.path)/p/x.md:1:23: warning: invisible character U+001B (ESC) and 5 more on this line; it is shown as a space (or U+FFFD) on the site and in reports; delete it [control-character]\n"
            ))
        #expect(!output.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }

    @Test("feed.xml stays well-formed XML and pages hold none of them")
    func outputsAreClean() throws {
        let site = try SiteFixture.build(["x.md": Self.hostile])
        let feed = try #require(site["feed.xml"])
        let parser = XMLParser(data: Data(feed.utf8))
        #expect(parser.parse(), "\(String(describing: parser.parserError))")
        for (path, text) in site where path.hasSuffix(".html") || path.hasSuffix(".xml") || path.hasSuffix(".json") {
            let bad = text.unicodeScalars.first { scalar in
                let value = scalar.value
                return (value < 0x20 && value != 0x09 && value != 0x0A) || (0x7F...0x9F).contains(value) || value & 0xFFFE == 0xFFFE
            }
            #expect(bad == nil, "\(path) holds U+\(String(bad?.value ?? 0, radix: 16))")
        }
    }

    @Test("the HTML escaper replaces forbidden characters from any value, such as a folder's name")
    func escaper() {
        #expect(SVG.escape("a\u{1B}<b>\u{FFFF}\u{9B}") == "a\u{FFFD}&lt;b&gt;\u{FFFD}\u{FFFD}")
        #expect(TerminalText.visible("p/\u{1B}[31mred.md\u{9B}") == "p/\\u{1B}[31mred.md\\u{9B}")
    }
}
