import CommonMark
import Foundation
import Yams

/// The YAML block a file may start with (`---` … `---`): its fields, its title
/// and what in it could not be read.
public struct FrontMatter: Sendable, Hashable {
    /// The lines the block spans, its `---` lines included.
    public var lines: ClosedRange<Int>
    /// The `title` key.
    public var title: Located<String>?
    /// Every other key, in file order, each at the line and column it is written.
    public var fields: [MetadataField] = []
    /// What could not be read, each at its place: the YAML error, a value that is a mapping.
    public var problems: [Located<String>] = []
}

/// Finds and reads front matter, and hands cmark the text with the block's
/// lines blanked, so cmark never sees `---` as Markdown and line numbers stay right.
enum FrontMatterReader {
    /// The front matter at the start of `text` (none unless line 1 is `---` and a
    /// later line closes it with `---` or `...`), and the text for cmark.
    static func split(_ text: String) -> (frontMatter: FrontMatter?, markdown: String) {
        guard text.hasPrefix("---") else { return (nil, text) }
        let lines = TextLines.split(text)
        guard let first = lines.first, isDelimiter(first, opening: true) else { return (nil, text) }
        guard let closing = lines.indices.dropFirst().first(where: { isDelimiter(lines[$0], opening: false) }) else {
            // `---` then `date: 2024-03-05`: front matter missing its closing line, not a rule line.
            guard lines.count > 1, looksLikeKey(lines[1]) else { return (nil, text) }
            var unclosed = FrontMatter(lines: 1...1)
            unclosed.problems.append(
                Located(
                    "front matter opened here is not closed, so it was not read; end it with a line `---` before the Markdown",
                    at: .fileStart))
            return (unclosed, text)
        }
        // A leading empty line keeps YAML's line numbers equal to the file's.
        let yaml = "\n" + lines[1..<closing].joined(separator: "\n")
        var frontMatter = read(yaml)
        frontMatter.lines = 1...(closing + 1)
        let markdown = String(repeating: "\n", count: closing + 1) + lines[(closing + 1)...].joined(separator: "\n")
        return (frontMatter, markdown)
    }

    /// `date: 2024-03-05`: a name of letters, digits, `_` or `-`, then a colon.
    static func looksLikeKey(_ line: Substring) -> Bool {
        guard let colon = line.firstIndex(of: ":"), colon > line.startIndex else { return false }
        return line[..<colon].allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
    }

    static func isDelimiter(_ line: Substring, opening: Bool) -> Bool {
        let trimmed = line.trimmingSpaces()
        return trimmed == "---" || (!opening && trimmed == "...")
    }

    static func read(_ yaml: String) -> FrontMatter {
        var frontMatter = FrontMatter(lines: 1...1)
        func problem(_ message: String, at node: Node?) {
            let location = SourceLocation(line: node?.mark?.line ?? 1, column: node?.mark?.column ?? 1)
            frontMatter.problems.append(Located(message, at: location))
        }
        let root: Node?
        do { root = try Yams.compose(yaml: yaml) } catch {
            let diagnostic = ConfigurationLoader.syntaxDiagnostic(error, path: "", text: yaml)
            frontMatter.problems.append(
                Located(
                    "front matter is not valid YAML: \(diagnostic.message.replacingOccurrences(of: "invalid YAML: ", with: "")); write `key: value` lines between the `---` lines",
                    at: SourceLocation(line: diagnostic.line, column: diagnostic.column)))
            return frontMatter
        }
        guard let root else { return frontMatter }  // empty, or only comments
        guard case .mapping(let mapping) = root else {
            problem(
                "front matter must be `key: value` lines (e.g. `date: 2024-03-05`), not \(YAMLNodeReader.kind(of: root))", at: root)
            return frontMatter
        }
        for (keyNode, valueNode) in mapping {
            guard case .scalar(let key) = keyNode, !key.string.isEmpty else {
                problem("a front matter key must be a plain name, not \(YAMLNodeReader.kind(of: keyNode))", at: keyNode)
                continue
            }
            guard let value = value(of: valueNode) else {
                problem(
                    "front matter key '\(key.string)' holds \(YAMLNodeReader.kind(of: valueNode)); give it a value (`\(key.string): text`) or a list of values (`\(key.string): [a, b]`)",
                    at: keyNode)
                continue
            }
            let location = SourceLocation(line: keyNode.mark?.line ?? 1, column: keyNode.mark?.column ?? 1)
            let valueLocation = valueNode.mark.map { SourceLocation(line: $0.line, column: $0.column) } ?? location
            if MetadataField.normalizedName(key.string) == "title" {
                if frontMatter.title == nil { frontMatter.title = Located(value, at: valueLocation) }
                continue
            }
            frontMatter.fields.append(
                MetadataField(name: key.string, value: value, location: location, valueLocation: valueLocation))
        }
        return frontMatter
    }

    /// A scalar as written (nothing for `~`), a list of scalars joined with `, `; nil for anything else.
    static func value(of node: Node) -> String? {
        switch node {
        case .scalar(let scalar): return YAMLNodeReader.isNull(node) ? "" : scalar.string.trimmingSpaces()
        case .sequence(let sequence):
            var values: [String] = []
            for element in sequence {
                guard case .scalar(let scalar) = element else { return nil }
                if !YAMLNodeReader.isNull(element) { values.append(scalar.string.trimmingSpaces()) }
            }
            return values.joined(separator: ", ")
        default: return nil
        }
    }
}
