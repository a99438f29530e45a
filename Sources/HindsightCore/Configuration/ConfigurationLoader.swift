import Foundation
import Yams

/// Reads `hindsight.yml`: the file named with `--config`, else the one in the
/// current folder, else none (the defaults).
public enum ConfigurationLoader {
    public static let fileName = "hindsight.yml"

    /// Why no configuration could be loaded.
    public enum Failure: Error, Sendable, Hashable, CustomStringConvertible {
        /// The file named does not exist or cannot be read.
        case unreadable(path: String, reason: String)
        /// The file has problems, each with its line and column.
        case invalid([ConfigurationDiagnostic])

        public var description: String {
            switch self {
            case .unreadable(let path, let reason): return "error: cannot read the configuration file \(path): \(reason)\n"
            case .invalid(let diagnostics): return diagnostics.map { $0.description + "\n" }.joined()
            }
        }
    }

    /// The file named, else `hindsight.yml` in `directory` when it exists, else the defaults.
    public static func load(explicitPath: String?, directory: String = FileManager.default.currentDirectoryPath) -> Result<
        LoadedConfiguration, Failure
    > {
        if let explicitPath { return load(path: explicitPath) }
        let found = (directory as NSString).appendingPathComponent(fileName)
        guard FileManager.default.fileExists(atPath: found) else { return .success(LoadedConfiguration()) }
        return load(path: found == FileManager.default.currentDirectoryPath + "/" + fileName ? fileName : found)
    }

    /// Reads and checks one file.
    public static func load(path: String) -> Result<LoadedConfiguration, Failure> {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .failure(.unreadable(path: path, reason: "no such file"))
        }
        guard !isDirectory.boolValue else { return .failure(.unreadable(path: path, reason: "it is a folder")) }
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            return .failure(.unreadable(path: path, reason: IOErrorText.reason(error)))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return .failure(.invalid([ConfigurationDiagnostic(path: path, line: 1, column: 1, message: "the file is not UTF-8 text")]))
        }
        return parse(text, path: path)
    }

    /// The configuration written in `text`; paths in it are relative to the file's folder.
    public static func parse(_ text: String, path: String) -> Result<LoadedConfiguration, Failure> {
        let root: Node?
        do { root = try Yams.compose(yaml: text) } catch {
            return .failure(.invalid([syntaxDiagnostic(error, path: path, text: text)]))
        }
        guard let root else { return .success(LoadedConfiguration(path: path)) }  // empty, or only comments
        var reader = YAMLNodeReader(path: path)
        var configuration = Configuration()
        ConfigurationSections.read(root, into: &configuration, reader: &reader)
        ConfigurationChecks.check(&configuration, reader: &reader)
        ConfigurationChecks.checkLearning(&configuration, reader: &reader)
        guard reader.diagnostics.isEmpty else {
            return .failure(.invalid(reader.diagnostics.sorted { ($0.line, $0.column) < ($1.line, $1.column) }))
        }
        // Not NSString.deletingLastPathComponent: swift-corelibs-foundation traps on a one-character path.
        let folder = path.lastIndex(of: "/").map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? ""
        configuration.input.paths = configuration.input.paths.map { relative($0, to: folder) }
        configuration.incidents = configuration.incidents.map { relative($0, to: folder) }
        return .success(LoadedConfiguration(configuration: configuration, origins: reader.origins, path: path))
    }

    /// The next `key:` after the one at `mark` that starts a line's content or follows `{` or `,`.
    static func repeatedKey(_ key: String, after mark: Mark, in text: String) -> (line: Int, column: Int)? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.unicodeScalars) }
        let needle = Array(key.unicodeScalars)
        var line = mark.line - 1
        var start = mark.column - 1 + needle.count
        while line < lines.count {
            let scalars = lines[line]
            var index = max(start, 0)
            while index + needle.count <= scalars.count {
                let before = scalars[..<index].last { $0 != " " }
                var after = index + needle.count
                while after < scalars.count, scalars[after] == " " { after += 1 }
                if Array(scalars[index..<(index + needle.count)]) == needle, after < scalars.count, scalars[after] == ":",
                    before == nil || before == "{" || before == ","
                {
                    return (line + 1, index + 1)
                }
                index += 1
            }
            line += 1
            start = 0
        }
        return nil
    }

    static func relative(_ path: String, to folder: String) -> String {
        folder.isEmpty || folder == "." || path.hasPrefix("/") ? path : (folder as NSString).appendingPathComponent(path)
    }

    /// libyaml's problem at its position; Yams reports duplicate keys at the first of them.
    static func syntaxDiagnostic(_ error: Error, path: String, text: String) -> ConfigurationDiagnostic {
        func diagnostic(_ mark: Mark?, _ message: String) -> ConfigurationDiagnostic {
            ConfigurationDiagnostic(path: path, line: mark?.line ?? 1, column: mark?.column ?? 1, message: message)
        }
        switch error as? YamlError {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let during = context.map { " (\($0.text) at line \($0.mark.line), column \($0.mark.column))" } ?? ""
            return diagnostic(mark, "invalid YAML: \(problem)\(during)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.sorted().map { "'\($0)'" }.joined(separator: ", ")
            // Yams gives the first of the keys; point at the one to remove.
            if duplicates.count == 1, let key = duplicates.first, let second = repeatedKey(key, after: context.mark, in: text) {
                return ConfigurationDiagnostic(
                    path: path, line: second.line, column: second.column,
                    message: "duplicate key \(keys) (first on line \(context.mark.line)); each key may appear once in a mapping")
            }
            return diagnostic(context.mark, "duplicate key \(keys); each key may appear once in a mapping")
        case .reader(let problem, _, _, _):
            return diagnostic(nil, "invalid YAML: \(problem)")
        default:
            return diagnostic(nil, "invalid YAML: \(error)")
        }
    }
}
