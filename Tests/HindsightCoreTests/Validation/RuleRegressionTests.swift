import Testing

@testable import HindsightCore

/// Bugs found in review, each pinned by the test that would have caught it.
@Suite("Rule regressions")
struct RuleRegressionTests {
    func findings(_ markdown: String, rule: RuleID) -> [String] {
        Fixtures.diagnostics(markdown).filter { $0.rule == rule }.map { "\($0.location) \($0.message)" }
    }

    @Test("disable comments point at each rule name, also mid-line")
    func directiveColumns() {
        let postMortem = Fixtures.parse("# Incident: X\n\nText. <!-- hindsight-disable foo, bar -->\n")
        #expect(postMortem.disabledRules.map { "\($0.value)@\($0.location)" } == ["foo@3:30", "bar@3:35"])
    }

    @Test("a bare TBD is a placeholder, reported once at the value")
    func bareTBD() {
        let markdown = Fixtures.validPostMortem.replacingOccurrences(of: "**Date**: 2024-03-05", with: "**Date**: TBD")
            .replacingOccurrences(of: "Owner: Marcus Chen.", with: "Owner: TBD.")
        #expect(
            findings(markdown, rule: .placeholder) == [
                "3:11 Date is 'TBD', a placeholder; fill in the real value (or the best estimate, and say so)",
                "37:105 Owner is 'TBD', a placeholder; fill in the real value (or the best estimate, and say so)",
            ])
        #expect(findings(markdown, rule: .invalidDate).isEmpty)
    }

    @Test("a due date is located after `Due:`, not where the same text appears first")
    func dueLocation() {
        let markdown = Fixtures.validPostMortem.replacingOccurrences(
            of: "Add a deploy check comparing total pool size to the database limit. Owner: Marcus Chen. Due: 2024-04-30.",
            with: "Move Q2 data. Owner: Marcus Chen. Due: Q2.")
        #expect(
            findings(markdown, rule: .actionDue) == [
                "37:69 action item 2 has an invalid due date 'Q2'; write it as `2024-03-05`, `March 5, 2024`, `2024-Q3`, `Q3 2024`, `June 2024`, `end of June 2024` or `H2 2024`"
            ])
    }

    @Test(
        "engineering terms and blameless statements are not blame",
        arguments: [
            "The cluster's fault tolerance held.", "This review does not assign blame.", "We ran git blame on the file.",
            "The fault domain was one rack.", "A blameless review followed.",
        ])
    func notBlame(sentence: String) {
        let markdown = Fixtures.validPostMortem.replacingOccurrences(of: "The deploy doubled", with: "\(sentence) The deploy doubled")
        #expect(findings(markdown, rule: .blamefulLanguage).isEmpty)
    }

    @Test("blame is still found", arguments: ["It was the on-call's fault.", "Ops is to blame.", "He was careless."])
    func blame(sentence: String) {
        let markdown = Fixtures.validPostMortem.replacingOccurrences(of: "The deploy doubled", with: "\(sentence) The deploy doubled")
        #expect(findings(markdown, rule: .blamefulLanguage).count == 1)
    }

    @Test("a short timeline written newest first is reported once")
    func reversedTimeline() {
        let markdown =
            "# Incident: X\n\n**Date**: 2024-01-01\n\n## Timeline\n\n- 14:00 - System verified as stable.\n- 13:00 - Fix deployed.\n- 12:00 - Issue first detected.\n"
        #expect(
            findings(markdown, rule: .timelineOrder) == [
                "8:3 '13:00' is earlier than '14:00' (line 7); read as the next day that leaves a 23h gap. Order the timeline by time, or use a full stamp like `[2024-03-06 09:00]` for a later day"
            ])
    }

    @Test("crossing midnight is not out of order")
    func midnightIsFine() {
        let markdown =
            "# Incident: X\n\n**Date**: 2024-01-01\n\n## Timeline\n\n- 23:00 - Issue first detected.\n- 01:00 - System verified as stable.\n"
        #expect(findings(markdown, rule: .timelineOrder).isEmpty)
    }
}

/// Defects found in the second review, pinned.
@Suite("Rule regressions, second review")
struct SecondReviewRuleTests {
    func findings(_ markdown: String, rule: RuleID? = nil) -> [String] {
        Fixtures.diagnostics(markdown).filter { rule == nil || $0.rule == rule }.map { "\($0.location) [\($0.rule.rawValue)]" }
    }

    @Test("'(e.g., …)' in a real action item is an example, not the template's placeholder")
    func exampleInRealItem() {
        let markdown = Fixtures.validPostMortem.replacingOccurrences(
            of: "Set the pool to 20 connections.", with: "Set pools for the busiest flows (e.g., checkout and cart).")
        #expect(findings(markdown, rule: .placeholder) == [])
    }

    @Test("a placeholder stamp gets only the placeholder diagnostic")
    func placeholderStamp() {
        let markdown = Fixtures.validPostMortem.replacingOccurrences(of: "`[23:47]`", with: "`[HH:MM]`")
        #expect(findings(markdown).filter { !$0.contains("missing-milestone") && !$0.contains("duration") } == ["11:6 [placeholder]"])
    }

