import CommonMark
import Foundation

/// Reads the Action Items section: one item per list item, in the template's
/// form `` `[ ]` **Title**: text. Owner: Name. Due: 2024-03-12. `` and GFM's
/// `- [x] …`, with optional `Ticket:` and `ID:` parts.
enum ActionItemReader {
    static func items(in blocks: [Int], of document: MarkdownDocument, firstIndex: Int, consumed: inout Set<Int>) -> [ActionItem] {
        var items: [ActionItem] = []
        for block in blocks where document.nodes[block].kind.isList {
            consumed.insert(block)
            for item in document.items(ofList: block) {
                guard let paragraph = document.firstParagraph(ofItem: item) else { continue }
                items.append(read(paragraph: paragraph, of: document, index: firstIndex + items.count))
            }
        }
        return items
    }

    static func read(paragraph: Int, of document: MarkdownDocument, index: Int) -> ActionItem {
        let lines = document.inlineLines(of: paragraph)
        let location = document.location(of: paragraph)
        var text = Substring(lines.map(\.text).joined(separator: " ")).drop(while: { $0 == " " })

        var isDone = false
        var hasCheckbox = false
        for (box, done) in [("[ ]", false), ("[x]", true), ("[X]", true), ("[]", false)] where text.hasPrefix(box) {
            hasCheckbox = true
            isDone = done
            text = text.dropFirst(box.count).drop(while: { $0 == " " })
            break
        }
        let fullText = String(text)

        var label: String?
        if let strong = (paragraph + 1..<document.nodes[paragraph].subtreeEnd).first(where: { document.nodes[$0].kind == .strong }) {
            let strongText = document.plainText(of: strong)
            if !strongText.isEmpty, text.hasPrefix(strongText) {
                text = text.dropFirst(strongText.count)
                label = strongText.trimming(TrimSets.labelEnd)
                text = text.drop(while: { $0 == ":" || $0 == " " || $0 == "-" || $0 == "–" })
            }
        }

        let parts = KeyedParts.split(text, keys: ["owner", "due date", "due", "tickets", "ticket", "id"])
        let description = parts.leading.trimming(TrimSets.sentenceEdges)

        var item = ActionItem(
            index: index,
            title: title(label: label, description: description),
            text: fullText,
            isDone: isDone,
            hasCheckbox: hasCheckbox,
            location: location
        )
        item.details = description.isEmpty || description == item.title ? "" : description + "."
        func located(_ value: KeyedParts.Value) -> Located<String> {
            Located(value.text, at: valueLocation(of: value.text, after: value.key, in: lines) ?? location)
        }
        for value in parts.values {
            switch value.key {
            case "owner":
                let owner = KeyedParts.firstSentence(of: value.text)
                if item.owner == nil, !owner.isEmpty { item.owner = located(.init(key: value.key, text: owner)) }
            case "due", "due date":
                guard item.dueText == nil, !value.text.isEmpty else { break }
                // `Due: 2024-05-01. See PAY-88.` — the date is the first sentence.
                let due = DateParser.parse(value.text) != nil ? value.text : KeyedParts.firstSentence(of: value.text)
                item.dueText = located(.init(key: value.key, text: due))
                item.due = DateParser.parse(due)
            case "ticket", "tickets": item.tickets += value.text.split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init)
            case "id": if item.id == nil { item.id = ListValue.kebab(value.text).nonEmpty }
            default: break
            }
        }
        let textWithoutURLs = fullText.split(separator: " ").filter { !$0.contains("://") }.joined(separator: " ")
        item.tickets += IssueKeys.find(in: textWithoutURLs)
        for node in document.nodes[(paragraph + 1)..<document.nodes[paragraph].subtreeEnd] {
            if case .link(let destination) = node.kind, destination.hasPrefix("http") { item.tickets.append(destination) }
        }
        var seen = Set<String>()
        item.tickets = item.tickets.map { $0.trimming(TrimSets.ticketEdges) }
            .filter { !$0.isEmpty && seen.insert($0).inserted }
        return item
    }

    /// The bold label, unless it is the template's `Action Item N`; then the
    /// description's first words.
    static func title(label: String?, description: String) -> String {
        if let label, !isTemplateLabel(label), !label.isEmpty { return label }
        var sentence = Substring(description)
        if sentence.hasPrefix("(") { sentence = sentence.dropFirst() }
        if let end = sentence.range(of: ". ") ?? sentence.range(of: "; ") { sentence = sentence[..<end.lowerBound] }
        let words = sentence.split(separator: " ")
        let limit = 14
        let title = words.prefix(limit).joined(separator: " ").trimming(TrimSets.titleEnd)
        if title.isEmpty { return label ?? "Action item" }
        return words.count > limit ? title + "…" : title
    }

    /// `Action Item 3`, `Action item`, `Action 2`.
    static func isTemplateLabel(_ label: String) -> Bool {
        let words = label.lowercased().split(separator: " ")
        guard let first = words.first, first == "action" else { return false }
        let rest = words.dropFirst().filter { $0 != "item" }
        return rest.allSatisfy { $0.allSatisfy(\.isASCIIDigit) }
    }

    /// Where `value` is written after `key:` on one of the lines.
    private static func valueLocation(of value: String, after key: String, in lines: [InlineLine]) -> SourceLocation? {
        for line in lines {
            var searchStart = line.text.startIndex
            while let keyRange = line.text.range(of: key, options: .caseInsensitive, range: searchStart..<line.text.endIndex) {
                searchStart = keyRange.upperBound
                let afterKey = line.text[keyRange.upperBound...].drop(while: { $0 == " " })
                guard afterKey.first == ":" else { continue }
                if let range = line.text.range(of: value, range: afterKey.startIndex..<line.text.endIndex) {
                    return line.location(of: range.lowerBound)
                }
            }
        }
        return nil
    }
}

extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}
