import Foundation

/// Publishing: the written staging folder replaces the output in one step, so
/// at every instant the output is the complete old site or the complete new one.
///
/// - No previous site: one `rename` of the staging folder to the output.
/// - A previous folder: one `renameat2(…, RENAME_EXCHANGE)` (macOS: `renamex_np`
///   with `RENAME_SWAP`) swaps the two, then the old site, now under the
///   staging name, is removed.
/// - Where the file system cannot exchange (`EINVAL`, `ENOSYS`, `ENOTSUP`), the
///   output becomes a symlink to a versioned folder beside it, and every later
///   build replaces that symlink by renaming a new one over it, which is atomic
///   everywhere. The one switch from a real folder to the symlink takes two
///   renames: a build killed between them leaves the old site moved aside
///   (`.<output>.hindsight-old-…`) and no output until the next build.
///
/// Just before the step the output is checked again: if it is no longer a
/// folder Hindsight may replace (something else appeared there during the
/// build), the build refuses and leaves both folders.
extension SiteWriter {
    func publish(_ staging: String, beside: StagingFolders, suffix: String) throws {
        let output = outputURL.path
        let kind = FileSystem.kind(of: output)
        if kind == .missing {
            try AtomicRename.rename(staging, over: output)
            return
        }
        if let reason = whyNotReplaceable() {
            throw Refusal(
                description:
                    "refusing to publish: \(reason) (it changed during the build); it was left as it was, and the new site is in \(staging)"
            )
        }
        if kind == .symlink, let target = FileSystem.linkTarget(output), beside.parse(target)?.kind == .new {
            try flipLink(to: staging, beside: beside, suffix: suffix, previous: beside.parent + "/" + target)
            return
        }
        if publishing == .exchange {
            guard let error = AtomicRename.exchange(staging, output) else {
                FileSystem.removeMarkedFolder(staging, marker: Self.markerName)
                return
            }
            guard AtomicRename.isUnsupported(error) else { throw FileSystem.Failure(path: output, errno: error) }
        }
        try replaceFolderWithLink(to: staging, beside: beside, suffix: suffix)
    }

    /// Renames a new symlink to `staging` over the output symlink, then removes the folder it named.
    private func flipLink(to staging: String, beside: StagingFolders, suffix: String, previous: String) throws {
        let link = try makeLink(to: staging, beside: beside, suffix: suffix)
        do {
            try AtomicRename.rename(link, over: outputURL.path)
        } catch {
            unlink(link)
            throw error
        }
        FileSystem.removeMarkedFolder(previous, marker: Self.markerName)
    }

    /// The one-time switch from a real output folder to a symlink (two renames).
    private func replaceFolderWithLink(to staging: String, beside: StagingFolders, suffix: String) throws {
        let link = try makeLink(to: staging, beside: beside, suffix: suffix)
        let aside = beside.path(.old, suffix: suffix)
        do {
            try AtomicRename.rename(outputURL.path, over: aside)
        } catch {
            unlink(link)
            throw error
        }
        do {
            try AtomicRename.rename(link, over: outputURL.path)
        } catch {
            _ = Foundation.rename(aside, outputURL.path)
            unlink(link)
            throw error
        }
        FileSystem.removeMarkedFolder(aside, marker: Self.markerName)
    }

    /// A symlink beside the output naming `staging` relatively, so the pair can move together.
    private func makeLink(to staging: String, beside: StagingFolders, suffix: String) throws(FileSystem.Failure) -> String {
        let link = beside.path(.link, suffix: suffix)
        let target = URL(fileURLWithPath: staging).lastPathComponent
        guard symlink(target, link) == 0 else { throw FileSystem.Failure(path: link, errno: errno) }
        return link
    }
}
