import Testing

@testable import HindsightCore

/// Coverage figures on a small corpus, worked out by hand in the comments.
@Suite("Learning report")
struct LearningReportTests {
    static func postMortem(_ slug: String, date: String, header: String, items: [String]) -> PostMortem {
        Fixtures.parse(
            """
            ## Incident: \(slug)

            **Date**: \(date)
            **Severity**: P2
            \(header)

            ### 5. Action Items

            \(items.map { "-   `[ ]` \($0)" }.joined(separator: "\n"))
            """, name: slug + ".md")
    }

    // a: production bug (written) with an automated check → closed loop, Q1.
    // b: production bug (inferred from tag 'bug') with only monitoring → missing loop, Q1.
    // c: deployment failure (written) with a rollout change → closed loop, Q2.
    // d: other (nothing matches), Q2; Incident ID INC-9 is not in the register.
    static let corpus = [
        postMortem(
            "a", date: "2024-01-10", header: "**Kind**: production-bug\n**Incident ID**: INC-1",
            items: ["Add a lint rule. Owner: A. Due: 2024-02-01."]
        ),
        postMortem("b", date: "2024-02-10", header: "**Tags**: bug\n**Incident ID**: INC-2", items: ["Add monitoring. Owner: A."]),
        postMortem("c", date: "2024-04-10", header: "**Kind**: deployment-failure", items: ["Slow the rollout. Type: deployment-process."]),
        postMortem("d", date: "2024-05-10", header: "**Incident ID**: INC-9", items: []),
    ]

    // Register: INC-1 P0 (written: a), INC-2 P3 no flags (not required), INC-3 P1 data loss
    // (missing), INC-4 P0 (missing), INC-5 P2 rollback (missing, but dated after --until).
    static let register = IncidentRegister.read(
        """
        id,date,title,severity,data_loss,rollback,performance_degradation
        INC-1,2024-01-10,a,P0,no,no,no
        INC-2,2024-02-10,b,P3,no,no,no
        INC-3,2024-03-01,lost rows,P1,yes,no,no
        INC-4,2024-04-01,outage,P0,no,no,no
        INC-5,2025-01-01,later,P2,no,yes,no
        """, path: "register.csv")

    static func report(until: Day? = nil) -> LearningReport {
        var options = MetricsOptions(asOf: Day(year: 2024, month: 12, day: 31)!, until: until)
        options.register = register
        return LearningReport(MetricsReport(corpus, options: options))
    }

    @Test("loops: production bugs 2, 1 closed (50%); deployment failures 1 of 1; the missing loop is b")
    func loops() {
        let report = Self.report()
        let figures = report.loops.map { "\($0.kind.rawValue) \($0.closed.count)/\($0.incidents.count) \(Format.percent($0.rate))" }
        #expect(
            figures == [
                "production-bug 1/2 50%", "deployment-failure 1/1 100%", "performance-regression 0/0 —", "review-rejection 0/0 —",
            ])
        #expect(report.missingLoops.map(\.slug) == ["b"])
    }

    @Test("counts by kind and type, inferred ones counted apart")
    func counts() {
        let report = Self.report()
        #expect(
            report.byKind.map { "\($0.kind.rawValue) \($0.count) \($0.inferred)" } == [
                "production-bug 2 1", "deployment-failure 1 0", "performance-regression 0 0", "review-rejection 0 0", "other 1 1",
            ])
        #expect(
            report.byType.map { "\($0.type.rawValue) \($0.count) \($0.inferred)" } == [
                "automated-check 1 1", "deployment-process 1 0", "performance-metric 1 1", "documentation-training 0 0", "other 0 0",
            ])
    }

    @Test("per quarter: Q1 has a and b, one left a check and one a metric; Q2 has c and d, one left a deployment change")
    func quarters() {
        let quarters = Self.report().quarters
        #expect(quarters.map(\.key) == ["2024-Q1", "2024-Q2"])
        #expect(quarters.map { $0.incidents.count } == [2, 2])
        #expect(quarters.map { $0.leaving[.automatedCheck] } == [1, 0])
        #expect(quarters.map { $0.leaving[.performanceMetric] } == [1, 0])
        #expect(quarters.map { $0.leaving[.deploymentProcess] } == [0, 1])
    }

    @Test("coverage: 5 registered, 4 required (INC-1, INC-3, INC-4, INC-5), 1 written (25%); INC-9 is unknown")
    func coverage() throws {
        let coverage = try #require(Self.report().coverage)
        #expect(coverage.registered == 5)
        #expect(coverage.required.map(\.record.id) == ["INC-1", "INC-3", "INC-4", "INC-5"])
        #expect(coverage.written == 1)
        #expect(coverage.rate == 0.25)
        #expect(
            coverage.missing.map { "\($0.record.id): \($0.reasons.joined(separator: ", "))" } == [
                "INC-3: data loss", "INC-4: P0", "INC-5: emergency rollback",
            ])
        #expect(coverage.unknownIDs.map(\.id) == ["INC-9"])
    }

    @Test("coverage follows --until: INC-5 (2025) drops out, 1 of 3 written")
    func coverageInPeriod() throws {
        let coverage = try #require(Self.report(until: Day(year: 2024, month: 12, day: 31)).coverage)
        #expect(coverage.registered == 4)
        #expect(coverage.required.count == 3)
        #expect(coverage.written == 1)
    }

    @Test("the check: a postmortem-due error at each missing row's line, an unknown-incident warning at the post-mortem")
    func diagnostics() {
        var context = ValidationContext()
        context.register = Self.register
        let found = RegisterChecks.diagnostics(for: Self.corpus, context: context).map(\.description)
        #expect(
            found == [
                "d.md:5:18: warning: incident ID 'INC-9' is not in the incident register register.csv; check the ID, or add the incident to the register [unknown-incident]",
                "register.csv:4:1: error: incident INC-3 (2024-03-01 \"lost rows\") needs a post-mortem (data loss) and none has `**Incident ID**: INC-3`; write one (`hindsight new`) and give it that Incident ID [postmortem-due]",
                "register.csv:5:1: error: incident INC-4 (2024-04-01 \"outage\") needs a post-mortem (P0) and none has `**Incident ID**: INC-4`; write one (`hindsight new`) and give it that Incident ID [postmortem-due]",
                "register.csv:6:1: error: incident INC-5 (2025-01-01 \"later\") needs a post-mortem (emergency rollback) and none has `**Incident ID**: INC-5`; write one (`hindsight new`) and give it that Incident ID [postmortem-due]",
            ])
    }

    @Test("metrics JSON gains learning.postMortemCoverage; schemaVersion stays 1")
    func json() throws {
        var options = MetricsOptions(asOf: Day(year: 2024, month: 12, day: 31)!)
        options.register = Self.register
        let json = MetricsReport(Self.corpus, options: options).json.serialized()
        #expect(json.hasPrefix("{\"schemaVersion\":1,"))
        #expect(
            json.contains(
                "\"postMortemCoverage\":{\"register\":\"register.csv\",\"registered\":5,\"required\":4,\"written\":1,\"rate\":0.25,"))
    }
}
