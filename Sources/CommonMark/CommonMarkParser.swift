import CCmark
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Options for ``CommonMark/parse(_:options:)``.
public struct ParseOptions: Sendable {
    /// Also render each top-level block to HTML (cmark's safe mode, with
    /// dangerous link and image targets turned into plain text first).
    public var renderBlocks: Bool
    /// Rewrites a safe link target before rendering (nil keeps it): the site points
    /// links between post-mortem files (`other.md#action-2`) at their pages.
    public var rewriteLink: (@Sendable (String) -> String?)?
    /// Shapes over these limits are not given to cmark (see ``MarkdownLimits``).
    public var limits: MarkdownLimits

    public init(
        renderBlocks: Bool = false, rewriteLink: (@Sendable (String) -> String?)? = nil, limits: MarkdownLimits = .default
    ) {
        self.renderBlocks = renderBlocks
        self.rewriteLink = rewriteLink
        self.limits = limits
    }
}

/// Entry point to cmark: parses Markdown into a ``MarkdownDocument``.
///
/// Every C pointer is created, used and freed inside one call; nothing that
/// points into cmark's memory escapes.
public enum CommonMark {
    /// Parses `source` (UTF-8 CommonMark) into plain values; a source over the
    /// limits gives a document with no nodes that says why (``MarkdownDocument/tooComplex``).
    public static func parse(_ source: String, options: ParseOptions = ParseOptions()) -> MarkdownDocument {
        if let problem = ComplexityScan.firstProblem(in: source, limits: options.limits) {
            return MarkdownDocument(nodes: [], tooComplex: problem)
        }
        return withDocument(source) { root in
            if options.renderBlocks {
                LinkSafety.neutralizeUnsafeTargets(in: root, rewrite: options.rewriteLink)
            }
            var document = TreeConverter.convert(root, source: source, options: options)
            // Only entities and backslash escapes make decoded text differ from its source.
            // On the bytes themselves: a closure per byte of the UTF-8 view cost about 30 instructions a byte.
            if hasEntityOrEscape(source) {
                document.sourceLines = TextLines.split(source)
            }
            return document
        } ?? MarkdownDocument(nodes: [])
    }

    /// Whether `source` holds a `&` or a backslash.
    static func hasEntityOrEscape(_ source: String) -> Bool {
        contains(UInt8(ascii: "&"), in: source) || contains(UInt8(ascii: "\\"), in: source)
    }

    /// Whether `text` holds `byte`, found with `memchr` on its UTF-8 bytes.
    static func contains(_ byte: UInt8, in text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, Int32(byte), bytes.count) != nil
        }
    }

    /// Parses `source`, hands the tree to `body`, and frees it: the one place a
    /// cmark document is created, so no pointer outlives the call. Callers check
    /// the source against ``MarkdownLimits`` first.
    static func withDocument<Result>(_ source: String, _ body: (OpaquePointer) -> Result) -> Result? {
        var source = source
        let root: OpaquePointer? = source.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                // Bytes and length, not a C string: a NUL inside the text must not cut it.
                cmark_parse_document(chars.baseAddress, chars.count, CMARK_OPT_DEFAULT)
            }
        }
        guard let root else { return nil }
        defer { cmark_node_free(root) }
        return body(root)
    }

    /// Renders one line of Markdown as inline HTML (no enclosing `<p>`).
    static func renderInline(_ source: String, rewriteLink: (@Sendable (String) -> String?)?) -> String {
        // Most table cells are plain words and numbers: escape them without a parse.
        let markup: Set<Character> = ["*", "_", "`", "[", "]", "<", "!", "\\", "&", "~", ":"]
        if !source.contains(where: { markup.contains($0) }) {
            return HTMLEscaping.escape(source)
        }
        var html = renderHTML(source, rewriteLink: rewriteLink)
        if html.hasPrefix("<p>") && html.hasSuffix("</p>\n") {
            html = String(html.dropFirst(3).dropLast(5))
        }
        return html.trimmingCharacters(in: .newlines)
    }

    /// Renders `source` as a whole to HTML in cmark's safe mode, after turning
    /// dangerous link and image targets into plain text; a source over the
    /// default limits is shown as escaped text instead.
    public static func renderHTML(_ source: String, rewriteLink: (@Sendable (String) -> String?)? = nil) -> String {
        if ComplexityScan.firstProblem(in: source, limits: .default) != nil {
            return "<p>\(HTMLEscaping.escape(source))</p>\n"
        }
        return withDocument(source) { root in
            LinkSafety.neutralizeUnsafeTargets(in: root, rewrite: rewriteLink)
            return html(of: root)
        } ?? ""
    }

    static func html(of node: OpaquePointer) -> String {
        guard let rendered = cmark_render_html(node, CMARK_OPT_DEFAULT) else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }
}
