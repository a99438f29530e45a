/// A Markdown document parsed by cmark, converted to plain values.
public struct MarkdownDocument: Sendable, Hashable {
    /// Every node in document order; index 0 is the document itself.
    public var nodes: [MarkdownNode]
    /// The source, split into lines, when it has entities or backslash escapes (for
    /// mapping decoded text back to columns); empty otherwise.
    public var sourceLines: [Substring]
    /// Set when the source went over a ``MarkdownLimits`` limit and was not given to cmark (then there are no nodes).
    public var tooComplex: MarkdownTooComplex?
    /// The pipe tables, by the index of the top-level paragraph cmark read each as.
    public var tables: [Int: PipeTable] = [:]

    public init(nodes: [MarkdownNode], sourceLines: [Substring] = [], tooComplex: MarkdownTooComplex? = nil) {
        self.nodes = nodes
        self.sourceLines = sourceLines
        self.tooComplex = tooComplex
    }

    /// Indices of the direct children of the node at `index`, in order.
    public func children(of index: Int) -> [Int] {
        var result: [Int] = []
        var child = index + 1
        let end = nodes[index].subtreeEnd
        while child < end {
            result.append(child)
            child = nodes[child].subtreeEnd
        }
        return result
    }

    /// Indices of the top-level blocks (the document's children).
    public var topLevelBlocks: [Int] {
        nodes.isEmpty ? [] : children(of: 0)
    }

    /// The node's text with markup removed: text and code literals joined,
    /// line breaks as single spaces.
    public func plainText(of index: Int) -> String {
        var text = ""
        for node in nodes[(index + 1)..<nodes[index].subtreeEnd] {
            switch node.kind {
            case .text, .code:
                text += node.literal ?? ""
            case .softBreak, .lineBreak:
                text += " "
            case .paragraph, .heading, .codeBlock, .item:
                if !text.isEmpty && !text.hasSuffix(" ") { text += " " }
                text += node.literal ?? ""
            default:
                break
            }
        }
        return text
    }
}
