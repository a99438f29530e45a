/// `completion-date`: an action item's completion date is a day, on or after its
/// incident, not after the as-of date, and on an item that is done (or dropped).
struct CompletionDateRule: PostMortemRule {
    let id = RuleID.completionDate

    func findings(in postMortem: PostMortem, context: ValidationContext) -> [Finding] {
        postMortem.actionItems.compactMap { item in
            guard let written = item.completedText, !Placeholder.isPlaceholder(written.value) else { return nil }
            let name = "action item \(item.index)"
            guard let day = item.completed else {
                return Finding(
                    "\(name) has a completion date '\(written.value)' that is not a date, so its time to close is unknown; write the day it was finished as \(CompletionDate.accepted)",
                    at: written.location)
            }
            if item.isOpen {
                let (why, fix) =
                    item.hasCheckbox
                    ? ("its checkbox `[ ]` is open", "tick it `[x]`")
                    : ("its status '\(item.statusWord?.value ?? "")' says it is open", "make its status Done")
                return Finding(
                    "\(name) has a completion date \(day) but \(why), so it counts as open and the date is not used; \(fix) if it is done, or remove the completion date",
                    at: written.location)
            }
            if let date = postMortem.date, day < date {
                return Finding(
                    "\(name) was completed \(day), before the incident on \(date), so its time to close is unknown; check the year",
                    at: written.location)
            }
            if let asOf = context.asOf, asOf < day {
                return Finding(
                    "\(name) was completed \(day), after today (\(asOf)), so its time to close is unknown; a completion date says when it was finished: write a planned date as `Due:`",
                    at: written.location)
            }
            return nil
        }
    }
}
