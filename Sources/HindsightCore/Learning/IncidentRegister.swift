import Foundation

/// One incident from the register a pager or tracker exports.
public struct IncidentRecord: Sendable, Hashable {
    public var id: String
    public var date: Day?
    public var title: String
    /// The severity's level id on the configured scale, when it is on it.
    public var severity: String?
    public var dataLoss = false
    public var rollback = false
    public var performanceDegradation = false
    /// Where the row (CSV) or object (JSON) starts.
    public var location: SourceLocation
    /// Whether every cell could be read (a row with an error is not judged by the policy).
    public var isValid = true

    public init(id: String, title: String = "", location: SourceLocation) {
        self.id = id
        self.title = title
        self.location = location
    }
}

/// The incident register (`--incidents FILE`, `incidents:`): CSV with a header
/// row, or a JSON array of objects, with the columns `id, date, title,
/// severity, data_loss, rollback, performance_degradation` (docs/learning.md).
public struct IncidentRegister: Sendable, Hashable {
    public var path: String
    public var records: [IncidentRecord] = []
    /// Rows that could not be read, as `incident-register` errors at the register's line and column.
    public var problems: [Diagnostic] = []
    /// The register's text, for the source line under its diagnostics.
    public var text = ""

    public static let columns = ["id", "date", "title", "severity", "data_loss", "rollback", "performance_degradation"]

    public init(path: String) {
        self.path = path
    }

    /// Reads the register at `path`; a file that cannot be read is one problem.
    public static func load(path: String, severityScale: SeverityScale = .default) -> IncidentRegister {
        guard let data = FileManager.default.contents(atPath: path) else {
            var register = IncidentRegister(path: path)
            register.problem("cannot read the incident register (\(IOErrorText.posixReason(of: path))); check --incidents or `incidents:`")
            return register
        }
        guard let text = String(data: data, encoding: .utf8) else {
            var register = IncidentRegister(path: path)
            register.problem("the incident register is not UTF-8 text; export it as UTF-8 CSV or JSON")
            return register
        }
        return read(text, path: path, severityScale: severityScale)
    }

    /// Reads register text: JSON when it starts with `[`, else CSV.
    public static func read(_ text: String, path: String, severityScale: SeverityScale = .default) -> IncidentRegister {
        var register = IncidentRegister(path: path)
        register.text = text
        let rows: [[String: CSVRows.Field]]
        if text.drop(while: { $0.isWhitespace || $0 == "\u{FEFF}" }).first == "[" {
            rows = register.jsonRows(text)
        } else {
            rows = register.csvRows(text)
        }
        var firstLineByID: [String: Int] = [:]
        for row in rows {
            let record = register.record(from: row, severityScale: severityScale)
            guard !record.id.isEmpty else { continue }
            if let line = firstLineByID[record.id] {
                register.problem("incident ID '\(record.id)' is also on line \(line); give each incident one row", at: record.location)
                continue
            }
            firstLineByID[record.id] = record.location.line
            register.records.append(record)
        }
        return register
    }

    /// The record with this incident ID, if any.
    public func record(id: String) -> IncidentRecord? { records.first { $0.id == id } }

    mutating func problem(_ message: String, at location: SourceLocation = .fileStart) {
        problems.append(Diagnostic(path: path, location: location, rule: .incidentRegister, message: message))
    }

    /// One record from a row's cells by column key (`dataloss`), with a problem for every bad cell.
    private mutating func record(from row: [String: CSVRows.Field], severityScale: SeverityScale) -> IncidentRecord {
        let start = row.values.map(\.location).min() ?? .fileStart
        let idCell = row["id"]
        var record = IncidentRecord(id: idCell?.text.trimmingSpaces() ?? "", title: row["title"]?.text ?? "", location: start)
        guard !record.id.isEmpty else {
            problem("this row has no incident ID in the 'id' column; fill it in or remove the row", at: idCell?.location ?? start)
            return record
        }
        if let cell = row["date"] {
            let text = cell.text.trimmingSpaces()
            record.date = DateParser.parse(text)
            if record.date == nil {
                problem("incident \(record.id): '\(text)' is not a date; write it as YYYY-MM-DD", at: cell.location)
                record.isValid = false
            }
        }
        if let cell = row["severity"] {
            let text = cell.text.trimmingSpaces()
            record.severity = severityScale.normalize(text)
            if record.severity == nil {
                problem(
                    "incident \(record.id): '\(text)' is not a severity; use one of \(severityScale.levels.joined(separator: ", "))",
                    at: cell.location)
                record.isValid = false
            }
        }
        for (key, column) in [("dataloss", "data_loss"), ("rollback", "rollback"), ("performancedegradation", "performance_degradation")] {
            guard let cell = row[key] else { continue }
            guard let value = Self.boolean(cell.text) else {
                problem(
                    "incident \(record.id): '\(cell.text)' in '\(column)' is not yes or no; write yes/no, true/false or 1/0",
                    at: cell.location)
                record.isValid = false
                continue
            }
            switch key {
            case "dataloss": record.dataLoss = value
            case "rollback": record.rollback = value
            default: record.performanceDegradation = value
            }
        }
        return record
    }

