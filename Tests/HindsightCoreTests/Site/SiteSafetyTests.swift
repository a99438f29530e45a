import Foundation
import Testing

@testable import HindsightCore

/// No input can inject script into the site.
@Suite("Safe by default")
struct SiteSafetyTests {
    static let hostile = """
        ## Incident: <script>alert('title')</script> & "quotes"

        **Date**: 2024-03-05
        **Severity**: P1
        **Services**: <img src=x onerror=alert(1)>
        **Tags**: "><script>alert(2)</script>
        **Owner Team**: <b onmouseover=alert(3)>hover</b>

        <script>alert('raw block')</script>

        ### Timeline

        -   `[10:00]` - Issue first detected <img src=x onerror=alert(4)>.
        -   `[11:00]` - System verified as stable [click](javascript:alert(5)).

        ### Root Cause Analysis

        A link [to a page](javascript:alert(6)) and ![an image](data:image/png;base64,iVBORw0KGgo=) and
        [vb](vbscript:msgbox(1)) and <a href="javascript:alert(7)">raw link</a> and <svg onload=alert(8)>.
        The rest of the analysis explains the systemic failure in enough words to pass the depth rule,
        with more words about tests, alerts, reviews and rollbacks that did not catch the problem in time.

        ### Impact

        -   **Users Affected**: <iframe src="https://evil.example"></iframe>
        -   **Data Loss**: No
        -   **Duration**: 1 hour

        ### Lessons Learned

        1.  <style>body{display:none}</style> Lessons with markup.

        ### Action Items

        -   `[ ]` **<script>alert(9)</script>**: Fix it. Owner: <img src=y onerror=alert(10)>. Due: 2024-04-01. Ticket: javascript:alert(11)
        """

    @Test("hostile Markdown produces no live markup anywhere in the site")
    func noInjection() throws {
        let site = try SiteFixture.build(["hostile.md": Self.hostile])
        for (path, content) in site where path.hasSuffix(".html") {
            let lowered = content.lowercased()
            let scripts = lowered.components(separatedBy: "<script").dropFirst()
            #expect(scripts.allSatisfy { $0.hasPrefix(" src=\"") }, "\(path) has an injected script")
            for needle in [
                "<img src=x", "<iframe", "<svg onload", "<style>", "<b onmouseover", "=\"javascript:", "=\"vbscript:", "=\"data:",
                "onerror=",
            ] {
                #expect(!lowered.contains(needle), "\(path) contains \(needle)")
            }
        }
        for path in ["feed.xml", "incidents.json", "metrics.json"] + site.keys.filter({ $0.hasPrefix("assets/search/") }).sorted() {
            let content = try #require(site[path]).lowercased()
            #expect(!content.contains("<script"), "\(path) carries a raw <script")
        }
    }

    @Test("template values are escaped: text that looks like markup stays text")
    func escaping() throws {
        let markdown = Fixtures.validPostMortem.replacingOccurrences(
            of: "## Incident: Checkout failures from connection pool exhaustion", with: "## Incident: 5 < 6 & \"x\" 'y' <b")
        let page = try #require(try SiteFixture.build(["e.md": markdown])["incidents/e/index.html"])
        #expect(page.contains("<h1>5 &lt; 6 &amp; &quot;x&quot; &#39;y&#39; &lt;b</h1>"))
        #expect(page.contains("<title>5 &lt; 6 &amp; &quot;x&quot; &#39;y&#39; &lt;b · Test incidents</title>"))
    }

    @Test("dangerous links render as their text")
    func linksBecomeText() throws {
        let page = try #require(try SiteFixture.build(["hostile.md": Self.hostile])["incidents/hostile/index.html"])
        #expect(page.contains("A link to a page and an image and"))
        #expect(page.contains("<!-- raw HTML omitted -->"))
    }
}
