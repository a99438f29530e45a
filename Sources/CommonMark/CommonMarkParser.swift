import CCmark

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Options for ``CommonMark/parse(_:options:)``.
public struct ParseOptions: Sendable, Hashable {
    /// Also render each top-level block to HTML (cmark's safe mode, with
    /// dangerous link and image targets turned into plain text first).
    public var renderBlocks: Bool

    public init(renderBlocks: Bool = false) {
        self.renderBlocks = renderBlocks
    }
}

/// Entry point to cmark: parses Markdown into a ``MarkdownDocument``.
///
/// Every C pointer is created, used and freed inside one call; nothing that
/// points into cmark's memory escapes.
public enum CommonMark {
    /// Parses `source` (UTF-8 CommonMark) into plain values.
    public static func parse(_ source: String, options: ParseOptions = ParseOptions()) -> MarkdownDocument {
        var source = source
        let root: OpaquePointer? = source.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                cmark_parse_document(chars.baseAddress, chars.count, CMARK_OPT_DEFAULT)
            }
        }
        guard let root else { return MarkdownDocument(nodes: []) }
        defer { cmark_node_free(root) }
        if options.renderBlocks {
            LinkSafety.neutralizeUnsafeTargets(in: root)
        }
        return TreeConverter.convert(root, renderBlocks: options.renderBlocks)
    }

    /// Renders `source` as a whole to HTML in cmark's safe mode, after turning
    /// dangerous link and image targets into plain text.
    public static func renderHTML(_ source: String) -> String {
        var source = source
        let root: OpaquePointer? = source.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                cmark_parse_document(chars.baseAddress, chars.count, CMARK_OPT_DEFAULT)
            }
        }
        guard let root else { return "" }
        defer { cmark_node_free(root) }
        LinkSafety.neutralizeUnsafeTargets(in: root)
        return html(of: root)
    }

    static func html(of node: OpaquePointer) -> String {
        guard let rendered = cmark_render_html(node, CMARK_OPT_DEFAULT) else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }
}
