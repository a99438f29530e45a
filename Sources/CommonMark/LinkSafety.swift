import CCmark

/// Replaces links and images whose targets could run code or embed data
/// (`javascript:`, `vbscript:`, `file:`, `data:`) with their plain text.
///
/// cmark's safe mode would only empty such targets, leaving `<a href="">` and
/// the invalid `<img src="">`; here they become the text a reader saw.
public enum LinkSafety {
    static let unsafeSchemes = ["javascript:", "vbscript:", "file:", "data:"]

    /// Whether a link or image target is one Hindsight refuses to publish.
    public static func isUnsafe(_ target: String) -> Bool {
        // Browsers ignore control characters and whitespace inside a scheme.
        let squeezed = String(
            target.lowercased().unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F }.map(Character.init)
        )
        return unsafeSchemes.contains { squeezed.hasPrefix($0) }
    }

    static func neutralizeUnsafeTargets(in root: OpaquePointer, rewrite: (@Sendable (String) -> String?)? = nil) {
        var unsafeNodes: [OpaquePointer] = []
        guard let iterator = cmark_iter_new(root) else { return }
        defer { cmark_iter_free(iterator) }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER,
                let node = cmark_iter_get_node(iterator)
            else { continue }
            let type = cmark_node_get_type(node)
            guard type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE else { continue }
            let target = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
            if isUnsafe(target) {
                unsafeNodes.append(node)
            } else if type == CMARK_NODE_LINK, let rewrite, let rewritten = rewrite(target) {
                cmark_node_set_url(node, rewritten)
            }
        }
        // Innermost first, so an unsafe node nested in another is handled
        // before its ancestor is taken apart.
        for node in unsafeNodes.reversed() {
            replaceWithChildren(node, asText: cmark_node_get_type(node) == CMARK_NODE_IMAGE)
        }
    }

    /// Moves the node's children in front of it (an image's alt text becomes
    /// one text node) and frees the node.
    private static func replaceWithChildren(_ node: OpaquePointer, asText: Bool) {
        if asText {
            var alt = ""
            if let walker = cmark_iter_new(node) {
                defer { cmark_iter_free(walker) }
                while cmark_iter_next(walker) != CMARK_EVENT_DONE {
                    guard cmark_iter_get_event_type(walker) == CMARK_EVENT_ENTER,
                        let child = cmark_iter_get_node(walker), child != node
                    else { continue }
                    let type = cmark_node_get_type(child)
                    if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE {
                        alt += cmark_node_get_literal(child).map { String(cString: $0) } ?? ""
                    } else if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK {
                        alt += " "
                    }
                }
            }
            if let text = cmark_node_new(CMARK_NODE_TEXT) {
                cmark_node_set_literal(text, alt)
                cmark_node_insert_before(node, text)
            }
        } else {
            while let child = cmark_node_first_child(node) {
                cmark_node_insert_before(node, child)
            }
        }
        cmark_node_unlink(node)
        cmark_node_free(node)
    }
}
