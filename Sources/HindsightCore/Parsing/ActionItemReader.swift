import CommonMark
import Foundation

/// Reads the Action Items section: one item per list item, in the template's
/// form `` `[ ]` **Title**: text. Owner: Name. Due: 2024-03-12. `` and GFM's
/// `- [x] …`, with optional `Ticket:` and `ID:` parts; or one per row of an
/// action table (see ``TableReader``).
enum ActionItemReader {
    /// The items, with what its tables gave (their rows' anchors, those that could not be read) in `tables`.
    static func items(
        in blocks: [Int], of document: MarkdownDocument, firstIndex: Int, consumed: inout Set<Int>, tables: inout SectionTables
    ) -> [ActionItem] {
        var items: [ActionItem] = []
        var unreadable: [UnreadableTable] = []
        for block in blocks {
            if let table = document.tables[block] {
                switch TableReader.actionItems(table, heading: tables.heading, firstIndex: firstIndex + items.count) {
                case .success(let read):
                    items += read
                    tables.rowIDs[block] = read.map { item in
                        "action-" + (item.id.flatMap { $0.allSatisfy(\.isASCIIDigit) ? nil : $0 } ?? String(item.index))
                    }
                case .failure(let problem):
                    unreadable.append(problem)
                }
                continue
            }
            guard document.nodes[block].kind.isList else { continue }
            consumed.insert(block)
            for item in document.items(ofList: block) {
                guard let paragraph = document.firstParagraph(ofItem: item) else { continue }
                items.append(read(paragraph: paragraph, of: document, index: firstIndex + items.count))
            }
        }
        // A table that is not an action list beside one that is, is prose; alone, it was meant as the list.
        if items.isEmpty { tables.unreadable += unreadable }
        return items
    }

    /// The keys of an item's `Key: value` parts.
    static let partKeys = KeyedParts.Keys(
        ["owner", "assignee", "dri", "due date", "due", "tickets", "ticket", "id", "status", "type"] + CompletionDate.keys,
        keysAtPartStart: Set(CompletionDate.keys))

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

        var statusWord: String?
        if let leading = ActionStatusWords.leading(in: text) {
            statusWord = leading.word
            text = leading.rest
        }
        let strongs = (paragraph + 1..<document.nodes[paragraph].subtreeEnd).filter { document.nodes[$0].kind == .strong }
        var labelStrong = strongs.first
        if statusWord == nil, let first = strongs.first, case let word = document.plainText(of: first),
            ActionStatusWords.meaning(of: word) != nil, text.hasPrefix(word)
        {
            statusWord = word.trimming(TrimSets.statusEdges)
            text = text.dropFirst(word.count).drop(while: { " :-–—".contains($0) })
            labelStrong = strongs.dropFirst().first
        }

        var label: String?
        if let strong = labelStrong {
            let strongText = document.plainText(of: strong)
            if !strongText.isEmpty, text.hasPrefix(strongText) {
                text = text.dropFirst(strongText.count)
                label = strongText.trimming(TrimSets.labelEnd)
                text = text.drop(while: { $0 == ":" || $0 == " " || $0 == "-" || $0 == "–" })
            }
        }

        if statusWord == nil, let trailing = ActionStatusWords.trailing(in: text) {
            statusWord = trailing.word
            text = trailing.rest
        } else if statusWord == nil, let last = strongs.last, last != labelStrong, case let word = document.plainText(of: last),
            ActionStatusWords.meaning(of: word) != nil, text.hasSuffix(word) || text.hasSuffix(word + ".")
        {
            statusWord = word.trimming(TrimSets.statusEdges)
            text = text[..<(text.range(of: word, options: .backwards)?.lowerBound ?? text.endIndex)]
        }

        let assignment = InlineAssignment.find(in: text)
        if let assignment { text = assignment.rest }

