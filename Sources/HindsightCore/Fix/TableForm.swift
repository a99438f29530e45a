import CommonMark

/// Timeline and action tables as the template's lists, when the list keeps
/// every cell: `| 14:02 | Alert fired |` → `` - `[14:02]` - Alert fired ``,
/// `| Cap the pool | @sre | 2024-05-08 | Done |` →
/// `` - `[x]` Cap the pool. Owner: @sre. Due: 2024-05-08. Status: Done. ``
/// A table with a cell the list has no place for (a `Priority` column, a row
/// longer than its header) is kept as written, with a note saying why.
struct TableForm {
    let postMortem: PostMortem
    let document: MarkdownDocument
    private(set) var notes: [CanonicalForm.Note] = []
    /// The zone a converted timeline table's header named, for a `Timezone` field the file lacks.
    private(set) var zoneField: String?

    init(postMortem: PostMortem, text: String) {
        self.postMortem = postMortem
        document = CommonMark.parse(FrontMatterReader.split(text).markdown)
    }

    mutating func rewrite(into buffer: inout LineBuffer) {
        for table in document.tables.sorted(by: { $0.key < $1.key }).map(\.value) {
            let rows = Set(table.rows.compactMap(\.first?.line))
            let entries = postMortem.timeline.filter { $0.isTableRow && rows.contains($0.location.line) }
            let items = postMortem.actionItems.filter { $0.isTableRow && rows.contains($0.location.line) }
            guard !entries.isEmpty || !items.isEmpty else { continue }
            let what = entries.isEmpty ? "action" : "timeline"
            let lines = (table.header.first?.line ?? 1)...(table.rows.last?.first?.line ?? (table.header.first?.line ?? 1) + 1)
            let result = entries.isEmpty ? actionList(table, items) : timelineList(table, entries, buffer)
            switch result {
            case .success(let list):
                if let problem = cutCell(table, buffer) {
                    notes.append(.init(line: lines.lowerBound, message: "kept the \(what) table as written: \(problem)"))
                } else {
                    buffer.replace(lines, with: list)
                }
            case .failure(let reason):
                notes.append(.init(line: lines.lowerBound, message: "kept the \(what) table as written: \(reason.message)"))
            }
        }
    }

    struct Reason: Error {
        var message: String
    }

    /// Why a row holds more than its cells (a cell past the header's width), if one does.
    private func cutCell(_ table: PipeTable, _ buffer: LineBuffer) -> String? {
        for row in table.rows {
            guard let number = row.first?.line, let line = buffer.line(number) else { continue }
            let inLine = line.filter { $0.isLetter || $0.isNumber }.count
            let inCells = row.map { $0.text.filter { $0.isLetter || $0.isNumber }.count }.reduce(0, +)
            if inLine != inCells { return "its row at line \(number) has more cells than the header" }
            if line.contains("\\|") { return "its row at line \(number) has an escaped `|`" }
        }
        return nil
    }

    /// The other columns no list part holds, with a cell written in them.
    private func leftOver(_ table: PipeTable, _ columns: TableColumns, used: Set<Int>) -> String? {
        let unused = table.header.indices.filter { column in
            !used.contains(column) && table.rows.contains { $0.indices.contains(column) && !$0[column].text.isEmpty }
        }
        guard !unused.isEmpty else { return nil }
        let names = unused.map { "'\(TableCell.plain(columns.headers[$0]))'" }.joined(separator: ", ")
        return "the list form has no place for its column\(unused.count == 1 ? "" : "s") \(names)"
    }

