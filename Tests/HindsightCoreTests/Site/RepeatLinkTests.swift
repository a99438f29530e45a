import Testing

@testable import HindsightCore

/// An earlier incident with an open follow-up, a later one linked only by `Recurrence Of`
/// (no tag in common, 200 days on), and one linked only by a shared tag.
private func linkedSite() throws -> [String: String] {
    var first = IncidentBuilder(slug: "first", date: "2026-01-05", tags: ["dns"])
    first.actions = [(false, "Ana", "2026-02-01")]
    var marked = IncidentBuilder(slug: "marked", date: "2026-07-24", tags: ["cache"])
    marked.extraFields = ["**Recurrence Of**: first"]
    let tagged = IncidentBuilder(slug: "tagged", date: "2026-08-01", tags: ["cache"])
    return try SiteFixture.build(["first.md": first.markdown, "marked.md": marked.markdown, "tagged.md": tagged.markdown])
}

@Suite("What links a repeat")
struct RepeatLinkTests {
    @Test("the incident page names the shared tags or the Recurrence Of field that make it a repeat")
    func incidentPage() throws {
        let site = try linkedSite()
        #expect(
            try #require(site["incidents/marked/index.html"]).contains(#"<span class="muted">(linked by its Recurrence Of field)</span>"#))
        #expect(try #require(site["incidents/tagged/index.html"]).contains(#"<span class="muted">(linked by shared tag #cache)</span>"#))
    }

    @Test("the overview's callout and the trends page say what links each repeat")
    func overviewAndTrends() throws {
        let site = try linkedSite()
        #expect(
            try #require(site["index.html"]).contains(
                #"<span class="muted">(linked by its Recurrence Of field)</span> with 1 open follow-up."#))
        let trends = try #require(site["trends/index.html"])
        #expect(trends.contains("24 Jul 2026 · linked by its Recurrence Of field</span>"))
        #expect(trends.contains("1 Aug 2026 · linked by shared tag #cache</span>"))
    }
}
