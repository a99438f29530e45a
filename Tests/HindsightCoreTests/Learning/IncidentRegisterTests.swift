import Testing

@testable import HindsightCore

@Suite("Incident register")
struct IncidentRegisterTests {
    static let header = "id,date,title,severity,data_loss,rollback,performance_degradation\n"

    static func problems(_ register: IncidentRegister) -> [String] { register.problems.map(\.description) }

    @Test("reads good rows, extra columns ignored, columns in any order and case")
    func goodRows() {
        let register = IncidentRegister.read(
            "Severity,ID,Date,Title,Data Loss,Rollback,Performance_Degradation,owner\nsev1,INC-1,2024-03-05,Checkout down,no,yes,no,ana\n",
            path: "r.csv")
        #expect(register.problems.isEmpty)
        var expected = IncidentRecord(id: "INC-1", title: "Checkout down", location: SourceLocation(line: 2, column: 1))
        expected.date = Day(year: 2024, month: 3, day: 5)
        expected.severity = "P1"
        expected.rollback = true
        #expect(register.records == [expected])
    }

    @Test("CSV quoting: commas, doubled quotes and line breaks inside quotes; the next row's line is right")
    func quoting() {
        let register = IncidentRegister.read(
            Self.header + "INC-1,2024-03-05,\"Slow, then \"\"down\"\"\nfor an hour\",P2,no,no,yes\nINC-2,2024-03-06,x,P3,no,no,no\n",
            path: "r.csv")
        #expect(register.problems.isEmpty)
        #expect(register.records.map(\.title) == ["Slow, then \"down\"\nfor an hour", "x"])
        #expect(register.records.map(\.location.line) == [2, 4])
    }

    @Test(
        "booleans: yes/no, true/false, 1/0 in any case; empty is no",
        arguments: [("yes", true), ("YES", true), ("True", true), ("1", true), ("no", false), ("FALSE", false), ("0", false), ("", false)])
    func booleans(text: String, value: Bool) {
        let register = IncidentRegister.read(Self.header + "INC-1,2024-03-05,x,P2,\(text),no,no\n", path: "r.csv")
        #expect(register.problems.isEmpty)
        #expect(register.records.first?.dataLoss == value)
    }

    @Test("a bad boolean, a bad date and an unknown severity are errors at their cells; the row is not judged")
    func malformedCells() {
        let register = IncidentRegister.read(Self.header + "INC-1,2024-13-45,x,P9,maybe,no,no\n", path: "r.csv")
        #expect(
            Self.problems(register) == [
                "r.csv:2:7: error: incident INC-1: '2024-13-45' is not a date; write it as YYYY-MM-DD [incident-register]",
                "r.csv:2:20: error: incident INC-1: 'P9' is not a severity; use one of P0, P1, P2, P3, P4 [incident-register]",
                "r.csv:2:23: error: incident INC-1: 'maybe' in 'data_loss' is not yes or no; write yes/no, true/false or 1/0 [incident-register]",
            ])
        #expect(register.records.map(\.isValid) == [false])
    }

    @Test("a missing column is one error on the header naming it")
    func missingColumn() {
        let register = IncidentRegister.read("id,date,title,severity,rollback\nINC-1,2024-03-05,x,P0,no\n", path: "r.csv")
        #expect(
            Self.problems(register) == [
                "r.csv:1:1: error: the incident register has no 'data_loss', 'performance_degradation' columns; its columns are id, date, title, severity, data_loss, rollback, performance_degradation [incident-register]"
            ])
        #expect(register.records.isEmpty)
    }

    @Test("an unclosed quote, a short row, a row without an ID and a repeated ID")
    func malformedRows() {
        #expect(
            Self.problems(IncidentRegister.read(Self.header + "INC-1,2024-03-05,\"never closed,P0,no,no,no\n", path: "r.csv")) == [
                "r.csv:2:18: error: a quoted field is never closed; end it with a double quote (\") [incident-register]"
            ])
        #expect(
            Self.problems(
                IncidentRegister.read(
                    Self.header + "INC-1,2024-03-05,x,P0\n,2024-03-05,x,P0,no,no,no\nINC-1,2024-03-05,y,P1,no,no,no\n", path: "r.csv")) == [
                    "r.csv:2:1: error: this row has 4 fields but the header has 7; quote fields that hold commas [incident-register]",
                    "r.csv:3:1: error: this row has no incident ID in the 'id' column; fill it in or remove the row [incident-register]",
                    "r.csv:4:1: error: incident ID 'INC-1' is also on line 2; give each incident one row [incident-register]",
                ])
    }

    @Test("JSON: an array of objects, booleans and numbers as values, each object's line for diagnostics")
    func json() {
        let text = """
            [
              {"id": "INC-1", "date": "2024-03-05", "title": "x", "severity": "P0", "data_loss": false, "rollback": 1, "performance_degradation": "no"},
              {"id": 42, "date": "soon", "title": "y", "severity": "P1", "data_loss": true, "rollback": "no", "performance_degradation": null}
            ]
            """
        let register = IncidentRegister.read(text, path: "r.json")
        #expect(register.records.map(\.id) == ["INC-1", "42"])
        #expect(register.records.map(\.rollback) == [true, false])
        #expect(register.records.map(\.dataLoss) == [false, true])
        #expect(
            Self.problems(register) == ["r.json:3:3: error: incident 42: 'soon' is not a date; write it as YYYY-MM-DD [incident-register]"])
    }

    @Test("JSON that is not an array of objects is one error")
    func malformedJSON() {
        #expect(
            Self.problems(IncidentRegister.read("[{\"id\": }]", path: "r.json")) == [
                "r.json:1:1: error: the incident register is not a valid JSON array of objects; check it with a JSON validator [incident-register]"
            ])
    }

    @Test("a register that cannot be read is one error naming the file")
    func unreadable() {
        let register = IncidentRegister.load(path: "/nonexistent/register.csv")
        #expect(register.problems.map(\.rule) == [.incidentRegister])
        #expect(register.problems.first?.message.hasPrefix("cannot read the incident register (") == true)
    }

    @Test("the policy: P0, data loss, emergency rollback, performance degradation; each switchable")
    func policy() {
        var record = IncidentRecord(id: "INC-1", location: .fileStart)
        record.severity = "P0"
        record.dataLoss = true
        record.rollback = true
        record.performanceDegradation = true
        #expect(PostMortemPolicy().reasons(for: record) == ["P0", "data loss", "emergency rollback", "performance degradation"])
        var policy = PostMortemPolicy()
        policy.severities = []
        policy.dataLoss = false
        policy.rollback = false
        policy.performanceDegradation = false
        #expect(policy.reasons(for: record) == [])
        record = IncidentRecord(id: "INC-2", location: .fileStart)
        record.severity = "P1"
        #expect(PostMortemPolicy().reasons(for: record) == [])
    }
}
