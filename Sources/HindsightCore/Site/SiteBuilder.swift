import Foundation
import Mustache

/// The render stage: turns the measured site model into every file of the
/// site, deterministically, handing each to a sink as it is rendered.
public struct SiteBuilder: Sendable {
    public var theme: Theme
    public var options: SiteOptions

    public init(theme: Theme, options: SiteOptions) {
        self.theme = theme
        self.options = options
    }

    /// Every file of the site, sorted by path: pages, feed, JSON exports and theme assets.
    public func build(postMortems: [PostMortem], diagnostics: [Diagnostic]) throws(Theme.Failure) -> [SiteFile] {
        var model = SiteModel(postMortems: postMortems, diagnostics: diagnostics, options: options)
        let site = CollectedSite()
        var clock = StageClock(enabled: false)
        try render(&model, into: site, clock: &clock)
        return site.files.sorted { $0.path < $1.path }
    }

    /// The render stage: every file of ``SiteRoutes``, handed to `site` as soon
    /// as it is rendered (each stretch's files from every core, their paths
    /// claimed first and in order, so a clash names its sources the same way
    /// every run), so no stage holds the whole site. What only the files
    /// already written read is let go of as each stretch ends (``SiteModel/release(afterRendering:)``):
    /// the incident pages' HTML before the aggregate pages, the search prose before the theme's assets.
    func render(_ model: inout SiteModel, into site: some SiteSink, clock: inout StageClock) throws(Theme.Failure) {
        for part in SiteRoutes(model, theme: theme).parts {
            try render(part, of: model, into: site, clock: &clock)
            model.release(afterRendering: part)
        }
    }

    /// One stretch of ``render(_:into:clock:)``.
    private func render(_ part: SiteRoutes.Part, of model: SiteModel, into site: some SiteSink, clock: inout StageClock)
        throws(Theme.Failure)
    {
        guard case .files(let routes, let timed) = part else {
            model.searchIndex(into: site)
            return
        }
        let claimed = routes.map { site.claim($0.path, origin: $0.origin) }
        let failures = ParallelMap.map(Array(routes.indices)) { (index: Int) -> Theme.Failure? in
            guard claimed[index] else { return nil }
            let route = routes[index]
            do throws(Theme.Failure) {
                site.write(route.path, origin: route.origin, try contents(of: route, model: model))
                return nil
            } catch {
                return error
            }
        }
        if let failure = failures.lazy.compactMap({ $0 }).first { throw failure }
        if let timed { clock.part(timed) }
    }

    /// Renders the file at `route`: what it returns hands the file's bytes to
    /// `append`, the JSON exports in pieces as they are made, never whole.
    func contents(of route: SiteRoute, model: SiteModel) throws(Theme.Failure) -> (_ append: ([UInt8]) -> Void) -> Void {
        func page<PageModel: MustacheParent>(
            _ template: String, title: String, section: String, _ makeModel: (String) -> PageModel
        ) throws(Theme.Failure) -> (_ append: ([UInt8]) -> Void) -> Void {
            let root = SitePaths.root(forPagePath: route.path)
            let page = Page(model: makeModel(root), layout: layout(root: root, title: title, section: section, model: model))
            let bytes = Array(try theme.render(template, page).utf8)
            return { $0(bytes) }
        }
        func text(_ text: String) -> (_ append: ([UInt8]) -> Void) -> Void {
            let bytes = Array(text.utf8)
            return { $0(bytes) }
        }
        func more(_ list: Pagination) -> String { list.page == 1 ? "" : ", page \(list.page)" }
        switch route.content {
        case .overview: return try page("index", title: options.title, section: "overview") { model.overviewPage(root: $0) }
        case .incidentList(let list):
            let title = list.page == 1 ? "All incidents" : "All incidents, page \(list.page)"
            return try page("incidents", title: title, section: "incidents") { model.incidentListPage(list, root: $0) }
        case .incident(let position):
            let incident = model.incidents[position]
            return try page("incident", title: model.title(of: incident.slug), section: "incidents") {
                model.incidentPage(incident, root: $0)
            }
        case .trends: return try page("trends", title: "Trends", section: "trends") { model.trendsPage(root: $0) }
        case .actions: return try page("actions", title: "Action items", section: "actions") { model.actionBoardPage(root: $0) }
        case .lessons: return try page("lessons", title: "Lessons learned", section: "lessons") { model.lessonsPage(root: $0) }
        case .learning: return try page("learning", title: "Learning", section: "learning") { model.learningPage(root: $0) }
        case .group(let kind, let figures, let list):
            return try page("group", title: "\(kind): \(figures.key)" + more(list), section: "incidents") {
                model.groupPage(figures, kind: kind, page: list, root: $0)
            }
        case .directory(let directory, let list):
            return try page("directory", title: directory.heading + more(list), section: "incidents") {
                model.directoryPage(directory, page: list, root: $0).labelled
            }
        case .problems(let problems, let list):
            return try page("problems", title: "Problems" + more(list), section: "") {
                model.problemsPage(problems, page: list, root: $0)
            }
        case .alias(_, let position):
            let incident = model.incidents[position]
            let title = model.title(of: incident.slug)
            return try page("redirect", title: title, section: "incidents") { root in
                RedirectPageModel(target: root + SitePaths.incident(incident.slug), targetTitle: title)
            }
        case .notFound(let base):
            return try page("not-found", title: "Page not found", section: "") { _ in NotFoundPageModel(absoluteRoot: base) }
        case .search: return try page("search", title: "Search", section: "") { _ in LayoutOnlyModel() }
        case .rules: return try page("rules", title: "Rules", section: "") { model.rulesPage(root: $0) }
        case .sitemap(let pagePaths): return text(model.sitemap(pagePaths: pagePaths) ?? "")
        case .feed: return text(model.atomFeed())
        case .metricsJSON:
            return { append in
                JSONValue.prettyObject(model.report.jsonMembers, append: append)
                append([0x0A])
            }
        case .incidentsJSON: return { model.incidentsJSON($0) }
        case .asset(let data):
            let bytes = Array(data)
            return { $0(bytes) }
        }
    }

    static let navigation = [
        ("overview", "Overview", "index.html"), ("incidents", "Incidents", "incidents/index.html"),
        ("trends", "Trends", "trends/index.html"),
        ("actions", "Action items", "actions/index.html"), ("lessons", "Lessons", "lessons/index.html"),
        ("learning", "Learning", "learning/index.html"),
    ]

    func layout(root: String, title: String, section: String, model: SiteModel) -> LayoutModel {
        let root = root.isEmpty ? "./" : root
        return LayoutModel(
            root: root,
            siteTitle: options.title,
            pageTitle: title,
            isHome: section == "overview",
            asOf: Format.date(options.metrics.asOf),
            asOfISO: options.metrics.asOf.description,
            incidentCount: Format.plural(model.incidents.count, "post-mortem"),
            nav: Self.navigation.map { key, label, path in
                LayoutModel.NavItem(label: label, url: root + path, current: key == section)
            })
    }
}
