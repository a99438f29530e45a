import Foundation

/// Finds the post-mortems to read: every `*.md` under a folder, or files named directly.
public enum FileDiscovery {
    /// Why a folder could not be listed.
    public struct Failure: Error, Sendable, Equatable, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "\(path): \(reason)" }
    }

    /// Markdown files under `folder` and its subfolders, sorted by path.
    /// Hidden files and folders (starting with `.`) are skipped; symbolic
    /// links to folders are not followed.
    public static func markdownFiles(in folder: String) throws(Failure) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) else {
            throw Failure(path: folder, reason: "no such folder")
        }
        guard isDirectory.boolValue else {
            throw Failure(path: folder, reason: "not a folder")
        }
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        var found: [String] = []
        var pending = [""]
        while let relative = pending.popLast() {
            let directory = prefix + relative
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: directory)
            } catch {
                throw Failure(path: directory, reason: "cannot list the folder: \(IOErrorText.reason(error))")
            }
            for name in names where !name.hasPrefix(".") {
                let path = relative + name
                var childIsDirectory: ObjCBool = false
                let full = prefix + path
                let attributes = try? FileManager.default.attributesOfItem(atPath: full)
                let isLink = (attributes?[.type] as? FileAttributeType) == .typeSymbolicLink
                guard FileManager.default.fileExists(atPath: full, isDirectory: &childIsDirectory) else {
                    // A dangling link named *.md is reported when read, never skipped without a word.
                    if isLink && name.lowercased().hasSuffix(".md") { found.append(full) }
                    continue
                }
                if childIsDirectory.boolValue {
                    if !isLink { pending.append(path + "/") }
                } else if name.lowercased().hasSuffix(".md") {
                    found.append(full)
                }
            }
        }
        return PathOrder.sorted(found)
    }
}
