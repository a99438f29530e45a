import Testing

@testable import HindsightCore

/// `completion-date` against the as-of date, which the fixtures (checked without one) cannot pin.
@Suite("completion-date and the as-of date")
struct CompletionDateRuleTests {
    static let markdown = """
        # Incident: X

        **Date**: 2024-06-14

        ## Action Items

        -   `[x]` **Cap the pool**: Owner: Ana. Due: 2024-06-21. Done: 2024-07-02.
        -   `[x]` **Alert**: Owner: Bo. Due: 2024-06-21. Done: 2024-06-30.
        """

    static func findings(asOf: String?) -> [String] {
        var context = ValidationContext()
        context.asOf = asOf.map { .of($0) }
        return Validator(context: context).diagnostics(for: [Fixtures.parse(Self.markdown)])
            .filter { $0.rule == .completionDate }.map(\.description)
    }

    @Test("a completion date after the as-of date is an error at the date; on the as-of date it is fine")
    func afterAsOf() {
        #expect(
            Self.findings(asOf: "2024-06-30") == [
                "inline.md:7:64: error: action item 1 was completed 2024-07-02, after today (2024-06-30), so its time to close is unknown; a completion date says when it was finished: write a planned date as `Due:` [completion-date]"
            ])
        #expect(Self.findings(asOf: "2024-07-02").isEmpty)
        #expect(Self.findings(asOf: nil).isEmpty)
    }
}
