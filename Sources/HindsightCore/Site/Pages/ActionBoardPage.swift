/// `actions/index.html`: the follow-up board — overdue first with days
/// overdue, then open items by owner, the figures by owner and team, time to
/// close and the burn-down, then what is done.
extension SiteModel {
    static let doneItemsShown = 200

    func actionBoardPage(root: String) -> ActionBoardPageModel {
        // Positions into the report's items, sorted and grouped without copying an item (each copy retains
        // its strings; at 10,000 incidents the copies were most of this page's time).
        let items = report.actionItems
        let open = items.indices.filter { items[$0].item.isOpen }
        let overdue = report.overdueItems
        let owners = Dictionary(grouping: open) { items[$0].item.owner?.value ?? "No owner" }
        let ownerNames = owners.keys.sorted()
        let incidentsJSON = root + "incidents.json"
        let noDue = Day(ordinal: Int.max / 2)
        let ownerGroups = ownerNames.prefix(PageLimits.owners).map { owner in
            let positions = (owners[owner] ?? []).sorted { a, b in
                let (overdueA, overdueB) = (items[a].daysOverdue ?? -1, items[b].daysOverdue ?? -1)
                if overdueA != overdueB { return overdueA > overdueB }
                let (dueA, dueB) = (items[a].item.due ?? noDue, items[b].item.due ?? noDue)
                if dueA != dueB { return dueA < dueB }
                if items[a].incident != items[b].incident { return items[a].incident < items[b].incident }
                return items[a].item.index < items[b].item.index
            }
            return ActionBoardPageModel.OwnerItems(
                owner: owner, count: Format.plural(positions.count, "open item"),
                overdue: positions.filter { items[$0].daysOverdue != nil }.count,
                items: positions.prefix(PageLimits.ownerItems).map { actionItem(items[$0], root: root) },
                itemsMore: Self.more(positions.count, shown: PageLimits.ownerItems, noun: "more, in incidents.json", url: incidentsJSON))
        }
        let done = items.indices.filter { !items[$0].item.isOpen }.sorted { a, b in
            let (dateA, dateB) = (items[a].incidentDate ?? Day(ordinal: 0), items[b].incidentDate ?? Day(ordinal: 0))
            if dateA != dateB { return dateA > dateB }
            if items[a].incident != items[b].incident { return items[a].incident > items[b].incident }
            return items[a].item.index > items[b].item.index
        }
        let totals = report.actionTotals
        // The first teams, then No team whatever the count: the rows left out are teams, counted and linked.
        let teams = report.byTeam.filter { $0.team != OwnerTeam.noTeam }
        let noTeam = report.byTeam.filter { $0.team == OwnerTeam.noTeam }
        return ActionBoardPageModel(
            overdue: overdue.prefix(PageLimits.overdueItems).map { actionItem($0, root: root) },
            overdueMore: Self.more(
                overdue.count, shown: PageLimits.overdueItems, noun: "less overdue, in metrics.json (actionItems.overdueItems)",
                url: root + "metrics.json"),
            overdueCount: overdue.count,
            owners: ownerGroups,
            ownersMore: Self.more(
                ownerNames.count, shown: PageLimits.owners, noun: "more owners with open items, in incidents.json", url: incidentsJSON),
            openCount: open.count,
            // The latest finished items; older ones stay on their incidents' pages
            // (a board of ten thousand finished items helps nobody decide anything).
            done: done.prefix(SiteModel.doneItemsShown).map { actionItem(items[$0], root: root) },
            doneCount: done.count,
            doneShown: min(done.count, SiteModel.doneItemsShown),
            doneHidden: done.count > SiteModel.doneItemsShown
                ? Format.plural(done.count - SiteModel.doneItemsShown, "older finished item") : nil,
            completion: Format.percent(totals.completionRate),
            pastSLO: totals.pastSLO,
            totalText: Format.plural(totals.total, "follow-up"),
            doneVerb: totals.total == 1 ? "is" : "are",
            sloLevels: sloLevels(),
            sloDefaultDays: Format.plural(options.metrics.slo.defaultDays, "day"),
            byOwner: report.byOwner.prefix(PageLimits.owners).map { Self.figures($0.owner, $0.figures) },
            byOwnerMore: Self.more(
                report.byOwner.count, shown: PageLimits.owners, noun: "more owners, on the owners page", url: root + "owners/index.html"),
            byTeam: (teams.prefix(PageLimits.teams) + noTeam).map { Self.figures($0.team, $0.figures) },
            byTeamMore: Self.more(
                teams.count, shown: PageLimits.teams, noun: "more teams, in metrics.json (byTeam)", url: root + "metrics.json"),
            hasTeams: report.byTeam.contains { $0.team != OwnerTeam.noTeam },
            timeToClose: report.followThrough.timeToCloseText,
            timeToCloseLeftOut: FollowThroughReport.leftOutText(report.followThrough.notTimed),
            burnDown: burnDownChart())
    }

    /// A row of a follow-through table.
    static func figures(_ name: String, _ figures: ActionItemMetrics) -> ActionBoardPageModel.OwnerFigures {
        ActionBoardPageModel.OwnerFigures(
            owner: name, total: figures.total, done: figures.done, open: figures.open, overdue: figures.overdue,
            dropped: figures.dropped, completion: Format.percent(figures.completionRate))
    }

    /// Each severity of the scale with the days its follow-ups are allowed.
    func sloLevels() -> [ActionBoardPageModel.SLOLevel] {
        let levels = options.metrics.severityScale.definitions.map(\.id)
        return levels.enumerated().map { index, id in
            ActionBoardPageModel.SLOLevel(
                severity: id, days: Format.plural(options.metrics.slo.days(for: id), "day"),
                separator: index + 1 < levels.count ? ", " : nil)
        }
    }
}
