import Foundation
import Testing

@testable import HindsightCore

@Suite("Metrics properties")
struct MetricsPropertyTests {
    static let sample: [PostMortem] = {
        let paths = try! FileDiscovery.markdownFiles(in: Fixtures.packageRoot + "/postmortems")
        return Corpus.load(paths: paths).postMortems
    }()
    static let options = MetricsOptions(asOf: .of("2026-11-25"))

    /// The numbers of a report, without the names of the incidents.
    static func figures(_ report: MetricsReport) -> [String] {
        DurationMetric.allCases.map { "\($0): \(report.duration($0).statistics)" } + [
            "actions: \(report.actionTotals)",
            "repeats: \(report.recurrence.repeats.count) of \(report.recurrence.consideredCount)",
            "months: \(report.months.map { "\($0.key) \($0.incidents.count) \($0.timeToRestore)" })",
            "severity: \(report.bySeverity.map { "\($0.key) \($0.incidents.count) \($0.timeToRestore)" })",
        ]
    }

    @Test("the sample corpus makes every metric non-trivial")
    func sampleIsRich() {
        let report = MetricsReport(Self.sample, options: Self.options)
        #expect(report.duration(.timeToRestore).statistics.count >= 10)
        #expect(!report.duration(.timeToRestore).excluded.isEmpty)
        #expect(report.recurrence.repeats.count >= 2)
        #expect(report.recurrence.repeats.contains { !$0.openActionsAtTime.isEmpty })
        #expect(report.actionTotals.overdue >= 3)
        #expect(report.months.filter { $0.incidents.count >= 3 }.count >= 2)
    }

    @Test("metrics do not depend on the order files are read in", arguments: 0..<5)
    func fileOrder(seed: UInt64) {
        var generator = SplitMix64(state: seed)
        let shuffled = Self.sample.shuffled(using: &generator)
        let a = MetricsReport(Self.sample, options: Self.options).json.serialized()
        let b = MetricsReport(shuffled, options: Self.options).json.serialized()
        #expect(a == b)
    }

    @Test("metrics do not depend on file names")
    func fileNames() {
        let renamed = Self.sample.map { postMortem -> PostMortem in
            var copy = postMortem
            copy.slug = "zz-" + String(postMortem.slug.reversed())
            copy.fields = copy.fields.map { field in
                var field = field
                if field.key == "recurrenceof" { field.value = "zz-" + String(field.value.reversed()) }
                return field
            }
            return copy
        }
        #expect(
            Self.figures(MetricsReport(renamed, options: Self.options)) == Self.figures(MetricsReport(Self.sample, options: Self.options)))
    }

    @Test("adding an excluded incident changes no duration figure")
    func excludedIncident() {
        var drill = IncidentBuilder(slug: "drill", date: "2026-06-01", tags: ["database"])
        drill.timeline = [("01:00", "Issue first detected."), ("23:59", "System verified as stable.")]
        drill.extraFields = ["**Exclude From Metrics**: yes"]
        let before = MetricsReport(Self.sample, options: Self.options)
        let after = MetricsReport(Self.sample + [drill.postMortem], options: Self.options)
        for metric in DurationMetric.allCases {
            #expect(before.duration(metric).statistics == after.duration(metric).statistics)
        }
        #expect(before.months.map(\.timeToRestore) == after.months.map(\.timeToRestore))
    }
}

@Suite("hindsight metrics")
struct MetricsCommandTests {
    @Test("json has the documented top-level keys in a stable order")
    func jsonKeys() throws {
        let output = MetricsCommand(
            inputs: [Fixtures.packageRoot + "/postmortems"], format: .json,
            options: MetricsOptions(asOf: .of("2026-11-25"))
        ).run()
        #expect(output.exitCode == 0)
        let keys = output.standardOutput.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { $0.split(separator: "\"")[1] }
        #expect(
            keys == [
                "schemaVersion", "asOf", "filters", "incidents", "timeToRestore", "timeToRootCause", "timeToMitigate",
                "timeToDetect", "actionItems", "recurrence", "comparison", "comparisons", "periods", "quarters", "phases", "bySeverity",
                "byService", "byTag", "byOwner", "byTeam", "learning",
            ])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(output.standardOutput.utf8)) as? [String: Any])
        #expect(json["asOf"] as? String == "2026-11-25")
        let restore = try #require(json["timeToRestore"] as? [String: Any])
        #expect(
            Set(restore.keys) == [
                "count", "meanMinutes", "medianMinutes", "p90Minutes", "minMinutes", "maxMinutes", "included", "excluded",
            ])
    }

    @Test("the same input and as-of date give byte-identical output")
    func deterministic() {
        let command = MetricsCommand(
            inputs: [Fixtures.packageRoot + "/postmortems"], format: .json, options: MetricsOptions(asOf: .of("2026-11-25")))
        #expect(command.run() == command.run())
    }

    @Test("csv: a header and one row per incident; formulas are defused")
    func csv() {
        var incident = IncidentBuilder(slug: "a", date: "2024-05-01", tags: ["dns", "=cmd"])
        incident.actions = [(false, "Ana", "2024-05-10")]
        let csv = report([incident]).csv
        #expect(
            csv
                == "slug,date,severity,services,tags,time_to_restore_minutes,time_to_root_cause_minutes,time_to_mitigate_minutes,actions_total,actions_done,actions_overdue,repeat\r\na,2024-05-01,P2,,dns;cmd,60,,,1,0,1,no\r\n"
        )
        #expect(MetricsReport.csvField("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"")
    }

    @Test("files with errors are still measured, with a note on stderr")
    func noteOnErrors() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.md", IncidentBuilder(slug: "a", date: "2024-05-01").markdown)
        let output = MetricsCommand(inputs: [folder.path], format: .csv, options: MetricsOptions(asOf: .of("2024-06-01"))).run()
        #expect(output.standardOutput.contains("\r\na,2024-05-01,P2,,,60,"))
        #expect(output.standardError == "note: 1 file has errors (run `hindsight check`); measured where the values parsed\n")
    }
}
