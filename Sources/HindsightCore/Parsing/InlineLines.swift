import CommonMark
import Foundation

/// A ``ProseLine`` plus the inline node it starts at.
struct InlineLine: Sendable, Hashable {
    var prose = ProseLine()
    /// Index of the first inline node on the line.
    var firstNode: Int

    var text: String { prose.text }
    var location: SourceLocation { prose.location }
    func location(of index: String.Index) -> SourceLocation { prose.location(of: index) }
}

extension MarkdownDocument {
    /// The lines of a paragraph or heading, split at soft and hard breaks.
    func inlineLines(of block: Int) -> [InlineLine] {
        var lines: [InlineLine] = []
        var current: InlineLine?
        var index = block + 1
        let end = nodes[block].subtreeEnd
        while index < end {
            let node = nodes[index]
            switch node.kind {
            case .softBreak, .lineBreak:
                if let line = current { lines.append(line) }
                current = nil
            case .text, .code:
                // Taken out and put back, so the line's text is appended to in place.
                var line = current.take() ?? InlineLine(firstNode: index)
                let literal = node.literal ?? ""
                let start = line.prose.text.utf8.count
                let column = max(node.column, 1)
                if node.kind == .text, sourceLines.indices.contains(node.line - 1) {
                    // Entities and backslash escapes make the text shorter than its source.
                    for anchor in SourceAlignment.anchors(literal: literal, sourceLine: sourceLines[node.line - 1], startColumn: column) {
                        line.prose.anchors.append(
                            .init(offset: start + anchor.offset, location: SourceLocation(line: node.line, column: anchor.column)))
                    }
                } else {
                    line.prose.anchors.append(.init(offset: start, location: SourceLocation(line: node.line, column: column)))
                }
                line.prose.text += literal
                if node.kind == .code { line.prose.codeRanges.append(start..<(start + literal.utf8.count)) }
                current = line
            default:
                if current == nil { current = InlineLine(firstNode: index) }
            }
            index += 1
        }
        if let line = current { lines.append(line) }
        return lines
    }

    /// The first paragraph directly inside a list item, if any.
    func firstParagraph(ofItem item: Int) -> Int? {
        children(of: item).first { nodes[$0].kind == .paragraph }
    }

    /// The items of a list node.
    func items(ofList list: Int) -> [Int] {
        children(of: list).filter { nodes[$0].kind == .item }
    }

    func location(of index: Int) -> SourceLocation {
        SourceLocation(line: max(nodes[index].line, 1), column: max(nodes[index].column, 1))
    }
}

extension MarkdownNode.Kind {
    var isList: Bool {
        if case .list = self { return true }
        return false
    }
    var isHeading: Bool { headingLevel != nil }
    var headingLevel: Int? {
        if case .heading(let level) = self { return level }
        return nil
    }
}
