import Testing

@testable import HindsightCore

/// A site of five incidents restored in about 1h 40m between 2026-06-01 and 2026-08-26, and
/// five in about 1h 10m since 2026-08-28 (the last 90 days as of 2026-11-25).
private func comparedSite() throws -> [String: String] {
    var files: [String: String] = [:]
    for (index, minutes) in [100, 101, 102, 103, 104].enumerated() {
        files["old-\(index + 1).md"] = restoredMarkdown("old-\(index + 1)", "2026-07-0\(index + 1)", minutes)
    }
    for (index, minutes) in [70, 71, 72, 73, 74].enumerated() {
        files["new-\(index + 1).md"] = restoredMarkdown("new-\(index + 1)", "2026-10-0\(index + 1)", minutes)
    }
    return try SiteFixture.build(files)
}

private func restoredMarkdown(_ slug: String, _ date: String, _ minutes: Int) -> String {
    IncidentBuilder.restored(slug, date, minutes).markdown
}

@Suite("Period comparison on the site")
struct ComparisonPageTests {
    static let sentence =
        "Restoring faster: median 1h 12m, p90 1h 14m (n=5) in the last 90 days vs median 1h 42m, p90 1h 44m (n=5) the 90 days before"

    @Test("the overview says whether we restore faster, with both medians, p90s and n, and links to the method")
    func overviewSentence() throws {
        let page = try #require(try comparedSite()["index.html"])
        #expect(
            page.contains(
                #"<p class="comparison verdict-faster"><strong>\#(Self.sentence)</strong>. <a href="trends/index.html#comparison">How this is judged</a></p>"#
            ))
    }

    @Test("the trends page has the sentence, every comparison and how it is judged")
    func trendsSection() throws {
        let page = try #require(try comparedSite()["trends/index.html"])
        #expect(page.contains(#"<section id="comparison">"#))
        #expect(page.contains("<strong>\(Self.sentence)</strong>."))
        #expect(page.contains(#"<td class="num" data-label="90% interval of the change">−32m to −28m</td>"#))
        #expect(page.contains("resamples each period's incidents 2000 times"))
    }

    @Test("a 90-day time to restore of fewer than 3 incidents carries the too-few mark")
    func tooFewHeadline() throws {
        let page = try #require(
            try SiteFixture.build([
                "one.md": restoredMarkdown("one", "2026-11-01", 30), "two.md": restoredMarkdown("two", "2026-11-02", 40),
            ])[
                "index.html"])
        #expect(
            page.contains(
                #"<span class="figure-note">p90 40m · 2 incidents · 90 days before: —</span><span class="flag">too few to judge</span>"#))
        #expect(
            page.contains(
                "Too few to judge time to restore: median 35m, p90 40m (n=2) in the last 90 days vs none (n=0) the 90 days before"))
    }
}
