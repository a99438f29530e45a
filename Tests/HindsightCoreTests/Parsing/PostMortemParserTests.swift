import Foundation
import Testing

@testable import HindsightCore

@Suite("Parsing the template")
struct PostMortemParserTests {
    let postMortem = Fixtures.parse(Fixtures.validPostMortem, name: "postmortems/2024-03-05-checkout-pool.md")

    @Test("header: title, date, severity, services and tags, normalised")
    func header() {
        #expect(postMortem.slug == "2024-03-05-checkout-pool")
        #expect(postMortem.title == Located("Checkout failures from connection pool exhaustion", at: .init(line: 1, column: 1)))
        #expect(postMortem.date == Day(year: 2024, month: 3, day: 5))
        #expect(postMortem.severity == "P1")
        #expect(postMortem.services == ["checkout", "postgres-primary"])
        #expect(postMortem.tags == ["connection-pool", "database"])
        #expect(postMortem.field("date")?.valueLocation == SourceLocation(line: 3, column: 11))
    }

    @Test("the five template sections are recognised in order")
    func sections() {
        #expect(postMortem.sections.map(\.kind) == [.timeline, .rootCause, .impact, .lessons, .actions])
        #expect(postMortem.sections.map(\.heading) == ["Timeline", "Root Cause Analysis", "Impact", "Lessons Learned", "Action Items"])
    }

    @Test("timeline: times roll over midnight and milestones are found")
    func timeline() {
        #expect(postMortem.timeline.map(\.minute) == [23 * 60 + 40, 23 * 60 + 47, 1440 + 20, 1440 + 35, 1440 + 70])
        #expect(
            postMortem.timeline.map(\.milestones) == [[.detected], [.impactConfirmed], [.rootCauseIdentified], [.fixDeployed], [.stable]])
        #expect(postMortem.timeline[1].text == "Impact confirmed: 31% of checkout attempts failing.")
        #expect(postMortem.timeline[0].location == SourceLocation(line: 10, column: 5))
    }

    @Test("impact fields")
    func impact() {
        #expect(postMortem.impact.usersAffected?.value == "about 12,400 customers")
        #expect(postMortem.impact.hasDataLoss == false)
        #expect(postMortem.impact.durationMinutes == 90)
    }

    @Test("lessons and root cause")
    func lessons() {
        #expect(
            postMortem.lessons.map(\.value) == [
                "Capacity limits shared by many pods need a check where the pod count changes.",
                "Pool saturation should alert before requests fail.",
            ])
        #expect(postMortem.rootCause?.value.hasPrefix("The deploy doubled") == true)
    }

    @Test("action items: title, owner, due, done, tickets, ID and line")
    func actionItems() {
        let items = postMortem.actionItems
        #expect(items.count == 2)
        #expect(items[0].title == "Cap pool size per pod")
        #expect(items[0].owner?.value == "Priya Natarajan")
        #expect(items[0].due == Day(year: 2024, month: 3, day: 12))
        #expect(items[0].isDone)
        #expect(items[0].tickets == ["OPS-412"])
        #expect(items[0].location.line == 36)
        #expect(items[1].title == "Add a deploy check comparing total pool size to the database limit")
        #expect(!items[1].isDone)
        #expect(items[1].id == "pool-check")
        #expect(items[1].owner?.location == SourceLocation(line: 37, column: 105))
    }

    @Test("the valid example has no diagnostics")
    func validExampleIsClean() {
        #expect(Validator().diagnostics(for: postMortem).map(\.description) == [])
    }
}

@Suite("Variations real authors write")
struct ParserVariationTests {
    @Test(
        "title at any heading level, with or without the Incident prefix",
        arguments: [
            "# Incident: Search down", "## Incident: Search down", "#### incident: Search down", "# Search down",
        ])
    func titles(heading: String) {
        #expect(Fixtures.parse("\(heading)\n\n**Date**: 2024-01-02\n").title?.value == "Search down")
    }

