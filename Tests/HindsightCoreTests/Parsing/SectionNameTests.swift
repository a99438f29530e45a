import Foundation
import Testing

@testable import HindsightCore

/// The section names real post-mortems use besides the template's.
@Suite("Other section names")
struct SectionNameTests {
    @Test(
        "common names map to the template's sections",
        arguments: [
            ("Chronology", SectionKind.timeline), ("Sequence of events", .timeline), ("Root cause(s)", .rootCause),
            ("Contributing factors", .rootCause), ("Trigger", .rootCause), ("Customer impact", .impact), ("What went well", .lessons),
            ("What went wrong", .lessons), ("What didn’t go well", .lessons), ("Where we got lucky", .lessons), ("Follow-ups", .actions),
            ("Remediations", .actions), ("Remediation", .actions), ("Corrective actions", .actions),
            ("Action items / Follow-ups", .actions), ("Next steps", .actions),
        ])
    func names(heading: String, kind: SectionKind) {
        #expect(SectionClassifier.kind(ofHeading: heading) == kind)
    }

    @Test("prose sections stay prose", arguments: ["Summary", "What happened", "Background", "Detection", "Resolution", "Recovery"])
    func prose(heading: String) {
        #expect(SectionClassifier.kind(ofHeading: heading) == nil)
    }

    @Test("a timeline and an action list nested one level below a prose heading are found")
    func nested() {
        let postMortem = Fixtures.parse(
            "# Incident: X\n\n## What happened\n\nWords.\n\n### Timeline\n\n- `[14:02]` - a\n\n## Follow-up\n\n### Action items\n\n- [ ] Fix it. Owner: Jo. Due: 2024-05-01.\n"
        )
        #expect(postMortem.sections.map(\.heading) == ["What happened", "Timeline", "Follow-up", "Action items"])
        #expect(postMortem.timeline.map(\.text) == ["a"])
        #expect(postMortem.actionItems.map(\.title) == ["Fix it"])
    }

    @Test("What went well and What went wrong are both lessons, not a duplicate; Contributing factors joins the root cause")
    func facets() {
        let markdown =
            "# Incident: X\n\n## Root cause\n\nA.\n\n## Contributing factors\n\nB.\n\n## What went well\n\n- C\n\n## What went wrong\n\n- D\n\n## Lessons learned\n\n### Where we got lucky\n\n- E\n"
        let postMortem = Fixtures.parse(markdown)
        #expect(postMortem.rootCause?.value == "A. B.")
        #expect(postMortem.lessons.map(\.value) == ["C", "D", "E"])
        #expect(!Fixtures.diagnostics(markdown).contains { $0.rule == .duplicateSection })
    }

    @Test("two sections of one facet are still a duplicate")
    func duplicate() {
        let found = Fixtures.diagnostics("# Incident: X\n\n## Root cause\n\nA.\n\n## RCA\n\nB.\n").filter { $0.rule == .duplicateSection }
        #expect(found.map(\.location.line) == [7])
    }
}

@Suite("Prose headings are not titles")
struct ProseHeadingTests {
    @Test("a file with front matter whose first heading is Summary keeps Summary as a section, not as its heading title")
    func summaryFirst() {
        let postMortem = Fixtures.parse("---\ntitle: X\ndate: 2024-05-01\n---\n\n## Summary\n\nWords.\n\n## Timeline\n\n- `[14:02]` - a\n")
        #expect(postMortem.title?.value == "X")
        #expect(postMortem.headingTitle == nil)
        #expect(postMortem.sections.map(\.heading) == ["Summary", "Timeline"])
    }
}
