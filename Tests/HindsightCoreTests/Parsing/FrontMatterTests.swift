import Foundation
import Testing

@testable import HindsightCore

@Suite("Reading YAML front matter")
struct FrontMatterTests {
    static let file = """
        ---
        title: "Checkout failures: pool exhaustion"
        date: 2024-03-05
        severity: sev1
        services: [checkout, Postgres Primary]
        tags: connection pool, database
        status: draft
        incident_id: INC-118
        exclude_from_metrics: yes
        ---

        ### 1. Timeline

        -   `[23:40]` - Issue first detected: error rate alert.

        """

    let postMortem = Fixtures.parse(file, name: "postmortems/checkout.md")

    @Test("title, date, severity (through the scale's aliases), services and tags (list or comma string) are read")
    func knownKeys() {
        #expect(postMortem.title == Located("Checkout failures: pool exhaustion", at: SourceLocation(line: 2, column: 8)))
        #expect(postMortem.date == Day(year: 2024, month: 3, day: 5))
        #expect(postMortem.severity == "P1")
        #expect(postMortem.services == ["checkout", "postgres-primary"])
        #expect(postMortem.tags == ["connection-pool", "database"])
        #expect(postMortem.isDraft)
        #expect(postMortem.isExcludedFromMetrics)
    }

    @Test("every value keeps its line and column; other keys are kept as metadata")
    func locations() {
        #expect(postMortem.field("date")?.location == SourceLocation(line: 3, column: 1))
        #expect(postMortem.field("date")?.valueLocation == SourceLocation(line: 3, column: 7))
        #expect(postMortem.field("incident-id").map { [$0.name, $0.value] } == ["incident_id", "INC-118"])
    }

    @Test("cmark does not see the block, and the lines after it keep their numbers")
    func linesAfterTheBlock() {
        #expect(postMortem.sections.map(\.kind) == [.timeline])
        #expect(postMortem.sections.first?.location == SourceLocation(line: 12, column: 1))
        #expect(postMortem.timeline.first?.location == SourceLocation(line: 14, column: 5))
        #expect(postMortem.proseLines.allSatisfy { $0.location.line > 10 })
    }

    @Test("`---` then a key with no closing line is front matter left open: reported, and the file read as Markdown")
    func unclosedWithKeys() {
        let postMortem = Fixtures.parse("---\ndate: 2024-03-05\n\n## Incident: Outage\n", name: "a.md")
        #expect(postMortem.frontMatter?.problems.map(\.location) == [.fileStart])
        #expect(postMortem.frontMatter?.fields == [])
        #expect(postMortem.title?.value == "Outage")
    }

    @Test("a file whose first line is `---` with no closing line has no front matter")
    func unclosed() {
        let postMortem = Fixtures.parse("---\n\n## Incident: Outage\n\n**Date**: 2024-03-05\n", name: "a.md")
        #expect(postMortem.frontMatter == nil)
        #expect(postMortem.title?.value == "Outage")
        #expect(postMortem.date == Day(year: 2024, month: 3, day: 5))
    }
}
