import Foundation
import Testing

@testable import HindsightCore

/// Numbers read from a file never trap: a value out of range is a diagnostic and is left unread.
@Suite("Numbers out of range")
struct NumberRangeTests {
    static func withDuration(_ duration: String) -> String {
        Fixtures.validPostMortem.replacingOccurrences(of: "**Duration**: 1 hour 30 minutes", with: "**Duration**: \(duration)")
    }

    static func withStamp(_ stamp: String) -> String {
        Fixtures.validPostMortem.replacingOccurrences(of: "`[00:20]`", with: "`[\(stamp)]`")
            .replacingOccurrences(of: "Incident: Checkout failures", with: "Incident: Cart failures")
    }

    static func findings(_ markdown: String, rule: RuleID) -> [String] {
        Fixtures.diagnostics(markdown).filter { $0.rule == rule }.map { "\($0.location) \($0.message)" }
    }

    @Test(
        "a duration over 365 days is out of range, reported and left unread",
        arguments: [
            "99999999999999999999 minutes", "9223372036854775807 minutes", "153722867280912930 hours", "6405119470038039 days",
            String(repeating: "9", count: 400) + " days", "365 days 1 minute",
        ])
    func durationOutOfRange(duration: String) {
        let markdown = Self.withDuration(duration)
        #expect(Fixtures.parse(markdown).impact.durationMinutes == nil)
        #expect(
            Self.findings(markdown, rule: .impactField) == [
                "27:19 duration '\(duration)' is out of range; state at most 365 days (525600 minutes), like '1 hour 12 minutes'"
            ])
        #expect(Self.findings(markdown, rule: .durationMismatch).isEmpty)
    }

    @Test("365 days is the longest duration read")
    func longestDuration() {
        #expect(DurationParser.read("365 days") == .minutes(525_600))
        #expect(DurationParser.read("364 days 23 hours 59 minutes") == .minutes(525_599))
        #expect(DurationParser.read("forever") == .none)
    }

    @Test(
        "a stamp with an overflowing or malformed seconds part is not a time",
        arguments: ["15:51:9223372036854775808", "15:51:99999999999999999999", "15:51:60", "15:51:5", "15:51:"])
    func stampOutOfRange(stamp: String) {
        let markdown = Self.withStamp(stamp)
        #expect(Fixtures.parse(markdown).timeline[2].minute == nil)
        #expect(
            Self.findings(markdown, rule: .timestampFormat) == [
                "12:5 '\(stamp)' is not a time of day; write HH:MM (00:00–23:59) or a full stamp like 2024-03-05 23:10"
            ])
    }

    @Test("a stamp with seconds still reads as its minute")
    func stampWithSeconds() {
        #expect(Fixtures.parse(Self.withStamp("00:20:59")).timeline[2].minute == 1440 + 20)
    }

    /// Runs the executable and fails the test if it died of a signal instead of exiting.
    static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let result = try ExecutableTests.run(arguments)
        return (result.status, result.output)
    }

    @Test("check, metrics and build report such a file instead of crashing")
    func executableSurvives() throws {
        let folder = try TemporaryFolder()
        try folder.write("in/stamp.md", Self.withStamp("15:51:9223372036854775808"))
        try folder.write("in/duration.md", Self.withDuration("99999999999999999999 minutes"))
        let check = try Self.run(["check", folder.path + "/in"])
        #expect(check.status == 1)
        #expect(check.output.contains("stamp.md:12:5: error: '15:51:9223372036854775808' is not a time of day"))
        #expect(check.output.contains("duration.md:27:19: warning: duration '99999999999999999999 minutes' is out of range"))
        #expect(try Self.run(["check", "--strict", folder.path + "/in/duration.md"]).status == 1)

        let metrics = try Self.run(["metrics", "--format", "json", "--as-of", "2024-06-01", folder.path + "/in"])
        #expect(metrics.status == 0)
        let build = try Self.run(["build", folder.path + "/in", "--output", folder.path + "/site", "--as-of", "2024-06-01"])
        #expect(build.status == 0)
        let exported = try String(contentsOfFile: folder.path + "/site/incidents.json", encoding: .utf8)
        // The stamp file's duration is read; the other one's is missing, not a wrong figure.
        let durations = exported.matches(of: /"durationMinutes": ([^,\n}]+)/).map { String($0.output.1) }
        #expect(durations.sorted() == ["90", "null"])
    }
}