    private mutating func timelineList(_ table: PipeTable, _ entries: [TimelineEntry], _ buffer: LineBuffer) -> Result<[String], Reason> {
        let columns = TableColumns(table, names: TableColumns.timelineNames)
        guard let time = columns.index[.time] else { return .failure(Reason(message: "it has no Time column")) }
        let date = columns.index[.date]
        let others = columns.unclaimed
        guard let event = columns.index[.event] ?? (others.count == 1 ? others.first : nil) else {
            return .failure(Reason(message: "it has no Event column"))
        }
        if let problem = leftOver(table, columns, used: Set([time, event] + (date.map { [$0] } ?? []))) {
            return .failure(Reason(message: problem))
        }
        if let zone = columns.qualifiers[time] {
            if postMortem.field(key: "timezone") == nil, TableColumns.isZone(zone), zoneField == nil || zoneField == zone {
                zoneField = zone
            } else if postMortem.field(key: "timezone")?.value != zone {
                return .failure(Reason(message: "its Time header's '(\(zone))' is not the file's Timezone"))
            }
        }
        var list: [String] = []
        var remaining = entries[...]
        for row in table.rows where row.contains(where: { !$0.text.isEmpty }) {
            guard let entry = remaining.popFirst(), let stamp = entry.stamp,
                let (hour, minute, day) = TimestampParser.parseStamp(stamp)
            else { return .failure(Reason(message: "a row's time cannot be read")) }
            list.append("- `[\(CanonicalForm.stamp(hour: hour, minute: minute, day: day))]` - " + row[event].text)
        }
        return .success(list)
    }

    private func actionList(_ table: PipeTable, _ items: [ActionItem]) -> Result<[String], Reason> {
        let columns = TableColumns(table, names: TableColumns.actionNames)
        guard let action = columns.index[.action] else { return .failure(Reason(message: "it has no Action column")) }
        // A completion date keeps its column's own word (`Closed:` for a Closed column), `Done:` otherwise.
        let completedKey = columns.index[.completed].map { column in
            let name = TableColumns.name(of: columns.headers[column]).name
            return CompletionDate.keys.contains(name) ? name.prefix(1).uppercased() + name.dropFirst() : "Done"
        }
        let parts: [(TableColumns.Role, String)] =
            [(.owner, "Owner"), (.due, "Due"), (.status, "Status"), (.ticket, "Ticket"), (.id, "ID"), (.type, "Type")]
            + (completedKey.map { [(.completed, $0)] } ?? [])
        let used = Set([action] + parts.compactMap { columns.index[$0.0] })
        if let problem = leftOver(table, columns, used: used) { return .failure(Reason(message: problem)) }
        let isDoneColumn = columns.index[.status].map { TableColumns.name(of: columns.headers[$0]).name == "done" } ?? false
        var list: [String] = []
        var remaining = items[...]
        for row in table.rows where row.contains(where: { !$0.text.isEmpty }) {
            guard let item = remaining.popFirst() else { return .failure(Reason(message: "a row is not an item")) }
            var line = "- "
            if let box = CanonicalForm.checkbox(for: item.status) { line += box + " " }
            line += Self.sentence(row[action].text)
            for (role, key) in parts {
                guard let column = columns.index[role], case let cell = row[column].text, !cell.isEmpty else { continue }
                // A checkbox or a yes/no answer is the item's checkbox; a status word stays, the box its meaning.
                let answer = cell.lowercased()
                // A Done column holding a day is done on that day: the list says it with its own key.
                if role == .status, isDoneColumn, DateParser.parse(cell) != nil {
                    line += " Done: " + Self.sentence(cell)
                    continue
                }
                if role == .status,
                    ["[x]", "[ ]", "[]"].contains(answer)
                        || (isDoneColumn && (TableReader.yes.contains(answer) || TableReader.no.contains(answer)))
                {
                    continue
                }
                line += " \(key): " + Self.sentence(cell)
            }
            list.append(line)
        }
        return .success(list)
    }

    /// `text` ending as a sentence: with its own `.`, `!` or `?`, else a `.` added.
    static func sentence(_ text: String) -> String {
        guard let last = text.last else { return text }
        return ".!?".contains(last) ? text : text + "."
    }
}
