/// The words authors write for an action item's state where there is no
/// checkbox: `Done`, `Won't fix`, `In progress`, `✅`.
enum ActionStatusWords {
    static let meanings: [String: ActionStatus] = {
        var meanings: [String: ActionStatus] = [:]
        for word in ["done", "complete", "completed", "closed", "fixed", "resolved", "shipped", "✅"] { meanings[word] = .done }
        for word in ["open", "to do", "todo", "to-do", "in progress", "in-progress", "blocked", "not started", "planned"] {
            meanings[word] = .open
        }
        for word in ["won't do", "won't fix", "wont do", "wont fix", "cancelled", "canceled", "dropped"] { meanings[word] = .dropped }
        return meanings
    }()

    /// The words accepted, for a message.
    static let accepted =
        "Done, Completed, Closed, Fixed, Resolved, Shipped (done); Open, To do, In progress, Blocked, Not started, Planned (open); Won't do, Won't fix, Cancelled, Dropped (dropped)"

    /// What `word` means (ignoring case, `’` for `'` and an ending `:` or `.`), if it is a status word.
    static func meaning(of word: some StringProtocol) -> ActionStatus? {
        let normalized = word.lowercased().withStraightApostrophes.trimming(TrimSets.statusEdges)
        return meanings[normalized]
    }

    /// A status word written at the start of `text`: `✅`, `[Done]`, `(Won't fix)`.
    static func leading(in text: Substring) -> (word: String, status: ActionStatus, rest: Substring)? {
        if text.hasPrefix("✅") { return ("✅", .done, text.dropFirst().drop(while: { $0 == " " })) }
        for (open, close) in [("[", "]"), ("(", ")")] where text.hasPrefix(open) {
            guard let end = text.prefix(20).firstIndex(of: Character(close)) else { continue }
            let inner = text[text.index(after: text.startIndex)..<end]
            if let status = meaning(of: inner) {
                return (String(inner), status, text[text.index(after: end)...].drop(while: { " :-–—".contains($0) }))
            }
        }
        return nil
    }

    /// A status word written at the end of `text`: `… ✅`, `… [Done]`, `… (Cancelled).`
    static func trailing(in text: Substring) -> (word: String, status: ActionStatus, rest: Substring)? {
        var body = text
        while let last = body.last, last == " " || last == "." || last == ";" { body = body.dropLast() }
        if body.hasSuffix("✅") { return ("✅", .done, body.dropLast().trimmingTrailing()) }
        for (open, close) in [("[", "]"), ("(", ")")] where body.hasSuffix(close) {
            guard let start = body.suffix(20).lastIndex(of: Character(open)) else { continue }
            let inner = body[body.index(after: start)..<body.index(before: body.endIndex)]
            if let status = meaning(of: inner) { return (String(inner), status, body[..<start].trimmingTrailing()) }
        }
        return nil
    }
}

/// Whether an action item is still to do, done, or will not be done.
public enum ActionStatus: String, Sendable, Hashable, Codable {
    case open, done, dropped
}

extension Substring {
    fileprivate func trimmingTrailing() -> Substring {
        var result = self
        while let last = result.last, last == " " || last == "-" || last == "–" || last == "—" { result = result.dropLast() }
        return result
    }
}
