import Foundation

/// GitHub-style pipe tables, which cmark 0.30 reads as a plain paragraph:
///
///     | Pods | Pool per pod |
///     |-----:|--------------|
///     | 12   | 40           |
///
/// A top-level paragraph whose lines form such a table is rendered as an HTML
/// table; each cell's Markdown goes through cmark (safe mode) on its own.
struct PipeTable: Equatable {
    enum Alignment: Equatable { case none, left, center, right }

    var header: [String]
    var alignments: [Alignment]
    var rows: [[String]]

    /// The table in `lines`, or nil when they are not a pipe table.
    static func parse(_ lines: [Substring]) -> PipeTable? {
        guard lines.count >= 2, lines.allSatisfy({ $0.contains("|") }) else { return nil }
        let header = cells(lines[0])
        let delimiters = cells(lines[1])
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
        let rows = lines.dropFirst(2).map { line -> [String] in
            let row = cells(line)
            // Rows are cut or padded to the header's width, as GitHub does.
            return Array(row.prefix(header.count)) + Array(repeating: "", count: max(0, header.count - row.count))
        }
        return PipeTable(header: header, alignments: alignments, rows: rows)
    }

    /// Splits a row at unescaped pipes; `\|` is a pipe inside a cell.
    static func cells(_ line: Substring) -> [String] {
        var text = line.trimmingCharacters(in: .whitespaces)
        if text.hasPrefix("|") { text.removeFirst() }
        if text.hasSuffix("|") && !text.hasSuffix("\\|") { text.removeLast() }
        var cells: [String] = []
        var current = ""
        var escaped = false
        for character in text {
            if escaped {
                current.append(character == "|" ? "|" : "\\" + String(character))
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "|" {
                cells.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
            } else {
                current.append(character)
            }
        }
        if escaped { current.append("\\") }
        cells.append(current.trimmingCharacters(in: .whitespaces))
        return cells
    }

    /// The table as HTML; `renderInline` turns a cell's Markdown into safe inline HTML.
    func html(renderInline: (String) -> String) -> String {
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
        for (index, text) in header.enumerated() { html += cell("th", text, alignments[index]) }
        html += "</tr>\n</thead>\n"
        if !rows.isEmpty {
            html += "<tbody>\n"
            for row in rows {
                html += "<tr>"
                for (index, text) in row.enumerated() { html += cell("td", text, alignments[index]) }
                html += "</tr>\n"
            }
            html += "</tbody>\n"
        }
        return html + "</table>\n"
    }
}
