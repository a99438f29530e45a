import Foundation
import Testing

@testable import HindsightCore

/// How `hindsight serve` answers a request, without the network.
@Suite("Serve: answering requests")
struct ServeResponderTests {
    static let state: ServeState = {
        ServeState(
            site: try! LiveSiteTests.liveSample(), generation: 7,
            problems: ["postmortems/a.md:3:1: error: missing field Date [missing-field]"])
    }()

    static func get(_ target: String, method: String = "GET") -> ServeResponse {
        ServeResponder.respond(method: method, target: target, to: state)
    }

    static func text(_ response: ServeResponse) -> String { String(decoding: response.body, as: UTF8.self) }

    @Test("a folder URL serves its index.html; a folder without its / is redirected to it")
    func folders() {
        let built = SiteFixture.sample.first { $0.path == "incidents/index.html" }!
        let page = Self.get("/incidents/")
        #expect(page.status == 200)
        #expect(Self.text(page).hasPrefix(String(decoding: built.contents.prefix(200), as: UTF8.self)))
        #expect(Self.get("/").status == 200)
        let redirect = Self.get("/incidents?page=2")
        #expect(redirect.status == 301)
        #expect(redirect.location == "/incidents/")
    }

    @Test(
        "each file gets its content type",
        arguments: [
            ("/", "text/html; charset=utf-8"), ("/assets/site.css", "text/css; charset=utf-8"),
            ("/assets/site.js", "text/javascript; charset=utf-8"),
            ("/metrics.json", "application/json"), ("/feed.xml", "application/atom+xml"), ("/sitemap.xml", "application/xml"),
            ("/assets/search/docs.js", "text/javascript; charset=utf-8"),
        ])
    func contentTypes(target: String, type: String) {
        let response = Self.get(target)
        #expect(response.status == 200)
        #expect(response.contentType == type)
    }

    @Test(
        "a path that climbs out of the site is refused before it is looked up",
        arguments: [
            "/../Package.swift", "/%2e%2e/%2e%2e/etc/passwd", "/assets/%2E%2E/%2E%2E/Package.swift", "/assets/..%2F..%2FPackage.swift",
            "/a\\..\\b", "/%00",
        ])
    func traversal(target: String) {
        let response = Self.get(target)
        #expect(response.status == 400)
        #expect(Self.text(response) == "refused: the path has a '..' or '.' segment, a backslash or a NUL byte\n")
    }

    @Test("HTML pages get the banner and the reload script with the site's version; other files are served as built")
    func additions() {
        let page = Self.text(Self.get("/trends/"))
        #expect(page.contains("<script src=\"/__hindsight/live.js\" data-generation=\"7\"></script>\n</body>"))
        #expect(page.contains("<strong>hindsight serve: 1 problem</strong>"))
        #expect(page.contains("postmortems/a.md:3:1: error: missing field Date [missing-field]"))
        let css = SiteFixture.sample.first { $0.path == "assets/site.css" }!
        #expect(Self.get("/assets/site.css").body == css.contents)
        #expect(Self.text(Self.get("/__hindsight/generation")) == "7")
        #expect(Self.text(Self.get("/__hindsight/live.js")) == LiveReload.script)
    }

    @Test("an unknown path is a 404 page with the banner; other methods than GET and HEAD are refused")
    func notFound() {
        let response = Self.get("/incidents/no-such-incident/")
        #expect(response.status == 404)
        #expect(Self.text(response).contains("<p>The site has no file at /incidents/no-such-incident/index.html.</p>"))
        #expect(Self.text(response).contains("hindsight-serve-problems"))
        #expect(Self.get("/", method: "POST").status == 405)
    }
}
