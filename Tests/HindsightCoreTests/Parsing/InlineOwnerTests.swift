import Foundation
import Testing

@testable import HindsightCore

@Suite("Owners and due dates written inline")
struct InlineOwnerTests {
    @Test(
        "the owner (an @handle kept as written) and the due date are read, and left out of the details",
        arguments: [
            ("**Add an alert**: Page on lag. Owner: @ana-ops. Due: 2024-04-01.", "@ana-ops", "2024-04-01"),
            ("**Add an alert**: Page on lag. Assignee: Ana Lima. Due: 2024-04-01.", "Ana Lima", "2024-04-01"),
            ("**Add an alert**: Page on lag. DRI: @sre-team. Due: 2024-04-01.", "@sre-team", "2024-04-01"),
            ("**Add an alert**: Page on lag (@sre-team, due 2024-04-01).", "@sre-team", "2024-04-01"),
            ("**Add an alert**: Page on lag (owner: Ana Lima, due: 2024-04-01)", "Ana Lima", "2024-04-01"),
            ("**Add an alert**: Page on lag — @ana, 2024-04-01", "@ana", "2024-04-01"),
            ("**Add an alert**: Page on lag - @ana, April 1, 2024.", "@ana", "April 1, 2024"),
            ("**Add an alert**: Page on lag (@ana, due April 1, 2024)", "@ana", "April 1, 2024"),
        ])
    func inline(line: String, owner: String, due: String) throws {
        let item = try #require(ActionStatusTests.item(line))
        #expect(item.owner?.value == owner)
        #expect(item.dueText?.value == due)
        #expect(item.due == Day.of("2024-04-01"))
        #expect(item.details == "Page on lag.")
    }

    @Test("the values keep their columns")
    func locations() throws {
        let item = try #require(ActionStatusTests.item("**Add an alert**: Page on lag (@sre-team, due 2024-04-01)."))
        #expect(item.owner?.location == SourceLocation(line: 7, column: 36))
        #expect(item.dueText?.location == SourceLocation(line: 7, column: 51))
    }

    @Test("a due that is not a date is kept as written, for action-due to report")
    func unreadableDue() throws {
        let item = try #require(ActionStatusTests.item("**Add an alert**: Page on lag (@sre-team, due next sprint)."))
        #expect(item.owner?.value == "@sre-team")
        #expect(item.dueText?.value == "next sprint")
        #expect(item.due == nil)
    }

    @Test("a remark in parentheses or after a dash is not an assignment")
    func remarks() throws {
        for line in ["**Add an alert**: Page on lag (see @ana's doc).", "**Add an alert**: Page on lag - the p99 one."] {
            let item = try #require(ActionStatusTests.item(line))
            #expect(item.owner == nil)
            #expect(item.dueText == nil)
        }
    }

    @Test("after a dash, the last dash of the first kind found (em, en, then hyphen) starts the assignment")
    func lastDash() throws {
        let hyphens = try #require(InlineAssignment.find(in: "Page on lag - p99 - @ana, 2024-04-01"))
        #expect(hyphens.owner == "@ana")
        #expect(hyphens.due == "2024-04-01")
        #expect(hyphens.rest == "Page on lag - p99")
        let mixed = try #require(InlineAssignment.find(in: "Page - @bob — @ana"))
        #expect(mixed.owner == "@ana")
        #expect(mixed.rest == "Page - @bob")
        #expect(InlineAssignment.find(in: "Page on lag — @ana's doc - the p99 one") == nil)
    }
}
