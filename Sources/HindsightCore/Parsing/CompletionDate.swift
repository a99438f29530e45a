/// Reads an action item's completion date: `Done: 2024-03-10`, `Closed: 2024-03-10`,
/// `Completed: 2024-03-10`, a Done/Closed/Completed table column, or `done 2024-03-10`
/// in an inline assignment. A day in any ``DateParser`` format; a period is no day.
enum CompletionDate {
    /// The keys of a list item's `Key: value` parts that give it.
    static let keys = ["done", "closed", "completed"]

    /// The forms accepted, for a message.
    static let accepted = "`2024-03-10` or `March 10, 2024`"

    /// The date as written in a keyed part: the whole value when it is a day, else its first sentence
    /// (`Done: 2024-03-10. See PAY-88.`).
    static func written(_ value: String) -> String {
        DateParser.parse(value) != nil ? value : KeyedParts.firstSentence(of: value)
    }

    /// Sets the item's completion date as written and as read.
    static func read(_ written: Located<String>, into item: inout ActionItem) {
        item.completedText = written
        item.completed = DateParser.parse(written.value)
    }

    /// A completion date on an item nothing else says the state of (no checkbox, no status)
    /// says it is done: `Done: 2024-03-10.` An open checkbox or status keeps it open
    /// (`completion-date` reports the contradiction).
    static func settle(_ item: inout ActionItem) {
        guard item.completed != nil, !item.hasCheckbox, item.statusWord == nil else { return }
        item.isDone = true
    }
}
