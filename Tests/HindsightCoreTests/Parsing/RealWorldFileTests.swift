import Testing

@testable import HindsightCore

/// A post-mortem as teams write it: front matter, status words instead of
/// checkboxes, owners and quarters written inline.
@Suite("A post-mortem in the forms teams write")
struct RealWorldFileTests {
    static let path = Fixtures.path("realworld/2025-08-19-webhook-delivery-backlog.md")

    @Test("check --strict finds nothing to report")
    func clean() {
        let output = CheckCommand(inputs: [Self.path], strict: true).run()
        #expect(output.exitCode == ExitCode.success, "\(output.standardOutput)")
        #expect(output.standardOutput.hasSuffix("checked 1 file: 0 errors, 0 warnings\n"))
    }

    @Test("every field, status, owner and due date is read")
    func values() throws {
        let postMortem = try #require(Corpus.load(paths: [Self.path]).postMortems.first)
        #expect(postMortem.title?.value == "Partner webhooks delayed by a retry storm in the delivery queue")
        #expect(postMortem.date == Day.of("2025-08-19"))
        #expect(postMortem.severity == "P2")
        #expect(postMortem.services == ["webhooks", "delivery-queue"])
        #expect(postMortem.field("incident-id")?.value == "INC-2025-0819")
        let items = postMortem.actionItems
        #expect(items.map(\.status) == [.done, .open, .open, .dropped])
        #expect(items.map { $0.owner?.value } == ["@webhooks-team", "@webhooks-team", "@dana", "Dana Okoye"])
        #expect(items.map(\.due) == [Day.of("2025-08-29"), Day.of("2025-12-31"), Day.of("2025-10-31"), nil])
    }
}
