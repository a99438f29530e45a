import Foundation

/// One version of the site `hindsight serve` shows: measured once, each file
/// rendered the first time it is asked for, then kept.
///
/// It has every file `hindsight build` writes, byte for byte, at the same
/// paths (a test compares them): both read the route table, ``SiteRoutes``,
/// and render a file with ``SiteBuilder/contents(of:model:)``. A change costs
/// one file's parse and the measure stage, not a render of every page.
final class LiveSite: @unchecked Sendable {
    let builder: SiteBuilder
    let model: SiteModel
    /// The route table's files by path (the first of two clashing outputs is kept, as the build keeps it).
    private let routes: [String: SiteRoute]
    /// Guards `rendered` (requests are answered on several threads).
    private let lock = NSLock()
    /// Guards `searchIndex`, held while it renders (seconds on a large corpus) without holding up other pages.
    private let indexLock = NSLock()
    private var rendered: [String: SiteFile] = [:]
    private var searchIndex: [String: SiteFile]?

    init(builder: SiteBuilder, postMortems: [PostMortem], diagnostics: [Diagnostic]) {
        self.builder = builder
        model = SiteModel(postMortems: postMortems, diagnostics: diagnostics, options: builder.options)
        routes = Dictionary(
            SiteRoutes(model, theme: builder.theme).routes.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The site's file at `path` (relative, `/`-separated, not percent-encoded), or nil when it has none.
    func file(at path: String) throws(Theme.Failure) -> SiteFile? {
        if let file = lock.withLock({ rendered[path] }) { return file }
        guard let route = routes[path] else {
            return path.hasPrefix(SearchIndex.folder) ? searchIndexFiles()[path] : nil
        }
        var contents: [UInt8] = []
        try builder.contents(of: route, model: model)({ contents += $0 })
        let file = SiteFile(path: path, contents: contents, origin: route.origin)
        lock.withLock { rendered[path] = file }
        return file
    }

    /// Every path of the site (rendering the search index to know its files).
    var paths: [String] {
        (Array(routes.keys) + Array(searchIndexFiles().keys)).sorted()
    }

    /// The full-text index is the one part rendered whole: its shards depend on every report.
    private func searchIndexFiles() -> [String: SiteFile] {
        indexLock.withLock {
            if let searchIndex { return searchIndex }
            let collected = CollectedSite()
            model.searchIndex(into: collected)
            let files = Dictionary(collected.files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
            searchIndex = files
            return files
        }
    }
}
