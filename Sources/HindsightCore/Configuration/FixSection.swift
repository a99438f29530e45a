import Yams

/// How `hindsight fix` writes a file's fields.
public enum FixFieldStyle: String, Sendable, Hashable, CaseIterable {
    /// `**Date**: 2024-03-05` lines below the title heading, as the template has them.
    case bold
    /// A YAML front matter block (`---` / `date: 2024-03-05` / `---`) at the top of the file.
    case frontMatter
}

extension Configuration {
    /// `fix:` the canonical form `hindsight fix` rewrites files into.
    public struct Fix: Sendable, Hashable {
        /// Where the fields go: bold lines (the template's form) or front matter.
        public var fields = FixFieldStyle.bold
    }
}

/// `fix:` in `hindsight.yml` (docs/configuration.md).
extension ConfigurationSections {
    static func fix(_ node: Node, _ fix: inout Configuration.Fix, _ reader: inout YAMLNodeReader) {
        entries(node, "fix", keys: ["fields"], &reader) { _, keyPath, value, reader in
            guard let text = reader.string(value, at: keyPath) else { return false }
            guard let style = FixFieldStyle(rawValue: text) else {
                let styles = FixFieldStyle.allCases.map(\.rawValue)
                let hint = YAMLNodeReader.suggestion(for: text, among: styles).map { "; did you mean '\($0)'?" } ?? ""
                reader.fail("'\(keyPath)' must be \(styles.joined(separator: " or ")), not '\(text)'\(hint)", at: value)
                return false
            }
            fix.fields = style
            return true
        }
    }
}
