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
    public var owner: Located<String>?
    /// The due date as written.
    public var dueText: Located<String>?
    /// The due date, when it could be read.
    public var due: Day?
    public var isDone: Bool
    /// Whether the item starts with a `[ ]` / `[x]` checkbox.
    public var hasCheckbox: Bool
    /// Issue keys (`OPS-123`) and URLs the item refers to.
    public var tickets: [String] = []
    public var location: SourceLocation
}
