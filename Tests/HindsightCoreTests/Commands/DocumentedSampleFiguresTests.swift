import Foundation
import Testing

/// docs/metrics.md works its definitions through on the sample corpus; those figures are the
/// sample's own, so a sample file added or changed cannot leave the page quoting old ones.
@Suite("The sample figures docs/metrics.md quotes")
struct DocumentedSampleFiguresTests {
    static func metrics(_ extra: [String] = []) throws -> [String: Any] {
        let result = try ExecutableTests.run(["metrics", "--format", "json", "--as-of", "2026-11-25"] + extra)
        let data = Data(result.output.utf8)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// The page with its line breaks read as spaces, as a reader reads a wrapped sentence.
    static let page: String =
        ((try? String(contentsOfFile: Fixtures.packageRoot + "/docs/metrics.md", encoding: .utf8)) ?? "")
        .replacingOccurrences(of: "\n", with: " ")

    /// Expects the page to say `sentence`, naming only the sentence when it does not (not the whole page).
    static func expectSays(_ sentence: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let says = page.contains(sentence)
        #expect(says, "docs/metrics.md should say: \(sentence)", sourceLocation: sourceLocation)
    }

    @Test("time to restore: count, incidents, sorted values, median, p90 and mean are the sample's")
    func timeToRestore() throws {
        let metrics = try Self.metrics()
        let restore = try #require(metrics["timeToRestore"] as? [String: Any])
        let count = try #require(restore["count"] as? Int)
        let included = try #require(restore["included"] as? [[String: Any]])
        let values = included.compactMap { $0["minutes"] as? Int }.sorted()
        let incidents = try #require((metrics["incidents"] as? [String: Any])?["total"] as? Int)
        let mean = try #require(restore["meanMinutes"] as? Double)
        Self.expectSays("**Sample corpus:** time to restore has `count` \(count) (\(incidents) incidents;")
        let listed = values.map(String.init).joined(separator: ", ")
        Self.expectSays("The sorted values are \(listed), so")
        Self.expectSays(
            "Mean = \(values.reduce(0, +)) / \(count) = **\(mean.formatted(.number.precision(.fractionLength(0...2)).grouping(.never)))**"
        )
        let median = try #require(restore["medianMinutes"] as? Double)
        let p90 = try #require(restore["p90Minutes"] as? Int)
        // The page works the median through for an even count; an odd one needs the sentence rewritten.
        try #require(count >= 2 && count.isMultiple(of: 2), "the sample's count is odd now: rewrite the median sentence")
        Self.expectSays(
            "median = (\(values[count / 2 - 1]) + \(values[count / 2]))/2 = **\(median.formatted(.number.grouping(.never)))**")
        Self.expectSays("so p90 = **\(p90)**")
    }

    @Test("drafts and recurrence: the measured counts and the repeat rate are the sample's")
    func draftsAndRecurrence() throws {
        let without = try #require((try Self.metrics()["incidents"] as? [String: Any])?["total"] as? Int)
        let with = try #require((try Self.metrics(["--drafts"])["incidents"] as? [String: Any])?["total"] as? Int)
        Self.expectSays("\(without) incidents are measured without `--drafts` and \(with) with it")
        let recurrence = try #require(try Self.metrics()["recurrence"] as? [String: Any])
        let considered = try #require(recurrence["incidentsConsidered"] as? Int)
        let repeats = try #require(recurrence["repeats"] as? Int)
        Self.expectSays(
            "is `incidentsConsidered`: \(considered) in the sample corpus, which has \(without) incidents")
        Self.expectSays("Sample: \(repeats) / \(considered) =")
    }
}
