import CommonMark

/// Reads timeline and action-item tables: a row per entry or item, each value
/// located at its cell. A table that looks like one but lacks the column that
/// matters is not guessed at: it becomes an ``UnreadableTable``.
enum TableReader {
    /// The entries of a timeline table (`| Time | Event |`, optional `Date`), the zone its
    /// time header names, or why it cannot be read.
    static func timeline(_ table: PipeTable, heading: String, firstIndex: Int) -> Result<
        (entries: [TimelineEntry], zone: Located<String>?), UnreadableTable
    > {
        let columns = TableColumns(table, names: TableColumns.timelineNames)
        guard let time = columns.index[.time] ?? columns.index[.date] else {
            return .failure(
                unreadable(
                    table, .timeline, heading, columns, problem: "no column is a time",
                    fix: "name the column of times Time (or Timestamp, When), e.g. `| Time (UTC) | Event |`"))
        }
        let date = columns.index[.time] == nil ? nil : columns.index[.date]
        let others = columns.unclaimed
        guard let event = columns.index[.event] ?? (others.count == 1 ? others.first : nil) else {
            return .failure(
                unreadable(
                    table, .timeline, heading, columns, problem: "no column is what happened",
                    fix: "name the column of events Event (or Description, What happened)"))
        }
        var entries: [TimelineEntry] = []
        for row in table.rows where row.contains(where: { !$0.text.isEmpty }) {
            let stamp = [date.map { TableCell.plain(row[$0].text) }, TableCell.plain(row[time].text)]
                .compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
                .trimming { $0 == "[" || $0 == "]" || TrimSets.space($0) }
            let location = TableCell.location(row[date.flatMap { row[$0].text.isEmpty ? nil : $0 } ?? time])
            let (text, markup) = TableCell.read(row[event].text)
            var entry = TimelineEntry(
                index: firstIndex + entries.count, stamp: stamp.isEmpty ? nil : stamp, minute: nil, text: text, location: location)
            entry.markup = markup?.slice(0..<text.utf8.count, expecting: text)
            if let (hour, minute, day) = TimestampParser.parseStamp(stamp) {
                entry.minute = hour * 60 + minute
                entry.explicitDay = day
            }
            entry.isTableRow = true
            entries.append(entry)
        }
        let zone = columns.qualifiers[time].flatMap {
            TableColumns.isZone($0) ? Located($0, at: TableCell.location(table.header[time])) : nil
        }
        return .success((entries, zone))
    }

    /// The items of an action-item table (`| Action | Owner | Due | Status |`), or why it cannot be read.
    static func actionItems(_ table: PipeTable, heading: String, firstIndex: Int) -> Result<[ActionItem], UnreadableTable> {
        let columns = TableColumns(table, names: TableColumns.actionNames)
        guard let action = columns.index[.action] else {
            return .failure(
                unreadable(
                    table, .actions, heading, columns, problem: "no column is the action",
                    fix: "name the column of follow-ups Action (or Item, Task, Description), e.g. `| Action | Owner | Due | Status |`"))
        }
        var items: [ActionItem] = []
        for row in table.rows where row.contains(where: { !$0.text.isEmpty }) {
            items.append(item(row, columns: columns, action: action, index: firstIndex + items.count))
        }
        return .success(items)
    }

