import Testing

@testable import HindsightCore

/// The titles of the cards in an incident page's "Related incidents" section, in order.
private func relatedTitles(in html: String) -> [String] {
    guard let start = html.range(of: #"<section class="report-section" id="related">"#) else { return [] }
    let rest = html[start.upperBound...]
    let section = rest.range(of: "</section>").map { rest[..<$0.lowerBound] } ?? rest
    return section.components(separatedBy: #"<a class="incident-card-title" href=""#).dropFirst().compactMap { card in
        card.split(separator: ">", maxSplits: 1).last?.split(separator: "<", maxSplits: 1).first.map(String.init)
    }
}

@Suite("Related incidents on incident pages")
struct RelatedIncidentTests {
    @Test("incidents sharing more tags come first, then the nearest in time; an incident without shared tags has none")
    func rankedBySharedTagsThenDistance() throws {
        let near = IncidentBuilder(slug: "near", date: "2026-03-20", tags: ["dns"])
        let both = IncidentBuilder(slug: "both", date: "2026-01-01", tags: ["dns", "cache"])
        let far = IncidentBuilder(slug: "far", date: "2026-06-01", tags: ["cache"])
        let alone = IncidentBuilder(slug: "alone", date: "2026-03-02", tags: ["tls"])
        let subject = IncidentBuilder(slug: "subject", date: "2026-03-01", tags: ["dns", "cache"])
        let site = try SiteFixture.build(
            Dictionary(uniqueKeysWithValues: [near, both, far, alone, subject].map { ("\($0.slug).md", $0.markdown) }))
        #expect(relatedTitles(in: try #require(site["incidents/subject/index.html"])) == ["both", "near", "far"])
        #expect(relatedTitles(in: try #require(site["incidents/far/index.html"])) == ["subject", "both"])
        let lonely = try #require(site["incidents/alone/index.html"])
        #expect(!lonely.contains(#"id="related""#))
    }

    @Test("of many incidents sharing a tag, the eight nearest in time are shown, earlier first on a tie")
    func nearestEight() throws {
        // One incident every two days in March; the subject sits in the middle, on the 15th.
        let days = stride(from: 1, through: 29, by: 2).map { $0 < 10 ? "0\($0)" : "\($0)" }
        let builders = days.map { IncidentBuilder(slug: "march-\($0)", date: "2026-03-\($0)", tags: ["dns"]) }
        let site = try SiteFixture.build(Dictionary(uniqueKeysWithValues: builders.map { ("\($0.slug).md", $0.markdown) }))
        #expect(
            relatedTitles(in: try #require(site["incidents/march-15/index.html"]))
                == ["march-13", "march-17", "march-11", "march-19", "march-09", "march-21", "march-07", "march-23"])
    }
}
