import CCmark

/// Walks a cmark tree with cmark's own iterator (no recursion) and converts
/// each node to a ``MarkdownNode``.
enum TreeConverter {
    /// Pipe tables are read from `source` (a top-level paragraph with a `|` on its first line).
    static func convert(_ root: OpaquePointer, source: String, options: ParseOptions) -> MarkdownDocument {
        let renderBlocks = options.renderBlocks
        var sourceLines: [Substring]?  // split on the first paragraph that may be a table
        guard let iterator = cmark_iter_new(root) else { return MarkdownDocument(nodes: []) }
        defer { cmark_iter_free(iterator) }

        var nodes: [MarkdownNode] = []
        var tables: [Int: PipeTable] = [:]
        var openNodes: [Int] = []  // indices of entered, not yet exited nodes
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let pointer = cmark_iter_get_node(iterator) else { continue }
            let isLeaf = isLeafType(cmark_node_get_type(pointer))
            if event == CMARK_EVENT_EXIT {
                if let index = openNodes.popLast() {
                    finish(&nodes[index], pointer: pointer, count: nodes.count, renderBlocks: renderBlocks)
                    if nodes[index].depth == 1, nodes[index].kind == .paragraph, firstLineHasPipe(nodes, paragraph: index) {
                        let lines = sourceLines ?? TextLines.split(source)
                        sourceLines = lines
                        let first = Int(cmark_node_get_start_line(pointer))
                        let last = Int(cmark_node_get_end_line(pointer))
                        if first >= 1, last <= lines.count, first <= last,
                            let table = PipeTable.parse(Array(lines[(first - 1)..<last]), firstLine: first)
                        {
                            tables[index] = table
                            if renderBlocks {
                                nodes[index].html = table.html { CommonMark.renderInline($0, rewriteLink: options.rewriteLink) }
                            }
                        }
                    }
                }
                continue
            }
            // CMARK_EVENT_ENTER (leaves get only this event).
            let parent = openNodes.last
            var node = makeNode(pointer, depth: openNodes.count)
            if node.line == 0, let parent { node.line = nodes[parent].line }
            nodes.append(node)
            if isLeaf {
                let index = nodes.count - 1
                finish(&nodes[index], pointer: pointer, count: nodes.count, renderBlocks: renderBlocks)
            } else {
                openNodes.append(nodes.count - 1)
            }
        }
        var document = MarkdownDocument(nodes: nodes)
        document.tables = tables
        return document
    }

    /// Whether a text on the paragraph's first line holds a `|` (every pipe table's does).
    private static func firstLineHasPipe(_ nodes: [MarkdownNode], paragraph: Int) -> Bool {
        for node in nodes[(paragraph + 1)...] {
            switch node.kind {
            case .softBreak, .lineBreak: return false
            case .text, .code:
                // The byte first (with `memchr`: the generic `contains` stepped the UTF-8 view byte by byte, 11 M
                // instructions on 200 files): Foundation's `contains` bridges each text to `NSString`.
                if let literal = node.literal, CommonMark.contains(UInt8(ascii: "|"), in: literal), literal.contains("|") { return true }
            default: break
            }
        }
        return false
    }

    private static func finish(_ node: inout MarkdownNode, pointer: OpaquePointer, count: Int, renderBlocks: Bool) {
        node.subtreeEnd = count
        if renderBlocks && node.depth == 1 {
            node.html = CommonMark.html(of: pointer)
        }
    }

    private static func isLeafType(_ type: cmark_node_type) -> Bool {
        switch type {
        case CMARK_NODE_HTML_BLOCK, CMARK_NODE_THEMATIC_BREAK, CMARK_NODE_CODE_BLOCK, CMARK_NODE_TEXT,
            CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK, CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE:
            return true
        default:
            return false
        }
    }

    private static func makeNode(_ pointer: OpaquePointer, depth: Int) -> MarkdownNode {
        let type = cmark_node_get_type(pointer)
        var literal: String?
        let kind: MarkdownNode.Kind
        switch type {
        case CMARK_NODE_DOCUMENT: kind = .document
        case CMARK_NODE_BLOCK_QUOTE: kind = .blockQuote
        case CMARK_NODE_LIST: kind = .list(ordered: cmark_node_get_list_type(pointer) == CMARK_ORDERED_LIST)
        case CMARK_NODE_ITEM: kind = .item
        case CMARK_NODE_CODE_BLOCK:
            kind = .codeBlock(info: string(cmark_node_get_fence_info(pointer)) ?? "")
            literal = string(cmark_node_get_literal(pointer))
        case CMARK_NODE_HTML_BLOCK:
            kind = .htmlBlock
            literal = string(cmark_node_get_literal(pointer))
        case CMARK_NODE_CUSTOM_BLOCK: kind = .customBlock
        case CMARK_NODE_PARAGRAPH: kind = .paragraph
        case CMARK_NODE_HEADING: kind = .heading(level: Int(cmark_node_get_heading_level(pointer)))
        case CMARK_NODE_THEMATIC_BREAK: kind = .thematicBreak
        case CMARK_NODE_TEXT:
            kind = .text
            literal = string(cmark_node_get_literal(pointer))
        case CMARK_NODE_SOFTBREAK: kind = .softBreak
        case CMARK_NODE_LINEBREAK: kind = .lineBreak
        case CMARK_NODE_CODE:
            kind = .code
            literal = string(cmark_node_get_literal(pointer))
        case CMARK_NODE_HTML_INLINE:
            kind = .htmlInline
            literal = string(cmark_node_get_literal(pointer))
        case CMARK_NODE_CUSTOM_INLINE: kind = .customInline
        case CMARK_NODE_EMPH: kind = .emphasis
        case CMARK_NODE_STRONG: kind = .strong
        case CMARK_NODE_LINK: kind = .link(destination: string(cmark_node_get_url(pointer)) ?? "")
        case CMARK_NODE_IMAGE: kind = .image(source: string(cmark_node_get_url(pointer)) ?? "")
        default: kind = .customInline
        }
        return MarkdownNode(
            kind: kind,
            literal: literal,
            line: Int(cmark_node_get_start_line(pointer)),
            column: Int(cmark_node_get_start_column(pointer)),
            depth: depth,
            subtreeEnd: 0,
            html: nil
        )
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String? {
        pointer.map { String(cString: $0) }
    }
}
