import Foundation
import Testing

@testable import HindsightCore

/// The site grows linearly with its input, whatever the input's shape:
/// doubling the input at most about doubles the site and its largest page.
@Suite("Output bounds")
struct OutputBoundsTests {
    @Test("doubling the input at most 2.2x the site and its largest page", arguments: OutputShapes.Shape.allCases)
    func linear(shape: OutputShapes.Shape) throws {
        let small = try OutputShapes.measure(shape.files(shape.smallCount))
        let large = try OutputShapes.measure(shape.files(shape.smallCount * 2))
        let inputRatio = Double(large.input) / Double(small.input)
        #expect(Double(large.site) / Double(small.site) <= 1.1 * inputRatio, "site \(small.site) → \(large.site) bytes")
        #expect(
            Double(large.largestPage) / Double(small.largestPage) <= 1.1 * inputRatio,
            "largest page \(small.largestPath) \(small.largestPage) → \(large.largestPath) \(large.largestPage) bytes")
    }

    @Test("a file's tags past the limit make no pages, and its page says why")
    func tagsPastTheLimit() throws {
        let site = try SiteFixture.build(OutputShapes.manyTags(60))
        #expect(site["tags/t49/index.html"] != nil)
        #expect(site["tags/t50/index.html"] == nil)
        let page = try #require(site["incidents/many-tags/index.html"])
        #expect(
            page.contains(
                "Tags has 60 values, more than the 50 allowed; the site and the metrics use only the first 50 (through &#39;t49&#39;) and ignore the other 10; keep the 50 that matter most"
            ))
    }

    @Test("an incident card shows 12 chips and links the rest to the incident's page")
    func cardChips() throws {
        let site = try SiteFixture.build(OutputShapes.manyTags(20))
        let tagPage = try #require(site["tags/t0/index.html"])
        #expect(tagPage.components(separatedBy: "class=\"chip tag\"").count - 1 == 12)
        #expect(tagPage.contains("<span class=\"chip more\"><a href=\"../../incidents/many-tags/index.html\">8 more</a></span>"))
        let incidentPage = try #require(site["incidents/many-tags/index.html"])
        #expect(incidentPage.contains("href=\"../../tags/t19/index.html\""))
    }

    @Test("a tag's incidents are paged 100 at a time, newest first, each page linking the others")
    func groupPagesPaged() throws {
        let site = try SiteFixture.build(OutputShapes.oneWindow(203))
        let first = try #require(site["tags/connection-pool/index.html"])
        let last = try #require(site["tags/connection-pool/page-3.html"])
        #expect(site["tags/connection-pool/page-4.html"] == nil)
        #expect(first.components(separatedBy: "<li class=\"incident-card\">").count - 1 == 100)
        #expect(last.components(separatedBy: "<li class=\"incident-card\">").count - 1 == 3)
        #expect(
            first.contains(
                #"<nav class="pagination" aria-label="Pages of this list"><span class="muted">Showing 1–100 of 203.</span><span class="pages"> <span aria-current="page">1</span> <a href="page-2.html">2</a> <a href="page-3.html">3</a></span> <a href="page-2.html" rel="next">Older →</a></nav>"#
            ))
        #expect(last.contains(#"Showing 201–203 of 203.</span> <a href="page-2.html" rel="prev">← Newer</a>"#))
        #expect(last.contains(#"href="../../assets/site.css""#))
    }

    @Test("the incident list is paged 1,000 rows at a time, so no page grows with the corpus")
    func incidentListPaged() throws {
        let model = Pagination.pages(of: 2_500, pageSize: Pagination.incidentRows)
        #expect(model.map(\.range) == [0..<1000, 1000..<2000, 2000..<2500])
        #expect(Pagination.pages(of: 0, pageSize: 1000).map(\.range) == [0..<0])
        #expect(Pagination.path(1, in: "incidents/") == "incidents/index.html")
        #expect(Pagination.path(3, in: "incidents/") == "incidents/page-3.html")
        #expect(URLName.problem(with: "page-2.html") == "a name ending in '.html' is taken for one of the site's pages")
    }

    @Test("an incident page names its 5 nearest repeats each way and counts the rest")
    func incidentPageRepeats() throws {
        let site = try SiteFixture.build(OutputShapes.oneWindow(9))
        let last = try #require(site["incidents/pool-8/index.html"])
        #expect(
            Self.paragraph(after: "It repeats ", in: last)
                == "<a href=\"../../incidents/pool-3/index.html\">pool-3</a>, <a href=\"../../incidents/pool-4/index.html\">pool-4</a>, "
                + "<a href=\"../../incidents/pool-5/index.html\">pool-5</a>, <a href=\"../../incidents/pool-6/index.html\">pool-6</a>, "
                + "<a href=\"../../incidents/pool-7/index.html\">pool-7</a> and <a href=\"../../tags/connection-pool/index.html\">3 more</a> "
                + "<span class=\"muted\">(linked by shared tag #connection-pool)</span>. Were their follow-ups finished?")
        let first = try #require(site["incidents/pool-0/index.html"])
        #expect(
            Self.paragraph(after: "Later incidents repeat this one: ", in: first)
                == "<a href=\"../../incidents/pool-1/index.html\">pool-1</a>, <a href=\"../../incidents/pool-2/index.html\">pool-2</a>, "
                + "<a href=\"../../incidents/pool-3/index.html\">pool-3</a>, <a href=\"../../incidents/pool-4/index.html\">pool-4</a>, "
                + "<a href=\"../../incidents/pool-5/index.html\">pool-5</a> and <a href=\"../../tags/connection-pool/index.html\">3 more</a>."
        )
    }

    @Test("an incident page shows 100 diagnostics and links the rest to incidents.json")
    func diagnosticsBounded() throws {
        let site = try SiteFixture.build(OutputShapes.copies(103))
        let page = try #require(site["incidents/copy-0/index.html"])
        #expect(page.components(separatedBy: "<li class=\"diagnostic ").count - 1 == 100)
        #expect(page.contains("<p class=\"muted\">And <a href=\"../../incidents.json\">2 more, in incidents.json</a>.</p>"))
    }

    @Test("the board's by-team table shows 100 teams and No team, and links the other teams to metrics.json")
    func teamsBounded() throws {
        var files: [String: String] = [:]
        for index in 0..<103 {
            let team = "@acme/team-" + String(format: "%03d", index)
            var incident = IncidentBuilder(slug: "team-\(index)", date: "2026-06-01")
            incident.actions = [(false, team, "2026-12-31")]
            files["team-\(index).md"] = incident.markdown
        }
        var person = IncidentBuilder(slug: "person", date: "2026-06-01")
        person.actions = [(false, "Ana", "2026-12-31")]
        files["person.md"] = person.markdown
        let site = try SiteFixture.build(files)
        let board = try #require(site["actions/index.html"])
        let begin = try #require(board.range(of: "<section id=\"by-team\">"))
        let end = try #require(board[begin.upperBound...].range(of: "</section>"))
        let section = board[begin.upperBound..<end.lowerBound]
        #expect(section.components(separatedBy: "<tr><td>@acme/team-").count - 1 == 100)
        #expect(section.contains("<tr><td>@acme/team-099</td>"))
        #expect(section.contains("<tr><td>No team</td>"))
        #expect(
            section.contains(#"<p class="muted">And <a href="../metrics.json">3 more teams, in metrics.json (byTeam)</a>.</p>"#))
        #expect(try #require(site["metrics.json"]).contains(#""@acme/team-102""#))
    }

    /// The rest of the paragraph that starts with `start`.
    static func paragraph(after start: String, in html: String) -> String {
        guard let begin = html.range(of: start), let end = html[begin.upperBound...].range(of: "</p>") else { return "" }
        return String(html[begin.upperBound..<end.lowerBound])
    }
}