        let parts = KeyedParts.split(text, keys: partKeys)
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
        if !item.details.isEmpty { item.detailsMarkup = document.inlineMarkup(of: paragraph)?.details(description, in: text) }
        func located(_ value: KeyedParts.Value) -> Located<String> {
            Located(value.text, at: valueLocation(of: value.text, after: value.key, in: lines) ?? location)
        }
        for value in parts.values {
            switch value.key {
            case "owner", "assignee", "dri":
                let owner = KeyedParts.firstSentence(of: value.text)
                if item.owner == nil, !owner.isEmpty { item.owner = located(.init(key: value.key, text: owner)) }
            case "due", "due date":
                guard item.dueText == nil, !value.text.isEmpty else { break }
                // `Due: 2024-05-01. See PAY-88.` — the date is the first sentence.
                let due = DueDateParser.parse(value.text) != nil ? value.text : KeyedParts.firstSentence(of: value.text)
                item.dueText = located(.init(key: value.key, text: due))
                item.due = DueDateParser.parse(due)
            case "ticket", "tickets": item.tickets += value.text.split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init)
            case "id": if item.id == nil { item.id = ListValue.kebab(value.text).nonEmpty }
            case "status":
                // `Status: Blocked (waiting on vendor).` — a remark in parentheses may follow.
                let sentence = KeyedParts.firstSentence(of: value.text)
                let word = sentence.range(of: " (").map { sentence[..<$0.lowerBound].trimmingSpaces() } ?? sentence
                if item.statusWord == nil, !word.isEmpty { item.statusWord = located(.init(key: value.key, text: word)) }
            case let key where CompletionDate.keys.contains(key):
                guard item.completedText == nil, !value.text.isEmpty else { break }
                CompletionDate.read(located(.init(key: value.key, text: CompletionDate.written(value.text))), into: &item)
            case "type":
                let type = KeyedParts.firstSentence(of: value.text).trimming(TrimSets.sentenceEdges)
                if item.typeText == nil, !type.isEmpty { item.typeText = located(.init(key: value.key, text: type)) }
            default: break
            }
        }
        if item.owner == nil, let owner = assignment?.owner {
            item.owner = Located(owner, at: Self.location(of: owner, in: lines) ?? location)
        }
        if item.dueText == nil, let due = assignment?.due {
            item.dueText = Located(due, at: Self.location(of: due, in: lines) ?? location)
            item.due = DueDateParser.parse(due)
        }
        if item.completedText == nil, let completed = assignment?.completed {
            CompletionDate.read(Located(completed, at: Self.location(of: completed, in: lines) ?? location), into: &item)
        }
        if item.statusWord == nil, let statusWord {
            item.statusWord = Located(statusWord, at: Self.location(of: statusWord, in: lines) ?? location)
        }
        // A checkbox wins over a word (`conflicting-field` reports a contradiction).
        if !hasCheckbox, let meaning = item.statusWord.flatMap({ ActionStatusWords.meaning(of: $0.value) }) {
            item.isDone = meaning == .done
            item.isDropped = meaning == .dropped
        }
        CompletionDate.settle(&item)
        item.tickets += IssueKeys.find(in: fullText.utf8.contains(UInt8(ascii: ":")) ? withoutURLs(fullText) : fullText)
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
        if let end = firstSentenceEnd(in: sentence) { sentence = sentence[..<end] }
        let (words, isCut) = firstWords(of: sentence, limit: 14)
        let title = words.trimming(TrimSets.titleEnd)
        if title.isEmpty { return label ?? "Action item" }
        return isCut ? title + "…" : title
    }

    /// The first `limit` words of `text` (split at spaces, empty words left out) joined by one
    /// space, and whether there were more: `split(separator: " ")`'s words, found on bytes
    /// when every space byte stands alone as a `Character` (its neighbours are ASCII, so no
    /// combining mark joins it and no prepended mark holds it).
    static func firstWords(of text: Substring, limit: Int) -> (words: String, isCut: Bool) {
        let utf8 = text.utf8
        var joined: [UInt8] = []
        var words = 0
        var inWord = false
        var previous: UInt8 = 0
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            let next = utf8.index(after: index)
            if byte == 0x20 {
                guard previous < 0x80, next == utf8.endIndex || utf8[next] < 0x80 else {
                    let split = text.split(separator: " ")
                    return (split.prefix(limit).joined(separator: " "), split.count > limit)
                }
                inWord = false
            } else {
                if !inWord {
                    inWord = true
                    words += 1
                    if words > limit { return (String(decoding: joined, as: UTF8.self), true) }
                    if words > 1 { joined.append(0x20) }
                }
                joined.append(byte)
            }
            previous = byte
            index = next
        }
        return (String(decoding: joined, as: UTF8.self), false)
    }

    /// `Action Item 3`, `Action item`, `Action 2`.
    static func isTemplateLabel(_ label: String) -> Bool {
        // The first word lowers to `action` only if its first byte is an `a` or `A`: look no further otherwise.
        guard let first = label.utf8.first(where: { $0 != 0x20 }), first | 0x20 == UInt8(ascii: "a") else { return false }
        if label.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII: the words and their lowering on bytes, each byte its own `Character`.
            let words = label.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }.split(separator: 0x20)
            guard let first = words.first, first.elementsEqual("action".utf8) else { return false }
            return words.dropFirst().allSatisfy { word in
                word.elementsEqual("item".utf8) || word.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
            }
        }
        let words = label.lowercased().split(separator: " ")
        guard let first = words.first, first == "action" else { return false }
        let rest = words.dropFirst().filter { $0 != "item" }
        return rest.allSatisfy { $0.allSatisfy(\.isASCIIDigit) }
    }

    /// Where the first `. ` (else the first `; `) starts.
    static func firstSentenceEnd(in text: Substring) -> String.Index? {
        let utf8 = text.utf8
        for mark in [UInt8(ascii: "."), UInt8(ascii: ";")] {
            var index = utf8.startIndex
            while let found = utf8[index...].firstIndex(of: mark) {
                let next = utf8.index(after: found)
                if next < utf8.endIndex && utf8[next] == 0x20 { return found }
                index = next
            }
        }
        return nil
    }

    /// `text` with its URL words (`https://…`) blanked, for finding issue keys.
    static func withoutURLs(_ text: String) -> String {
        var bytes = Array(text.utf8)
        var wordStart = 0
        for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x20 {
            let word = bytes[wordStart..<index]
            if word.count > 3, let colon = word.firstIndex(of: UInt8(ascii: ":")),
                word[colon...].starts(with: [UInt8(ascii: ":"), UInt8(ascii: "/"), UInt8(ascii: "/")])
            {
                for position in wordStart..<index { bytes[position] = 0x20 }
            }
            wordStart = index + 1
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Where `value` is written after `key:` on one of the lines (keys are
    /// ASCII and matched ignoring ASCII case, as ``KeyedParts`` finds them).
    private static func valueLocation(of value: String, after key: String, in lines: [InlineLine]) -> SourceLocation? {
        let keyBytes = Array(key.lowercased().utf8)
        let valueBytes = Array(value.utf8)
        for line in lines {
            let bytes = Array(line.text.utf8)
            let lowered = bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
            var start = 0
            while let keyRange = ByteSearch.firstRange(of: keyBytes, in: lowered, from: start) {
                start = keyRange.upperBound
                var colon = start
                while colon < bytes.count && bytes[colon] == 0x20 { colon += 1 }
                guard colon < bytes.count, bytes[colon] == UInt8(ascii: ":") else { continue }
                if let valueRange = ByteSearch.firstRange(of: valueBytes, in: bytes, from: colon) {
                    return line.prose.location(atUTF8Offset: valueRange.lowerBound)
                }
            }
        }
        return nil
    }

    /// Where `word` is first written on one of the lines.
    private static func location(of word: String, in lines: [InlineLine]) -> SourceLocation? {
        let wordBytes = Array(word.utf8)
        for line in lines {
            if let range = ByteSearch.firstRange(of: wordBytes, in: Array(line.text.utf8)) {
                return line.prose.location(atUTF8Offset: range.lowerBound)
            }
        }
        return nil
    }
}

extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}
