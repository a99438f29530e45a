import Foundation

/// The write stage: puts a built site in place atomically.
///
/// The site is written to a staging folder beside the output and published in
/// one step at the end (see `publish`), so a failed or killed build leaves the
/// previous site untouched. Every output path is claimed once before anything
/// is written. Hindsight marks the folders it creates and refuses to replace a
/// non-empty folder without that mark (unless forced); it never deletes
/// anything else.
public struct SiteWriter: Sendable {
    /// The file that marks a folder as a Hindsight site.
    public static let markerName = ".hindsight-site"
    static let markerOrigin = "Hindsight's marker"
    static let markerText = "This folder was written by `hindsight build`; it is replaced on every build.\n"

    public var output: String
    public var force: Bool

    /// How the site replaces the previous one; tests choose the symlink flip
    /// that file systems without an atomic exchange get.
    var publishing = Publishing.exchange

    enum Publishing: Sendable {
        case exchange, symlinkFlip
    }

    public init(output: String, force: Bool = false) {
        self.output = output
        self.force = force
    }

    /// Why the output folder cannot be used.
    public struct Refusal: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// Outputs that would be written to one path; nothing was written.
    public struct Clashes: Error, Sendable, CustomStringConvertible {
        var clashes: [OutputClaims.Clash]
        public var count: Int { clashes.count }
        public var description: String { clashes.map(\.description).joined(separator: "\n") }
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
        if let reason = whyNotReplaceable() {
            throw Refusal(description: reason + "; choose another --output, empty it, or pass --force to replace it")
        }
    }

    /// Why the output may not be replaced now, or nil: it is missing, an empty
    /// folder, a folder with our marker, or any folder when forced.
    func whyNotReplaceable() -> String? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: outputURL.path, isDirectory: &isDirectory) else { return nil }
        guard isDirectory.boolValue else { return "\(output) exists and is not a folder" }
        let contents = (try? FileManager.default.contentsOfDirectory(atPath: outputURL.path)) ?? []
        if !contents.isEmpty && !contents.contains(Self.markerName) && !force {
            return "\(output) is not empty and was not written by Hindsight"
        }
        return nil
    }

    /// Writes `files` and publishes them. On any error the previous site is left as it was.
    public func write(_ files: [SiteFile]) throws {
        try write(files, beforePublishing: {})
    }

    /// `beforePublishing` runs between staging and publishing (a test hook).
    func write(_ files: [SiteFile], beforePublishing: () throws -> Void) throws {
        // Files given at once are checked before a folder is made.
        let clashes = OutputClaims.clashes(in: files + [SiteFile(path: Self.markerName, contents: [], origin: Self.markerOrigin)])
        guard clashes.isEmpty else { throw Clashes(clashes: clashes) }
        let site = try stage()
        ParallelMap.forEach(files) { site.add($0) }
        try publish(site, beforePublishing: beforePublishing)
    }

    /// Makes a fresh, marked staging folder beside the output (removing what killed builds left there)
    /// for files to be written into as they are rendered.
    func stage() throws -> StagedSite {
        let beside = StagingFolders(output: outputURL)
        try FileManager.default.createDirectory(atPath: beside.parent, withIntermediateDirectories: true)
        beside.removeStale(marker: Self.markerName)
        let suffix = StagingFolders.suffix()
        let staging = beside.path(.new, suffix: suffix)
        guard mkdir(staging, 0o755) == 0 else { throw FileSystem.Failure(path: staging, errno: errno) }
        // The marker first: a build killed from here on leaves a folder the
        // next build knows as its own and removes.
        if let failure = FileSystem.write(Array(Self.markerText.utf8), to: staging + "/" + Self.markerName) {
            FileSystem.removeMarkedFolder(staging, marker: Self.markerName)
            throw FileSystem.Failure(description: failure)
        }
        return StagedSite(
            folder: staging, beside: beside, suffix: suffix, reserved: SiteFile.Claim(path: Self.markerName, origin: Self.markerOrigin))
    }

    /// Publishes a staged site: refused, and the staging folder removed, when two
    /// outputs claimed one path or a write failed. On any error the previous site is left as it was.
    func publish(_ site: StagedSite, beforePublishing: () throws -> Void = {}) throws {
        do {
            if let clashes = site.clashes() { throw clashes }
            if let failure = site.writeFailure { throw failure }
            try beforePublishing()
            try publish(site.folder, beside: site.beside, suffix: site.suffix)
        } catch let refusal as Refusal {
            throw refusal
        } catch {
            discard(site)
            throw error
        }
    }

    /// Removes a staged site that will not be published (a render failed).
    func discard(_ site: StagedSite) {
        FileSystem.removeMarkedFolder(site.folder, marker: Self.markerName)
    }
}
