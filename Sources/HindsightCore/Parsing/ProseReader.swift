import CommonMark
import Foundation

/// Every line of prose in the document (headings, paragraphs, list items,
/// block quotes, not code blocks), for the rules that read wording.
enum ProseReader {
    static func lines(of document: MarkdownDocument) -> [ProseLine] {
        var lines: [ProseLine] = []
        for (index, node) in document.nodes.enumerated() where node.kind == .paragraph || node.kind.isHeading {
            for line in document.inlineLines(of: index) {
                lines.append(line.prose)
            }
        }
        return lines
    }
}
