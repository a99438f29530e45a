import Foundation

/// One file of the site: its path, what it is written for, and which page renders it.
struct SiteRoute: Sendable {
    /// What renders the file (see ``SiteBuilder/contents(of:model:)``).
    enum Content: Sendable {
        case overview, trends, actions, lessons, learning, search, rules, feed, metricsJSON, incidentsJSON
        case incidentList(Pagination)
        /// The incident at this position of ``SiteModel/incidents``: a position, not a copy of the
        /// post-mortem in every route (docs/performance.md).
        case incident(Int)
        case group(kind: String, figures: GroupFigures, page: Pagination)
        case directory(SiteModel.Directory, page: Pagination)
        case problems([(path: String, errors: Int, warnings: Int)], page: Pagination)
        /// A redirect to the incident at this position of ``SiteModel/incidents``.
        case alias(String, of: Int)
        case notFound(absoluteRoot: String)
        /// The sitemap, listing these pages.
        case sitemap(pagePaths: [String])
        case asset(Data)
    }

    var path: String
    /// What the file is written for, as a clash names it.
    var origin = "the site"
    var content: Content
}

/// The route table: every file of the site, in the order `hindsight build`
/// claims and writes them, and what renders each. `build` renders them all;
/// `serve` looks a requested path up here and renders that one file, so a
/// page added here is built and served alike.
struct SiteRoutes: Sendable {
    /// A stretch of the render stage.
    enum Part: Sendable {
        /// Files whose paths are claimed in this order, then rendered on every
        /// core; `timed` names the stretch ending here for `--verbose`.
        case files([SiteRoute], timed: String? = nil)
        /// Every file under ``SearchIndex/folder``, made together: its shards depend on every report.
        case searchIndex
    }

    private(set) var parts: [Part] = []

    /// The table of `model`'s site, with `theme`'s assets.
    init(_ model: SiteModel, theme: Theme) {
        // The sitemap lists the pages up to the tag, service, directory and problems pages, in this order.
        var pages = [SiteRoute(path: "index.html", content: .overview)]
        for list in Pagination.pages(of: model.incidents.count, pageSize: Pagination.incidentRows) {
            pages.append(SiteRoute(path: Pagination.path(list.page, in: "incidents/"), content: .incidentList(list)))
        }
        for (position, incident) in model.incidents.enumerated() {
            pages.append(SiteRoute(path: SitePaths.incidentFile(incident.slug), origin: incident.path, content: .incident(position)))
        }
        parts.append(.files(pages, timed: Format.plural(model.incidents.count, "incident page")))

        var summaries = [
            SiteRoute(path: "trends/index.html", content: .trends), SiteRoute(path: "actions/index.html", content: .actions),
            SiteRoute(path: "lessons/index.html", content: .lessons), SiteRoute(path: "learning/index.html", content: .learning),
        ]
        for (kind, folder, groups) in [("Tag", "tags", model.report.byTag), ("Service", "services", model.report.byService)] {
            for group in groups {
                for list in Pagination.pages(of: group.incidents.count, pageSize: PageLimits.groupIncidents) {
                    summaries.append(
                        SiteRoute(
                            path: Pagination.path(list.page, in: "\(folder)/\(group.key)/"),
                            content: .group(kind: kind, figures: group, page: list)))
                }
            }
        }
        for directory in SiteModel.Directory.allCases {
            for list in Pagination.pages(of: model.rowCount(of: directory), pageSize: SiteModel.directoryRows) {
                summaries.append(
                    SiteRoute(path: Pagination.path(list.page, in: directory.folder), content: .directory(directory, page: list)))
            }
        }
        let problems = model.problemPaths
        for list in Pagination.pages(of: problems.count, pageSize: SiteModel.problemFiles) {
            summaries.append(SiteRoute(path: Pagination.path(list.page, in: "problems/"), content: .problems(problems, page: list)))
        }
        parts.append(.files(summaries, timed: "overview, trends, actions, lessons, tags, services, owners and problems"))

        // Every alias gets its redirect, even one that clashes with another
        // output: the writer refuses clashing outputs and names both sources.
        var exports: [SiteRoute] = []
        for (position, incident) in model.incidents.enumerated() {
            for alias in incident.aliases.prefix(TooManyValuesRule.limit) where URLName.isValid(alias) {
                exports.append(
                    SiteRoute(
                        path: SitePaths.incidentFile(alias), origin: "alias '\(alias)' of \(incident.path)",
                        content: .alias(alias, of: position)))
            }
        }
        if let base = model.options.baseURL {
            exports.append(SiteRoute(path: "404.html", content: .notFound(absoluteRoot: base)))
            exports.append(SiteRoute(path: "sitemap.xml", content: .sitemap(pagePaths: (pages + summaries).map(\.path))))
        }
        exports += [
            SiteRoute(path: "feed.xml", content: .feed), SiteRoute(path: "metrics.json", content: .metricsJSON),
            SiteRoute(path: "incidents.json", content: .incidentsJSON),
        ]
        parts += [.files(exports), .searchIndex]
        parts.append(
            .files(
                [SiteRoute(path: "search/index.html", content: .search), SiteRoute(path: "rules/index.html", content: .rules)],
                timed: "aliases, feed, JSON exports, search index and rules"))
        parts.append(
            .files(
                theme.assets.filter { !$0.path.hasPrefix(SearchIndex.folder) }.map {
                    SiteRoute(path: $0.path, origin: "the theme", content: .asset($0.data))
                }))
    }

    /// Every route, in build order, the search index's files aside.
    var routes: [SiteRoute] {
        parts.flatMap { part -> [SiteRoute] in
            guard case .files(let routes, _) = part else { return [] }
            return routes
        }
    }
}
