import Foundation
import Testing

@testable import HindsightCore

/// Rendered HTML compared byte for byte with files in `Fixtures/golden/`.
/// After an intended change, regenerate them with
/// `HINDSIGHT_UPDATE_GOLDEN=1 swift test --filter GoldenPageTests` and review the diff.
@Suite("Golden pages")
struct GoldenPageTests {
    /// Every page type of the multi-incident fixture site (`SiteFixtureCorpus`).
    static let sitePages = [
        ("index.html", "overview.html"),
        ("incidents/index.html", "incidents.html"),
        ("trends/index.html", "trends.html"),
        ("actions/index.html", "actions.html"),
        ("lessons/index.html", "lessons.html"),
        ("tags/connection-pool/index.html", "tag.html"),
        ("services/checkout/index.html", "service.html"),
        ("tags/index.html", "tags.html"),
        ("owners/index.html", "owners.html"),
        ("problems/index.html", "problems.html"),
        ("404.html", "404.html"),
        ("incidents/2026-08-10-checkout-outage/index.html", "alias-redirect.html"),
        ("search/index.html", "search.html"),
        ("learning/index.html", "learning.html"),
        ("incidents/2026-08-10-checkout-pool-exhaustion/index.html", "incident-repeated.html"),
        ("incidents/2026-09-02-billing-pool-starvation/index.html", "incident-repeat.html"),
        ("incidents/2026-11-02-postgres-failover-drill/index.html", "incident-drill.html"),
        ("incidents/2026-10-05-webhook-certificate-expiry/index.html", "incident-clean.html"),
        ("incidents/2026-11-20-search-relevance-regression/index.html", "incident-diagnostics.html"),
        ("feed.xml", "feed.xml"),
    ]

    @Test("every page type of a five-incident site matches its golden file", arguments: sitePages)
    func siteGolden(page: String, golden: String) throws {
        let actual = try #require(SiteFixtureCorpus.site[page], "the fixture site has no \(page)")
        try Self.compare(actual, toGolden: "site/" + golden, page: page)
    }

    static let pages = [
        ("incidents/checkout-pool/index.html", "incident.html"),
        ("actions/index.html", "actions.html"),
        ("feed.xml", "feed.xml"),
    ]

    @Test("pages of a one-incident site match their golden files", arguments: pages)
    func golden(page: String, golden: String) throws {
        let site = try SiteFixture.build(["checkout-pool.md": Fixtures.validPostMortem])
        let actual = try #require(site[page])
        try Self.compare(actual, toGolden: golden, page: page)
    }

    /// Compares `actual` with `Fixtures/golden/<golden>`; with `HINDSIGHT_UPDATE_GOLDEN=1`, writes it there first.
    static func compare(_ actual: String, toGolden golden: String, page: String) throws {
        let goldenPath = Fixtures.packageRoot + "/Tests/HindsightCoreTests/Fixtures/golden/" + golden
        if ProcessInfo.processInfo.environment["HINDSIGHT_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(
                atPath: (goldenPath as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try actual.write(toFile: goldenPath, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOfFile: goldenPath, encoding: .utf8)
        #expect(actual == expected, "\(page) differs from Fixtures/golden/\(golden)")
    }
}
