/// An owner and a due date written without `Owner:` and `Due:` at the end of an
/// action item: `(@team, due 2023-03-10)`, `(owner: X, due: D)`, `— @handle, 2024-03-10`,
/// with a completion date as `done 2024-03-12` (or `closed`, `completed`).
enum InlineAssignment {
    struct Found {
        var owner: String?
        var due: String?
        var completed: String?
        /// The text without the assignment.
        var rest: Substring
    }

    /// The separators before a trailing `@handle`.
    private static let dashes: [(text: String, bytes: [UInt8])] = [" — ", " – ", " - "].map { ($0, Array($0.utf8)) }

    static func find(in text: Substring) -> Found? {
        var body = text
        while let last = body.last, last == " " || last == "." || last == ";" { body = body.dropLast() }
        if body.hasSuffix(")"), let open = body.lastIndex(of: "("),
            let found = parts(body[body.index(after: open)..<body.index(before: body.endIndex)])
        {
            return Found(owner: found.owner, due: found.due, completed: found.completed, rest: trimmedEnd(body[..<open]))
        }
        for dash in dashes {
            guard let range = lastRange(of: dash, in: body) else { continue }
            let tail = body[range.upperBound...]
            if tail.hasPrefix("@"), let found = parts(tail) {
                return Found(
                    owner: found.owner, due: found.due, completed: found.completed, rest: trimmedEnd(body[..<range.lowerBound]))
            }
        }
        return nil
    }

    /// The last occurrence of `dash` in `text`, as Foundation's `range(of:options: .backwards)`
    /// finds it, found on bytes (Foundation bridges each text to `NSString` on Linux).
    /// No other spelling is canonically equivalent to a space and a dash, so the last
    /// byte match is Foundation's unless a combining mark may follow it and join its
    /// space: then Foundation decides.
    private static func lastRange(of dash: (text: String, bytes: [UInt8]), in text: Substring) -> Range<Substring.Index>? {
        let utf8 = text.utf8
        let needle = dash.bytes
        // Offsets into the text's contiguous bytes: walking `Substring.UTF8View` indices back cost more.
        func search(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
            guard bytes.count >= needle.count else { return nil }
            var start = bytes.count - needle.count
            while true {
                // The first byte alone rules out almost every place.
                if bytes[start] == needle[0] && bytes[start..<(start + needle.count)].elementsEqual(needle) { return start }
                guard start != 0 else { return nil }
                start -= 1
            }
        }
        let found = utf8.withContiguousStorageIfAvailable(search) ?? Array(utf8).withUnsafeBufferPointer(search)
        guard let found else { return nil }
        let start = utf8.index(utf8.startIndex, offsetBy: found)
        let end = utf8.index(start, offsetBy: needle.count)
        guard end == utf8.endIndex || utf8[end] < 0x80 else { return text.range(of: dash.text, options: .backwards) }
        return start..<end
    }

    /// `@team, due 2023-03-10`: every comma-separated part a handle, `owner: X`, `due D` or a date.
    static func parts(_ text: Substring) -> (owner: String?, due: String?, completed: String?)? {
        var owner: String?
        var due: String?
        var completed: String?
        var pieces = text.split(separator: ",").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }[...]
        while var part = pieces.popFirst() {
            // `April 1, 2024` holds the separator.
            if let next = pieces.first, case let merged = part + ", " + next,
                DueDateParser.parse(merged) != nil
                    || value(after: ["due date", "due by", "due"], in: merged, lowered: merged.lowercased()).flatMap(DueDateParser.parse)
                        != nil
                    || value(after: CompletionDate.keys, in: merged, lowered: merged.lowercased()).flatMap(DateParser.parse) != nil
            {
                part += ", " + next
                pieces.removeFirst()
            }
            let lowered = part.lowercased()
            if part.hasPrefix("@"), !part.contains(" "), owner == nil {
                owner = part
            } else if let value = value(after: ["owner", "assignee", "dri"], in: part, lowered: lowered), owner == nil {
                owner = value
            } else if let value = value(after: ["due date", "due by", "due"], in: part, lowered: lowered), due == nil {
                due = value
            } else if let value = value(after: CompletionDate.keys, in: part, lowered: lowered), completed == nil,
                // `closed by vendor`, `done with phase 1` are prose; `done 2024-03-10` and `done: soon` are the key.
                DateParser.parse(value) != nil || CompletionDate.keys.contains(where: { lowered.hasPrefix($0 + ":") })
            {
                completed = value
            } else if DueDateParser.parse(part) != nil, due == nil {
                due = part
            } else {
                return nil
            }
        }
        return owner == nil && due == nil && completed == nil ? nil : (owner, due, completed)
    }

    /// `due 2024-03-10` or `due: 2024-03-10` → `2024-03-10`.
    private static func value(after keys: [String], in part: String, lowered: String) -> String? {
        for key in keys where lowered.hasPrefix(key + " ") || lowered.hasPrefix(key + ":") {
            let value = part.dropFirst(key.count).drop(while: { $0 == ":" || $0 == " " }).trimmingSpaces()
            return value.isEmpty ? nil : value
        }
        return nil
    }

    private static func trimmedEnd(_ text: Substring) -> Substring {
        var result = text
        while let last = result.last, " -–—,".contains(last) { result = result.dropLast() }
        return result
    }
}
