import Foundation
import Yams

/// Reads typed values out of a composed YAML tree, collecting a diagnostic with
/// line and column for every unknown key and wrong type, and the line each value
/// came from.
struct YAMLNodeReader {
    let path: String
    var diagnostics: [ConfigurationDiagnostic] = []
    var origins: [String: ConfigurationOrigin] = [:]
    /// The node each recorded value was read from, for checks across sections.
    var nodes: [String: Node] = [:]

    init(path: String) {
        self.path = path
    }

    mutating func fail(_ message: String, at node: Node) {
        diagnostics.append(
            ConfigurationDiagnostic(path: path, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1, message: message))
    }

    mutating func recordOrigin(_ keyPath: String, _ node: Node) {
        origins[keyPath] = .file(path: path, line: node.mark?.line ?? 1)
        nodes[keyPath] = node
    }

    /// The entries of a mapping, in file order, each key checked against `keys`;
    /// nil (after a diagnostic) when `node` is not a mapping.
    mutating func mapping(_ node: Node, at keyPath: String, keys: [String]?) -> [(key: String, keyNode: Node, value: Node)]? {
        guard case .mapping(let mapping) = node else {
            fail("\(Self.quoted(keyPath)) must be a mapping of keys, not \(Self.kind(of: node))", at: node)
            return nil
        }
        var entries: [(key: String, keyNode: Node, value: Node)] = []
        for (keyNode, value) in mapping {
            guard case .scalar(let scalar) = keyNode else {
                fail("a key in \(Self.quoted(keyPath)) must be a plain name, not \(Self.kind(of: keyNode))", at: keyNode)
                continue
            }
            if let keys, !keys.contains(scalar.string) {
                fail(Self.unknownKeyMessage(scalar.string, in: keyPath, known: keys), at: keyNode)
                continue
            }
            entries.append((scalar.string, keyNode, value))
        }
        return entries
    }

    static func unknownKeyMessage(_ key: String, in keyPath: String, known: [String]) -> String {
        let place = keyPath.isEmpty ? "" : " in '\(keyPath)'"
        if let suggestion = suggestion(for: key, among: known) {
            return "unknown key '\(key)'\(place); did you mean '\(suggestion)'?"
        }
        return "unknown key '\(key)'\(place); the keys\(place) are \(known.joined(separator: ", "))"
    }

    /// The nearest of `candidates` within a third of the word's length (at least 2 edits), ignoring case.
    static func suggestion(for word: String, among candidates: [String]) -> String? {
        let lowered = word.lowercased()
        let scored = candidates.map { ($0, $0.lowercased().editDistance(to: lowered)) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= max(2, word.count / 3) else { return nil }
        return best.0
    }

    /// A scalar as a string (`2024` is the string "2024"); nil for `~`.
    mutating func string(_ node: Node, at keyPath: String) -> String? {
        guard case .scalar(let scalar) = node else {
            fail("\(Self.quoted(keyPath)) must be a string, not \(Self.kind(of: node))", at: node)
            return nil
        }
        return Self.isNull(node) ? nil : scalar.string
    }

    /// A whole number from `minimum` to `maximum` (day counts stop at 100 years, so no date arithmetic overflows).
    mutating func int(_ node: Node, at keyPath: String, minimum: Int, maximum: Int = 36_500, what: String) -> Int? {
        guard case .scalar(let scalar) = node, !Self.isNull(node), let value = Int(scalar.string), (minimum...maximum).contains(value)
        else {
            fail("\(Self.quoted(keyPath)) must be \(what) from \(minimum) to \(maximum), not \(Self.kind(of: node))", at: node)
            return nil
        }
        return value
    }

    mutating func bool(_ node: Node, at keyPath: String) -> Bool? {
        if case .scalar(let scalar) = node {
            switch scalar.string.lowercased() {
            case "true", "yes": return true
            case "false", "no": return false
            default: break
            }
        }
        fail("\(Self.quoted(keyPath)) must be true or false, not \(Self.kind(of: node))", at: node)
        return nil
    }

    /// A list of non-empty strings.
    mutating func strings(_ node: Node, at keyPath: String) -> [String]? {
        guard case .sequence(let sequence) = node else {
            fail("\(Self.quoted(keyPath)) must be a list of strings (`[a, b]`), not \(Self.kind(of: node))", at: node)
            return nil
        }
        var values: [String] = []
        var valid = true
        for element in sequence {
            guard case .scalar(let scalar) = element, !Self.isNull(element),
                !scalar.string.trimmingCharacters(in: .whitespaces).isEmpty
            else {
                fail("each item of \(Self.quoted(keyPath)) must be a non-empty string, not \(Self.kind(of: element))", at: element)
                valid = false
                continue
            }
            values.append(scalar.string.trimmingCharacters(in: .whitespaces))
        }
        return valid ? values : nil
    }

    static func isNull(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    static func quoted(_ keyPath: String) -> String { keyPath.isEmpty ? "the file" : "'\(keyPath)'" }

    /// How a value reads in a message: `'ninety'`, `a list`, `a mapping`, `nothing`.
    static func kind(of node: Node) -> String {
        switch node {
        case .scalar(let scalar): return isNull(node) ? "nothing" : "'\(scalar.string)'"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }
}
