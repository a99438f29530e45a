import Foundation
import Testing

@testable import HindsightCore

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite("The site")
struct SiteBuilderTests {
    @Test("every page type is written, at its stable URL")
    func pages() {
        let paths = Set(SiteFixture.sample.map(\.path))
        for expected in [
            "index.html", "incidents/index.html", "trends/index.html", "actions/index.html", "lessons/index.html",
            "feed.xml", "metrics.json", "incidents.json", "assets/search/docs.js", "assets/search/x-0.js", "search/index.html",
            "assets/site.css", "assets/site.js",
            "sitemap.xml", "404.html", "incidents/2026-09-22-search-cluster-heap-oom/index.html",
            "tags/config-change/index.html", "services/checkout/index.html",
        ] {
            #expect(paths.contains(expected), "missing \(expected)")
        }
    }

    @Test("every internal link and anchor resolves")
    func linksResolve() {
        let files = Dictionary(uniqueKeysWithValues: SiteFixture.sample.map { ($0.path, String(decoding: $0.contents, as: UTF8.self)) })
        var broken: [String] = []
        for (path, html) in files where path.hasSuffix(".html") && path != "404.html" {
            let ids = Set(HTMLScan.attributeValues("id", in: html))
            for link in HTMLScan.attributeValues("href", in: html) + HTMLScan.attributeValues("src", in: html) {
                guard let (target, fragment) = HTMLScan.resolve(link, from: path) else { continue }
                guard let targetHTML = files[target] else {
                    broken.append("\(path): \(link) → \(target) missing")
                    continue
                }
                if let fragment, !fragment.isEmpty {
                    let targetIDs = target == path ? ids : Set(HTMLScan.attributeValues("id", in: targetHTML))
                    if !targetIDs.contains(fragment) { broken.append("\(path): \(link) → #\(fragment) missing") }
                }
            }
        }
        #expect(broken == [])
    }

    @Test("pages have no external requests, inline scripts, event handlers or data: URLs")
    func strictCSP() {
        for file in SiteFixture.sample where file.path.hasSuffix(".html") && file.path != "404.html" {
            let html = String(decoding: file.contents, as: UTF8.self)
            let scripts = html.components(separatedBy: "<script").dropFirst()
            #expect(scripts.allSatisfy { $0.hasPrefix(" src=\"") }, "inline script in \(file.path)")
            #expect(html.range(of: #"\son[a-z]+\s*="#, options: .regularExpression) == nil, "event handler in \(file.path)")
            #expect(!html.contains("data:"), "data: URL in \(file.path)")
            #expect(!html.contains(" style=\""), "style attribute in \(file.path)")
            let external =
                HTMLScan.attributeValues("src", in: html) + HTMLScan.attributeValues("href", in: html).filter { $0.hasSuffix(".css") }
            #expect(external.allSatisfy { !$0.contains("://") }, "external resource in \(file.path)")
        }
    }

    @Test("incident pages carry the stable anchors")
    func anchors() throws {
        let page = try #require(SiteFixture.sample.first { $0.path == "incidents/2024-03-05-checkout-db-pool-exhaustion/index.html" })
        let ids = Set(HTMLScan.attributeValues("id", in: String(decoding: page.contents, as: UTF8.self)))
        for id in [
            "timeline", "root-cause", "impact", "lessons", "actions", "timeline-1", "timeline-5", "action-1", "action-2", "action-pool-cap",
        ] {
            #expect(ids.contains(id), "missing #\(id)")
        }
    }

    @Test("the same input, theme and as-of date give byte-identical output")
    func deterministic() throws {
        let files = try Corpus.discover([Fixtures.packageRoot + "/postmortems"])
        let corpus = Corpus.load(files.reversed(), parser: PostMortemParser(rendersHTML: true))
        let again = try SiteBuilder(theme: try Theme(), options: SiteFixture.options(baseURL: "https://incidents.example.com/team/"))
            .build(postMortems: corpus.postMortems, diagnostics: corpus.diagnostics())
        #expect(again == SiteFixture.sample)
    }

