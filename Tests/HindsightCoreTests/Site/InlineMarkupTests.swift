import CommonMark
import Foundation
import Testing

@testable import HindsightCore

/// Timeline entries and action items keep their code, emphasis and links on the
/// page, rendered safely; every plain-text output keeps plain text.
@Suite("Inline Markdown in timeline entries and action items")
struct InlineMarkupTests {
    static let report = """
        ## Incident: Checkout failures

        **Date**: 2024-03-05
        **Severity**: P1

        ### Timeline

        -   `[10:00]` - Issue first detected: `pool_max` hit *hard*, see [the runbook](2024-01-01-older.md#actions).
        -   **10:20** - Root cause identified in **the pool** code.
        -   `[10:30]` - Plain words only.
        -   `[11:00]` - System verified as stable <img src=x onerror=alert(1)> [click](javascript:alert(1)) [j2](JaVaScRiPt:alert(2)).

        ### Action Items

        -   `[ ]` **Cap the pool**: Cap `max_conns` at **20** per [pod](https://example.com/a?b=1&c=2). Owner: Ana. Due: 2024-04-01.
        -   `[ ]` **Stop scripts**: Escape <script>alert(3)</script> and [x](javascript:alert(4)) `<b>`. Owner: Ana. Due: 2024-04-01.

        | Action | Owner | Due | Status |
        |--------|-------|-----|--------|
        | Alert on `pool_wait` *before* failures | Ana | 2024-04-01 | Open |

        """

    static let postMortem = Fixtures.parse(report, name: "postmortems/2024-03-05-checkout.md", rendersHTML: true)

    static func entryHTML(_ index: Int) -> String {
        let entry = postMortem.timeline[index]
        return InlineHTML.html(entry.markup, plain: entry.text)
    }

    static func detailsHTML(_ index: Int) -> String {
        let item = postMortem.actionItems[index]
        return InlineHTML.html(item.detailsMarkup, plain: item.details)
    }

