import Foundation
import Testing

@testable import HindsightCore

/// Rendered HTML compared byte for byte with files in `Fixtures/golden/`.
/// After an intended change, regenerate them with
/// `HINDSIGHT_UPDATE_GOLDEN=1 swift test --filter GoldenPageTests` and review the diff.
@Suite("Golden pages")
struct GoldenPageTests {
    static let pages = [
        ("incidents/checkout-pool/index.html", "incident.html"),
        ("actions/index.html", "actions.html"),
        ("feed.xml", "feed.xml"),
    ]

    @Test("pages of a one-incident site match their golden files", arguments: pages)
    func golden(page: String, golden: String) throws {
        let site = try SiteFixture.build(["checkout-pool.md": Fixtures.validPostMortem])
        let actual = try #require(site[page])
        let goldenPath = Fixtures.packageRoot + "/Tests/HindsightCoreTests/Fixtures/golden/" + golden
        if ProcessInfo.processInfo.environment["HINDSIGHT_UPDATE_GOLDEN"] == "1" {
            try actual.write(toFile: goldenPath, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOfFile: goldenPath, encoding: .utf8)
        #expect(actual == expected, "\(page) differs from Fixtures/golden/\(golden)")
    }
}
