import Foundation

/// The folders and links a build makes beside the output, and the cleanup of
/// those a killed build left behind.
///
/// Each is named `.<output>.hindsight-<kind>-<pid>-<random>` in the output's
/// parent folder: `new` for a site being written (or, after an exchange, the
/// old site being removed), `old` for a site moved aside, `link` for a symlink
/// about to replace the output. The pid is the build's own, so the next build
/// can tell a leftover from a folder of a build still running.
struct StagingFolders {
    enum Kind: String, CaseIterable {
        case new, old, link
    }

    /// The output folder, standardized.
    var output: URL
    var parent: String { output.deletingLastPathComponent().path }
    var name: String { output.lastPathComponent }

    /// A fresh path of `kind` for this process.
    func path(_ kind: Kind, suffix: String) -> String {
        parent + "/.\(name).hindsight-\(kind.rawValue)-\(suffix)"
    }

    static func suffix() -> String {
        "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    }

    /// The kind and pid a name of ours carries, or nil for any other name.
    func parse(_ entry: String) -> (kind: Kind, pid: pid_t)? {
        let prefix = ".\(name).hindsight-"
        guard entry.hasPrefix(prefix) else { return nil }
        let parts = entry.dropFirst(prefix.count).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, let kind = Kind(rawValue: String(parts[0])), let pid = pid_t(parts[1]), pid > 0,
            UInt32(parts[2]) != nil, parts[1].allSatisfy(\.isASCII), parts[2].allSatisfy(\.isASCII)
        else { return nil }
        return (kind, pid)
    }

    /// Removes what killed builds left beside this output: folders named as
    /// ours that carry our marker (or are empty), and links named as ours; never
    /// one whose build is still running, nor the folder the output links to.
    /// Returns the names removed.
    @discardableResult
    func removeStale(marker: String) -> [String] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? []
        let live = FileSystem.kind(of: output.path) == .symlink ? FileSystem.linkTarget(output.path) : nil
        var removed: [String] = []
        for entry in entries.sorted() {
            guard let (kind, pid) = parse(entry), entry != live, !Self.isRunning(pid) else { continue }
            let path = parent + "/" + entry
            switch (kind, FileSystem.kind(of: path)) {
            case (.link, .symlink):
                unlink(path)
            case (.new, .folder), (.old, .folder):
                // A build killed between making its folder and marking it leaves
                // it empty: `rmdir` removes only an empty folder, so that is safe.
                if FileSystem.kind(of: path + "/" + marker) == .file {
                    FileSystem.removeMarkedFolder(path, marker: marker)
                } else if rmdir(path) != 0 {
                    continue
                }
            default:
                continue
            }
            removed.append(entry)
        }
        return removed
    }

    /// Whether a process `pid` exists (one of another user's counts as running).
    static func isRunning(_ pid: pid_t) -> Bool {
        pid == getpid() || kill(pid, 0) == 0 || errno != ESRCH
    }
}
