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
        #expect(whole.bodies.values.contains { !$0.sectionHTML.joined().isEmpty })
        let builder = SiteBuilder(theme: try Theme(), options: SiteFixtureCorpus.options)
        let parts = SiteRoutes(whole, theme: builder.theme).parts
        guard case .files(let incidentPages, _)? = parts.first else {
            Issue.record("the route table does not start with the incident pages")
            return
        }
        var released = whole
        released.release(afterRendering: parts[0])
        #expect(released.bodies.values.allSatisfy { $0.sectionHTML.isEmpty && $0.preambleHTML.isEmpty })
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
}