    @Test(
        "dates are normalised",
        arguments: [
            ("2024-03-05", "2024-03-05"), ("March 5, 2024", "2024-03-05"), ("2024/03/05", "2024-03-05"),
            ("Mar 5 2024", "2024-03-05"), ("5 March 2024", "2024-03-05"), ("2024-3-5", "2024-03-05"),
            ("2024-02-29", "2024-02-29"),
        ])
    func dates(written: String, normalised: String) {
        #expect(DateParser.parse(written)?.description == normalised)
    }

    @Test("impossible or unknown dates are rejected", arguments: ["2023-02-29", "2024-13-01", "05/03/2024", "yesterday", "2024-03", ""])
    func badDates(written: String) {
        #expect(DateParser.parse(written) == nil)
    }

    @Test(
        "severity is normalised",
        arguments: [
            ("P1", "P1"), ("p2", "P2"), ("P0 - critical", "P0"), ("P3 (minor)", "P3"), ("SEV1", "P1"), ("Sev 2", "P2"), ("S-3", "P3"),
            ("Critical", nil), ("P5", nil),
        ])
    func severity(written: String, normalised: String?) {
        #expect(SeverityScale.default.normalize(written) == normalised)
    }

    @Test("other fields are kept as metadata; bold colon inside or outside")
    func extraFields() {
        let postMortem = Fixtures.parse("# Incident: X\n\n**Date:** 2024-01-02\n**Incident Commander**: Ana\n**Tags**: Repeat Cause, dns\n")
        #expect(postMortem.date?.description == "2024-01-02")
        #expect(postMortem.field("Incident Commander")?.value == "Ana")
        #expect(postMortem.tags == ["repeat-cause", "dns"])
    }

    @Test(
        "section headings with or without numbering, any level, any case",
        arguments: [
            "### 1. Timeline", "## Timeline", "# TIMELINE", "### 1) timeline", "#### Timeline:",
        ])
    func sectionHeadings(heading: String) {
        #expect(Fixtures.parse("# Incident: X\n\n\(heading)\n\n- 10:00 - a\n").sections.first?.kind == .timeline)
    }

    @Test("sub-headings stay inside their section")
    func subHeadings() {
        let postMortem = Fixtures.parse("## Incident: X\n\n### Root Cause Analysis\n\n#### Trigger\n\nWords.\n\n### Impact\n")
        #expect(postMortem.sections.map(\.heading) == ["Root Cause Analysis", "Impact"])
        #expect(postMortem.rootCause?.value == "Trigger Words.")
    }

    @Test(
        "timestamp forms",
        arguments: [
            ("`[14:02]` - Issue first detected.", "14:02", 842),
            ("[14:02] - Issue first detected.", "14:02", 842),
            ("14:02 - Issue first detected.", "14:02", 842),
            ("14:02 – Issue first detected.", "14:02", 842),
            ("14:02: Issue first detected.", "14:02", 842),
            ("**14:02** - Issue first detected.", "14:02", 842),
            ("[9:05] - Issue first detected.", "9:05", 545),
            ("[14:02 UTC] - Issue first detected.", "14:02 UTC", 842),
            ("`[2024-03-05 14:02]` - Issue first detected.", "2024-03-05 14:02", 842),
            ("[2024-03-06 14:02] - Issue first detected.", "2024-03-06 14:02", 1440 + 842),
        ])
    func timestamps(line: String, stamp: String, minute: Int) {
        let postMortem = Fixtures.parse("# Incident: X\n\n**Date**: 2024-03-05\n\n## Timeline\n\n- \(line)\n")
        let entry = postMortem.timeline.first
        #expect(entry?.stamp == stamp)
        #expect(entry?.minute == minute)
        #expect(entry?.text == "Issue first detected.")
        #expect(entry?.milestones == [.detected])
    }

