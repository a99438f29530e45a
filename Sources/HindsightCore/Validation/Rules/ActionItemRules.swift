/// `no-action-items`: a post-mortem without follow-ups learns nothing.
struct NoActionItemsRule: PostMortemRule {
    let id = RuleID.noActionItems
    func findings(in postMortem: PostMortem, context: ValidationContext) -> [Finding] {
        guard let section = postMortem.section(.actions), postMortem.actionItems.isEmpty,
            !postMortem.unreadableTables.contains(where: { $0.section == .actions })  // `actions-unreadable` says why
        else { return [] }
        return [
            Finding(
                "no action items; list at least one follow-up like `` -   `[ ]` **Add an alert**: … Owner: Name. Due: 2024-04-01. ``",
                at: section.location)
        ]
    }
}

/// `action-owner`: every action item has an owner.
struct ActionOwnerRule: PostMortemRule {
    let id = RuleID.actionOwner
    func findings(in postMortem: PostMortem, context: ValidationContext) -> [Finding] {
        postMortem.actionItems.filter { $0.owner == nil }.map { item in
            Finding("action item \(item.index) ('\(item.title)') has no owner; add `Owner: Name.`", at: item.location)
        }
    }
}

/// `action-due`: every action item has a valid due date.
struct ActionDueRule: PostMortemRule {
    let id = RuleID.actionDue
    func findings(in postMortem: PostMortem, context: ValidationContext) -> [Finding] {
        postMortem.actionItems.compactMap { item in
            guard let due = item.dueText else {
                if item.isDropped { return nil }  // nothing will be done, so nothing is due
                return Finding("action item \(item.index) ('\(item.title)') has no due date; add `Due: YYYY-MM-DD.`", at: item.location)
            }
            guard item.due == nil, !Placeholder.isPlaceholder(due.value) else { return nil }
            return Finding(
                "action item \(item.index) has an invalid due date '\(due.value)'; write it as \(DueDateParser.accepted)",
                at: due.location)
        }
    }
}

/// `action-status`: a `Status:` value that is not a status word, or a leading
/// bracketed word that is a misspelt one (`[dnoe] Fix the thing`).
struct ActionStatusRule: PostMortemRule {
    let id = RuleID.actionStatus
    func findings(in postMortem: PostMortem, context: ValidationContext) -> [Finding] {
        postMortem.actionItems.compactMap { item in
            let counted = item.hasCheckbox ? "its checkbox is read" : "it counts as open"
            if item.statusWord == nil, let (word, meant) = Self.misspeltLeadingWord(in: item.text) {
                return Finding(
                    "action item \(item.index) starts with '[\(word)]', which is not a status word, so \(counted); did you mean '[\(meant)]'?",
                    at: item.location)
            }
            guard let word = item.statusWord, ActionStatusWords.meaning(of: word.value) == nil,
                !Placeholder.isPlaceholder(word.value)
            else { return nil }
            return Finding(
                "action item \(item.index) has a status '\(word.value)' that is not understood, so \(counted); write one of \(ActionStatusWords.accepted), or a checkbox `[x]`",
                at: word.location)
        }
    }

    /// The status words, as written in a message.
    static let spelled = [
        "Done", "Complete", "Completed", "Closed", "Fixed", "Resolved", "Shipped", "Open", "To do", "Todo", "In progress", "Blocked",
        "Not started", "Planned", "Won't do", "Won't fix", "Cancelled", "Canceled", "Dropped",
    ]

    /// `[dnoe]` at the text's start: a word of four letters or more with a status word's first letter, one
    /// edit from it or with two neighbouring letters swapped (`[Dnoe]`, `[Blokced]`, `[In progres]`). A tag
    /// like `[Ops]`, `[P1]`, `[Code]`, `[Node]` or `[None]` is not one (another first letter), nor a word
    /// ending in `s` where the status word does not (`[Fixes]`, `[Blocks]`, `[Plans]`: words of their own).
    static func misspeltLeadingWord(in text: String) -> (word: String, meant: String)? {
        guard text.hasPrefix("["), let close = text.prefix(24).firstIndex(of: "]") else { return nil }
        let word = String(text[text.index(after: text.startIndex)..<close])
        let lowered = word.lowercased().replacingOccurrences(of: "’", with: "'")
        guard lowered.count >= 4, lowered.allSatisfy({ $0.isLetter || $0 == " " || $0 == "'" || $0 == "-" }),
            ActionStatusWords.meaning(of: lowered) == nil, !Placeholder.isPlaceholder(word)
        else { return nil }
        let meant = spelled.first { candidate in
            let target = candidate.lowercased()
            guard lowered.first == target.first, !(lowered.hasSuffix("s") && !target.hasSuffix("s")) else { return false }
            return lowered.editDistance(to: target) <= 1 || Self.swapsNeighbours(lowered, target)
        }
        return meant.map { (word, $0) }
    }

    /// Whether `word` is `target` with two neighbouring letters swapped (`dnoe`, `done`).
    static func swapsNeighbours(_ word: String, _ target: String) -> Bool {
        let a = Array(word)
        let b = Array(target)
        guard a.count == b.count, let first = a.indices.first(where: { a[$0] != b[$0] }), first + 1 < a.count else { return false }
        return a[first] == b[first + 1] && a[first + 1] == b[first] && a[(first + 2)...] == b[(first + 2)...]
    }
}

/// `due-before-incident`: a follow-up cannot be due before the incident.
struct DueBeforeIncidentRule: PostMortemRule {
    let id = RuleID.dueBeforeIncident
    func findings(in postMortem: PostMortem, context: ValidationContext) -> [Finding] {
        guard let date = postMortem.date else { return [] }
        return postMortem.actionItems.compactMap { item in
            guard let due = item.due, due < date else { return nil }
            return Finding(
                "action item \(item.index) is due \(due), before the incident on \(date); check the year",
                at: item.dueText?.location ?? item.location)
        }
    }
}

/// `duplicate-action-id`: explicit action IDs are anchors, so they must be unique.
struct DuplicateActionIDRule: PostMortemRule {
    let id = RuleID.duplicateActionID
    func findings(in postMortem: PostMortem, context: ValidationContext) -> [Finding] {
        var firstIndex: [String: Int] = [:]
        var findings: [Finding] = []
        for item in postMortem.actionItems {
            guard let id = item.id else { continue }
            if id.allSatisfy(\.isASCIIDigit) {
                findings.append(
                    Finding(
                        "action ID '\(id)' is a number and would clash with #action-N anchors; use a short name like 'pool-cap'",
                        at: item.location))
            } else if let first = firstIndex[id] {
                findings.append(
                    Finding(
                        "action ID '\(id)' is already used by action item \(first); IDs are link anchors and must be unique",
                        at: item.location))
            } else {
                firstIndex[id] = item.index
            }
        }
        return findings
    }
}
