import CommonMark

/// The columns of a timeline or action-item table, found by their header cells
/// in any order, ignoring case, emphasis and a parenthesised qualifier
/// (`Time (UTC)`, `**Owner**`, `Due date:`).
struct TableColumns: Sendable {
    enum Role: Sendable, Hashable {
        case time, date, event
        case action, owner, due, status, ticket, id, type, priority
        /// The completion date (`Closed`, `Completed`; `Done` beside a `Status` column).
        case completed
    }

    static let timelineNames: [(Role, [String])] = [
        (.time, ["time", "timestamp", "when", "time of day"]),
        (.date, ["date", "day"]),
        (.event, ["event", "events", "description", "what happened", "details", "notes", "activity", "update"]),
    ]

    static let actionNames: [(Role, [String])] = [
        (.action, ["action", "action item", "item", "task", "description", "follow-up", "follow up", "what"]),
        (.owner, ["owner", "assignee", "who", "dri", "assigned to"]),
        (.due, ["due", "due date", "deadline", "target", "target date"]),
        (.status, ["status", "state", "done"]),
        (.ticket, ["ticket", "tickets", "issue", "link", "jira"]),
        (.id, ["id"]),
        (.type, ["type"]),
        (.priority, ["priority"]),
        (
            .completed,
            [
                "done", "closed", "completed", "completion date", "done date", "date done", "closed date", "date closed",
                "completed on", "closed on", "done on",
            ]
        ),
    ]

    /// The column index of each role the header names (the first column for a role; a name two roles
    /// share goes to the first still unclaimed: `Done` is the status unless a `Status` column came first).
    var index: [Role: Int] = [:]
    /// Each header's qualifier in parentheses (`UTC` in `Time (UTC)`), by column.
    var qualifiers: [Int: String] = [:]
    /// The header cells as written.
    var headers: [String]

    init(_ table: PipeTable, names: [(Role, [String])]) {
        headers = table.header.map(\.text)
        for (column, cell) in table.header.enumerated() {
            let (name, qualifier) = Self.name(of: cell.text)
            if let qualifier { qualifiers[column] = qualifier }
            guard let role = names.first(where: { $0.1.contains(name) && index[$0.0] == nil })?.0 else { continue }
            index[role] = column
        }
    }

    /// The lower-case name of a header cell and its qualifier: `**Time (UTC)**:` → (`time`, `UTC`).
    static func name(of header: String) -> (name: String, qualifier: String?) {
        var text = Substring(TableCell.plain(header))
        var qualifier: String?
        if let open = text.firstIndex(of: "("), let close = text[open...].firstIndex(of: ")") {
            qualifier = text[text.index(after: open)..<close].trimmingSpaces()
            text = text[..<open] + text[text.index(after: close)...]
        }
        let name = text.trimming(TrimSets.spaceAndDashes).lowercased()
        return (name, qualifier?.isEmpty == true ? nil : qualifier)
    }

    /// The columns no role claims.
    var unclaimed: [Int] {
        let claimed = Set(index.values)
        return headers.indices.filter { !claimed.contains($0) }
    }

    /// `UTC`, `PDT`, `UTC+2`, `Europe/Berlin`: a qualifier that names a zone.
    static func isZone(_ text: String) -> Bool {
        if text.contains("/") {
            return text.split(separator: "/").count >= 2
                && text.allSatisfy { $0.isASCIILetter || $0 == "/" || $0 == "_" || $0 == "-" }
        }
        let letters = text.prefix(while: \.isASCIILetter)
        let offset = text.dropFirst(letters.count)
        guard (1...5).contains(letters.count), letters.allSatisfy(\.isUppercase) else { return false }
        return offset.isEmpty
            || ((offset.first == "+" || offset.first == "-") && offset.dropFirst().allSatisfy { $0.isASCIIDigit || $0 == ":" }
                && offset.count > 1)
    }
}

/// A table cell's Markdown read as plain text and links.
enum TableCell {
    /// The cell's text with markup removed (`**Done**` → `Done`, `` `[14:02]` `` → `[14:02]`).
    static func plain(_ markdown: String) -> String { read(markdown).plain }

    /// The cell's text with markup removed, and its inline Markdown when it has any (see ``InlineMarkup``).
    static func read(_ markdown: String) -> (plain: String, markup: InlineMarkup?) {
        let markup: Set<Character> = ["*", "_", "`", "[", "]", "<", "!", "\\", "&", "~"]
        guard markdown.contains(where: { markup.contains($0) }) else { return (markdown, nil) }
        let document = CommonMark.parse(markdown)
        guard !document.nodes.isEmpty else { return (markdown, nil) }
        let plain = document.plainText(of: 0).trimmingSpaces()
        return (plain, document.inlineMarkup(of: 0))
    }

    /// The targets of the cell's links.
    static func links(_ markdown: String) -> [String] {
        guard markdown.contains("](") || markdown.contains("<http") else { return [] }
        return CommonMark.parse(markdown).nodes.compactMap { node in
            if case .link(let destination) = node.kind { return destination }
            return nil
        }
    }

    static func location(_ cell: PipeTable.Cell) -> SourceLocation {
        SourceLocation(line: cell.line, column: cell.column)
    }
}

extension Character {
    fileprivate var isASCIILetter: Bool { isASCII && isLetter }
}
