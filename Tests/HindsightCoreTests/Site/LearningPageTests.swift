import Foundation
import Testing

@testable import HindsightCore

/// The Learning page and the learning facts of incident pages, on the sample corpus and its register.
@Suite("Learning page")
struct LearningPageTests {
    static func site(register: Bool) throws -> [String: String] {
        var configuration = Configuration()
        if register {
            configuration.incidents = Fixtures.packageRoot + "/incident-register.csv"
            configuration.readRegister()
        }
        let paths = try FileDiscovery.markdownFiles(in: Fixtures.packageRoot + "/postmortems")
        let corpus = Corpus.load(paths: paths, parser: PostMortemParser(rendersHTML: true))
        let diagnostics = corpus.diagnostics(validator: Validator(context: configuration.validation))
        let files = try SiteBuilder(theme: Theme(), options: configuration.siteOptions(asOf: SiteFixture.asOf)).build(
            postMortems: corpus.postMortems, diagnostics: diagnostics)
        return Dictionary(files.map { ($0.path, String(decoding: $0.contents, as: UTF8.self)) }, uniquingKeysWith: { first, _ in first })
    }

    @Test("with the sample register: coverage and the two missing post-mortems, each with its register line")
    func coverage() throws {
        let page = try #require(try Self.site(register: true)["learning/index.html"])
        #expect(
            page.contains("<strong>5 of 7 incidents that needed a post-mortem have one (71%), out of 9 incidents in the register</strong>"))
        #expect(
            page.contains(
                "<tr><th scope=\"row\">INC-2025-044</th><td data-label=\"Date\">30 Jul 2025</td><td data-label=\"Title\">Search autocomplete slow, then timing out</td><td data-label=\"Why one is due\">performance degradation</td><td data-label=\"Register\">line 4</td></tr>"
            ))
        #expect(
            page.contains(
                "<tr><th scope=\"row\">INC-2026-061</th><td data-label=\"Date\">8 Jul 2026</td><td data-label=\"Title\">Orders page blank for &quot;guest&quot; checkouts</td><td data-label=\"Why one is due\">P0</td><td data-label=\"Register\">line 8</td></tr>"
            ))
        #expect(page.contains("<li><a href=\"../learning/index.html\" aria-current=\"page\">Learning</a></li>"))
    }

    @Test("without a register: the page says how to give one; loops and the completeness trend are there")
    func noRegister() throws {
        let page = try #require(try Self.site(register: false)["learning/index.html"])
        #expect(page.contains("No incident register given: build with <code>--incidents FILE</code>"))
        #expect(
            page.contains(
                "<tr><th scope=\"row\">production bug → automated check</th><td class=\"num\" data-label=\"Incidents\">5</td><td class=\"num\" data-label=\"With the improvement\">5</td><td class=\"num\" data-label=\"Share\">100%</td></tr>"
            ))
        #expect(
            page.contains(
                "<tr><th scope=\"row\">2026-Q3</th><td class=\"num\" data-label=\"Post-mortems\">3</td><td class=\"num\" data-label=\"Median score\">100</td><td class=\"num\" data-label=\"Lowest\">100</td></tr>"
            ))
    }

    @Test("incident pages show the kind (inferred ones marked), the score, and each item's type")
    func incidentPage() throws {
        let site = try Self.site(register: false)
        let written = try #require(site["incidents/2025-02-11-auth-signing-key-rotation-outage/index.html"])
        #expect(written.contains("<div><dt>Kind</dt><dd>deployment failure</dd></div>"))
        #expect(written.contains("<div><dt>Completeness</dt><dd>100/100</dd></div>"))
        #expect(written.contains("due 28 Feb 2025 · <span class=\"action-type\">deployment process</span>"))
        let inferred = try #require(site["incidents/2025-06-03-inventory-pool-exhaustion-after-deploy/index.html"])
        #expect(
            inferred.contains(
                "<div><dt>Kind</dt><dd>deployment failure <span class=\"muted\">(inferred from tag &#39;deploy&#39;)</span></dd></div>"))
    }
}
