import Testing

@testable import HindsightCore

/// The five-incident fixture site: four files with diagnostics, one clean (the webhook certificate expiry).
@Suite("The Problems page")
struct ProblemsPageTests {
    @Test("the Problems page names each file below its input folder, never by the build machine's path")
    func relativePaths() throws {
        let folder = try TemporaryFolder()
        try folder.write("reviews/2024/broken.md", Fixtures.validPostMortem.replacingOccurrences(of: "**Date**: 2024-03-05\n", with: ""))
        let files = try Corpus.discover([folder.path + "/reviews"])
        let corpus = Corpus.load(files, parser: PostMortemParser(rendersHTML: true))
        let site = try SiteBuilder(theme: try Theme(), options: SiteFixture.options())
            .build(postMortems: corpus.postMortems, diagnostics: corpus.diagnostics())
        let page = String(decoding: try #require(site.first { $0.path == "problems/index.html" }).contents, as: UTF8.self)
        #expect(page.contains(">2024/broken.md<"))
        #expect(!page.contains(folder.path))
    }

    @Test("problems/index.html lists the files with diagnostics, most errors first, linked to each page's diagnostics")
    func listed() throws {
        let page = try #require(SiteFixtureCorpus.site["problems/index.html"])
        #expect(page.contains(#"<p class="lede">4 files with 5 errors and 6 warnings, most errors first."#))
        let order = [
            #"search-relevance-regression/index.html#diagnostics-heading">2026-11-20-search-relevance-regression.md</a> <span class="muted">2 errors, 3 warnings</span>"#,
            #"billing-pool-starvation/index.html#diagnostics-heading">2026-09-02-billing-pool-starvation.md</a> <span class="muted">2 errors, 1 warning</span>"#,
            #"postgres-failover-drill/index.html#diagnostics-heading">2026-11-02-postgres-failover-drill.md</a> <span class="muted">1 error, 1 warning</span>"#,
            #"checkout-pool-exhaustion/index.html#diagnostics-heading">2026-08-10-checkout-pool-exhaustion.md</a> <span class="muted">0 errors, 1 warning</span>"#,
        ].map { page.range(of: $0)?.lowerBound }
        #expect(order.allSatisfy { $0 != nil })
        #expect(order.compactMap { $0 } == order.compactMap { $0 }.sorted())
        #expect(!page.contains("webhook-certificate-expiry"))
        #expect(
            page.contains(
                "<strong>error</strong> unknown severity &#39;High&#39;; use one of P0, P1, P2, P3, P4, or map it to one in hindsight.yml (<code>severity: {aliases: {High: P1}}</code>) <a class=\"rule-link\" href=\"../rules/index.html#unknown-severity\"><code>unknown-severity</code></a>"
            ))
        // Three messages a file, then a count of the rest.
        #expect(page.contains(#"<p class="muted">and 2 more</p>"#))
    }

    @Test("an incident card carries a badge for its file's errors, else its warnings, linked to them; a clean card has none")
    func badge() throws {
        let overview = try #require(SiteFixtureCorpus.site["index.html"])
        #expect(
            overview.contains(
                #" · <a class="flag problem-error" href="incidents/2026-09-02-billing-pool-starvation/index.html#diagnostics-heading">2 errors</a></div>"#
            ))
        #expect(
            overview.contains(
                #"<a class="flag problem-warning" href="incidents/2026-08-10-checkout-pool-exhaustion/index.html#diagnostics-heading">1 warning</a>"#
            ))
        #expect(!overview.contains(#"2026-10-05-webhook-certificate-expiry/index.html#diagnostics-heading"#))
    }

    @Test("every page's footer links to the Problems page")
    func footer() throws {
        #expect(try #require(SiteFixtureCorpus.site["trends/index.html"]).contains(#"<a href="../problems/index.html">Problems</a></p>"#))
        #expect(
            try #require(SiteFixtureCorpus.site["incidents/2026-10-05-webhook-certificate-expiry/index.html"]).contains(
                #"<a href="../../problems/index.html">Problems</a></p>"#))
    }
}
