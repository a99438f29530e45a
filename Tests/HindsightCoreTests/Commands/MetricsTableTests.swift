import Foundation
import Testing

@testable import HindsightCore

@Suite("hindsight metrics --format table")
struct MetricsTableTests {
    @Test("--format table on the five-incident fixture site matches Fixtures/golden/metrics-table.txt")
    func tableGolden() throws {
        let command = MetricsCommand(
            inputs: [Fixtures.packageRoot + "/" + SiteFixtureCorpus.folder], format: .table,
            options: MetricsOptions(asOf: SiteFixture.asOf))
        let output = command.run()
        #expect(output.standardError == "note: 3 files have errors (run `hindsight check`); measured where the values parsed\n")
        try GoldenPageTests.compare(output.standardOutput, toGolden: "metrics-table.txt", page: "metrics --format table")
    }
}
