/// Every URL of the site, in one place: these are the links people keep.
///
/// Links between pages name `index.html` explicitly, so the site works from
/// `file://` (where a folder link opens a directory listing) as well as from
/// any web server; feeds, sitemaps and JSON exports use the folder URLs.
enum SitePaths {
    static func incident(_ slug: String) -> String { incidentFolder(slug) + "index.html" }
    static func tag(_ tag: String) -> String { "tags/\(segment(tag))/index.html" }
    static func service(_ service: String) -> String { "services/\(segment(service))/index.html" }
    /// The incident's public URL path (`incidents/<slug>/`), for feeds and exports.
    static func incidentFolder(_ slug: String) -> String { "incidents/\(segment(slug))/" }

    /// The folder a page is written to (not percent-encoded).
    static func incidentFile(_ slug: String) -> String { "incidents/\(slug)/index.html" }

    /// `../` repeated to climb from a page's folder back to the site root.
    static func root(forPagePath path: String) -> String {
        String(repeating: "../", count: path.split(separator: "/").count - 1)
    }

    /// Percent-encodes one path segment (RFC 3986 unreserved characters stay).
    static func segment(_ text: String) -> String {
        // Most segments (slugs, tag names) are unreserved already: returned as they are.
        guard !text.utf8.allSatisfy(isUnreserved) else { return text }
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count * 3)
        for byte in text.utf8 {
            if isUnreserved(byte) {
                result.append(byte)
            } else {
                result.append(UInt8(ascii: "%"))
                result.append(upperHexDigits[Int(byte >> 4)])
                result.append(upperHexDigits[Int(byte & 0xF)])
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    private static let upperHexDigits = Array("0123456789ABCDEF".utf8)

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
            UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
            return true
        default:
            return false
        }
    }
}

extension String {
    func leftPadded(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