    @Test("timeline lines in a paragraph, without list markers")
    func paragraphTimeline() {
        let postMortem = Fixtures.parse(
            "# Incident: X\n\n## Timeline\n\n10:00 - Issue first detected.\n10:30 - System verified as stable.\n")
        #expect(postMortem.timeline.map(\.minute) == [600, 630])
    }

    @Test("the first entry matching a milestone is that milestone; resolved stands in for stable")
    func milestones() {
        var postMortem = Fixtures.parse(
            "# Incident: X\n\n## Timeline\n\n- 10:00 - Impact started.\n- 10:05 - First detected by alert.\n- 10:06 - first detected again\n- 11:00 - Incident resolved.\n"
        )
        #expect(postMortem.timeline.map(\.milestones) == [[.impactStarted], [.detected], [], [.stable]])
        postMortem = Fixtures.parse(
            "# Incident: X\n\n## Timeline\n\n- 10:00 - first detected\n- 11:00 - resolved\n- 11:30 - verified as stable\n")
        #expect(postMortem.timeline.map(\.milestones) == [[.detected], [], [.stable]])
    }

    @Test("several midnights roll over one day each")
    func multipleMidnights() {
        let postMortem = Fixtures.parse("# Incident: X\n\n## Timeline\n\n- 22:00 - a\n- 02:00 - b\n- 23:00 - c\n- 01:00 - d\n")
        #expect(postMortem.timeline.map(\.minute) == [1320, 1440 + 120, 1440 + 1380, 2880 + 60])
    }

    @Test(
        "durations in minutes",
        arguments: [
            ("18 hours 47 minutes", 1127), ("1h 12m", 72), ("72 minutes", 72), ("about 7 hours", 420),
            ("1 hour 11 minutes (45 minutes of trading)", 71), ("1h05m", 65), ("45m", 45), ("1.5 hours", 90),
            ("2 days 3 hours", 3060), ("~90 min", 90),
        ])
    func durations(text: String, minutes: Int) {
        #expect(DurationParser.minutes(in: text) == minutes)
    }

    @Test("unreadable durations", arguments: ["a while", "[Total time of the incident]", "3 fortnights", ""])
    func badDurations(text: String) {
        #expect(DurationParser.minutes(in: text) == nil)
    }

    @Test(
        "data loss yes/no with scope",
        arguments: [("No", false), ("None", false), ("Yes, 40 orders", true), ("yes — partial", true), ("Unknown", nil)])
    func dataLoss(text: String, lost: Bool?) {
        #expect(ImpactReader.yesOrNo(text) == lost)
    }

    @Test("GFM task lists and template labels")
    func gfmActionItems() {
        let postMortem = Fixtures.parse(
            """
            # Incident: X

            ## Action Items

            - [x] **Action Item 1**: Add alerting on pool saturation at 80% for every service. Owner: Ana. Due: March 9, 2024.
            - [ ] Rotate keys with a runbook (Owner: Bo, Due: 2024-04-01, Ticket: https://tracker.example.com/browse/SEC-9)
            - **Fix config review**: Owner: Zoë Müller. Due: 2024-05-01. See [PAY-88](https://tracker.example.com/browse/PAY-88).
            """)
        let items = postMortem.actionItems
        #expect(items.map(\.isDone) == [true, false, false])
        #expect(items.map(\.hasCheckbox) == [true, true, false])
        #expect(
            items.map(\.title) == [
                "Add alerting on pool saturation at 80% for every service", "Rotate keys with a runbook", "Fix config review",
            ])
        #expect(items.map { $0.owner?.value } == ["Ana", "Bo", "Zoë Müller"])
        #expect(items.map { $0.due?.description } == ["2024-03-09", "2024-04-01", "2024-05-01"])
        #expect(items[1].tickets == ["https://tracker.example.com/browse/SEC-9"])
        #expect(items[2].tickets == ["PAY-88", "https://tracker.example.com/browse/PAY-88"])
        #expect(items.map(\.index) == [1, 2, 3])
    }

    @Test("CRLF line endings and a byte-order mark read the same as plain LF")
    func crlfAndBOM() throws {
        let lf = Fixtures.validPostMortem
        var bytes = Data([0xEF, 0xBB, 0xBF])
        bytes.append(Data(lf.replacingOccurrences(of: "\n", with: "\r\n").utf8))
        let file = try SourceFileReader.decode(bytes, path: "x.md").get()
        let fromCRLF = PostMortemParser().parse(file)
        let fromLF = Fixtures.parse(lf, name: "x.md")
        #expect(fromCRLF == fromLF)
    }

    @Test("disable comments are read with their rules")
    func directives() {
        let postMortem = Fixtures.parse("# Incident: X\n\n<!-- hindsight-disable shallow-root-cause, placeholder -->\n")
        #expect(postMortem.disabledRules.map(\.value) == ["shallow-root-cause", "placeholder"])
    }
}

