import Foundation

/// A GitHub-style pipe table, which cmark 0.30 reads as a plain paragraph:
///
///     | Pods | Pool per pod |
///     |-----:|--------------|
///     | 12   | 40           |
///
/// A top-level paragraph whose lines form such a table is rendered as an HTML
/// table; each cell's Markdown goes through cmark (safe mode) on its own. Every
/// cell keeps where it is written, so a reader of the table can point at it.
public struct PipeTable: Sendable, Hashable {
    enum Alignment: Sendable, Hashable { case none, left, center, right }

    /// One cell: its Markdown as written (trimmed, `\|` unescaped) and where it starts.
    public struct Cell: Sendable, Hashable {
        public var text: String
        /// 1-based source line.
        public var line: Int
        /// 1-based UTF-8 column of the cell's first character (of the line's end for a padded cell).
        public var column: Int
    }

    /// The header row's cells.
    public var header: [Cell]
    var alignments: [Alignment]
    /// The body rows, each cut or padded to the header's width.
    public var rows: [[Cell]]

    /// The table in `lines` (the first at line `firstLine`), or nil when they are not a pipe table.
    static func parse(_ lines: [Substring], firstLine: Int = 1) -> PipeTable? {
        guard lines.count >= 2, lines.allSatisfy({ $0.contains("|") }) else { return nil }
        let header = cells(lines[0], line: firstLine)
        let delimiters = cells(lines[1], line: firstLine + 1).map(\.text)
        guard header.count == delimiters.count, !header.isEmpty else { return nil }
        var alignments: [Alignment] = []
        for cell in delimiters {
            let dashes = cell.trimmingCharacters(in: [":"])
            guard !dashes.isEmpty, dashes.allSatisfy({ $0 == "-" }) else { return nil }
            switch (cell.hasPrefix(":"), cell.hasSuffix(":")) {
            case (true, true): alignments.append(.center)
            case (false, true): alignments.append(.right)
            case (true, false): alignments.append(.left)
            case (false, false): alignments.append(.none)
            }
        }
        let rows = lines.dropFirst(2).enumerated().map { offset, line -> [Cell] in
            let number = firstLine + 2 + offset
            let row = cells(line, line: number)
            // Rows are cut or padded to the header's width, as GitHub does.
            let padding = Cell(text: "", line: number, column: line.utf8.count + 1)
            return Array(row.prefix(header.count)) + Array(repeating: padding, count: max(0, header.count - row.count))
        }
        return PipeTable(header: header, alignments: alignments, rows: rows)
    }

    /// Splits a row at unescaped pipes; `\|` is a pipe inside a cell.
    static func cells(_ line: Substring, line number: Int = 1) -> [Cell] {
        var start = line.startIndex
        var end = line.endIndex
        while start < end, line[start] == " " || line[start] == "\t" { start = line.index(after: start) }
        while end > start, line[line.index(before: end)] == " " || line[line.index(before: end)] == "\t" { end = line.index(before: end) }
        var text = line[start..<end]
        if text.hasPrefix("|") { text = text.dropFirst() }
        if text.hasSuffix("|") && !text.hasSuffix("\\|") { text = text.dropLast() }
        func column(_ index: Substring.Index) -> Int { line.utf8.distance(from: line.startIndex, to: index) + 1 }
        var cells: [Cell] = []
        var current = ""
        var currentStart = text.startIndex
        var escaped = false
        func finishCell(at index: Substring.Index) {
            let leading = current.prefix(while: { $0 == " " || $0 == "\t" })
            let startIndex = line.utf8.index(currentStart, offsetBy: leading.utf8.count)
            let trimmed = trimmingWhitespace(current)
            cells.append(Cell(text: trimmed, line: number, column: column(trimmed.isEmpty ? index : startIndex)))
            current = ""
        }
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if escaped {
                current.append(character == "|" ? "|" : "\\" + String(character))
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "|" {
                finishCell(at: index)
                currentStart = text.index(after: index)
            } else {
                current.append(character)
            }
            index = text.index(after: index)
        }
        if escaped { current.append("\\") }
        finishCell(at: text.endIndex)
        return cells
    }

    /// `cell.trimmingCharacters(in: .whitespaces)`; an ASCII cell (nearly every one) trimmed of its
    /// spaces and tabs on bytes, the only ASCII white space in that set, without Foundation's pass.
    static func trimmingWhitespace(_ cell: String) -> String {
        let utf8 = cell.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return cell.trimmingCharacters(in: .whitespaces) }
        guard let first = utf8.firstIndex(where: { $0 != 0x20 && $0 != 0x09 }) else { return "" }
        let last = utf8.lastIndex(where: { $0 != 0x20 && $0 != 0x09 })!
        if first == utf8.startIndex && last == utf8.index(before: utf8.endIndex) { return cell }
        return String(cell[first...last])
    }

    /// The table as HTML; `renderInline` turns a cell's Markdown into safe inline HTML;
    /// `rowIDs`, when given, become the body rows' `id`s (an empty one is left out).
    func html(rowIDs: [String] = [], renderInline: (String) -> String) -> String {
        func cell(_ tag: String, _ text: String, _ alignment: Alignment) -> String {
            let attribute: String
            switch alignment {
            case .none: attribute = ""
            case .left: attribute = " class=\"align-left\""
            case .center: attribute = " class=\"align-center\""
            case .right: attribute = " class=\"align-right\""
            }
            return "<\(tag)\(attribute)>\(renderInline(text))</\(tag)>"
        }
        var html = "<table>\n<thead>\n<tr>"
        for (index, header) in header.enumerated() { html += cell("th", header.text, alignments[index]) }
        html += "</tr>\n</thead>\n"
        if !rows.isEmpty {
            html += "<tbody>\n"
            for (rowIndex, row) in rows.enumerated() {
                let id = rowIDs.indices.contains(rowIndex) ? rowIDs[rowIndex] : ""
                html += id.isEmpty ? "<tr>" : "<tr id=\"\(HTMLEscaping.escape(id))\">"
                for (index, text) in row.enumerated() { html += cell("td", text.text, alignments[index]) }
                html += "</tr>\n"
            }
            html += "</tbody>\n"
        }
        return html + "</table>\n"
    }

    /// The table as HTML, its body rows given `rowIDs` (links rewritten and made safe as in ``CommonMark/parse(_:options:)``).
    public func html(rowIDs: [String], rewriteLink: (@Sendable (String) -> String?)?) -> String {
        html(rowIDs: rowIDs) { CommonMark.renderInline($0, rewriteLink: rewriteLink) }
    }
}
