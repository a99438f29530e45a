import Foundation

/// A post-mortem file to read, with the folder it must not leave.
///
/// Hindsight reads nothing outside the folders it is given: a file (or a
/// symbolic link) whose real location lies outside its ``boundary`` is
/// refused before a byte of it is read.
public struct InputFile: Sendable, Hashable {
    /// The path as shown in diagnostics (as given, or below the folder given).
    public var path: String
    /// The real, absolute folder the file's real location must lie inside.
    public var boundary: String
    /// Whether the file was found by searching a folder (its path then holds
    /// no linked folder, so only a link in its last component can leave).
    public var wasDiscovered: Bool
    /// The path below the input folder it was found in (the file name when named
    /// directly outside every input folder): how exports name the source.
    public var relativePath: String

    public init(path: String, boundary: String, wasDiscovered: Bool, relativePath: String? = nil) {
        self.path = path
        self.boundary = boundary
        self.wasDiscovered = wasDiscovered
        self.relativePath = relativePath ?? path.split(separator: "/").last.map(String.init) ?? path
    }

    /// A file named directly: it may be anywhere below the working directory
    /// when it is named inside it, else anywhere in the folder it is named in.
    public static func named(_ path: String) -> InputFile {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        let workingDirectory = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL.path
        let folder: String
        if workingDirectory != "/" && absolute.hasPrefix(workingDirectory + "/") {
            folder = workingDirectory
        } else {
            folder = URL(fileURLWithPath: absolute).deletingLastPathComponent().path
        }
        return InputFile(path: path, boundary: RealPath.of(folder) ?? folder, wasDiscovered: false)
    }
}

/// The real path of a file: every symbolic link and `..` resolved.
enum RealPath {
    /// The real path, or nil when it cannot be resolved (see ``failure(of:)``).
    static func of(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Whether `path` (a real path) is `folder` (a real path) or lies below it.
    static func isInside(_ path: String, folder: String) -> Bool {
        folder == "/" || path == folder || path.hasPrefix(folder + "/")
    }

    /// Where a symbolic link points, as written in the link.
    static func linkTarget(of path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(path, &buffer, buffer.count - 1)
        guard count >= 0 else { return nil }
        return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
