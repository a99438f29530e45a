import CommonMark

extension MarkdownDocument {
    /// The inline Markdown of a paragraph (or of a one-paragraph document) as ``InlineMarkup``;
    /// nil when it is plain text only. Raw HTML is left out (it is not in the plain text either)
    /// and an image is its alt text.
    func inlineMarkup(of block: Int) -> InlineMarkup? {
        var first = block + 1
        var end = nodes[block].subtreeEnd
        if nodes[block].kind == .document {
            // A table cell: one paragraph, nothing else.
            guard first < end, nodes[first].kind == .paragraph, nodes[first].subtreeEnd == end else { return nil }
            first += 1
            end = nodes[block].subtreeEnd
        }
        guard nodes[first..<end].contains(where: { $0.kind != .text }) else { return nil }
        var result: [InlineMarkup.Node] = []
        // Kept containers not yet closed: their index in `result` and the source node's end.
        var open: [(result: Int, end: Int)] = []
        for index in first..<end {
            while let last = open.last, last.end <= index {
                result[last.result].end = result.count
                open.removeLast()
            }
            let node = nodes[index]
            let kind: InlineMarkup.Kind
            switch node.kind {
            case .text: kind = .text
            case .code: kind = .code
            case .softBreak: kind = .softBreak
            case .lineBreak: kind = .lineBreak
            case .emphasis: kind = .emphasis
            case .strong: kind = .strong
            case .link(let destination): kind = .link(destination: destination)
            default: continue  // raw HTML, images (their alt text stays), blocks
            }
            result.append(InlineMarkup.Node(kind: kind, literal: node.literal ?? "", end: result.count + 1))
            if node.subtreeEnd > index + 1 { open.append((result.count - 1, node.subtreeEnd)) }
        }
        for last in open.reversed() { result[last.result].end = result.count }
        return InlineMarkup(nodes: result)
    }
}
