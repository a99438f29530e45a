import Foundation

/// Links between post-mortem files, as authors write them for a code host
/// (`[the earlier one](2024-03-05-db-pool.md#actions)`), pointed at the pages
/// the site makes of those files (`../2024-03-05-db-pool/index.html#actions`).
enum PostMortemLinks {
    @Sendable static func pageLink(for target: String) -> String? {
        guard !target.contains(":"), !target.hasPrefix("/"), !target.hasPrefix("#") else { return nil }
        let parts = target.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let path = String(parts[0]).removingPercentEncoding ?? String(parts[0])
        guard path.lowercased().hasSuffix(".md") else { return nil }
        let slug = SourceFile.slug(forPath: path)
        guard !slug.isEmpty, !slug.hasPrefix(".") else { return nil }
        return "../" + SitePaths.segment(slug) + "/index.html" + (parts.count > 1 ? "#" + parts[1] : "")
    }
}
