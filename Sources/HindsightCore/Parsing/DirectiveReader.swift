import CommonMark
import Foundation

/// Reads `<!-- hindsight-disable rule-a, rule-b -->` comments.
enum DirectiveReader {
    static let keyword = "hindsight-disable"

    static func disabledRules(in document: MarkdownDocument) -> [Located<String>] {
        var rules: [Located<String>] = []
        for node in document.nodes {
            guard node.kind == .htmlBlock || node.kind == .htmlInline, let literal = node.literal,
                literal.contains(keyword)
            else { continue }
            var lineNumber = node.line
            for (offset, line) in literal.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                defer { lineNumber += 1 }
                guard let range = line.range(of: keyword) else { continue }
                // The literal's first line starts at the node's column; later lines at column 1.
                let lineStartColumn = offset == 0 ? max(node.column, 1) : 1
                var rest = line[range.upperBound...]
                if let end = rest.range(of: "-->") { rest = rest[..<end.lowerBound] }
                var searchStart = rest.startIndex
                for name in rest.split(whereSeparator: { $0 == "," || $0 == " " }) {
                    let start = rest[searchStart...].range(of: name)?.lowerBound ?? name.startIndex
                    searchStart = rest.index(start, offsetBy: name.count)
                    let column = lineStartColumn + line.utf8.distance(from: line.startIndex, to: start)
                    rules.append(Located(String(name), at: SourceLocation(line: lineNumber, column: column)))
                }
            }
        }
        return rules
    }
}
