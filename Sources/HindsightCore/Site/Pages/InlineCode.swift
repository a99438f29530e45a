import CommonMark

/// A diagnostic's message as HTML: escaped, with its code spans as `<code>`.
enum InlineCode {
    /// The message escaped, each code span (a run of backticks up to the next run of the same
    /// length, as in CommonMark) as `<code>`; a run with no partner stays as it is.
    static func html(_ text: String) -> String {
        let characters = Array(text)
        var html = ""
        var plain = ""
        var index = 0
        while index < characters.count {
            guard characters[index] == "`" else {
                plain.append(characters[index])
                index += 1
                continue
            }
            let run = runLength(characters, from: index)
            guard let close = closingRun(characters, length: run, from: index + run) else {
                plain += String(repeating: "`", count: run)
                index += run
                continue
            }
            html += HTMLEscaping.escape(plain) + "<code>" + HTMLEscaping.escape(code(characters[(index + run)..<close])) + "</code>"
            plain = ""
            index = close + run
        }
        return html + HTMLEscaping.escape(plain)
    }

    private static func runLength(_ characters: [Character], from start: Int) -> Int {
        var end = start
        while end < characters.count && characters[end] == "`" { end += 1 }
        return end - start
    }

    /// Where the next run of exactly `length` backticks starts.
    private static func closingRun(_ characters: [Character], length: Int, from start: Int) -> Int? {
        var index = start
        while index < characters.count {
            guard characters[index] == "`" else {
                index += 1
                continue
            }
            let run = runLength(characters, from: index)
            if run == length { return index }
            index += run
        }
        return nil
    }

    /// A span's text, one space each side taken off when both are there (`` `` `x` `` `` reads `` `x` ``).
    private static func code(_ span: ArraySlice<Character>) -> String {
        let text = String(span)
        guard text.count >= 2, text.first == " ", text.last == " ", text.contains(where: { $0 != " " }) else { return text }
        return String(text.dropFirst().dropLast())
    }
}
