/// One follow-up from the Action Items section.
public struct ActionItem: Sendable, Hashable {
    /// 1-based position among the file's action items (the `#action-N` anchor).
    public var index: Int
    /// An explicit `ID: short-name`, giving the `#action-short-name` anchor.
    public var id: String?
    /// The bold label, or the first words of the text for template labels.
    public var title: String
    /// The full text after the checkbox.
    public var text: String
    /// What is to be done: the text after the label, before `Owner:`, `Due:` and the rest.
    public var details: String = ""
    /// The same text's inline Markdown (code, emphasis, links) for the site; nil when it is plain text only.
    public var detailsMarkup: InlineMarkup?
    public var owner: Located<String>?
    /// The due date as written.
    public var dueText: Located<String>?
    /// The due date, when it could be read.
    public var due: Day?
    /// The completion date as written (`Done: 2024-03-10`, `Closed:`, a Done/Closed/Completed column), if any.
    public var completedText: Located<String>?
    /// The completion date, when it could be read as a day.
    public var completed: Day?
    /// Whether it is done: its checkbox is ticked, else its status word says so.
    public var isDone: Bool
    /// Whether the item starts with a `[ ]` / `[x]` checkbox.
    public var hasCheckbox: Bool
    /// Whether its status word says it will not be done (`Won't fix`): neither done nor open.
    public var isDropped = false
    /// The status word as written (`Done`, `Won't fix`, `Status: Blocked`'s `Blocked`), if any.
    public var statusWord: Located<String>?
    /// Issue keys (`OPS-123`) and URLs the item refers to.
    public var tickets: [String] = []
    /// The `Type:` part as written (`Type: automated-check`), if any: the learning framework's action type.
    public var typeText: Located<String>?
    public var location: SourceLocation
    /// Whether it is a row of an action-item table (the table is shown on the page as written).
    public var isTableRow = false
    /// A table row's other columns (`Priority`, `Type`, `Notes`), by header as written, in column order.
    public var attributes: [MetadataField] = []
    /// The type the learning framework's inference gave it, kept by the load stage (a cache: see ``InferenceMemo``).
    public var inferredType = InferenceMemo<ActionType>()

    /// Open, done or dropped.
    public var status: ActionStatus { isDone ? .done : isDropped ? .dropped : .open }
    /// Still to do: counted as open and possibly overdue.
    public var isOpen: Bool { status == .open }
}
