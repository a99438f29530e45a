import Foundation

/// An action item as the incident page, the action board and the trends page show it.
extension SiteModel {
    func actionItem(_ tracked: TrackedActionItem, root: String) -> [String: Any] {
        let item = tracked.item
        let anchor = tracked.anchor
        return [
            "index": item.index,
            "id": tracked.anchorID ?? "",
            "anchor": anchor,
            "url": root + SitePaths.incident(tracked.incident) + "#" + anchor,
            "incidentURL": root + SitePaths.incident(tracked.incident),
            "incidentTitle": Self.excerpt(tracked.incidentTitle, limit: PageLimits.titleCharacters),
            "incidentSlug": tracked.incident,
            "title": Self.excerpt(item.title, limit: PageLimits.titleCharacters),
            "text": item.details,
            "owner": item.owner?.value ?? "No owner",
            "due": item.due?.description ?? item.dueText?.value ?? "",
            "dueText": item.due.map { Format.date($0) } ?? item.dueText?.value ?? "no due date",
            "isDone": item.isDone,
            "status": item.isDone ? "Done" : item.isDropped ? "Dropped" : (tracked.daysOverdue != nil ? "Overdue" : "Open"),
            "statusClass": item.isDone ? "done" : item.isDropped ? "dropped" : (tracked.daysOverdue != nil ? "overdue" : "open"),
            "daysOverdue": tracked.daysOverdue.map { Format.plural($0, "day") + " overdue" } ?? "",
            "daysOverdueSort": tracked.daysOverdue ?? 0,
            "isPastSLO": tracked.isPastSLO,
            "severity": tracked.severity ?? "?",
            "severityClass": severityClass(tracked.severity),
            "tickets": item.tickets.map { ticket in
                [
                    "label": ticket.hasPrefix("http") ? TicketLabel.short(ticket) : ticket,
                    "href": ticket.hasPrefix("http://") || ticket.hasPrefix("https://") ? ticket : "",
                ]
            },
        ]
    }
}

/// A short label for a ticket URL: its last path segment (`PAY-88`) or host.
enum TicketLabel {
    static func short(_ url: String) -> String {
        let withoutScheme = url.split(separator: "/", maxSplits: 2, omittingEmptySubsequences: true)
        let segments = url.split(separator: "/").filter { !$0.isEmpty }
        if let last = segments.last, segments.count > 2 { return String(last) }
        return withoutScheme.count > 1 ? String(withoutScheme[1]) : url
    }
}
