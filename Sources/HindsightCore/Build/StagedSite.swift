import Foundation

/// Where rendered files go: the staging folder of a build, or memory (for tests).
protocol SiteSink: Sendable {
    /// Claims `path` for `origin` before its file is rendered; false when
    /// another output already has it (the clash is recorded, nothing is written).
    func claim(_ path: String, origin: String) -> Bool
    /// Writes a file whose path was claimed with ``claim(_:origin:)``.
    func write(_ file: SiteFile)
    /// Writes a claimed file made in pieces: `make` hands each to `append` as
    /// it is made, so a large export is never held whole.
    func write(_ path: String, origin: String, _ make: (_ append: ([UInt8]) -> Void) -> Void)
}

extension SiteSink {
    /// Claims the file's path and writes it, unless another output has the path.
    func add(_ file: SiteFile) {
        if claim(file.path, origin: file.origin) { write(file) }
    }

    /// Claims `path` and writes the file `make` makes in pieces, unless another output has the path.
    func add(_ path: String, origin: String = "the site", _ make: (_ append: ([UInt8]) -> Void) -> Void) {
        if claim(path, origin: origin) { write(path, origin: origin, make) }
    }
}

/// A site being written into its staging folder as it is rendered, from every core.
///
/// Each path is claimed before its file is written, in the order the builder
/// produces them, so two outputs never race for one path: the second is not
/// written, and ``SiteWriter/publish(_:)`` refuses to publish a site with a
/// clash, naming both sources. Nothing reaches the output until then.
final class StagedSite: SiteSink, @unchecked Sendable {
    /// The staging folder beside the output.
    let folder: String
    let beside: StagingFolders
    let suffix: String
    private let lock = NSLock()
    /// Every claim in the order made (the clash report needs all of them), and the taken keys.
    private var claims: [SiteFile.Claim] = []
    private var claimedFiles: Set<String> = []
    private var claimedFolders: Set<String> = []
    /// Folders made in the staging folder so far.
    private var madeFolders: Set<String> = [""]
    private var hasClash = false
    private var failure: String?
    private(set) var fileCount = 0
    private(set) var pageCount = 0

    /// The marker's claim, made first but reported last, as the writer always has.
    private let reserved: SiteFile.Claim

    init(folder: String, beside: StagingFolders, suffix: String, reserved: SiteFile.Claim) {
        self.folder = folder
        self.beside = beside
        self.suffix = suffix
        self.reserved = reserved
        claimedFiles.insert(reserved.path.lowercased())
    }

    func claim(_ path: String, origin: String) -> Bool {
        precondition(!path.split(separator: "/").contains("..") && !path.hasPrefix("/"), "site path escapes the output: \(path)")
        let claim = SiteFile.Claim(path: path, origin: origin)
        return lock.withLock {
            claims.append(claim)
            let key = path.lowercased()
            guard !claimedFiles.contains(key), !claimedFolders.contains(key) else {
                hasClash = true
                return false
            }
            // A folder of this path that is already some file's path clashes too.
            var ancestors: [String] = []
            var folder = Substring(key)
            while let slash = folder.lastIndex(of: "/") {
                folder = folder[..<slash]
                let ancestor = String(folder)
                if claimedFiles.contains(ancestor) {
                    hasClash = true
                    return false
                }
                ancestors.append(ancestor)
            }
            claimedFiles.insert(key)
            claimedFolders.formUnion(ancestors)
            return true
        }
    }

    func write(_ file: SiteFile) {
        write(file.path, origin: file.origin) { append in append(file.contents) }
    }

    func write(_ path: String, origin: String, _ make: (_ append: ([UInt8]) -> Void) -> Void) {
        let parent = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? ""
        let failed = lock.withLock { () -> String? in
            fileCount += 1
            if path.hasSuffix(".html") { pageCount += 1 }
            guard failure == nil else { return failure }
            guard !madeFolders.contains(parent) else { return nil }
            do throws(FileSystem.Failure) {
                try FileSystem.makeFolders(folder, relative: parent)
            } catch {
                failure = error.description
                return failure
            }
            var made = Substring(parent)
            while !made.isEmpty {
                madeFolders.insert(String(made))
                made = made[..<(made.lastIndex(of: "/") ?? made.startIndex)]
            }
            return nil
        }
        guard failed == nil else { return }
        if let error = FileSystem.write(to: folder + "/" + path, make) {
            lock.withLock { failure = failure ?? error }
        }
    }

    /// The clashes among the claims, reported as if the whole site were checked at once (sorted by path), or nil.
    func clashes() -> SiteWriter.Clashes? {
        lock.withLock {
            guard hasClash else { return nil }
            let sorted = claims.enumerated().sorted { ($0.element.path, $0.offset) < ($1.element.path, $1.offset) }.map(\.element)
            return SiteWriter.Clashes(clashes: OutputClaims.clashes(in: sorted + [reserved]))
        }
    }

    /// The first write that failed, if any.
    var writeFailure: FileSystem.Failure? {
        lock.withLock { failure.map(FileSystem.Failure.init(description:)) }
    }
}

/// Files collected in memory, for ``SiteBuilder/build(postMortems:diagnostics:)``.
final class CollectedSite: SiteSink, @unchecked Sendable {
    private let lock = NSLock()
    private(set) var files: [SiteFile] = []

    func claim(_ path: String, origin: String) -> Bool { true }

    func write(_ file: SiteFile) {
        lock.withLock { files.append(file) }
    }

    func write(_ path: String, origin: String, _ make: (_ append: ([UInt8]) -> Void) -> Void) {
        var contents: [UInt8] = []
        make { contents += $0 }
        write(SiteFile(path: path, contents: contents, origin: origin))
    }
}
