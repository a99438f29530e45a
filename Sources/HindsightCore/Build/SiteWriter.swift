import Foundation

/// The write stage: puts a built site in place atomically.
///
/// The site is written to a temporary folder beside the output and swapped in
/// at the end, so a failed build leaves the previous site untouched. Hindsight
/// marks the folders it creates and refuses to replace a non-empty folder
/// without that mark (unless forced); it never deletes anything else.
public struct SiteWriter: Sendable {
    /// The file that marks a folder as a Hindsight site.
    public static let markerName = ".hindsight-site"
    static let markerText = "This folder was written by `hindsight build`; it is replaced on every build.\n"

    public var output: String
    public var force: Bool

    public init(output: String, force: Bool = false) {
        self.output = output
        self.force = force
    }

    /// Why the output folder cannot be used.
    public struct Refusal: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    var outputURL: URL { URL(fileURLWithPath: output).standardizedFileURL }

    /// Checks, before any work, that the output folder may be replaced.
    /// `protectedPaths` (the input folders, the theme, the working directory)
    /// may be neither the output nor inside it.
    public func checkOutput(protecting protectedPaths: [String]) throws(Refusal) {
        let target = outputURL.resolvingSymlinksInPath().path
        guard target != "/" else { throw Refusal(description: "refusing to write the site to /") }
        for protected in protectedPaths {
            let path = URL(fileURLWithPath: protected).standardizedFileURL.resolvingSymlinksInPath().path
            if path == target || path.hasPrefix(target + "/") {
                throw Refusal(
                    description: "refusing to write the site to \(output): it contains \(protected), which the build would replace")
            }
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: outputURL.path, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else { throw Refusal(description: "\(output) exists and is not a folder") }
        let contents = (try? FileManager.default.contentsOfDirectory(atPath: outputURL.path)) ?? []
        if !contents.isEmpty && !contents.contains(Self.markerName) && !force {
            throw Refusal(
                description:
                    "\(output) is not empty and was not written by Hindsight; choose another --output, empty it, or pass --force to replace it"
            )
        }
    }

    /// Writes `files` and swaps them in. On any error the previous site is left as it was.
    public func write(_ files: [SiteFile]) throws {
        let fileManager = FileManager.default
        let parent = outputURL.deletingLastPathComponent()
        let name = outputURL.lastPathComponent
        let suffix = "\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))"
        let staging = parent.appendingPathComponent(".\(name).hindsight-new-\(suffix)")
        let previous = parent.appendingPathComponent(".\(name).hindsight-old-\(suffix)")
        try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
        try fileManager.createDirectory(at: staging, withIntermediateDirectories: false)
        do {
            for file in files {
                precondition(
                    !file.path.split(separator: "/").contains("..") && !file.path.hasPrefix("/"),
                    "site path escapes the output: \(file.path)")
            }
            // Folders first (parents before children), then the files on every core,
            // with plain system calls: thousands of small files make this a hot path.
            let folders = Set(
                files.compactMap { file in file.path.range(of: "/", options: .backwards).map { String(file.path[..<$0.lowerBound]) } })
            for folder in folders.sorted() {
                try FileSystem.makeFolders(staging.path, relative: folder)
            }
            let failures = ParallelMap.map(files) { file -> String? in
                FileSystem.write(file.contents, to: staging.path + "/" + file.path)
            }
            if let failure = failures.compactMap({ $0 }).first { throw FileSystem.Failure(description: failure) }
            try Data(Self.markerText.utf8).write(to: staging.appendingPathComponent(Self.markerName))
            let hadPrevious = fileManager.fileExists(atPath: outputURL.path)
            if hadPrevious { try fileManager.moveItem(at: outputURL, to: previous) }
            do {
                try fileManager.moveItem(at: staging, to: outputURL)
            } catch {
                if hadPrevious { try? fileManager.moveItem(at: previous, to: outputURL) }
                throw error
            }
            if hadPrevious { try? fileManager.removeItem(at: previous) }
        } catch {
            try? fileManager.removeItem(at: staging)
            throw error
        }
    }
}

/// Thin wrappers over the system calls the writer needs.
enum FileSystem {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Creates `relative` (and its parents) under `root`; existing folders are fine.
    static func makeFolders(_ root: String, relative: String) throws {
        var path = root
        for component in relative.split(separator: "/") {
            path += "/" + component
            if mkdir(path, 0o755) != 0 && errno != EEXIST {
                throw Failure(description: "\(path): \(String(cString: strerror(errno)))")
            }
        }
    }

    /// Writes `bytes` to a new file; returns an error message, or nil on success.
    static func write(_ bytes: [UInt8], to path: String) -> String? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { return "\(path): \(String(cString: strerror(errno)))" }
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                Foundation.write(descriptor, buffer.baseAddress! + offset, bytes.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                return "\(path): \(String(cString: strerror(errno)))"
            }
            offset += written
        }
        return nil
    }
}
