import Foundation
import Testing

@testable import HindsightCore

/// The build holds each incident's body (sections' HTML, prose) apart from the post-mortems every
/// other page reads, and lets it go once the files that read it are written (docs/performance.md).
@Suite("Incident bodies")
struct IncidentBodyTests {
    /// A file's bytes as `builder` renders it from `model`.
    static func contents(of route: SiteRoute, model: SiteModel, builder: SiteBuilder) throws -> [UInt8] {
        var contents: [UInt8] = []
        try builder.contents(of: route, model: model)({ contents += $0 })
        return contents
    }

    /// Every body, read back.
    static func held(_ bodies: IncidentBodies) -> [IncidentBody] {
        bodies.paths.compactMap { bodies[$0] }
    }

    static func searchFiles(of model: SiteModel) -> [SiteFile] {
        let site = CollectedSite()
        model.searchIndex(into: site)
        return site.files.sorted { $0.path < $1.path }
    }

    @Test("the pages after the incident pages, and the search index, are the same from the post-mortems without their page HTML")
    func laterFilesNeedNoPageHTML() throws {
        let whole = SiteFixtureCorpus.model
        #expect(!whole.bodies.isEmpty)
        #expect(
            whole.incidents.allSatisfy { incident in
                incident.preambleHTML.isEmpty && incident.proseLines.isEmpty && incident.sections.allSatisfy(\.bodyHTML.isEmpty)
            })
        #expect(Self.held(whole.bodies).contains { !$0.sectionHTML.joined().isEmpty })
        let builder = SiteBuilder(theme: try Theme(), options: SiteFixtureCorpus.options)
        let parts = SiteRoutes(whole, theme: builder.theme).parts
        guard case .files(let incidentPages, _)? = parts.first else {
            Issue.record("the route table does not start with the incident pages")
            return
        }
        var released = whole
        released.release(afterRendering: parts[0])
        #expect(Self.held(released.bodies).allSatisfy { $0.sectionHTML.isEmpty && $0.preambleHTML.isEmpty })
        let later = SiteRoutes(whole, theme: builder.theme).routes.dropFirst(incidentPages.count)
        #expect(!later.isEmpty)
        for route in later {
            #expect(
                try Self.contents(of: route, model: released, builder: builder)
                    == Self.contents(of: route, model: whole, builder: builder), "\(route.path)")
        }
        #expect(Self.searchFiles(of: released) == Self.searchFiles(of: whole))
    }

    @Test("a build lets every body go by the end of the render stage and writes the pages it would with them held")
    func renderLetsBodiesGo() throws {
        var model = SiteFixtureCorpus.model
        let builder = SiteBuilder(theme: try Theme(), options: SiteFixtureCorpus.options)
        let site = CollectedSite()
        var clock = StageClock(enabled: false)
        try builder.render(&model, into: site, clock: &clock)
        #expect(model.bodies.isEmpty)
        let whole = SiteFixtureCorpus.model
        let routes = Dictionary(
            SiteRoutes(whole, theme: builder.theme).routes.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        for file in site.files {
            guard let route = routes[file.path] else { continue }
            #expect(try Self.contents(of: route, model: whole, builder: builder) == file.contents, "\(file.path)")
        }
    }

    /// The fixture corpus's model with every body written to a scratch file in `folder`.
    static func spilledModel(in folder: String) throws -> SiteModel {
        let whole = SiteFixtureCorpus.model
        var bodies = IncidentBodies(scratch: try #require(ScratchFile(in: folder)))
        for path in whole.bodies.paths.sorted() { bodies.add(try #require(whole.bodies[path]), at: path) }
        return SiteModel(
            postMortems: whole.incidents.reversed(), diagnostics: whole.diagnosticsByPath.values.flatMap { $0 },
            options: SiteFixtureCorpus.options, bodies: bodies)
    }

    @Test(
        "a body written to the scratch file reads back as it was, its prose also alone",
        arguments: [
            IncidentBody(
                preambleHTML: "<p>Before</p>\n", sectionHTML: ["<p>caf\u{E9} \u{1F525}</p>\n", "", "<ul>\n<li>x</li>\n</ul>\n"],
                prose: "a · b"),
            IncidentBody(preambleHTML: "", sectionHTML: [], prose: ""),
            IncidentBody(preambleHTML: "", sectionHTML: [String(repeating: "é", count: 300)], prose: "only \u{0}prose"),
        ])
    func roundTrip(body: IncidentBody) throws {
        #expect(IncidentBody(record: body.record.bytes) == body)
        let folder = try TemporaryFolder()
        var bodies = IncidentBodies(scratch: try #require(ScratchFile(in: folder.path)))
        bodies.add(IncidentBody(preambleHTML: "<p>first</p>", sectionHTML: ["<p>one</p>"], prose: "first"), at: "a.md")
        bodies.add(body, at: "b.md")
        guard case .spilled? = bodies.entry(at: "b.md") else {
            Issue.record("the body was held, not written to the scratch file")
            return
        }
        #expect(bodies["b.md"] == body)
        #expect(bodies.prose(at: "b.md") == body.prose)
        #expect(bodies.prose(at: "a.md") == "first")
        #expect(bodies.failure == nil)
    }

    @Test("a record cut short, or counting more sections than it has bytes, is no body")
    func truncatedRecord() {
        let record = IncidentBody(preambleHTML: "<p>x</p>", sectionHTML: ["<p>one</p>", "<p>two</p>"], prose: "x").record.bytes
        #expect(IncidentBody(record: Array(record.prefix(3))) == nil)
        #expect(IncidentBody(record: Array(record.prefix(20))) == nil)
        #expect(IncidentBody(record: [0xFF, 0xFF, 0xFF, 0x7F] + record.dropFirst(4)) == nil)
    }

    @Test("the site rendered from bodies in a scratch file is the one rendered from bodies held, and the file is let go at the end")
    func spilledSite() throws {
        let folder = try TemporaryFolder()
        var spilled = try Self.spilledModel(in: folder.path)
        #expect(
            spilled.bodies.paths.allSatisfy { path in
                if case .spilled? = spilled.bodies.entry(at: path) { return true } else { return false }
            })
        var held = SiteFixtureCorpus.model
        let builder = SiteBuilder(theme: try Theme(), options: SiteFixtureCorpus.options)
        let (fromScratch, fromMemory) = (CollectedSite(), CollectedSite())
        var clock = StageClock(enabled: false)
        try builder.render(&spilled, into: fromScratch, clock: &clock)
        try builder.render(&held, into: fromMemory, clock: &clock)
        #expect(fromScratch.files.count == fromMemory.files.count)
        let expected = Dictionary(fromMemory.files.map { ($0.path, $0.contents) }, uniquingKeysWith: { first, _ in first })
        for file in fromScratch.files { #expect(expected[file.path] == file.contents, "\(file.path)") }
        #expect(spilled.bodies.isEmpty && spilled.bodies.scratch == nil && spilled.bodies.failure == nil)
    }

    @Test("a body that cannot be read back fails the build: the previous site is left as it was, and nothing beside it")
    func lostBodyFailsTheBuild() throws {
        let folder = try TemporaryFolder()
        let output = folder.path + "/site"
        let writer = SiteWriter(output: output)
        let previous = try writer.stage()
        try writer.publish(previous)
        let site = try writer.stage()
        var model = try Self.spilledModel(in: site.folder)
        model.bodies.scratch?.truncate(to: 10)
        var pipeline = Pipeline(verbose: false)
        let builder = SiteBuilder(theme: try Theme(), options: SiteFixtureCorpus.options)
        #expect {
            try pipeline.render(&model, with: builder, into: site, writer: writer)
        } throws: { error in
            guard let error = error as? PipelineError else { return false }
            return error.stage == .render && error.reason.contains("cannot read back the build's scratch file")
                && error.reason.hasSuffix("the previous site was left as it was")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["site"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: output) == [SiteWriter.markerName])
    }
}
