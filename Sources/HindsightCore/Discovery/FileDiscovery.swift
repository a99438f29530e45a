import Foundation

/// Finds the post-mortems to read: every `*.md` under a folder, or files named directly.
public enum FileDiscovery {
    /// Why a folder could not be used.
    public struct Failure: Error, Sendable, Equatable, CustomStringConvertible {
        public var path: String
        public var reason: String
        /// A folder with no post-mortems is a finding (exit 1), not a usage problem (exit 2).
        public var isEmptyFolder = false
        public var description: String { "\(path): \(reason)" }

        public init(path: String, reason: String, isEmptyFolder: Bool = false) {
            self.path = path
            self.reason = reason
            self.isEmptyFolder = isEmptyFolder
        }
    }

    /// Markdown files under `folder` and its subfolders, sorted by path.
    public static func markdownFiles(in folder: String) throws(Failure) -> [String] {
        try inputFiles(in: folder).map(\.path)
    }

    /// Markdown files under `folder` and its subfolders, sorted by path, each
    /// bounded by the folder's real path. Hidden files and folders (starting
    /// with `.`) are skipped; symbolic links to folders are not followed, and
    /// links to files are kept for the reader to check where they point.
    public static func inputFiles(in folder: String) throws(Failure) -> [InputFile] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) else {
            if RealPath.linkTarget(of: folder) != nil {
                throw Failure(path: folder, reason: "a symbolic link that cannot be followed (\(IOErrorText.posixReason(of: folder)))")
            }
            throw Failure(path: folder, reason: "no such folder")
        }
        guard isDirectory.boolValue else {
            throw Failure(path: folder, reason: "not a folder")
        }
        let boundary = RealPath.of(folder) ?? URL(fileURLWithPath: folder).standardizedFileURL.path
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        var found: [String] = []
        var relativeByPath: [String: String] = [:]
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
                let full = prefix + path
                var status = stat()
                guard lstat(full, &status) == 0 else { continue }
                let type = status.st_mode & S_IFMT
                if type == S_IFDIR {
                    pending.append(path + "/")
                } else if name.lowercased().hasSuffix(".md") {
                    // Links, pipes and devices named *.md are reported when read, never skipped without a word.
                    found.append(full)
                    relativeByPath[full] = path
                }
            }
        }
        return PathOrder.sorted(found).map {
            InputFile(path: $0, boundary: boundary, wasDiscovered: true, relativePath: relativeByPath[$0])
        }
    }
}
