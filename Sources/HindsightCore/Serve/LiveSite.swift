import Foundation
import Mustache

/// One version of the site `hindsight serve` shows: measured once, each file
/// rendered the first time it is asked for, then kept.
///
/// It has every file `hindsight build` writes, byte for byte, at the same
/// paths (a test compares them), so a change costs one file's parse and the
/// measure stage, not a render of every page.
final class LiveSite: @unchecked Sendable {
    /// What a path of the site is: which page of ``SiteBuilder/build(postMortems:diagnostics:)`` renders it.
    enum Page {
        case overview, trends, actions, lessons, learning, search, rules, notFound, sitemap, feed, metricsJSON, incidentsJSON
        case incidentList(Pagination)
        case incident(PostMortem)
        case group(kind: String, figures: GroupFigures, page: Pagination)
        case directory(SiteModel.Directory, page: Pagination)
        case problems(page: Pagination)
        case alias(String, of: PostMortem)
        case asset(Data)
    }

    let builder: SiteBuilder
    let model: SiteModel
    private var routes: [String: Page] = [:]
    /// The pages `sitemap.xml` lists, in the build's order.
    private var pagePaths: [String] = []
    /// Guards `rendered` (requests are answered on several threads).
    private let lock = NSLock()
    /// Guards `searchIndex`, held while it renders (seconds on a large corpus) without holding up other pages.
    private let indexLock = NSLock()
    private var rendered: [String: SiteFile] = [:]
    /// The files the Problems page lists, computed once.
    private let problemPaths: [(path: String, errors: Int, warnings: Int)]
    private var searchIndex: [String: SiteFile]?

    init(builder: SiteBuilder, postMortems: [PostMortem], diagnostics: [Diagnostic]) {
        self.builder = builder
        model = SiteModel(postMortems: postMortems, diagnostics: diagnostics, options: builder.options)
        problemPaths = model.problemPaths
        route()
    }

