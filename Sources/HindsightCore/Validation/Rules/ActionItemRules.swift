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

/// `action-status`: a `Status:` value that is not a status word.
struct ActionStatusRule: PostMortemRule {
    let id = RuleID.actionStatus
    func findings(in postMortem: PostMortem, context: ValidationContext) -> [Finding] {
        postMortem.actionItems.compactMap { item in
            guard let word = item.statusWord, ActionStatusWords.meaning(of: word.value) == nil,
                !Placeholder.isPlaceholder(word.value)
            else { return nil }
            let counted = item.hasCheckbox ? "its checkbox is read" : "it counts as open"
            return Finding(
                "action item \(item.index) has a status '\(word.value)' that is not understood, so \(counted); write one of \(ActionStatusWords.accepted), or a checkbox `[x]`",
                at: word.location)
        }
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
