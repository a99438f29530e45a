/// One node of a parsed Markdown document, as a plain value.
///
/// Nodes live in ``MarkdownDocument/nodes`` in document (pre-)order, so the
/// descendants of a node are the contiguous range after it, up to
/// ``subtreeEnd``. That makes every walk over the tree a loop, never a
/// recursion, however deeply the input nests.
public struct MarkdownNode: Sendable, Hashable {
    /// What a node is, with the attributes that belong to that kind.
    public enum Kind: Sendable, Hashable {
        case document
        case blockQuote
        case list(ordered: Bool)
        case item
        case codeBlock(info: String)
        case htmlBlock
        case customBlock
        case paragraph
        case heading(level: Int)
        case thematicBreak
        case text
        case softBreak
        case lineBreak
        case code
        case htmlInline
        case customInline
        case emphasis
        case strong
        case link(destination: String)
        case image(source: String)
    }

    /// The node's kind.
    public var kind: Kind
    /// The literal content of text, code, code block and HTML nodes.
    public var literal: String?
    /// 1-based start line (for soft and hard breaks, the enclosing block's).
    public var line: Int
    /// 1-based start column (0 when cmark does not know it).
    public var column: Int
    /// Nesting depth: 0 for the document, 1 for top-level blocks.
    public var depth: Int
    /// One past the index of the node's last descendant.
    public var subtreeEnd: Int
    /// cmark's safe-mode HTML for this node, present on top-level blocks when
    /// the document was parsed with ``ParseOptions/renderBlocks``.
    public var html: String?
}
