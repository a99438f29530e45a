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
        let model = SiteModel(postMortems: postMortems, diagnostics: diagnostics, options: options)
        let site = CollectedSite()
        var clock = StageClock(enabled: false)
        try render(model, into: site, clock: &clock)
        return site.files.sorted { $0.path < $1.path }
    }

    /// The render stage: every file of the site, handed to `site` as soon as it
    /// is rendered (the incident pages from every core), so no stage holds the whole site.
    func render(_ model: SiteModel, into site: some SiteSink, clock: inout StageClock) throws(Theme.Failure) {
        // The sitemap lists the pages up to the tag and service pages, in this order.
        var pagePaths: [String] = []
        func page<PageModel: MustacheParent>(
            _ path: String, template: String, title: String, section: String, origin: String = "the site",
            _ makeModel: (String) -> PageModel
        ) throws(Theme.Failure) {
            let root = SitePaths.root(forPagePath: path)
            let page = Page(model: makeModel(root), layout: layout(root: root, title: title, section: section, model: model))
            pagePaths.append(path)
            site.add(SiteFile(path: path, text: try theme.render(template, page), origin: origin))
        }

        try page("index.html", template: "index", title: options.title, section: "overview") { model.overviewPage(root: $0) }
        for list in Pagination.pages(of: model.incidents.count, pageSize: Pagination.incidentRows) {
            let title = list.page == 1 ? "All incidents" : "All incidents, page \(list.page)"
            try page(Pagination.path(list.page, in: "incidents/"), template: "incidents", title: title, section: "incidents") {
                model.incidentListPage(list, root: $0)
            }
        }
        // Incident pages are most of the site: render them on every core, each
        // path claimed first and in order, so a clash names its sources the same way every run.
        let claimed = model.incidents.map { incident in
            pagePaths.append(SitePaths.incidentFile(incident.slug))
            return site.claim(SitePaths.incidentFile(incident.slug), origin: incident.path)
        }
        let failures = ParallelMap.map(Array(0..<model.incidents.count)) { (index: Int) -> Theme.Failure? in
            guard claimed[index] else { return nil }
            let incident = model.incidents[index]
            let path = SitePaths.incidentFile(incident.slug)
            let root = SitePaths.root(forPagePath: path)
            let page = Page(
                model: model.incidentPage(incident, root: root),
                layout: layout(root: root, title: model.title(of: incident.slug), section: "incidents", model: model))
            do throws(Theme.Failure) {
                site.write(SiteFile(path: path, text: try theme.render("incident", page), origin: incident.path))
                return nil
            } catch {
                return error
            }
        }
        if let failure = failures.lazy.compactMap({ $0 }).first { throw failure }
        clock.part(Format.plural(model.incidents.count, "incident page"))
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
        clock.part("overview, trends, actions, lessons, tags, services, owners and problems")
        let sitemapPaths = pagePaths
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
            if let sitemap = model.sitemap(pagePaths: sitemapPaths) { site.add(SiteFile(path: "sitemap.xml", text: sitemap)) }
        }
        site.add(SiteFile(path: "feed.xml", text: model.atomFeed()))
        site.add("metrics.json") { append in
            var bytes = model.report.json.serializedBytes(pretty: true)
            bytes.append(0x0A)
            append(bytes)
        }
        site.add("incidents.json") { model.incidentsJSON($0) }
        model.searchIndex(into: site)
        try page("search/index.html", template: "search", title: "Search", section: "") { _ in LayoutOnlyModel() }
        try page("rules/index.html", template: "rules", title: "Rules", section: "") { model.rulesPage(root: $0) }
        clock.part("aliases, feed, JSON exports and search index")
        for asset in theme.assets where !asset.path.hasPrefix(SearchIndex.folder) {
            site.add(SiteFile(path: asset.path, contents: Array(asset.data), origin: "the theme"))
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
