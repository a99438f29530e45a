/// The inline Markdown of a timeline entry or an action item's text, as typed
/// nodes (never HTML): the site renders it (see ``InlineHTML``), plain-text
/// outputs use the entry's text instead.
///
/// Nodes are in document (pre-)order, each container followed by its
/// descendants up to ``Node/end``, so every walk is a loop, never a recursion.
public struct InlineMarkup: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case text
        case code
        /// A soft line break: a space in the plain text.
        case softBreak
        /// A hard line break (`\` or two spaces at a line's end): a space in the plain text.
        case lineBreak
        case emphasis
        case strong
        /// A link as written; the site rewrites and checks its target.
        case link(destination: String)
    }

    public struct Node: Sendable, Hashable {
        public var kind: Kind
        /// The text of text and code nodes.
        public var literal: String
        /// One past the index of the node's last descendant.
        public var end: Int
    }

    public var nodes: [Node]

    /// The text a reader sees, as the readers join it: text and code literals, a space for each break.
    public var plainText: String {
        var text = ""
        for node in nodes { text += node.plainPart }
        return text
    }

    /// The part whose plain text is `range` (UTF-8 offsets into ``plainText``), then `suffix` as text;
    /// nil when that part is plain text only or its plain text is not `expected` (then the
    /// entry's plain text says all there is).
    func slice(_ range: Range<Int>, expecting expected: some StringProtocol, suffix: String = "") -> InlineMarkup? {
        var kept: [Node?] = Array(repeating: nil, count: nodes.count)
        var offset = 0
        var leafKept = Array(repeating: 0, count: nodes.count + 1)  // leaves kept before each index
        for (index, node) in nodes.enumerated() {
            leafKept[index + 1] = leafKept[index]
            guard node.isLeaf else { continue }
            let bytes = Array(node.plainPart.utf8)
            let lower = max(range.lowerBound, offset)
            let upper = min(range.upperBound, offset + bytes.count)
            offset += bytes.count
            guard lower < upper else { continue }
            var part = node
            if node.kind == .text || node.kind == .code {
                part.literal = String(decoding: bytes[(lower - (offset - bytes.count))..<(upper - (offset - bytes.count))], as: UTF8.self)
            }
            kept[index] = part
            leafKept[index + 1] += 1
        }
        for (index, node) in nodes.enumerated() where !node.isLeaf && leafKept[node.end] > leafKept[index + 1] {
            kept[index] = node
        }
        // Each kept node's new position; a container ends after its last kept descendant.
        var position = Array(repeating: 0, count: nodes.count + 1)
        for index in nodes.indices { position[index + 1] = position[index] + (kept[index] == nil ? 0 : 1) }
        var result: [Node] = []
        for (index, node) in kept.enumerated() {
            guard var node else { continue }
            node.end = position[nodes[index].end]
            result.append(node)
        }
        if !suffix.isEmpty { result.append(Node(kind: .text, literal: suffix, end: result.count + 1)) }
        let markup = InlineMarkup(nodes: result)
        guard result.contains(where: { $0.kind != .text }), markup.plainText == expected + suffix else { return nil }
        return markup
    }
}

extension InlineMarkup.Node {
    var isLeaf: Bool {
        switch kind {
        case .text, .code, .softBreak, .lineBreak: return true
        case .emphasis, .strong, .link: return false
        }
    }

    var plainPart: String {
        switch kind {
        case .text, .code: return literal
        case .softBreak, .lineBreak: return " "
        case .emphasis, .strong, .link: return ""
        }
    }
}

extension InlineMarkup {
    /// An action item's details (`description` and a full stop), from the markup of the
    /// whole text; `text` is a slice of that text (of its plain text) that starts with `description`'s sentence.
    func details(_ description: String, in text: Substring) -> InlineMarkup? {
        guard let range = text.range(of: description) else { return nil }
        let start = text.base.utf8.distance(from: text.base.startIndex, to: range.lowerBound)
        return slice(start..<(start + description.utf8.count), expecting: description, suffix: ".")
    }
}
