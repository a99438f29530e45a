import CommonMark
import Foundation

/// One answer of `hindsight serve`, before it becomes HTTP.
struct ServeResponse: Sendable, Equatable {
    var status: Int
    var contentType: String
    var body: [UInt8]
    /// Where a folder URL without its `/` is sent (`incidents/x` → `incidents/x/`).
    var location: String?

    init(status: Int, contentType: String = "text/plain; charset=utf-8", body: [UInt8], location: String? = nil) {
        self.status = status
        self.contentType = contentType
        self.body = body
        self.location = location
    }

    init(status: Int, text: String) {
        self.init(status: status, body: Array(text.utf8))
    }
}

/// Answers a request from the site in memory: folders get their
/// `index.html`, every file its content type, and HTML pages the reload
/// script and the problems banner. Nothing is ever read from disk by request
/// path, and a path with a `..` segment is refused before it is looked up.
enum ServeResponder {
    /// Paths of the server's own files, outside any path a site has.
    static let ownFolder = "__hindsight/"
    static let scriptPath = ownFolder + "live.js"
    static let stylesheetPath = ownFolder + "live.css"
    static let generationPath = ownFolder + "generation"

    /// The answer to `method` for `target`, the request line's target as sent (`/incidents/x/?q=1`, percent-encoded).
    static func respond(method: String, target: String, to state: ServeState) -> ServeResponse {
        guard method == "GET" || method == "HEAD" else {
            return ServeResponse(status: 405, text: "only GET and HEAD are served\n")
        }
        let encoded = target.prefix { $0 != "?" && $0 != "#" }
        guard encoded.hasPrefix("/"), let requestPath = encoded.removingPercentEncoding else {
            return ServeResponse(status: 400, text: "refused: the path must start with / and be percent-encoded UTF-8\n")
        }
        let segments = requestPath.split(separator: "/", omittingEmptySubsequences: true)
        guard !segments.contains(where: { $0 == ".." || $0 == "." }), !requestPath.contains("\0"), !requestPath.contains("\\") else {
            return ServeResponse(status: 400, text: "refused: the path has a '..' or '.' segment, a backslash or a NUL byte\n")
        }
        var path = segments.joined(separator: "/")
        if path == scriptPath {
            return ServeResponse(status: 200, contentType: "text/javascript; charset=utf-8", body: Array(LiveReload.script.utf8))
        }
        if path == stylesheetPath {
            return ServeResponse(status: 200, contentType: "text/css; charset=utf-8", body: Array(LiveReload.stylesheet.utf8))
        }
        if path == generationPath { return ServeResponse(status: 200, text: String(state.generation)) }
        if path.isEmpty || requestPath.hasSuffix("/") { path += path.isEmpty ? "index.html" : "/index.html" }
        do {
            if let file = try state.site.file(at: path) {
                return served(file, state: state)
            }
            if try state.site.file(at: path + "/index.html") != nil {
                let encoded = segments.map { SitePaths.segment(String($0)) }.joined(separator: "/")
                return ServeResponse(status: 301, body: [], location: "/" + encoded + "/")
            }
        } catch {
            return page(status: 500, title: "The theme cannot render this page", detail: error.description, state: state)
        }
        return page(status: 404, title: "Not found", detail: "The site has no file at /\(path).", state: state)
    }

    /// A site file, HTML pages with the server's additions.
    static func served(_ file: SiteFile, state: ServeState) -> ServeResponse {
        let type = contentType(of: file.path)
        guard file.path.hasSuffix(".html") else { return ServeResponse(status: 200, contentType: type, body: file.contents) }
        return ServeResponse(status: 200, contentType: type, body: LiveReload.inject(into: file.contents, state: state))
    }

    /// The server's own page (not found, a theme error), with the problems banner.
    static func page(status: Int, title: String, detail: String, state: ServeState) -> ServeResponse {
        let html = """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>\(HTMLEscaping.escape(title))</title></head>
            <body><h1>\(HTMLEscaping.escape(title))</h1><p>\(HTMLEscaping.escape(detail))</p><p><a href="/">The overview</a></p></body></html>

            """
        return ServeResponse(
            status: status, contentType: "text/html; charset=utf-8", body: LiveReload.inject(into: Array(html.utf8), state: state))
    }

    /// The content type of a site file, by its extension.
    static func contentType(of path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let pathExtension = name.contains(".") ? String(name.split(separator: ".").last ?? "").lowercased() : ""
        switch pathExtension {
        case "html": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "js": return "text/javascript; charset=utf-8"
        case "json": return "application/json"
        case "xml": return name == "feed.xml" ? "application/atom+xml" : "application/xml"
        case "svg": return "image/svg+xml"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "gif": return "image/gif"
        case "webp": return "image/webp"
        case "ico": return "image/x-icon"
        case "woff2": return "font/woff2"
        case "woff": return "font/woff"
        case "txt", "md": return "text/plain; charset=utf-8"
        default: return "application/octet-stream"
        }
    }
}
