/// Every output path is claimed once, before anything is written.
///
/// The writer puts files on disk from every core at once, so two files with
/// one path would race and leave either one or a torn mix of both. Paths are
/// compared ignoring case (and Unicode normalization, which Swift's string
/// equality already ignores), because the site is often checked out or served
/// on macOS or Windows, where `Foo/index.html` and `foo/index.html` are one file.
/// A file whose path is another file's folder is a clash too.
enum OutputClaims {
    /// Two outputs that would be written to the same place.
    struct Clash: Sendable, Hashable, CustomStringConvertible {
        var first: SiteFile.Claim
        var second: SiteFile.Claim
        /// Whether one of the two needs the path as a folder for its file.
        var asFolder = false

        var description: String {
            let same =
                asFolder
                ? " (as a file and as the folder of \(second.path))"
                : first.path == second.path ? "" : " (as \(second.path), the same path ignoring case)"
            return
                "error: \(first.path) is claimed twice\(same): by \(first.origin) and by \(second.origin); "
                + "rename one so every output has its own path (see `hindsight check`)"
        }
    }

    /// Every clash, in the order of `files`; empty when each path is claimed once.
    static func clashes(in files: [SiteFile]) -> [Clash] {
        clashes(in: files.map { SiteFile.Claim(path: $0.path, origin: $0.origin) })
    }

    /// Every clash, in the order of `claimed`; empty when each path is claimed once.
    static func clashes(in claimed: [SiteFile.Claim]) -> [Clash] {
        var claims: [String: SiteFile.Claim] = [:]
        var folders: [String: SiteFile.Claim] = [:]
        var clashes: [Clash] = []
        for claim in claimed {
            let key = claim.path.lowercased()
            if let first = claims[key] {
                clashes.append(Clash(first: first, second: claim))
                continue
            }
            if let inside = folders[key] {
                clashes.append(Clash(first: claim, second: inside, asFolder: true))
                continue
            }
            claims[key] = claim
            var folder = Substring(claim.path)
            while let slash = folder.lastIndex(of: "/") {
                folder = folder[..<slash]
                let folderKey = folder.lowercased()
                if let first = claims[folderKey] { clashes.append(Clash(first: first, second: claim, asFolder: true)) }
                if folders[folderKey] != nil { break }
                folders[folderKey] = claim
            }
        }
        return clashes
    }
}

extension SiteFile {
    /// One output path and what it is written for.
    struct Claim: Sendable, Hashable {
        var path: String
        var origin: String
    }
}
