/// How many entries each list on a page shows. Whatever the corpus, a page
/// stays a bounded size: the rest of a list is counted ("and 12 more") and
/// linked to where it is listed in full (an incident's page, a tag page,
/// `metrics.json`, `incidents.json`); long lists are paged (`Pagination`).
enum PageLimits {
    /// Diagnostics on an incident page (one file can be named by thousands of others' findings).
    static let diagnostics = 100
    /// Characters of a title or lesson shown away from its own page (a 1 MB
    /// title must not be copied onto every card that links to it).
    static let titleCharacters = 200
    static let lessonCharacters = 1000
    /// Tag and service chips on an incident card (its own page shows them all).
    static let cardChips = 12
    /// Incident cards on each page of a tag or service, newest first.
    static let groupIncidents = 100
    /// Repeats on the trends page, newest first.
    static let trendsRepeats = 50
    /// Open follow-ups shown under each repeat on the trends page.
    static let repeatOpenItems = 5
    /// Incidents listed as left out of time to restore.
    static let excluded = 50
    /// Items in the action board's overdue list, and in each owner's open list.
    static let overdueItems = 100
    static let ownerItems = 20
    /// Owners with open items on the board, and rows of the by-owner table.
    static let owners = 100
    /// Teams in the by-team table (its No team row is shown besides).
    static let teams = 100
    /// Tags on the lessons page, incidents under each, lessons under each incident.
    static let lessonTags = 50
    static let lessonIncidents = 10
    static let lessonsPerIncident = 5
}

extension SiteModel {
    /// "12 more" for what a list leaves out, linked to where it is listed in full
    /// (`partials/more`); nil, so the template shows nothing, when the list is complete.
    static func more(_ total: Int, shown: Int, noun: String = "more", url: String = "") -> MoreLink? {
        guard total > shown else { return nil }
        return MoreLink(moreText: "\(total - shown) \(noun)", moreHref: url.nonEmpty)
    }

    /// `text` cut to `limit` characters, ending in "…" when cut.
    static func excerpt(_ text: String, limit: Int) -> String {
        guard text.utf8.count > limit, text.count > limit else { return text }
        return String(text.prefix(limit - 1)) + "…"
    }

    /// Links to incidents with the separators of an English list ("a, b and c");
    /// with `total` over the count, the template adds "and N more" after the last.
    func linkList(_ slugs: [String], total: Int? = nil, root: String) -> [IncidentLink] {
        let complete = (total ?? slugs.count) <= slugs.count
        return slugs.enumerated().map { index, slug in
            let separator = index == slugs.count - 1 ? "" : (index == slugs.count - 2 && complete ? " and " : ", ")
            return IncidentLink(title: title(of: slug).nonEmpty, url: root + SitePaths.incident(slug), separator: separator.nonEmpty)
        }
    }
}