    @Test("drafts are published only when asked")
    func drafts() throws {
        let draft = Fixtures.validPostMortem.replacingOccurrences(of: "**Severity**: P1", with: "**Severity**: P1\n**Status**: draft")
        #expect(try SiteFixture.build(["draft.md": draft])["incidents/draft/index.html"] == nil)
        #expect(try SiteFixture.build(["draft.md": draft], options: SiteFixture.options(drafts: true))["incidents/draft/index.html"] != nil)
    }

    @Test("aliases write redirect pages at the old URLs")
    func aliases() throws {
        let renamed = Fixtures.validPostMortem.replacingOccurrences(
            of: "**Severity**: P1", with: "**Severity**: P1\n**Aliases**: old-name, older-name")
        let site = try SiteFixture.build(["new-name.md": renamed])
        let redirect = try #require(site["incidents/old-name/index.html"])
        #expect(redirect.contains(#"<meta http-equiv="refresh" content="0; url=../../incidents/new-name/index.html">"#))
        #expect(site["incidents/older-name/index.html"] != nil)
    }

    @Test("files with errors are published with their diagnostics")
    func diagnosticsOnPage() throws {
        let broken = Fixtures.validPostMortem.replacingOccurrences(of: "**Severity**: P1", with: "**Severity**: P9")
        let page = try #require(try SiteFixture.build(["broken.md": broken])["incidents/broken/index.html"])
        #expect(
            page.contains("unknown severity &#39;P9&#39;") || page.contains("unknown severity &#x27;P9&#x27;")
                || page.contains("unknown severity 'P9'"))
        #expect(page.contains("<code>unknown-severity</code>"))
    }
}

@Suite("The site's exports")
struct SiteExportTests {
    @Test("metrics.json is exactly what `hindsight metrics --format json` prints")
    func metricsJSONMatchesTheCommand() throws {
        let site = try #require(SiteFixture.sample.first { $0.path == "metrics.json" })
        let command = MetricsCommand(
            inputs: [Fixtures.packageRoot + "/postmortems"], format: .json,
            options: MetricsOptions(asOf: SiteFixture.asOf)
        ).run()
        #expect(String(decoding: site.contents, as: UTF8.self) == command.standardOutput)
    }

    @Test("incidents.json carries every published incident with its anchors")
    func incidentsJSON() throws {
        let file = try #require(SiteFixture.sample.first { $0.path == "incidents.json" })
        let json = try #require(try JSONSerialization.jsonObject(with: Data(file.contents)) as? [String: Any])
        #expect(json["schemaVersion"] as? Int == 1)
        let incidents = try #require(json["incidents"] as? [[String: Any]])
        #expect(incidents.count == 21)  // the draft is not published
        let actions = incidents.flatMap { $0["actionItems"] as? [[String: Any]] ?? [] }
        #expect(actions.contains { $0["anchor"] as? String == "action-pool-cap" })
    }

    @Test("a table timeline and action table are shown as the tables written, rows carrying the anchors, with no second list")
    func tables() throws {
        let page = try #require(SiteFixture.sample.first { $0.path == "incidents/2026-04-14-api-gateway-route-table-rollback/index.html" })
        let html = String(decoding: page.contents, as: UTF8.self)
        #expect(!html.contains("class=\"timeline-entry") && !html.contains("class=\"action-list"))
        #expect(
            HTMLScan.attributeValues("id", in: html).filter { $0.hasPrefix("timeline-") || $0.hasPrefix("action-") } == [
                "timeline-1", "timeline-2", "timeline-3", "timeline-4", "timeline-5", "timeline-6", "action-1", "action-2",
            ])
        #expect(html.contains("<tr id=\"action-1\"><td>Exit non-zero when a push stops before the whole fleet</td><td>@edge-team</td>"))
    }

    @Test("the feed is Atom, newest first, with absolute links under --base-url")
    func feed() throws {
        let file = try #require(SiteFixture.sample.first { $0.path == "feed.xml" })
        let xml = String(decoding: file.contents, as: UTF8.self)
        #expect(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">"))
        let links = HTMLScan.attributeValues("href", in: xml).filter { $0.contains("/incidents/") }
        #expect(links.first == "https://incidents.example.com/team/incidents/2026-09-22-search-cluster-heap-oom/")
        #expect(links.allSatisfy { $0.hasPrefix("https://incidents.example.com/team/") })
        #expect(xml.contains(#"<link rel="self" type="application/atom+xml" href="https://incidents.example.com/team/feed.xml"/>"#))
        _ = try XMLDocument(data: Data(file.contents))
    }
}