    @Test("the template itself gets placeholder diagnostics, not timestamp or date errors")
    func template() throws {
        let template = try String(contentsOfFile: Fixtures.path("postmortem-template.md"), encoding: .utf8)  // a copy of the team template
        let rules = Set(Fixtures.diagnostics(template).map(\.rule))
        #expect(rules.contains(.placeholder))
        for unwanted in [RuleID.timestampFormat, .timelineEmpty, .invalidDate, .unknownSeverity, .actionDue, .actionOwner] {
            #expect(!rules.contains(unwanted), "\(unwanted.rawValue)")
        }
    }

    @Test(
        "code spans and technical words are not blame",
        arguments: [
            "Set `spring.main.lazy-initialization=true` first.", "Lazy loading hid the cost.", "A replica failed to follow the primary.",
        ])
    func technical(sentence: String) {
        let markdown = Fixtures.validPostMortem.replacingOccurrences(of: "The deploy doubled", with: "\(sentence) The deploy doubled")
        #expect(findings(markdown, rule: .blamefulLanguage) == [])
    }

    @Test("an implausible year is an invalid date and no date at all")
    func implausibleYear() {
        let markdown = Fixtures.validPostMortem.replacingOccurrences(of: "2024-03-05", with: "9999-12-31")
        #expect(findings(markdown, rule: .invalidDate) == ["3:11 [invalid-date]"])
        #expect(Fixtures.parse(markdown).date == nil)
    }

    @Test(
        "durations: the first run of number and unit is the duration",
        arguments: [
            ("1 hour 48 minutes, of which 45 minutes was a full outage", 108), ("1,5 hours", 90),
            ("1 hour 48 minutes from 14:02 to 15:50", 108),
            ("2 hours and 5 minutes", 125),
        ])
    func durations(text: String, minutes: Int) {
        #expect(DurationParser.minutes(in: text) == minutes)
    }

    @Test("standards and versions are not tickets")
    func tickets() {
        #expect(IssueKeys.find(in: "Use SHA-256 and UTF-8 over HTTP-2 for P0-1, see OPS-412") == ["OPS-412"])
    }

    @Test("the same file named twice is read once")
    func sameFileTwice() throws {
        let folder = try TemporaryFolder()
        try folder.write("p/a.md", Fixtures.validPostMortem)
        let paths = try Corpus.discover([folder.path + "/p", folder.path + "/p/../p/a.md"])
        #expect(paths.count == 1)
    }
}

@Suite("Columns and aliases")
struct ColumnAndAliasTests {
    @Test("SARIF and GitHub columns count UTF-16 code units, text columns count bytes")
    func sarifColumns() throws {
        let folder = try TemporaryFolder()
        try folder.write(
            "a.md",
            Fixtures.validPostMortem.replacingOccurrences(
                of: "Owner: Marcus Chen. Due: 2024-04-30.", with: "Owner: José Álvarez. Due: 2024-04-31."))
        let text = CheckCommand(inputs: [folder.path]).run().standardOutput
        #expect(text.contains("a.md:37:126: error: action item 2 has an invalid due date '2024-04-31'"))
        let sarif = CheckCommand(inputs: [folder.path], format: .sarif).run().standardOutput
        #expect(sarif.contains("\"startColumn\": 124"))
        let github = CheckCommand(inputs: [folder.path], format: .github).run().standardOutput
        #expect(github.contains(",line=37,col=124,title=action-due::"))
    }

    @Test("an alias may not be another incident's slug")
    func aliasClash() {
        let renamed = Fixtures.parse(
            Fixtures.validPostMortem.replacingOccurrences(of: "**Severity**: P1", with: "**Severity**: P1\n**Aliases**: other"),
            name: "new.md")
        let other = Fixtures.parse(Fixtures.validPostMortem.replacingOccurrences(of: "2024-03-05", with: "2024-04-05"), name: "other.md")
        let found = Validator().diagnostics(for: [renamed, other]).filter { $0.rule == .duplicateIncident }
        #expect(
            found.map(\.message) == [
                "alias 'other' is the slug of other.md; an alias keeps a renamed file's old URL and must not name a live incident"
            ])
    }
}

@Suite("Columns after entities and escapes")
struct EntityColumnTests {
    @Test("a value after &amp; and backslash escapes is located where it is written")
    func dueAfterEntities() {
        let line = #"-   `[ ]` **Load-test checkout**: Replay R&amp;D traffic \*shape\*. Owner: Marcus Chen. Due: soon. ID: load-test."#
        let markdown = Fixtures.validPostMortem.replacingOccurrences(
            of:
                "-   `[ ]` **Action Item 2**: Add a deploy check comparing total pool size to the database limit. Owner: Marcus Chen. Due: 2024-04-30. ID: pool-check.",
            with: line)
        let column = line.utf8.distance(from: line.startIndex, to: line.range(of: "soon")!.lowerBound) + 1
        let found = Fixtures.diagnostics(markdown).filter { $0.rule == .actionDue }.map(\.location)
        #expect(found == [SourceLocation(line: 37, column: column)])
    }

    @Test("blame after an entity is located where it is written")
    func blameAfterEntity() {
        let markdown = Fixtures.validPostMortem.replacingOccurrences(
            of: "The deploy doubled", with: "Q&amp;A said: human error. The deploy doubled")
        let found = Fixtures.diagnostics(markdown).filter { $0.rule == .blamefulLanguage }.map(\.location)
        #expect(found == [SourceLocation(line: 18, column: 15)])
    }
}
