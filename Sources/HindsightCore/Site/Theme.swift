import CommonMark
import Foundation
import Mustache

/// The site's look: Mustache templates, partials, CSS and scripts.
///
/// The default theme is embedded in the binary; a user's theme folder
/// overrides it file by file, and missing files fall back to the default.
public struct Theme: Sendable {
    /// Theme files by relative path (`layout.mustache`, `assets/site.css`).
    public private(set) var files: [String: Data]
    let library: MustacheLibrary

    /// Why a theme could not be used.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// The theme embedded in the binary.
    public static func embedded() -> [String: Data] {
        EmbeddedTheme.base64Files.compactMapValues { Data(base64Encoded: $0) }
    }

    /// The default theme, overridden file by file by `overrideDirectory`.
    public init(overrideDirectory: String? = nil) throws(Failure) {
        FastHTMLContentType.registerOnce()
        var files = Theme.embedded()
        if let directory = overrideDirectory {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw Failure(description: "\(directory): no such theme folder")
            }
            for (path, data) in Theme.files(under: directory) { files[path] = data }
        }
        self.files = files
        var library = MustacheLibrary()
        for (path, data) in files.sorted(by: { $0.key < $1.key }) where path.hasSuffix(".mustache") {
            let name = String(path.dropLast(".mustache".count))
            guard let text = String(data: data, encoding: .utf8) else {
                throw Failure(description: "theme file \(path) is not UTF-8")
            }
            do {
                // Every template escapes with Hindsight's escaper (same characters as
                // swift-mustache's, without a dictionary lookup per character). Put on
                // line 1 so error line numbers stay those of the file.
                try library.register(FastHTMLContentType.pragma + text, named: name)
            } catch let error as MustacheLibrary.ParserError {
                throw Failure(
                    description:
                        "theme file \(path):\(error.context.lineNumber):\(error.context.columnNumber): \(Theme.describe(error.error))")
            } catch {
                throw Failure(description: "theme file \(path): \(error)")
            }
        }
        for required in Theme.requiredTemplates where library.getTemplate(named: required) == nil {
            throw Failure(description: "theme is missing the template \(required).mustache")
        }
        // Mustache renders a missing partial as nothing; a theme must not lose content silently.
        for (path, data) in files.sorted(by: { $0.key < $1.key }) where path.hasSuffix(".mustache") {
            for name in Theme.referencedTemplates(in: String(decoding: data, as: UTF8.self))
            where library.getTemplate(named: name) == nil {
                throw Failure(description: "theme file \(path) uses {{>\(name)}} (or {{<\(name)}}), but there is no \(name).mustache")
            }
        }
        self.library = library
    }

    /// Names used in `{{>partial}}` and `{{<parent}}` tags. The tags are found on UTF-8 bytes (Foundation's
    /// `range(of:)` was 70 M instructions of every build, on the default theme alone); each tag's text is
    /// trimmed as before.
    static func referencedTemplates(in text: String) -> [String] {
        var names: [String] = []
        let bytes = Array(text.utf8)
        /// Where the next `pair` of bytes (`{{`, `}}`) starts, from `start` on.
        func next(_ pair: UInt8, from start: Int) -> Int? {
            var index = start
            while index + 1 < bytes.count {
                if bytes[index] == pair && bytes[index + 1] == pair { return index }
                index += 1
            }
            return nil
        }
        var index = 0
        while let open = next(UInt8(ascii: "{"), from: index) {
            guard let close = next(UInt8(ascii: "}"), from: open + 2) else { break }
            let tag = String(decoding: bytes[(open + 2)..<close], as: UTF8.self).trimmingCharacters(in: .whitespaces)
            if let first = tag.first, first == ">" || first == "<" {
                names.append(tag.dropFirst().trimmingCharacters(in: .whitespaces))
            }
            index = close + 2
        }
        return names
    }

    /// A parser error in words (`unfinished section`), not a Swift enum dump.
    static func describe(_ error: Error) -> String {
        let raw = String(describing: error)
        let words = raw.reduce(into: "") { text, character in
            if character.isUppercase { text += " " + character.lowercased() } else { text.append(character) }
        }
        return words.trimmingCharacters(in: .whitespaces)
    }

    static let requiredTemplates = [
        "layout", "index", "incident", "incidents", "trends", "actions", "lessons", "group", "redirect", "not-found", "learning",
        "directory", "problems",
    ]

    /// Renders a template with a page's model; a missing template is an error, never an empty page.
    func render(_ template: String, _ page: some MustacheParent) throws(Failure) -> String {
        guard let html = library.render(page, withTemplate: template) else {
            throw Failure(description: "theme has no template \(template).mustache")
        }
        return html
    }

    /// Files copied to the site as they are (everything under `assets/`).
    var assets: [(path: String, data: Data)] {
        files.filter { $0.key.hasPrefix("assets/") }.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    static func files(under directory: String) -> [String: Data] {
        var result: [String: Data] = [:]
        let root = URL(fileURLWithPath: directory).standardizedFileURL
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else { return [:] }
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true,
                let data = try? Data(contentsOf: url)
            else { continue }
            let relative = String(url.standardizedFileURL.path.dropFirst(root.path.count + 1))
            if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
            result[relative] = data
        }
        return result
    }
}

/// HTML escaping for templates: `& < > " '` become character references and
/// forbidden characters U+FFFD (see `HTMLEscaping`).
struct FastHTMLContentType: MustacheContentType {
    static let name = "HINDSIGHT_HTML"
    static let pragma = "{{% CONTENT_TYPE: \(name) }}"
    private static let registration: Void = MustacheContentTypes.register(FastHTMLContentType(), named: name)

    static func registerOnce() { _ = registration }

    func escapeText(_ text: String) -> String {
        // Most values need no escaping at all: check the bytes first.
        guard text.utf8.contains(where: HTMLEscaping.mayNeedEscaping) else { return text }
        return HTMLEscaping.escape(text)
    }
}