/// Defects found in review of the site, pinned.
@Suite("Site regressions")
struct SiteRegressionTests {
    @Test("a repeat incident's page says what it repeats")
    func repeatCallout() throws {
        let page = try #require(SiteFixture.sample.first { $0.path == "incidents/2026-02-10-payments-webhook-mtls-cert-expiry/index.html" })
        let html = String(decoding: page.contents, as: UTF8.self)
        #expect(html.contains("This incident has happened before"))
        #expect(html.contains("../../incidents/2025-12-30-cdn-tls-certificate-expiry/index.html"))
    }

    @Test("page links name index.html, so the site works from file://")
    func fileURLs() {
        for file in SiteFixture.sample where file.path.hasSuffix(".html") && file.path != "404.html" {
            let html = String(decoding: file.contents, as: UTF8.self)
            let folderLinks = (HTMLScan.attributeValues("href", in: html) + HTMLScan.attributeValues("action", in: html))
                .filter { !$0.contains("://") && !$0.hasPrefix("#") && ($0.hasSuffix("/") || $0.contains("/#")) }
            #expect(folderLinks.isEmpty, "\(file.path): \(folderLinks.prefix(3))")
        }
    }

    @Test("ticket URLs are links; an explicit ID is the anchor the copy-link gives")
    func ticketsAndIDs() throws {
        let markdown = Fixtures.validPostMortem.replacingOccurrences(
            of: "Ticket: OPS-412.", with: "Ticket: https://tracker.example.com/browse/OPS-412.")
        let page = try #require(try SiteFixture.build(["a.md": markdown])["incidents/a/index.html"])
        #expect(page.contains(#"<a href="https://tracker.example.com/browse/OPS-412" rel="noopener">OPS-412</a>"#))
        #expect(page.contains(##"<a class="anchor-link" href="#action-pool-check""##))
        #expect(page.contains(#"id="action-2""#))
    }

    @Test("the last 90 days are compared with the 90 days before")
    func comparison() throws {
        let overview = String(decoding: try #require(SiteFixture.sample.first { $0.path == "index.html" }).contents, as: UTF8.self)
        #expect(overview.contains("<span class=\"figure-note\">90 days before: 0</span>"))
    }

    @Test("charts run to the as-of date")
    func chartsReachAsOf() throws {
        let overview = try #require(SiteFixture.sample.first { $0.path == "index.html" })
        #expect(String(decoding: overview.contents, as: UTF8.self).contains("<td>Nov 2026</td>"))
    }
}

@Suite("Links between post-mortems")
struct PostMortemLinkTests {
    @Test(
        "links to other post-mortem files point at their pages",
        arguments: [
            ("other.md", "../other/index.html"), ("2024/other.md#action-2", "../other/index.html#action-2"),
            ("../postmortems/my%20file.md", "../my%20file/index.html"), ("https://x.example/a.md", nil), ("notes.txt", nil),
            ("#timeline", nil),
        ])
    func rewrite(target: String, expected: String?) {
        #expect(PostMortemLinks.pageLink(for: target) == expected)
    }
}
