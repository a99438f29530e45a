/// `tags/index.html`, `services/index.html` and `owners/index.html`: every
/// tag, service and owner with its counts, A to Z, linked to its own page.
extension SiteModel {
    /// The kinds of directory, their folders and the groups each lists.
    enum Directory: CaseIterable {
        case tags, services, owners

        var folder: String {
            switch self {
            case .tags: "tags/"
            case .services: "services/"
            case .owners: "owners/"
            }
        }

        var heading: String {
            switch self {
            case .tags: "Tags"
            case .services: "Services"
            case .owners: "Owners"
            }
        }
    }

    /// Rows of a directory page (a few hundred KB of HTML at most).
    static let directoryRows = 500

    /// How many rows `directory` has: its pages are numbered from this.
    func rowCount(of directory: Directory) -> Int {
        switch directory {
        case .tags: report.byTag.count
        case .services: report.byService.count
        case .owners: report.byOwner.count
        }
    }

    func directoryPage(_ directory: Directory, page pagination: Pagination, root: String) -> DirectoryPageModel {
        let count = rowCount(of: directory)
        switch directory {
        case .tags, .services:
            let isTag = directory == .tags
            let groups = (isTag ? report.byTag : report.byService).sorted { $0.key < $1.key }
            return DirectoryPageModel(
                heading: directory.heading,
                lede: "\(Format.plural(count, isTag ? "tag" : "service")), A to Z, each with its incidents' figures. "
                    + "Click a column to sort this page.",
                nameHeader: isTag ? "Tag" : "Service",
                headers: Self.groupHeaders,
                rows: groups[pagination.range].map { group in
                    DirectoryPageModel.Row(
                        name: isTag ? "#" + group.key : group.key,
                        url: root + (isTag ? SitePaths.tag(group.key) : SitePaths.service(group.key)),
                        cells: Self.groupCells(group))
                },
                pagination: pagination.links)
        case .owners:
            return DirectoryPageModel(
                heading: directory.heading,
                lede: "\(Format.plural(count, "owner")) of action items, A to Z; their open items are on the "
                    + "action board. Click a column to sort this page.",
                nameHeader: "Owner",
                headers: ["Items", "Done", "Open", "Overdue"].map { .init(label: $0, sort: "number") }
                    + [.init(label: "Completion", sort: "ratio")],
                rows: report.byOwner[pagination.range].map { owner, figures in
                    DirectoryPageModel.Row(
                        name: owner, url: nil,
                        cells: [figures.total, figures.done, figures.open, figures.overdue].map { .init(text: String($0)) }
                            + [.init(text: Format.percent(figures.completionRate), value: Self.ratio(figures))])
                },
                pagination: pagination.links)
        }
    }

    static let groupHeaders: [DirectoryPageModel.Header] = [
        .init(label: "Incidents", sort: "number"), .init(label: "Repeats", sort: "number"),
        .init(label: "Median time to restore", sort: "number"), .init(label: "Action items done", sort: "ratio"),
        .init(label: "Overdue", sort: "number"),
    ]

    static func groupCells(_ group: GroupFigures) -> [DirectoryPageModel.Cell] {
        [
            .init(text: String(group.incidents.count)),
            .init(text: String(group.repeats)),
            .init(text: Format.minutes(group.timeToRestore.median), value: group.timeToRestore.median.map { String($0) } ?? ""),
            .init(
                text: Format.percent(group.actionItems.completionRate),
                value: ratio(group.actionItems)),
            .init(text: String(group.actionItems.overdue)),
        ]
    }

    /// What the completion column sorts by: done of the items that count (dropped ones do not).
    static func ratio(_ items: ActionItemMetrics) -> String { "\(items.done)/\(items.total - items.dropped)" }
}