    /// The site's file at `path` (relative, `/`-separated, not percent-encoded), or nil when it has none.
    func file(at path: String) throws(Theme.Failure) -> SiteFile? {
        if let file = lock.withLock({ rendered[path] }) { return file }
        guard let page = routes[path] else {
            return path.hasPrefix(SearchIndex.folder) ? searchIndexFiles()[path] : nil
        }
        let file = try render(page, at: path)
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

    /// The build's paths, in the build's order (the first of two clashing outputs is kept).
    private func route() {
        func add(_ path: String, _ page: Page, isPage: Bool = false) {
            if routes[path] == nil { routes[path] = page }
            if isPage { pagePaths.append(path) }
        }
        add("index.html", .overview, isPage: true)
        for list in Pagination.pages(of: model.incidents.count, pageSize: Pagination.incidentRows) {
            add(Pagination.path(list.page, in: "incidents/"), .incidentList(list), isPage: true)
        }
        for incident in model.incidents { add(SitePaths.incidentFile(incident.slug), .incident(incident), isPage: true) }
        add("trends/index.html", .trends, isPage: true)
        add("actions/index.html", .actions, isPage: true)
        add("lessons/index.html", .lessons, isPage: true)
        add("learning/index.html", .learning, isPage: true)
        for (kind, folder, groups) in [("Tag", "tags", model.report.byTag), ("Service", "services", model.report.byService)] {
            for group in groups {
                for list in Pagination.pages(of: group.incidents.count, pageSize: PageLimits.groupIncidents) {
                    add(
                        Pagination.path(list.page, in: "\(folder)/\(group.key)/"), .group(kind: kind, figures: group, page: list),
                        isPage: true)
                }
            }
        }
        for directory in SiteModel.Directory.allCases {
            for list in Pagination.pages(of: model.rowCount(of: directory), pageSize: SiteModel.directoryRows) {
                add(Pagination.path(list.page, in: directory.folder), .directory(directory, page: list), isPage: true)
            }
        }
        for list in Pagination.pages(of: problemPaths.count, pageSize: SiteModel.problemFiles) {
            add(Pagination.path(list.page, in: "problems/"), .problems(page: list), isPage: true)
        }
        for incident in model.incidents {
            for alias in incident.aliases.prefix(TooManyValuesRule.limit) where URLName.isValid(alias) {
                add(SitePaths.incidentFile(alias), .alias(alias, of: incident))
            }
        }
        if builder.options.baseURL != nil {
            add("404.html", .notFound)
            add("sitemap.xml", .sitemap)
        }
        add("feed.xml", .feed)
        add("metrics.json", .metricsJSON)
        add("incidents.json", .incidentsJSON)
        add("search/index.html", .search)
        add("rules/index.html", .rules)
        for asset in builder.theme.assets where !asset.path.hasPrefix(SearchIndex.folder) { add(asset.path, .asset(asset.data)) }
    }

    private func render(_ page: Page, at path: String) throws(Theme.Failure) -> SiteFile {
        let options = builder.options
        switch page {
        case .overview:
            return try builder.page(path, template: "index", title: options.title, section: "overview", model: model) {
                model.overviewPage(root: $0)
            }
        case .incidentList(let list):
            let title = list.page == 1 ? "All incidents" : "All incidents, page \(list.page)"
            return try builder.page(path, template: "incidents", title: title, section: "incidents", model: model) {
                model.incidentListPage(list, root: $0)
            }
        case .incident(let incident):
            return try builder.page(
                path, template: "incident", title: model.title(of: incident.slug), section: "incidents", origin: incident.path,
                model: model
            ) { model.incidentPage(incident, root: $0) }
        case .trends:
            return try builder.page(path, template: "trends", title: "Trends", section: "trends", model: model) {
                model.trendsPage(root: $0)
            }
        case .actions:
            return try builder.page(path, template: "actions", title: "Action items", section: "actions", model: model) {
                model.actionBoardPage(root: $0)
            }
        case .lessons:
            return try builder.page(path, template: "lessons", title: "Lessons learned", section: "lessons", model: model) {
                model.lessonsPage(root: $0)
            }
        case .learning:
            return try builder.page(path, template: "learning", title: "Learning", section: "learning", model: model) {
                model.learningPage(root: $0)
            }
        case .group(let kind, let figures, let list):
            let title = "\(kind): \(figures.key)" + (list.page == 1 ? "" : ", page \(list.page)")
            return try builder.page(path, template: "group", title: title, section: "incidents", model: model) {
                model.groupPage(figures, kind: kind, page: list, root: $0)
            }
        case .directory(let directory, let list):
            let title = directory.heading + (list.page == 1 ? "" : ", page \(list.page)")
            return try builder.page(path, template: "directory", title: title, section: "incidents", model: model) {
                model.directoryPage(directory, page: list, root: $0).labelled
            }
        case .problems(let list):
            let title = "Problems" + (list.page == 1 ? "" : ", page \(list.page)")
            return try builder.page(path, template: "problems", title: title, section: "", model: model) {
                model.problemsPage(problemPaths, page: list, root: $0)
            }
        case .alias(let alias, let incident):
            return try builder.page(
                path, template: "redirect", title: model.title(of: incident.slug), section: "incidents",
                origin: "alias '\(alias)' of \(incident.path)", model: model
            ) { root in
                RedirectPageModel(target: root + SitePaths.incident(incident.slug), targetTitle: model.title(of: incident.slug))
            }
        case .notFound:
            return try builder.page(path, template: "not-found", title: "Page not found", section: "", model: model) { _ in
                NotFoundPageModel(absoluteRoot: options.baseURL ?? "")
            }
        case .search:
            return try builder.page(path, template: "search", title: "Search", section: "", model: model) { _ in LayoutOnlyModel() }
        case .rules:
            return try builder.page(path, template: "rules", title: "Rules", section: "", model: model) { model.rulesPage(root: $0) }
        case .sitemap: return SiteFile(path: path, text: model.sitemap(pagePaths: pagePaths) ?? "")
        case .feed: return SiteFile(path: path, text: model.atomFeed())
        case .metricsJSON:
            var bytes = model.report.json.serializedBytes(pretty: true)
            bytes.append(0x0A)
            return SiteFile(path: path, contents: bytes)
        case .incidentsJSON:
            var bytes: [UInt8] = []
            model.incidentsJSON { bytes += $0 }
            return SiteFile(path: path, contents: bytes)
        case .asset(let data): return SiteFile(path: path, contents: Array(data), origin: "the theme")
        }
    }
}

extension SiteBuilder {
    /// One page of the site: the page's model, the layout behind it, rendered with `template`.
    func page<PageModel: MustacheParent>(
        _ path: String, template: String, title: String, section: String, origin: String = "the site", model: SiteModel,
        _ makeModel: (String) -> PageModel
    ) throws(Theme.Failure) -> SiteFile {
        let root = SitePaths.root(forPagePath: path)
        let page = Page(model: makeModel(root), layout: layout(root: root, title: title, section: section, model: model))
        return SiteFile(path: path, text: try theme.render(template, page), origin: origin)
    }
}
