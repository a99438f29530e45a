/// The fields in the configured form: `**Name**: value` lines below the title
/// heading (the template's), or a front matter block; either way the `Date`
/// ISO 8601 and each field keeping its value.
struct FieldForm {
    let postMortem: PostMortem
    let style: FixFieldStyle
    /// Whether fields may move between front matter and bold lines.
    let moves: Bool
    private(set) var notes: [CanonicalForm.Note] = []

    init(postMortem: PostMortem, style: FixFieldStyle, moves: Bool) {
        self.postMortem = postMortem
        self.style = style
        self.moves = moves
    }

    /// The fields written as lines, not front matter.
    var lineFields: [MetadataField] {
        let frontMatter = postMortem.frontMatter?.lines
        return postMortem.fields.filter { frontMatter?.contains($0.location.line) != true }
    }

    /// A field's value as the canonical form writes it: a date ISO.
    static func value(of field: MetadataField) -> String {
        guard field.key == "date", let day = DateParser.parse(field.value) else { return field.value }
        return day.description
    }

    /// A value as YAML: an ISO date plain (front matter reads it as written), anything else as ``YAMLText`` writes it.
    static func yaml(_ value: String) -> String {
        DateParser.parseNumeric(value)?.description == value ? value : YAMLText.scalar(value)
    }

    /// `incident_id` → `Incident ID`: a front matter key as the template's field name.
    static func boldName(_ key: String) -> String {
        key.split(whereSeparator: { $0 == "_" || $0 == "-" || $0 == " " }).map { word in
            word.lowercased() == "id" ? "ID" : word.prefix(1).uppercased() + word.dropFirst()
        }.joined(separator: " ")
    }

    /// `Incident ID` → `incident_id`: a field name as a front matter key.
    static func frontMatterKey(_ name: String) -> String {
        name.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" }).map { $0.lowercased() }.joined(separator: "_")
    }

    mutating func rewrite(into buffer: inout LineBuffer, adding extra: [(name: String, value: String)]) {
        switch style {
        case .bold: toBold(&buffer, adding: extra)
        case .frontMatter: toFrontMatter(&buffer, adding: extra)
        }
    }

    // MARK: bold lines

    private mutating func toBold(_ buffer: inout LineBuffer, adding extra: [(name: String, value: String)]) {
        for field in lineFields { Self.boldLine(field, in: &buffer) }
        var moved = extra.map { "**\($0.name)**: \($0.value)" }
        let extraLines = Set(moved)
        var title: String?
        if let frontMatter = postMortem.frontMatter, moves {
            if let fmTitle = frontMatter.title, let heading = postMortem.headingTitle, heading.value != fmTitle.value {
                notes.append(
                    .init(
                        line: fmTitle.location.line,
                        message:
                            "kept the front matter: its title '\(fmTitle.value)' and the heading's '\(heading.value)' differ; keep one"))
                return insertBold(moved, extraLines: extraLines, &buffer)
            }
            if let fmTitle = frontMatter.title, postMortem.headingTitle == nil { title = fmTitle.value }
            // A field a bold line already gives, with the same value, is not written twice.
            let written = Set(lineFields.map { $0.key + "=" + Self.value(of: $0) })
            moved =
                frontMatter.fields.filter { !written.contains($0.key + "=" + Self.value(of: $0)) }
                .map { "**\(Self.boldName($0.name))**: \(Self.value(of: $0))" } + moved
            // The block and the blank line after it.
            var end = frontMatter.lines.upperBound
            if buffer.line(end + 1)?.trimmingSpaces().isEmpty == true { end += 1 }
            guard buffer.replace(frontMatter.lines.lowerBound...end, with: []) else { return }
        }
        if let title {
            let level = max(1, (postMortem.sections.map(\.level).min() ?? 3) - 1)
            let heading = String(repeating: "#", count: level) + " Incident: " + title
            buffer.insert([heading, ""] + moved + (moved.isEmpty ? [] : [""]), before: firstContentLine(buffer))
            return
        }
        insertBold(moved, extraLines: extraLines, &buffer)
    }

    /// `Date: x` and `**Date:** x` → `**Date**: x`, with the date ISO.
    private static func boldLine(_ field: MetadataField, in buffer: inout LineBuffer) {
        buffer.edit(line: field.location.line, column: nil) { content in
            let name = field.name
            let rest: Substring
            if content.hasPrefix("**\(name)**:") {
                rest = content.dropFirst(name.count + 5)
            } else if content.hasPrefix("**\(name):**") {
                rest = content.dropFirst(name.count + 5)
            } else if content.hasPrefix("\(name):") {
                rest = content.dropFirst(name.count + 1)
            } else {
                return nil
            }
            let written = rest.drop(while: { $0 == " " })
            let value = written.hasPrefix(field.value) ? Self.value(of: field) + written.dropFirst(field.value.count) : String(written)
            return "**\(name)**: " + value
        }
    }

