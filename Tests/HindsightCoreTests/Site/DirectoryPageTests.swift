import Testing

@testable import HindsightCore

/// Two incidents: one tagged dns and cache on checkout, one tagged dns on billing, with two owners.
private func twoIncidents() throws -> [String: String] {
    var first = IncidentBuilder.restored("first", "2026-10-01", 60)
    first.tags = ["dns", "cache"]
    first.services = ["checkout"]
    first.actions = [(true, "Ana", "2026-10-10"), (false, "Bo", "2026-10-20")]
    var second = IncidentBuilder.restored("second", "2026-10-08", 120)
    second.tags = ["dns"]
    second.services = ["billing"]
    return try SiteFixture.build(["first.md": first.markdown, "second.md": second.markdown])
}

@Suite("Tag, service and owner directories")
struct DirectoryPageTests {
    @Test("tags/index.html lists every tag A to Z with its counts, each linked to its page")
    func tags() throws {
        let page = try #require(try twoIncidents()["tags/index.html"])
        #expect(page.contains(#"<p class="lede">2 tags, A to Z, each with its incidents&#39; figures."#))
        #expect(
            page.contains(
                #"<tbody><tr><th scope="row"><a href="../tags/cache/index.html">#cache</a></th><td class="num" data-label="Incidents">1</td><td class="num" data-label="Repeats">0</td><td class="num" data-label="Median time to restore" data-value="60.0">1h</td><td class="num" data-label="Action items done" data-value="1/2">50%</td><td class="num" data-label="Overdue">1</td></tr>"#
                    + #"<tr><th scope="row"><a href="../tags/dns/index.html">#dns</a></th><td class="num" data-label="Incidents">2</td><td class="num" data-label="Repeats">1</td>"#
            ))
    }

    @Test("services/index.html and owners/index.html list every service and owner")
    func servicesAndOwners() throws {
        let site = try twoIncidents()
        let services = try #require(site["services/index.html"])
        #expect(services.contains(#"<a href="../services/billing/index.html">billing</a>"#))
        #expect(services.contains(#"<a href="../services/checkout/index.html">checkout</a>"#))
        let owners = try #require(site["owners/index.html"])
        #expect(
            owners.contains(
                #"<tr><th scope="row">Ana</th><td class="num" data-label="Items">1</td><td class="num" data-label="Done">1</td><td class="num" data-label="Open">0</td><td class="num" data-label="Overdue">0</td><td class="num" data-label="Completion" data-value="1/1">100%</td></tr>"#
            ))
    }

    @Test("the incident list, the action board and every tag and service page link to the directories")
    func linked() throws {
        let site = try twoIncidents()
        let list = try #require(site["incidents/index.html"])
        #expect(
            list.contains(
                #"Browse by <a href="../tags/index.html">tag</a>, <a href="../services/index.html">service</a> or <a href="../owners/index.html">owner</a>."#
            ))
        #expect(try #require(site["tags/dns/index.html"]).contains(#"/ <a href="../../tags/index.html">Tags</a></nav>"#))
        #expect(try #require(site["services/billing/index.html"]).contains(#"/ <a href="../../services/index.html">Services</a></nav>"#))
        #expect(try #require(site["actions/index.html"]).contains(#"<a href="../owners/index.html">all owners</a>"#))
    }

    @Test("a directory longer than a page is split into numbered pages")
    func paginated() throws {
        let builders = (0...SiteModel.directoryRows).map { index in
            var builder = IncidentBuilder(slug: "i\(index)", date: "2026-10-01")
            builder.tags = ["t\(String(index).leftPadded(to: 4))"]
            return builder
        }
        let site = try SiteFixture.build(Dictionary(uniqueKeysWithValues: builders.map { ("\($0.slug).md", $0.markdown) }))
        let first = try #require(site["tags/index.html"])
        #expect(first.components(separatedBy: #"<tr><th scope="row">"#).count - 1 == SiteModel.directoryRows)
        let second = try #require(site["tags/page-2.html"])
        #expect(second.contains(#"<a href="../tags/t0500/index.html">#t0500</a>"#))
        #expect(site["tags/page-3.html"] == nil)
    }
}
