import CommonMark

/// Renders ``InlineMarkup`` as HTML the way cmark's safe mode renders a paragraph's
/// inlines: every literal escaped, no raw HTML, a link whose target could run code
/// or embed data (`javascript:`) shown as its text, a link between post-mortem files
/// pointed at the page made of that file (as the sections' own HTML is, see ``PostMortemLinks``).
enum InlineHTML {
    /// `markup`'s HTML, else `plain` escaped.
    static func html(_ markup: InlineMarkup?, plain: String) -> String {
        guard let markup else { return HTMLEscaping.escape(plain) }
        return html(markup)
    }

    static func html(_ markup: InlineMarkup) -> String {
        var html = ""
        // Closing tags of the open containers, with the index each closes at.
        var closers: [(end: Int, tag: String)] = []
        for (index, node) in markup.nodes.enumerated() {
            while let last = closers.last, last.end <= index {
                html += last.tag
                closers.removeLast()
            }
            switch node.kind {
            case .text: html += HTMLEscaping.escape(node.literal)
            case .code: html += "<code>" + HTMLEscaping.escape(node.literal) + "</code>"
            case .softBreak: html += "\n"
            case .lineBreak: html += "<br />\n"
            case .emphasis:
                html += "<em>"
                closers.append((node.end, "</em>"))
            case .strong:
                html += "<strong>"
                closers.append((node.end, "</strong>"))
            case .link(let destination):
                // An unsafe target keeps only the link's text.
                guard !LinkSafety.isUnsafe(destination) else { continue }
                html += "<a href=\"" + href(PostMortemLinks.pageLink(for: destination) ?? destination) + "\">"
                closers.append((node.end, "</a>"))
            }
        }
        for closer in closers.reversed() { html += closer.tag }
        return html
    }

    /// A link target as cmark writes it into `href`: bytes outside its safe set
    /// percent-encoded, `&` and `'` as character references.
    static func href(_ target: String) -> String {
        var result = ""
        for byte in target.utf8 {
            switch byte {
            case UInt8(ascii: "&"): result += "&amp;"
            case UInt8(ascii: "'"): result += "&#x27;"
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                if Self.safe.contains(byte) {
                    result.unicodeScalars.append(Unicode.Scalar(byte))
                } else {
                    result += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
                }
            }
        }
        return result
    }

    private static let safe = Set("-_.+!*(),%#@?=;:/$~".utf8)
}
