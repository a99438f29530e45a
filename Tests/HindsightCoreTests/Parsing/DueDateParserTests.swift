import Testing

@testable import HindsightCore

@Suite("Due dates written as periods")
struct DueDateParserTests {
    @Test(
        "a quarter, a month or a half is read as its last day",
        arguments: [
            ("2024-Q3", "2024-09-30"), ("Q3 2024", "2024-09-30"), ("q1 2024", "2024-03-31"), ("2024-Q4", "2024-12-31"),
            ("June 2024", "2024-06-30"), ("end of June 2024", "2024-06-30"), ("Feb 2024", "2024-02-29"),
            ("End of Sept 2023.", "2023-09-30"),
            ("H2 2024", "2024-12-31"), ("H1 2024", "2024-06-30"), ("2024-H2", "2024-12-31"), ("end of Q2 2024", "2024-06-30"),
            ("2024-03-05", "2024-03-05"), ("March 5, 2024", "2024-03-05"),
        ])
    func period(text: String, day: String) {
        #expect(DueDateParser.parse(text) == Day.of(day))
    }

    @Test(
        "text that is not a date stays unread",
        arguments: ["Q3", "Q5 2024", "H3 2024", "next sprint", "end of sprint", "2024-06", "June", "Junk 2024", "Q3 9999", "end of"])
    func notADate(text: String) {
        #expect(DueDateParser.parse(text) == nil)
    }

    @Test("an incident's Date is still a day, not a period")
    func incidentDateIsADay() {
        #expect(DateParser.parse("2024-Q3") == nil)
    }
}
