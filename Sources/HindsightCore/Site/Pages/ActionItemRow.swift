import Foundation
import Mustache

/// An action item as the incident page (`partials/action-item`), the action board
/// and the trends page (`partials/board-item`) show it.
struct ActionItemRow: MustacheParent {
    var index: Int
    /// The item's own `ID:`, when it has one.
    var id: String?
    var anchor: String
    var url: String
    var incidentURL: String
    var incidentTitle: String?
    var incidentSlug: String
    var title: String?
    /// What is to be done, as HTML: its code, emphasis and links kept, everything escaped (see ``InlineHTML``).
    var textHTML: String?
    var owner: String
    var due: String?
    var dueText: String
    var isDone: Bool
    /// `14 Aug 2026`: the day it was done, from its completion date.
    var completed: String?
    var status: String
    var statusClass: String
    var daysOverdue: String?
    var daysOverdueSort: Int
    var isPastSLO: Bool
    /// What the SLO flag means for this item: `open more than 30 days after its P1 incident`.
    var sloText: String
    var severity: String
    var severityClass: String
    var tickets: [Ticket]
    /// The learning framework's type (`automated check (inferred)`), on the incident page only.
    var type: String?

    /// A ticket: a link when it is a URL, else its key.
    struct Ticket: MustacheParent {
        var label: String?
        var href: String?

        func child(named name: String) -> Any? {
            switch name {
            case "label": label
            case "href": href
            default: nil
            }
        }
    }

    func child(named name: String) -> Any? {
        switch name {
        case "index": index
        case "id": id
        case "anchor": anchor
        case "url": url
        case "incidentURL": incidentURL
        case "incidentTitle": incidentTitle
        case "incidentSlug": incidentSlug
        case "title": title
        case "textHTML": textHTML
        case "owner": owner
        case "due": due
        case "dueText": dueText
        case "isDone": isDone
        case "completed": completed
        case "status": status
        case "statusClass": statusClass
        case "daysOverdue": daysOverdue
        case "daysOverdueSort": daysOverdueSort
        case "isPastSLO": isPastSLO
        case "sloText": sloText
        case "severity": severity
        case "severityClass": severityClass
        case "tickets": tickets
        case "type": type
        default: nil
        }
    }
}

extension SiteModel {
    /// The item's row; its title cut to ``PageLimits/titleCharacters`` unless `fullTitle`
    /// (the incident's own page shows all of it).
    func actionItem(_ tracked: TrackedActionItem, root: String, fullTitle: Bool = false) -> ActionItemRow {
        let item = tracked.item
        let status: (label: String, cssClass: String) =
            item.isDone
            ? ("Done", "done")
            : item.isDropped ? ("Dropped", "dropped") : (tracked.daysOverdue != nil ? ("Overdue", "overdue") : ("Open", "open"))
        return ActionItemRow(
            index: item.index,
            id: tracked.anchorID?.nonEmpty,
            anchor: tracked.anchor,
            url: root + SitePaths.incident(tracked.incident) + "#" + tracked.anchor,
            incidentURL: root + SitePaths.incident(tracked.incident),
            incidentTitle: Self.excerpt(tracked.incidentTitle, limit: PageLimits.titleCharacters).nonEmpty,
            incidentSlug: tracked.incident,
            title: (fullTitle ? item.title : Self.excerpt(item.title, limit: PageLimits.titleCharacters)).nonEmpty,
            textHTML: InlineHTML.html(item.detailsMarkup, plain: item.details).nonEmpty,
            owner: item.owner?.value ?? "No owner",
            due: (item.due?.description ?? item.dueText?.value)?.nonEmpty,
            dueText: item.due.map { SiteModel.dueText($0, written: item.dueText?.value) } ?? item.dueText?.value ?? "no due date",
            isDone: item.isDone,
            completed: item.isDone ? item.completed.map { Format.date($0) } : nil,
            status: status.label,
            statusClass: status.cssClass,
            daysOverdue: tracked.daysOverdue.map { Self.overdueText(days: $0, due: item.due) },
            daysOverdueSort: tracked.daysOverdue ?? 0,
            isPastSLO: tracked.isPastSLO,
            sloText: "open more than \(Format.plural(options.metrics.slo.days(for: tracked.severity), "day")) after its "
                + (tracked.severity.map { $0 + " " } ?? "") + "incident (the follow-up SLO)",
            severity: tracked.severity ?? "?",
            severityClass: severityClass(tracked.severity),
            tickets: item.tickets.map { ticket in
                ActionItemRow.Ticket(
                    label: (ticket.hasPrefix("http") ? TicketLabel.short(ticket) : ticket).nonEmpty,
                    href: ticket.hasPrefix("http://") || ticket.hasPrefix("https://") ? ticket : nil)
            })
    }
}

extension SiteModel {
    /// Days from which an overdue item says since when, not how many days.
    static let overdueSinceDays = 90

    /// `5 Mar 2024`; a period as written with the day it is read as: `2024-Q3 (30 Sep 2024)`.
    static func dueText(_ day: Day, written: String?) -> String {
        guard let written, DateParser.parse(written) == nil else { return Format.date(day) }
        return "\(written) (\(Format.date(day)))"
    }

    /// `12 days overdue`; from ``overdueSinceDays`` on, `overdue since 12 Mar 2017 (9 years)`.
    static func overdueText(days: Int, due: Day?) -> String {
        guard days >= overdueSinceDays, let due else { return Format.plural(days, "day") + " overdue" }
        let span = days >= 365 ? Format.plural(days / 365, "year") : Format.plural(days / 30, "month")
        return "overdue since \(Format.date(due)) (\(span))"
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