@Suite("Strip chart")
struct StripChartTests {
    @Test("equal durations are drawn once per jitter slot, not once per incident")
    func equalDurationsShareDots() {
        let chart = StripChart(categories: ["P2"], categoryClasses: ["sev-2"], values: [Array(repeating: 60, count: 500) + [120]])
        let svg = chart.svg(id: "strip", title: "Strip", description: "Strip")
        #expect(svg.components(separatedBy: "<circle ").count - 1 == 12)
    }
}

@Suite("Text shown away from its page")
struct ExcerptTests {
    @Test("a long title is cut to 200 characters on other pages and shown whole on its own")
    func longTitle() throws {
        let long = String(repeating: "pool ", count: 1000)
        var files = OutputShapes.oneWindow(2)
        files["pool-0.md"] = files["pool-0.md"]?.replacingOccurrences(of: "## Incident: pool-0", with: "## Incident: " + long)
        let site = try SiteFixture.build(files)
        let own = try #require(site["incidents/pool-0/index.html"])
        #expect(own.contains("<h1>" + long.trimmingCharacters(in: .whitespaces) + "</h1>"))
        let other = try #require(site["incidents/pool-1/index.html"])
        #expect(other.contains(">" + String(long.prefix(199)) + "…</a>"))
        #expect(!other.contains(String(long.prefix(201))))
    }
}
