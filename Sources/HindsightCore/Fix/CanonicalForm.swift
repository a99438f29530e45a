/// Rewrites what Hindsight reads into the template's canonical form, line by
/// line, keeping every other character as written: timeline stamps become
/// `` `[HH:MM]` - `` (a date kept as `` `[YYYY-MM-DD HH:MM]` ``), action-item
/// checkboxes `` `[x]` `` / `` `[ ]` ``, and the `**Date**:` field ISO 8601.
/// Only the stamp, the box or the date is replaced; the prose after it is kept
/// byte for byte, and no line is added or removed.
enum CanonicalForm {
    /// `text` (as ``PostMortemParser`` read it into `postMortem`) in canonical form.
    static func rewrite(_ text: String, postMortem: PostMortem) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        /// Replaces the line's text from `start` (its content after any list marker when nil) with what `change` gives.
        func edit(line: Int, column: Int?, _ change: (Substring) -> String?) {
            let index = line - 1
            guard lines.indices.contains(index) else { return }
            let text = lines[index][...]
            let utf8 = text.utf8
            guard let start = column.map({ utf8.index(utf8.startIndex, offsetBy: $0 - 1, limitedBy: utf8.endIndex) }) ?? contentStart(text),
                let replacement = change(text[start...])
            else { return }
            lines[index] = String(text[..<start]) + replacement
        }
        // cmark gives inline nodes no reliable column: an entry or item starts after its line's list marker.
        for entry in postMortem.timeline where !entry.isTableRow && entry.minute != nil {
            edit(line: entry.location.line, column: nil) { canonicalStamp($0) }
        }
        for item in postMortem.actionItems where !item.isTableRow && item.hasCheckbox {
            edit(line: item.location.line, column: nil) { canonicalCheckbox($0) }
        }
        let frontMatterLines = postMortem.frontMatter?.lines
        if let date = postMortem.field(key: "date"), frontMatterLines?.contains(date.location.line) != true,
            let day = DateParser.parse(date.value), date.value != day.description
        {
            edit(line: date.valueLocation.line, column: max(date.valueLocation.column, 1)) { rest in
                rest.hasPrefix(date.value) ? day.description + rest.dropFirst(date.value.count) : nil
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Where a line's content starts: after indentation, `>` and one list marker (`-`, `*`, `+`, `1.`, `1)`) and its spaces.
    static func contentStart(_ line: Substring) -> Substring.Index? {
        var rest = line.drop(while: { $0 == " " || $0 == "\t" || $0 == ">" })
        let digits = rest.prefix(while: \.isASCIIDigit)
        var marker = rest.startIndex
        if let first = rest.first, "-*+".contains(first) {
            marker = rest.index(after: rest.startIndex)
        } else if (1...9).contains(digits.count), let after = rest[digits.endIndex...].first, after == "." || after == ")" {
            marker = rest.index(after: digits.endIndex)
        }
        if marker != rest.startIndex {
            guard rest[marker...].first == " " || rest[marker...].first == "\t" else { return nil }
            rest = rest[marker...]
        }
        return rest.drop(while: { $0 == " " || $0 == "\t" }).startIndex
    }

    /// `` `[14:02]` - rest `` for a line that starts with a readable stamp in any form, else nil.
    static func canonicalStamp(_ source: Substring) -> String? {
        var body = source
        // `` `[14:02]` `` and `` `14:02` ``: the stamp is inside a code span.
        if body.hasPrefix("`"), let close = body.dropFirst().firstIndex(of: "`") {
            body = body[body.index(after: body.startIndex)..<close] + body[body.index(after: close)...]
        }
        guard case .stamp(_, let hour, let minute, let day, let rest) = TimestampParser.read(String(body)) else { return nil }
        // The rest as written: the parser's rest is a suffix of the source line.
        guard source.hasSuffix(rest) else { return nil }
        let time = (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
        let stamp = day.map { "\($0) \(time)" } ?? time
        return "`[\(stamp)]` - " + rest
    }

    /// `` `[x]` rest `` for a line that starts with a checkbox in any form, else nil.
    static func canonicalCheckbox(_ source: Substring) -> String? {
        for (box, canonical) in [
            ("`[x]`", "`[x]`"), ("`[X]`", "`[x]`"), ("`[ ]`", "`[ ]`"), ("[x]", "`[x]`"), ("[X]", "`[x]`"), ("[ ]", "`[ ]`"),
        ]
        where source.hasPrefix(box) {
            let rest = source.dropFirst(box.count).drop(while: { $0 == " " })
            return canonical + " " + rest
        }
        return nil
    }
}
