import Testing

@testable import HindsightCore

/// Counts of one, empty periods and very old items read as plain English, and every flag says what it means.
@Suite("Small and empty states")
struct SmallStateTests {
    /// Two incidents a week apart sharing a tag (one repeat), one follow-up, one lesson.
    private func oneOfEach() throws -> [String: String] {
        var first = IncidentBuilder(slug: "first", date: "2026-10-01", tags: ["dns"])
        first.actions = [(false, "Ana", "2026-12-01")]
        let second = IncidentBuilder(slug: "second", date: "2026-10-08", tags: ["dns"])
        return try SiteFixture.build([
            "first.md": first.markdown + "\n### Lessons Learned\n\n-   Caches lie.\n", "second.md": second.markdown,
        ])
    }

    @Test("a count of one is singular on the trends, lessons, actions and overview pages")
    func singular() throws {
        let site = try oneOfEach()
        #expect(
            try #require(site["trends/index.html"]).contains(
                "<p>Repeats: 1 incident (50%), each sharing a tag with an incident at most 90 days earlier or marked as a recurrence.</p>"))
        #expect(try #require(site["lessons/index.html"]).contains(#"<p class="lede">1 lesson from our post-mortems"#))
        #expect(try #require(site["actions/index.html"]).contains(#"<p class="lede">0% of 1 follow-up is done."#))
        let overview = try #require(site["index.html"])
        #expect(overview.contains(#"<span class="figure-value">1</span><span class="figure-label">repeat incident</span>"#))
        #expect(!overview.contains("1</span><span class=\"figure-label\">incidents</span>"))
    }

    @Test("an item overdue for months says since when, not thousands of days")
    func overdueSince() {
        #expect(SiteModel.overdueText(days: 12, due: .of("2026-11-13")) == "12 days overdue")
        #expect(SiteModel.overdueText(days: 1, due: .of("2026-11-24")) == "1 day overdue")
        #expect(SiteModel.overdueText(days: 120, due: .of("2026-07-28")) == "overdue since 28 Jul 2026 (4 months)")
        #expect(SiteModel.overdueText(days: 3570, due: .of("2017-03-12")) == "overdue since 12 Mar 2017 (9 years)")
    }

    @Test("a due period shows as written with the day it is read as; a day in any form shows as the day")
    func duePeriod() {
        #expect(SiteModel.dueText(.of("2024-09-30"), written: "2024-Q3") == "2024-Q3 (30 Sep 2024)")
        #expect(SiteModel.dueText(.of("2024-06-30"), written: "end of June 2024") == "end of June 2024 (30 Jun 2024)")
        #expect(SiteModel.dueText(.of("2024-06-14"), written: "June 14, 2024") == "14 Jun 2024")
    }

    @Test("the past-SLO flag links to the action board's definition, which gives the days for each severity")
    func sloDefined() throws {
        var old = IncidentBuilder(slug: "old", date: "2026-01-05", severity: "P1")
        old.actions = [(false, "Ana", "2027-06-01")]
        let site = try SiteFixture.build(["old.md": old.markdown])
        let flag =
            #"<a class="flag" href="../../actions/index.html#slo" title="open more than 30 days after its P1 incident (the follow-up SLO)">past follow-up SLO</a>"#
        #expect(try #require(site["incidents/old/index.html"]).contains(flag))
        let board = try #require(site["actions/index.html"])
        #expect(board.contains(#"href="../actions/index.html#slo" title="open more than 30 days after its P1 incident"#))
        #expect(board.contains(#"<section id="slo">"#))
        #expect(
            board.contains(
                "whatever its own due date says: P0 30 days, P1 30 days, P2 60 days, P3 60 days, P4 60 days; any other or no severity 60 days."
            ))
    }

    @Test("an overview whose last 90 days are empty says so in a sentence instead of five empty cards")
    func emptyRecentPeriod() throws {
        let site = try SiteFixture.build(["old.md": IncidentBuilder(slug: "old", date: "2025-01-05").markdown])
        let overview = try #require(site["index.html"])
        #expect(overview.contains(#"<p class="empty">No incidents in these 90 days; the 90 days before had 0 incidents.</p>"#))
        #expect(overview.components(separatedBy: #"<div class="figures">"#).count == 2)
    }

    @Test("a site without dated incidents never titles a chart 'last 0 months'")
    func noMonths() throws {
        let site = try SiteFixture.build(["undated.md": IncidentBuilder(slug: "undated", date: nil).markdown])
        let overview = try #require(site["index.html"])
        #expect(!overview.contains("last 0 months"))
        #expect(overview.contains(#"<p class="chart-note">No dated incidents yet.</p>"#))
    }

    @Test("on-page diagnostics show code spans as escaped <code>, whatever the number of backticks")
    func diagnosticCode() throws {
        let site = try SiteFixture.build(["bare.md": IncidentBuilder(slug: "bare", date: "2026-10-01").markdown])
        let page = try #require(site["incidents/bare/index.html"])
        #expect(
            page.contains(
                "no action items; list at least one follow-up like <code>-   `[ ]` **Add an alert**: … Owner: Name. Due: 2024-04-01.</code>"
            ))
        #expect(InlineCode.html("add `<b>` and ``a`b`` or `unpaired") == "add <code>&lt;b&gt;</code> and <code>a`b</code> or `unpaired")
    }
}
