import Foundation

/// Everything `hindsight serve` watches, as stamps: the configuration file, the
/// theme folder's files and the post-mortems found in the input folders. Two
/// equal snapshots mean nothing the site is made from changed.
struct SourceSnapshot: Equatable, Sendable {
    var configuration: FileStamp?
    var theme: [String: FileStamp]
    var files: [InputFile]
    var stamps: [FileStamp?]
    /// The input folders and the folders holding the files found: a file added,
    /// removed or renamed in one changes its stamp.
    var folders: [String: FileStamp?] = [:]
    var discoveryFailure: FileDiscovery.Failure?

    /// Looks at the sources now: `inputs` searched as `build` searches them (empty folders allowed).
    static func take(configurationPath: String, themeDirectory: String?, inputs: [String]) -> SourceSnapshot {
        var snapshot = SourceSnapshot(
            configuration: FileStamp.of(configurationPath), theme: themeDirectory.map(themeStamps) ?? [:], files: [], stamps: [],
            discoveryFailure: nil)
        do {
            snapshot.files = try Corpus.discover(inputs, allowsEmpty: true)
            snapshot.stamps = snapshot.files.map { FileStamp.of($0.path) }
            let folders = Set(inputs + snapshot.files.map { ($0.path as NSString).deletingLastPathComponent })
            snapshot.folders = Dictionary(uniqueKeysWithValues: folders.map { ($0, FileStamp.of($0)) })
        } catch {
            snapshot.discoveryFailure = error
        }
        return snapshot
    }

    /// The same files' stamps taken again, without searching the folders (much cheaper on a large corpus);
    /// nil when a folder's stamp changed, so a file may have come or gone and the folders must be searched.
    func restamped(configurationPath: String, themeDirectory: String?) -> SourceSnapshot? {
        guard discoveryFailure == nil, folders.allSatisfy({ FileStamp.of($0.key) == $0.value }) else { return nil }
        var snapshot = self
        snapshot.configuration = FileStamp.of(configurationPath)
        snapshot.theme = themeDirectory.map(SourceSnapshot.themeStamps) ?? [:]
        snapshot.stamps = files.map { FileStamp.of($0.path) }
        return snapshot
    }

    /// Every file under the theme folder, as `Theme` reads them (hidden ones skipped).
    static func themeStamps(_ directory: String) -> [String: FileStamp] {
        var stamps: [String: FileStamp] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return [:] }
        while let relative = enumerator.nextObject() as? String {
            guard !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else { continue }
            let path = (directory as NSString).appendingPathComponent(relative)
            if let stamp = FileStamp.of(path) { stamps[relative] = stamp }
        }
        return stamps
    }
}