    @Test("a timeline entry keeps its code, emphasis and links, the link to another report pointed at its page")
    func timelineEntryMarkup() {
        #expect(
            Self.entryHTML(0)
                == "Issue first detected: <code>pool_max</code> hit <em>hard</em>, see <a href=\"../2024-01-01-older/index.html#actions\">the runbook</a>."
        )
        #expect(Self.postMortem.timeline[0].text == "Issue first detected: pool_max hit hard, see the runbook.")
    }

    @Test("a bold stamp is cut off the entry and the rest keeps its emphasis")
    func boldStamp() {
        #expect(Self.postMortem.timeline[1].stamp == "10:20")
        #expect(Self.entryHTML(1) == "Root cause identified in <strong>the pool</strong> code.")
    }

    @Test("an entry of plain words carries no markup")
    func plainEntry() {
        #expect(Self.postMortem.timeline[2].markup == nil)
        #expect(Self.entryHTML(2) == "Plain words only.")
    }

    @Test("lines of a stamped paragraph each keep their own markup")
    func paragraphLines() {
        let postMortem = Fixtures.parse(
            """
            ## Incident: X

            ### Timeline

            [10:00] Issue first detected on `db-1`.
            [10:05] Impact confirmed by *support*.
            """)
        #expect(
            postMortem.timeline.map { InlineHTML.html($0.markup, plain: $0.text) } == [
                "Issue first detected on <code>db-1</code>.", "Impact confirmed by <em>support</em>.",
            ])
    }

    @Test("raw HTML is left out and links that could run code become their text")
    func hostileEntry() {
        #expect(Self.entryHTML(3) == "System verified as stable  click j2.")
        #expect(Self.detailsHTML(1) == "Escape alert(3) and x <code>&lt;b&gt;</code>.")
        // Parsed without the site's rendering (which drops such links first), the renderer still refuses them.
        let unrendered = Fixtures.parse(Self.report, name: "postmortems/2024-03-05-checkout.md")
        let entry = unrendered.timeline[3]
        #expect(InlineHTML.html(entry.markup, plain: entry.text) == "System verified as stable  click j2.")
    }

    @Test("an action item's details keep their code, emphasis and links, every value escaped")
    func actionDetails() {
        #expect(
            Self.detailsHTML(0)
                == "Cap <code>max_conns</code> at <strong>20</strong> per <a href=\"https://example.com/a?b=1&amp;c=2\">pod</a>.")
        #expect(Self.postMortem.actionItems[0].details == "Cap max_conns at 20 per pod.")
    }

    @Test("an action table's cell keeps its markup too")
    func tableCell() {
        let item = Self.postMortem.actionItems[2]
        #expect(item.isTableRow)
        #expect(item.text == "Alert on pool_wait before failures")
        #expect(Self.detailsHTML(2) == "")  // a short cell is the title, no details
        let long = Fixtures.parse(
            """
            ## Incident: X

            ### Action Items

            | Action | Owner |
            |--------|-------|
            | Alert on `pool_wait` *before* failures, and on every other sign of the pool running dry across all the services | Ana |
            """
        ).actionItems[0]
        #expect(
            InlineHTML.html(long.detailsMarkup, plain: long.details)
                == "Alert on <code>pool_wait</code> <em>before</em> failures, and on every other sign of the pool running dry across all the services."
        )
    }

    /// Raw HTML aside: cmark writes `<!-- raw HTML omitted -->` where the entry leaves it out, as its plain text does.
    @Test(
        "inline HTML is what cmark's safe mode makes of the same Markdown",
        arguments: [
            "a *b **c** d* `e<f>` [g](https://h.example/i?j=1&k=[2]) & \"q\" > \\<",
            "[link with `code` *and em*](<https://e.example/a b>)",
            "line one\nline two\\\nline three",
            "***both*** and _under_ and __strong__",
        ])
    func matchesCmark(markdown: String) throws {
        let document = CommonMark.parse(markdown)
        let markup = try #require(document.inlineMarkup(of: 1))
        var cmark = CommonMark.renderHTML(markdown)
        cmark = String(cmark.dropFirst(3).dropLast(5))  // <p>…</p>\n
        #expect(InlineHTML.html(markup) == cmark)
    }

    @Test("the built page shows the markup and no script, event handler or javascript: link")
    func builtPage() throws {
        let site = try SiteFixture.build(["2024-03-05-checkout.md": Self.report])
        let page = try #require(site["incidents/2024-03-05-checkout/index.html"])
        #expect(page.contains("<code>pool_max</code> hit <em>hard</em>"))
        #expect(page.contains("Cap <code>max_conns</code> at <strong>20</strong>"))
        for hostile in ["<script>", "javascript:", "onerror", "<img"] {
            #expect(!page.lowercased().contains(hostile), "\(hostile) in the page")
        }
    }

    @Test("incidents.json, the search text and the timeline chart keep plain text without Markdown syntax")
    func plainOutputs() throws {
        let model = SiteModel(postMortems: [Self.postMortem], diagnostics: [], options: SiteFixture.options())
        let json = model.incidentJSON(Self.postMortem)
        guard case .object(let pairs) = json, case .array(let timeline)? = pairs.first(where: { $0.0 == "timeline" })?.1,
            case .object(let first)? = timeline.first, case .string(let text)? = first.first(where: { $0.0 == "text" })?.1,
            case .array(let items)? = pairs.first(where: { $0.0 == "actionItems" })?.1, case .object(let item)? = items.first,
            case .string(let itemText)? = item.first(where: { $0.0 == "text" })?.1
        else {
            Issue.record("incidents.json has no timeline or action text")
            return
        }
        #expect(text == "Issue first detected: pool_max hit hard, see the runbook.")
        #expect(itemText == "Cap the pool: Cap max_conns at 20 per pod. Owner: Ana. Due: 2024-04-01.")
        let search = model.searchText(of: Self.postMortem)
        #expect(search.contains("Cap the pool: Cap max_conns at 20 per pod."))
        #expect(search.contains("Alert on pool_wait before failures"))
        for syntax in ["`", "**", "](", "<script"] { #expect(!search.contains(syntax), "\(syntax) in the search text") }
        let chart = TimelineChart.svg(for: Self.postMortem)
        #expect(chart.contains("10:00 Issue first detected: pool_max hit hard, see the runbook.</title>"))
        #expect(Self.postMortem.actionItems.map(\.title) == ["Cap the pool", "Stop scripts", "Alert on pool_wait before failures"])
    }
}