/// Variations found in review, pinned.
@Suite("Parser regressions")
struct ParserRegressionTests {
    @Test(
        "12-hour stamps and zone words belong to the stamp",
        arguments: [
            ("2:02pm - Issue first detected.", 14 * 60 + 2), ("2:02 PM - Issue first detected.", 14 * 60 + 2),
            ("11:40 AM - Issue first detected.", 11 * 60 + 40), ("12:10 PM - Issue first detected.", 12 * 60 + 10),
            ("12:05 am - Issue first detected.", 5), ("14:02 UTC - Issue first detected.", 842), ("15:05Z - Issue first detected.", 905),
            ("[2:02 pm] - Issue first detected.", 842),
        ])
    func meridiemAndZones(line: String, minute: Int) {
        let entry = Fixtures.parse("# Incident: X\n\n## Timeline\n\n- \(line)\n").timeline.first
        #expect(entry?.minute == minute)
        #expect(entry?.text == "Issue first detected.")
    }

    @Test("impossible stamps are rejected", arguments: ["[13:00 pm]", "[23:59:99]", "[0:00 am]"])
    func badStamps(stamp: String) {
        #expect(Fixtures.parse("# Incident: X\n\n## Timeline\n\n- \(stamp) - a\n").timeline.first?.minute == nil)
    }

    @Test(
        "section headings with remarks and other numbering",
        arguments: [
            "### 1. Timeline (all times UTC)", "### Timeline (UTC)", "### 1 - Timeline", "### 1: Timeline", "### I. Timeline",
            "### Timeline of the incident", "## IV) Timeline",
        ])
    func headings(heading: String) {
        #expect(SectionClassifier.kind(ofHeading: String(heading.drop(while: { $0 == "#" || $0 == " " }))) == .timeline)
    }

    @Test(
        "words that only look like section names are not sections",
        arguments: ["Impactful changes", "Timelines elsewhere", "Incident: Impact"])
    func notSections(heading: String) {
        #expect(SectionClassifier.kind(ofHeading: heading) == nil)
    }

    @Test("placeholder values set nothing")
    func placeholderValues() {
        let postMortem = Fixtures.parse(
            "# Incident: X\n\n**Date**: [Date of the incident]\n**Severity**: [P0, P1, etc.]\n**Services**: [TBD]\n")
        #expect(postMortem.date == nil)
        #expect(postMortem.severity == nil)
        #expect(postMortem.services == [])
    }

    @Test("flags may carry a remark", arguments: [("yes (game day)", true), ("Yes.", true), ("no", false)])
    func flags(value: String, excluded: Bool) {
        #expect(
            Fixtures.parse("# Incident: X\n\n**Exclude From Metrics**: \(value)\n**Status**: Draft (in review)\n").isExcludedFromMetrics
                == excluded)
        #expect(Fixtures.parse("# Incident: X\n\n**Status**: Draft (in review)\n").isDraft)
    }
}