    /// Inserts bold field lines before the first field line, else below the title heading, else at the top.
    private func insertBold(_ moved: [String], extraLines: Set<String>, _ buffer: inout LineBuffer) {
        guard !moved.isEmpty else { return }
        if let first = lineFields.first, let last = lineFields.last {
            // Front matter's fields come first (as they are read); a field the file lacked, last.
            let fromFrontMatter = moved.filter { line in !extraLines.contains(line) }
            buffer.insert(fromFrontMatter, before: first.location.line)
            buffer.insert(moved.filter { extraLines.contains($0) }, before: last.location.line + 1)
        } else if let title = postMortem.headingTitle ?? postMortem.title,
            postMortem.frontMatter?.title == nil || postMortem.headingTitle != nil
        {
            let next = buffer.line(title.location.line + 1)
            let after = next.map { $0.trimmingSpaces().isEmpty } ?? true ? [] : [""]
            buffer.insert([""] + moved + after, before: title.location.line + 1)
        } else {
            buffer.insert(moved + [""], before: firstContentLine(buffer))
        }
    }

    /// The first line after the front matter.
    private func firstContentLine(_ buffer: LineBuffer) -> Int {
        guard let lines = postMortem.frontMatter?.lines else { return 1 }
        var line = lines.upperBound + 1
        while buffer.line(line)?.trimmingSpaces().isEmpty == true { line += 1 }
        return line
    }

    // MARK: front matter

    private mutating func toFrontMatter(_ buffer: inout LineBuffer, adding extra: [(name: String, value: String)]) {
        let existing = postMortem.frontMatter
        if let date = existing?.fields.first(where: { $0.key == "date" }), Self.value(of: date) != date.value {
            buffer.edit(line: date.valueLocation.line, column: date.valueLocation.column) { rest in
                rest.hasPrefix(date.value) ? Self.value(of: date) + rest.dropFirst(date.value.count) : nil
            }
        }
        var keys = Set(existing?.fields.map(\.key) ?? [])
        if existing?.title != nil { keys.insert("title") }
        var added: [String] = []
        var removed: [Int] = []
        let inFrontMatter = Set((existing?.fields ?? []).map { $0.key + "=" + Self.value(of: $0) })
        for field in moves ? lineFields : [] {
            guard let line = buffer.line(field.location.line), FieldForm.isWholeFieldLine(line, field) else {
                Self.boldLine(field, in: &buffer)
                continue
            }
            // A line the front matter already says is dropped; a key YAML already has with another value stays
            // a bold line: front matter cannot hold a key twice.
            if inFrontMatter.contains(field.key + "=" + Self.value(of: field)) {
                removed.append(field.location.line)
                continue
            }
            guard keys.insert(field.key).inserted else {
                Self.boldLine(field, in: &buffer)
                continue
            }
            added.append("\(Self.frontMatterKey(field.name)): \(Self.yaml(Self.value(of: field)))")
            removed.append(field.location.line)
        }
        for (name, value) in extra where keys.insert(MetadataField.normalizedName(name)).inserted {
            added.append("\(Self.frontMatterKey(name)): \(Self.yaml(value))")
        }
        guard !added.isEmpty || !removed.isEmpty else { return }
        // Each run of removed lines; a paragraph of fields goes with the blank line after it.
        var start = 0
        while start < removed.count {
            var end = start
            while end + 1 < removed.count, removed[end + 1] == removed[end] + 1 { end += 1 }
            let (first, last) = (removed[start], removed[end])
            let isParagraph = (first == 1 || isBlank(buffer.line(first - 1))) && isBlank(buffer.line(last + 1))
            buffer.replace(first...(isParagraph && buffer.line(last + 1) != nil ? last + 1 : last), with: [])
            start = end + 1
        }
        if let existing {
            buffer.insert(added, before: existing.lines.upperBound)
        } else if !added.isEmpty {
            buffer.insert(["---"] + added + ["---"] + (buffer.line(1)?.trimmingSpaces().isEmpty == false ? [""] : []), before: 1)
        }
    }

    private func isBlank(_ line: String?) -> Bool { line?.trimmingSpaces().isEmpty ?? true }

    /// Whether the line holds the field and nothing else (a list marker aside).
    static func isWholeFieldLine(_ line: String, _ field: MetadataField) -> Bool {
        guard let start = CanonicalForm.contentStart(line[...]) else { return false }
        let content = line[start...].trimmingSpaces()
        return content.hasSuffix(field.value) && content.contains(field.name)
            && content.count <= field.name.count + field.value.count + 6
    }
}
