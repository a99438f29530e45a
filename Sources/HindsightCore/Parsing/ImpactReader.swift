import CommonMark
import Foundation

/// Reads the Impact section's `**Users Affected**`, `**Data Loss**` and
/// `**Duration**` fields, from list items or lines of a paragraph.
enum ImpactReader {
    static func read(_ blocks: [Int], of document: MarkdownDocument, into impact: inout Impact, consumed: inout Set<Int>) {
        var lines: [InlineLine] = []
        for block in blocks {
            switch document.nodes[block].kind {
            case .list:
                for item in document.items(ofList: block) {
                    if let paragraph = document.firstParagraph(ofItem: item) {
                        lines += document.inlineLines(of: paragraph)
                    }
                }
            case .paragraph:
                lines += document.inlineLines(of: block)
            default:
                break
            }
        }
        for line in lines {
            guard let colon = line.text.firstIndex(of: ":") else { continue }
            let label = MetadataField.normalizedName(String(line.text[..<colon]))
            let afterColon = line.text[line.text.index(after: colon)...]
            let valueStart = afterColon.firstIndex(where: { $0 != " " }) ?? afterColon.endIndex
            let value = Located(afterColon.trimmingCharacters(in: .whitespaces), at: line.location(of: valueStart))
            switch label {
            case "usersaffected", "affectedusers", "customersaffected", "users":
                if impact.usersAffected == nil { impact.usersAffected = value }
            case "dataloss":
                if impact.dataLoss == nil {
                    impact.dataLoss = value
                    impact.hasDataLoss = yesOrNo(value.value)
                }
            case "duration", "totalduration":
                if impact.duration == nil {
                    impact.duration = value
                    impact.durationMinutes = DurationParser.minutes(in: value.value)
                }
            default:
                break
            }
        }
    }

    /// `No`, `None`, `No data lost` → false; `Yes — 40 orders` → true.
    static func yesOrNo(_ value: String) -> Bool? {
        let word = value.split(whereSeparator: { !$0.isLetter }).first?.lowercased() ?? ""
        switch word {
        case "yes", "partial", "some": return true
        case "no", "none": return false
        default: return nil
        }
    }
}

/// Reads Lessons Learned: one lesson per list item, or per paragraph when
/// the section has no list.
enum LessonReader {
    static func lessons(in blocks: [Int], of document: MarkdownDocument) -> [Located<String>] {
        var lessons: [Located<String>] = []
        let lists = blocks.filter { document.nodes[$0].kind.isList }
        if lists.isEmpty {
            for block in blocks where document.nodes[block].kind == .paragraph {
                lessons.append(Located(document.plainText(of: block), at: document.location(of: block)))
            }
        } else {
            for list in lists {
                for item in document.items(ofList: list) {
                    let text = document.plainText(of: item).trimmingCharacters(in: .whitespaces)
                    if !text.isEmpty { lessons.append(Located(text, at: document.location(of: item))) }
                }
            }
        }
        return lessons
    }
}

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
