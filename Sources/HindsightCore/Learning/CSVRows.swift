/// RFC 4180 CSV: fields split by commas, rows by line breaks (LF or CRLF); a
/// field in double quotes may hold commas, line breaks and `""` for a quote.
/// Every field keeps the line and column it starts at.
enum CSVRows {
    struct Field: Sendable, Hashable {
        var text: String
        var location: SourceLocation
    }

    /// A quote left open, and where it opens.
    struct OpenQuote: Error {
        var location: SourceLocation
        var message: String { "a quoted field is never closed; end it with a double quote (\")" }
    }

    /// The rows of `text` (blank lines skipped), or where a quote is left open.
    static func parse(_ text: String) -> Result<[[Field]], OpenQuote> {
        var rows: [[Field]] = []
        var row: [Field] = []
        var field = ""
        var fieldStart = SourceLocation.fileStart
        var line = 1
        var column = 1
        var inQuotes = false
        var quoteStart = SourceLocation.fileStart
        var atFieldStart = true
        var characters = Array(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
        characters.append("\n")  // a last row without a line break ends like the others
        var index = 0
        func endField() {
            row.append(Field(text: field, location: fieldStart))
            field = ""
            atFieldStart = true
        }
        while index < characters.count {
            let character = characters[index]
            if atFieldStart {
                fieldStart = SourceLocation(line: line, column: column)
                atFieldStart = false
            }
            if inQuotes {
                if character == "\"" {
                    if index + 1 < characters.count, characters[index + 1] == "\"" {
                        field.append("\"")
                        index += 1
                        column += 1
                    } else {
                        inQuotes = false
                    }
                } else {
                    field.append(character)
                }
            } else if character == "\"" && field.isEmpty {
                inQuotes = true
                quoteStart = SourceLocation(line: line, column: column)
            } else if character == "," {
                endField()
            } else if character == "\n" || character == "\r\n" || character == "\r" {
                endField()
                if !(row.count == 1 && row[0].text.isEmpty) { rows.append(row) }
                row = []
            } else {
                field.append(character)
            }
            if character == "\n" || character == "\r\n" || character == "\r" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index += 1
        }
        if inQuotes {
            return .failure(OpenQuote(location: quoteStart))
        }
        return .success(rows)
    }
}
