import Foundation
import Mustache

/// The render stage: turns parsed post-mortems, their diagnostics and the
/// metrics into every file of the site, in memory, deterministically.
public struct SiteBuilder: Sendable {
    public var theme: Theme
    public var options: SiteOptions

    public init(theme: Theme, options: SiteOptions) {
        self.theme = theme
        self.options = options
    }

    /// Every file of the site, sorted by path: pages, feed, JSON exports and theme assets.
    public func build(postMortems: [PostMortem], diagnostics: [Diagnostic]) throws(Theme.Failure) -> [SiteFile] {
        var clock = StageClock(enabled: false)
        return try build(postMortems: postMortems, diagnostics: diagnostics, clock: &clock)
    }

    func build(postMortems: [PostMortem], diagnostics: [Diagnostic], clock: inout StageClock) throws(Theme.Failure) -> [SiteFile] {
        let model = SiteModel(postMortems: postMortems, diagnostics: diagnostics, options: options)
        clock.finish("measure")
        var files: [SiteFile] = []
        func page<PageModel: MustacheParent>(
            _ path: String, template: String, title: String, section: String, origin: String = "the site",
            _ makeModel: (String) -> PageModel
        ) throws(Theme.Failure) {
            let root = SitePaths.root(forPagePath: path)
            let page = Page(model: makeModel(root), layout: layout(root: root, title: title, section: section, model: model))
            files.append(SiteFile(path: path, text: try theme.render(template, page), origin: origin))
        }

        try page("index.html", template: "index", title: options.title, section: "overview") { model.overviewPage(root: $0) }
        for list in Pagination.pages(of: model.incidents.count, pageSize: Pagination.incidentRows) {
            let title = list.page == 1 ? "All incidents" : "All incidents, page \(list.page)"
            try page(Pagination.path(list.page, in: "incidents/"), template: "incidents", title: title, section: "incidents") {
                model.incidentListPage(list, root: $0)
            }
        }
        // Incident pages are most of the site: render them on every core.
        let incidentPages = ParallelMap.map(model.incidents) { incident -> Result<SiteFile, Theme.Failure> in
            let path = SitePaths.incidentFile(incident.slug)
            let root = SitePaths.root(forPagePath: path)
            let page = Page(
                model: model.incidentPage(incident, root: root),
                layout: layout(root: root, title: model.title(of: incident.slug), section: "incidents", model: model))
            return Result { () throws(Theme.Failure) in
                SiteFile(path: path, text: try theme.render("incident", page), origin: incident.path)
            }
        }
        for result in incidentPages { files.append(try result.get()) }
        clock.finish("render \(Format.plural(incidentPages.count, "incident page"))")
        try page("trends/index.html", template: "trends", title: "Trends", section: "trends") { model.trendsPage(root: $0) }
        try page("actions/index.html", template: "actions", title: "Action items", section: "actions") { model.actionBoardPage(root: $0) }
        try page("lessons/index.html", template: "lessons", title: "Lessons learned", section: "lessons") { model.lessonsPage(root: $0) }
        try page("learning/index.html", template: "learning", title: "Learning", section: "learning") { model.learningPage(root: $0) }
        for (kind, folder, groups) in [("Tag", "tags", model.report.byTag), ("Service", "services", model.report.byService)] {
            for group in groups {
                for list in Pagination.pages(of: group.incidents.count, pageSize: PageLimits.groupIncidents) {
                    let title = "\(kind): \(group.key)" + (list.page == 1 ? "" : ", page \(list.page)")
                    try page(
                        Pagination.path(list.page, in: "\(folder)/\(group.key)/"), template: "group", title: title, section: "incidents"
                    ) {
                        model.groupPage(group, kind: kind, page: list, root: $0)
                    }
                }
            }
        }
        for directory in SiteModel.Directory.allCases {
            for list in Pagination.pages(of: model.rowCount(of: directory), pageSize: SiteModel.directoryRows) {
                let title = directory.heading + (list.page == 1 ? "" : ", page \(list.page)")
                try page(Pagination.path(list.page, in: directory.folder), template: "directory", title: title, section: "incidents") {
                    model.directoryPage(directory, page: list, root: $0).labelled
                }
            }
        }
        let problems = model.problemPaths
        for list in Pagination.pages(of: problems.count, pageSize: SiteModel.problemFiles) {
            let title = "Problems" + (list.page == 1 ? "" : ", page \(list.page)")
            try page(Pagination.path(list.page, in: "problems/"), template: "problems", title: title, section: "") {
                model.problemsPage(problems, page: list, root: $0)
            }
        }
        clock.finish("render overview, trends, actions, lessons, tags, services, owners and problems")
        let pagePaths = files.map(\.path)
        // Every alias gets its redirect, even one that clashes with another
        // output: the writer refuses clashing outputs and names both sources.
        for incident in model.incidents {
            for alias in incident.aliases.prefix(TooManyValuesRule.limit) where URLName.isValid(alias) {
                let path = SitePaths.incidentFile(alias)
                try page(
                    path, template: "redirect", title: model.title(of: incident.slug), section: "incidents",
                    origin: "alias '\(alias)' of \(incident.path)"
                ) { root in
                    RedirectPageModel(target: root + SitePaths.incident(incident.slug), targetTitle: model.title(of: incident.slug))
                }
            }
        }
        if let base = options.baseURL {
            try page("404.html", template: "not-found", title: "Page not found", section: "") { _ in NotFoundPageModel(absoluteRoot: base) }
            if let sitemap = model.sitemap(pagePaths: pagePaths) { files.append(SiteFile(path: "sitemap.xml", text: sitemap)) }
        }
        files.append(SiteFile(path: "feed.xml", text: model.atomFeed()))
        files.append(SiteFile(path: "metrics.json", text: model.report.json.serialized(pretty: true) + "\n"))
        files.append(SiteFile(path: "incidents.json", text: model.incidentsJSON().serialized(pretty: true) + "\n"))
        files += model.searchIndexFiles()
        try page("search/index.html", template: "search", title: "Search", section: "") { _ in LayoutOnlyModel() }
        clock.finish("render feed, JSON exports and search index")
        for asset in theme.assets where !asset.path.hasPrefix(SearchIndex.folder) {
            files.append(SiteFile(path: asset.path, contents: Array(asset.data), origin: "the theme"))
        }
        return files.sorted { $0.path < $1.path }
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