    /// yes/no, true/false, 1/0 in any case; an empty cell is no.
    static func boolean(_ text: String) -> Bool? {
        switch text.trimmingSpaces().lowercased() {
        case "yes", "true", "1": return true
        case "no", "false", "0", "": return false
        default: return nil
        }
    }

    private mutating func csvRows(_ text: String) -> [[String: CSVRows.Field]] {
        let rows: [[CSVRows.Field]]
        switch CSVRows.parse(text) {
        case .success(let parsed): rows = parsed
        case .failure(let problem):
            self.problem(problem.message, at: problem.location)
            return []
        }
        guard let header = rows.first else {
            problem("the incident register is empty; it needs a header row (\(Self.columns.joined(separator: ", ")))")
            return []
        }
        let keys = header.map { MetadataField.normalizedName($0.text) }
        guard checkColumns(Set(keys), at: header.first?.location ?? .fileStart) else { return [] }
        return rows.dropFirst().map { cells in
            if cells.count != header.count, let first = cells.first {
                problem(
                    "this row has \(Format.plural(cells.count, "field")) but the header has \(header.count); quote fields that hold commas",
                    at: first.location)
            }
            var row: [String: CSVRows.Field] = [:]
            for (key, cell) in zip(keys, cells) where row[key] == nil { row[key] = cell }
            return row
        }
    }

    /// Whether every required column is there; a problem naming each missing one.
    private mutating func checkColumns(_ keys: Set<String>, at location: SourceLocation) -> Bool {
        let missing = Self.columns.filter { !keys.contains(MetadataField.normalizedName($0)) }
        guard missing.isEmpty else {
            problem(
                "the incident register has no \(missing.map { "'\($0)'" }.joined(separator: ", ")) column\(missing.count == 1 ? "" : "s"); "
                    + "its columns are \(Self.columns.joined(separator: ", "))", at: location)
            return false
        }
        return true
    }

    private mutating func jsonRows(_ text: String) -> [[String: CSVRows.Field]] {
        guard let objects = try? JSONDecoder().decode([JSONCell].self, from: Data(text.utf8)) else {
            problem("the incident register is not a valid JSON array of objects; check it with a JSON validator")
            return []
        }
        let starts = JSONObjectStarts.find(in: text)
        var rows: [[String: CSVRows.Field]] = []
        var objectIndex = 0
        for element in objects {
            guard case .object(let object) = element else {
                problem("each incident must be a JSON object ({\"id\": …}), not \(element.text.isEmpty ? "null" : element.text)")
                continue
            }
            let location = objectIndex < starts.count ? starts[objectIndex] : .fileStart
            objectIndex += 1
            guard checkColumns(Set(object.keys.map(MetadataField.normalizedName)), at: location) else { continue }
            var row: [String: CSVRows.Field] = [:]
            for (key, value) in object { row[MetadataField.normalizedName(key)] = CSVRows.Field(text: value.text, location: location) }
            rows.append(row)
        }
        return rows
    }
}

/// A JSON value as register text: `true`, `104`, `"P0"`, null as empty.
enum JSONCell: Decodable {
    case text(String)
    case object([String: JSONCell])

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .text("")
        } else if let bool = try? container.decode(Bool.self) {
            self = .text(bool ? "true" : "false")
        } else if let int = try? container.decode(Int.self) {
            self = .text(String(int))
        } else if let double = try? container.decode(Double.self) {
            self = .text(String(double))
        } else if let string = try? container.decode(String.self) {
            self = .text(string)
        } else {
            self = .object(try container.decode([String: JSONCell].self))
        }
    }

    var text: String {
        switch self {
        case .text(let text): return text
        case .object: return "an object"
        }
    }
}

/// Where each object of a top-level JSON array starts, for diagnostics.
enum JSONObjectStarts {
    static func find(in text: String) -> [SourceLocation] {
        var starts: [SourceLocation] = []
        var depth = 0
        var inString = false
        var escaped = false
        var line = 1
        var column = 1
        for character in text {
            if inString {
                if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == "\"" { inString = false }
            } else {
                switch character {
                case "\"": inString = true
                case "[", "{":
                    if character == "{" && depth == 1 { starts.append(SourceLocation(line: line, column: column)) }
                    depth += 1
                case "]", "}": depth -= 1
                default: break
                }
            }
            if character == "\n" || character == "\r\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return starts
    }
}
