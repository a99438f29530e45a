/// Rewrites what Hindsight reads into the template's canonical form, keeping
/// every sentence of prose as written: timeline stamps become `` `[HH:MM]` - ``
/// (a date kept as `` `[YYYY-MM-DD HH:MM]` ``), action items get a checkbox
/// `` `[x]` `` / `` `[ ]` `` (a status word's item the box it means; a dropped
/// item keeps its word alone), dates ISO 8601, the template's sections their
/// numbered headings, the fields bold lines or front matter (``FixFieldStyle``),
/// and timeline and action tables the template's lists where no cell is lost.
struct CanonicalForm {
    var fields = FixFieldStyle.bold
    /// Whether the fields may move (bold lines ↔ front matter).
    var movesFields = true
    /// Whether timeline and action tables may become lists.
    var convertsTables = true

    /// Something kept as written, and why, at its line.
    struct Note: Equatable {
        var line: Int
        var message: String
    }

    /// `text` (as ``PostMortemParser`` read it into `postMortem`) in canonical form, and what was kept as written.
    func rewrite(_ text: String, postMortem: PostMortem) -> (text: String, notes: [Note]) {
        var buffer = LineBuffer(text)
        var notes: [Note] = []
        // cmark gives inline nodes no reliable column: an entry or item starts after its line's list marker.
        for entry in postMortem.timeline where !entry.isTableRow && entry.minute != nil {
            // A paragraph of stamped lines becomes a list: each line gets a marker.
            let marker = buffer.line(entry.location.line).map { Self.hasListMarker($0[...]) } == false ? "- " : ""
            buffer.edit(line: entry.location.line, column: nil) { Self.canonicalStamp($0).map { marker + $0 } }
        }
        for item in postMortem.actionItems where !item.isTableRow {
            buffer.edit(line: item.location.line, column: nil) { Self.canonicalCheckbox($0, item: item) }
            Self.canonicalDue(of: item, in: &buffer)
        }
        HeadingForm.number(postMortem, in: &buffer)
        var extraFields: [(name: String, value: String)] = []
        if convertsTables {
            var tables = TableForm(postMortem: postMortem, text: text)
            tables.rewrite(into: &buffer)
            notes += tables.notes
            extraFields = tables.zoneField.map { [("Timezone", $0)] } ?? []
        }
        var fieldForm = FieldForm(postMortem: postMortem, style: fields, moves: movesFields)
        fieldForm.rewrite(into: &buffer, adding: extraFields)
        notes += fieldForm.notes
        return (buffer.text, notes.sorted { $0.line < $1.line })
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
        // A marker is followed by a space: `**Date**` and `-1` are content.
        if marker != rest.startIndex, rest[marker...].first == " " || rest[marker...].first == "\t" {
            rest = rest[marker...]
        }
        return rest.drop(while: { $0 == " " || $0 == "\t" }).startIndex
    }

    /// Whether the line starts with a list marker (after indentation and `>`).
    static func hasListMarker(_ line: Substring) -> Bool {
        contentStart(line) != line.drop(while: { $0 == " " || $0 == "\t" || $0 == ">" }).startIndex
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
        return "`[\(stamp(hour: hour, minute: minute, day: day))]` - " + rest
    }

    /// `14:02`, or `2024-03-05 14:02` with a day.
    static func stamp(hour: Int, minute: Int, day: Day?) -> String {
        let time = (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
        return day.map { "\($0) \(time)" } ?? time
    }

    /// The checkbox the item's status reads back as: none for a dropped item (no checkbox means dropped).
    static func checkbox(for status: ActionStatus) -> String? {
        switch status {
        case .done: return "`[x]`"
        case .open: return "`[ ]`"
        case .dropped: return nil
        }
    }

    /// `` `[x]` rest `` for an item's line: its checkbox in canonical form, or the one its status word means
    /// (a leading `[Done]` becomes the box; any other status word stays as written); nil to leave the line.
    static func canonicalCheckbox(_ source: Substring, item: ActionItem) -> String? {
        for (box, canonical) in [
            ("`[x]`", "`[x]`"), ("`[X]`", "`[x]`"), ("`[ ]`", "`[ ]`"), ("[x]", "`[x]`"), ("[X]", "`[x]`"), ("[ ]", "`[ ]`"),
        ]
        where source.hasPrefix(box) {
            let rest = source.dropFirst(box.count).drop(while: { $0 == " " })
            return canonical + " " + rest
        }
        guard !item.hasCheckbox, item.statusWord.map({ ActionStatusWords.meaning(of: $0.value) != nil }) ?? true,
            let box = checkbox(for: item.status)
        else { return nil }
        if let word = item.statusWord?.value, source.hasPrefix("[\(word)]") {
            return box + " " + source.dropFirst(word.count + 2).drop(while: { " :-–—".contains($0) })
        }
        return box + " " + source
    }

    /// A due date written as one day in another form (`March 10, 2024`) rewritten ISO; a period (`2024-Q3`) is kept.
    static func canonicalDue(of item: ActionItem, in buffer: inout LineBuffer) {
        guard let due = item.dueText, let day = DateParser.parse(due.value), due.value != day.description,
            let line = buffer.line(due.location.line)
        else { return }
        // The date where it is written once on its line (the parser's column is not always the line's).
        let found = line.ranges(of: due.value)
        guard found.count == 1, let range = found.first else { return }
        let column = line.utf8.distance(from: line.startIndex, to: range.lowerBound) + 1
        buffer.edit(line: due.location.line, column: column) { rest in day.description + rest.dropFirst(due.value.count) }
    }
}