    private static func item(_ row: [PipeTable.Cell], columns: TableColumns, action: Int, index: Int) -> ActionItem {
        func cell(_ role: TableColumns.Role) -> (text: String, location: SourceLocation)? {
            guard let column = columns.index[role] else { return nil }
            let text = TableCell.plain(row[column].text)
            return text.isEmpty ? nil : (text, TableCell.location(row[column]))
        }
        let (text, markup) = TableCell.read(row[action].text)
        let description = text.trimming(TrimSets.sentenceEdges)
        var item = ActionItem(
            index: index, title: title(description), text: text,
            isDone: false, hasCheckbox: false, location: TableCell.location(row[action]))
        item.isTableRow = true
        item.details = description.isEmpty || description == item.title ? "" : description + "."
        item.detailsMarkup = item.details.isEmpty ? nil : markup?.details(description, in: text[...])
        if let owner = cell(.owner) { item.owner = Located(owner.text, at: owner.location) }
        if let due = cell(.due) {
            item.dueText = Located(due.text, at: due.location)
            item.due = DueDateParser.parse(due.text)
        }
        if let status = cell(.status) { readStatus(status.text, at: status.location, isDoneColumn: isDoneColumn(columns), into: &item) }
        if item.completedText == nil, let completed = cell(.completed) {
            CompletionDate.read(Located(completed.text, at: completed.location), into: &item)
            if cell(.status) == nil { CompletionDate.settle(&item) }
        }
        if let id = cell(.id) { item.id = ListValue.kebab(id.text).nonEmpty }
        // The learning framework's action type, as a `Type:` part of a list item is.
        if let type = cell(.type) { item.typeText = Located(type.text, at: type.location) }
        var tickets: [String] = []
        if let column = columns.index[.ticket] {
            tickets += TableCell.links(row[column].text).filter { $0.hasPrefix("http") }
            tickets += TableCell.plain(row[column].text).split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init)
        }
        tickets += IssueKeys.find(in: item.text)
        tickets += TableCell.links(row[action].text).filter { $0.hasPrefix("http") }
        var seen = Set<String>()
        item.tickets = tickets.map { $0.trimming(TrimSets.ticketEdges) }.filter { !$0.isEmpty && seen.insert($0).inserted }
        let read: Set<TableColumns.Role> = [.action, .owner, .due, .status, .ticket, .id, .type, .completed]
        for (column, header) in columns.headers.enumerated() where !row[column].text.isEmpty {
            if let role = columns.index.first(where: { $0.value == column })?.key, read.contains(role) { continue }
            let location = TableCell.location(row[column])
            item.attributes.append(
                MetadataField(
                    name: TableCell.plain(header), value: TableCell.plain(row[column].text), location: location, valueLocation: location))
        }
        return item
    }

    /// The action cell as written when it is short, else its first words (as for a list item without a label).
    private static func title(_ description: String) -> String {
        let isShort = description.split(separator: " ").count <= 14
        return ActionItemReader.title(label: isShort ? description : nil, description: description)
    }

    /// A `Done` column holds yes/no answers, a `Status` column status words; either may hold a checkbox.
    private static func isDoneColumn(_ columns: TableColumns) -> Bool {
        columns.index[.status].map { TableColumns.name(of: columns.headers[$0]).name == "done" } ?? false
    }

    static let yes: Set<String> = ["yes", "y", "true", "x", "✓", "✔", "✔️", "☑", "☑️"]
    static let no: Set<String> = ["no", "n", "false", "-", "–", "☐"]

    private static func readStatus(_ text: String, at location: SourceLocation, isDoneColumn: Bool, into item: inout ActionItem) {
        let lowered = text.lowercased()
        if ["[x]", "[ ]", "[]"].contains(lowered) {
            item.hasCheckbox = true
            item.isDone = lowered == "[x]"
            return
        }
        if isDoneColumn, yes.contains(lowered) || no.contains(lowered) {
            item.isDone = yes.contains(lowered)
            return
        }
        // A `Done` column may say when: `2024-03-10` is done on that day.
        if isDoneColumn, DateParser.parse(text) != nil {
            item.isDone = true
            CompletionDate.read(Located(text, at: location), into: &item)
            return
        }
        // `Blocked (waiting on vendor)` — a remark in parentheses may follow.
        let word = text.range(of: " (").map { text[..<$0.lowerBound].trimmingSpaces() } ?? text
        item.statusWord = Located(word, at: location)
        if let meaning = ActionStatusWords.meaning(of: word) {
            item.isDone = meaning == .done
            item.isDropped = meaning == .dropped
        }
    }

    private static func unreadable(
        _ table: PipeTable, _ section: SectionKind, _ heading: String, _ columns: TableColumns, problem: String, fix: String
    ) -> UnreadableTable {
        UnreadableTable(
            section: section, heading: heading, rows: table.rows.count, columns: columns.headers, problem: problem, fix: fix,
            location: table.header.first.map(TableCell.location) ?? .fileStart)
    }
}
