import Foundation
import Testing

@testable import HindsightCore

/// `hindsight new`: a post-mortem from the template that only its author's facts are missing from.
@Suite("hindsight new")
struct NewCommandTests {
    let folder: TemporaryFolder
    static let day = Day(year: 2026, month: 12, day: 2)!

    init() throws {
        folder = try TemporaryFolder()
    }

    func run(_ title: String, severity: String? = nil, configuration: Configuration = Configuration(), slug: String? = nil)
        -> CommandOutput
    {
        var command = NewCommand(title: title, date: Self.day, severity: severity, folder: folder.path + "/postmortems", slug: slug)
        command.configuration = configuration
        return command.run()
    }

    func load(_ path: String, configuration: Configuration = Configuration()) -> Corpus {
        Corpus.load(paths: [path], parser: PostMortemParser(settings: configuration.parsing))
    }

    @Test("writes <date>-<slug>.md in the folder and prints its path")
    func writesAndPrints() throws {
        let output = run("Checkout failures: DB pool!", severity: "P1")
        let path = folder.path + "/postmortems/2026-12-02-checkout-failures-db-pool.md"
        #expect(output == CommandOutput(standardOutput: path + "\n"))
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.hasPrefix("## Incident: Checkout failures: DB pool\\!\n\n**Date**: 2026-12-02\n**Severity**: P1\n**Status**: draft\n"))
    }

    @Test(
        "a fresh file fails check only with placeholder diagnostics, for the default scale and a custom one",
        arguments: [nil, "P2", "SEV-3"])
    func onlyPlaceholders(severity: String?) throws {
        for (name, configuration) in [("default", Configuration()), ("custom", Self.customScale)] {
            let output = run(
                "Fresh \(name) \(severity ?? "none")", severity: severity.map { name == "custom" ? "Major" : $0 },
                configuration: configuration)
            let path = output.standardOutput.trimmingCharacters(in: .newlines)
            let diagnostics = load(path, configuration: configuration).diagnostics(validator: Validator(context: configuration.validation))
            #expect(!diagnostics.isEmpty)
            #expect(diagnostics.filter { $0.rule != .placeholder }.map(\.description) == [])
        }
    }

    @Test("a fresh file has the learning fields Kind and Incident ID, each a placeholder check reports, with an incident register too")
    func learningFields() throws {
        let path = run("Fresh learning fields").standardOutput.trimmingCharacters(in: .newlines)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("\n**Tags**: [TBD]\n**Kind**: [TBD]\n**Incident ID**: [TBD]\n"))
        var configuration = Configuration()
        configuration.incidents = Fixtures.packageRoot + "/incident-register.csv"
        configuration.readRegister()
        let diagnostics = load(path, configuration: configuration).diagnostics(validator: Validator(context: configuration.validation))
            .filter { $0.path == path }
        #expect(diagnostics.filter { $0.rule != .placeholder }.map(\.description) == [])
        #expect(diagnostics.filter { [8, 9].contains($0.location.line) }.map(\.location.description) == ["8:11", "9:18"])
    }

    static let customScale: Configuration = {
        var configuration = Configuration()
        configuration.severity = SeverityScale(
            definitions: [SeverityLevel(id: "SEV1"), SeverityLevel(id: "SEV2"), SeverityLevel(id: "SEV3")], aliases: ["MAJOR": "SEV2"])
        return configuration
    }()

    @Test(
        "title, date and severity read back as given; Markdown in the title stays text",
        arguments: [
            "Checkout failures: DB pool!", "*Not* emphasis, `not code`, [not](a link) & <b>not HTML</b>", "Trailing hashes ##",
            "Incident: doubled prefix", "Backslash \\ and _under_scores_", "Crème brûlée 🍮 outage",
        ])
    func roundTrip(title: String) throws {
        let output = run(title, severity: "SEV1")
        let postMortem = try #require(load(output.standardOutput.trimmingCharacters(in: .newlines)).postMortems.first)
        #expect(postMortem.title?.value == title)
        #expect(postMortem.date == Self.day)
        #expect(postMortem.severity == "P1")
        #expect(postMortem.field("Severity")?.value == "P1")  // the canonical id, not the alias given
    }

    @Test("never overwrites: exit 1, names the file, leaves it as it was; a symbolic link there is not followed")
    func neverOverwrites() throws {
        let path = folder.path + "/postmortems/2026-12-02-db-pool.md"
        try folder.write("postmortems/2026-12-02-db-pool.md", "mine\n")
        let output = run("DB pool")
        #expect(output.exitCode == ExitCode.findings)
        #expect(output.standardError == "error: \(path) already exists; it was left as it was. Edit it, or give another title or --slug\n")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "mine\n")

        let target = folder.path + "/elsewhere.md"
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/postmortems/2026-12-02-linked.md", withDestinationPath: target)
        #expect(run("Linked").exitCode == ExitCode.findings)
        #expect(!FileManager.default.fileExists(atPath: target))
    }

    @Test(
        "the slug is lower-case kebab ASCII, apostrophes joined, cut at a word under 60 characters, and a valid URL name",
        arguments: [
            ("Checkout failures: DB pool!", "checkout-failures-db-pool"),
            ("Crème brûlée — Straße Æsir Øresund", "creme-brulee-strasse-aesir-oresund"),
            ("  --Don't page on-call twice!!  ", "dont-page-on-call-twice"), ("Ünïcödé 2024/03/05 v1.2", "unicode-2024-03-05-v1-2"),
            (
                "A very long title that goes on and on about the many things that went wrong that day",
                "a-very-long-title-that-goes-on-and-on-about-the-many-things"
            ),
            (String(repeating: "x", count: 70), String(repeating: "x", count: 60)), ("数据库 🔥", ""),
        ])
    func slug(title: String, expected: String) {
        let slug = Slug.make(from: title)
        #expect(slug == expected)
        #expect(slug.count <= Slug.maximumLength)
        #expect(slug.isEmpty || URLName.isValid("2026-12-02-" + slug))
    }

    @Test("usage problems exit 2 and write nothing")
    func usageProblems() throws {
        let cases: [(String, String?, String?, String)] = [
            ("  ", nil, nil, "error: the title is empty; give the incident a short, specific title\n"),
            ("Two\nlines", nil, nil, "error: the title contains a line break or another control character; write it on one line\n"),
            (
                "DB pool", "Critical", nil,
                "error: unknown severity 'Critical'; use one of P0, P1, P2, P3, P4, or an alias from hindsight.yml\n"
            ),
            ("数据库", nil, nil, "error: '数据库' has no ASCII letters or digits to name the file after; name it with --slug\n"),
        ]
        for (title, severity, slug, message) in cases {
            let output = run(title, severity: severity, slug: slug)
            #expect(output == CommandOutput(standardError: message, exitCode: ExitCode.usage))
        }
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/postmortems"))
        #expect(run("数据库", slug: "db outage").standardOutput == folder.path + "/postmortems/2026-12-02-db-outage.md\n")
    }
}
