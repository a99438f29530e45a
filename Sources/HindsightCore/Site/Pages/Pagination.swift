import Mustache

/// Long lists split over numbered pages, so no page grows with the corpus:
/// `incidents/index.html` then `incidents/page-2.html`, `tags/<tag>/index.html`
/// then `tags/<tag>/page-2.html`. (No slug, tag or service can end in `.html`:
/// see `URLName`, so these names never meet an incident's folder.)
struct Pagination {
    /// Rows of the incident list per page (about 1 MB of HTML).
    static let incidentRows = 1000

    var page: Int
    var pageCount: Int
    var itemCount: Int
    var pageSize: Int

    /// The page numbers `1…pageCount` for `itemCount` items (one page when empty).
    static func pages(of itemCount: Int, pageSize: Int) -> [Pagination] {
        let count = max(1, (itemCount + pageSize - 1) / pageSize)
        return (1...count).map { Pagination(page: $0, pageCount: count, itemCount: itemCount, pageSize: pageSize) }
    }

    /// The file of page `number` in `folder` (`incidents/`).
    static func path(_ number: Int, in folder: String) -> String {
        folder + (number == 1 ? "index.html" : "page-\(number).html")
    }

    /// The items this page shows.
    var range: Range<Int> { min((page - 1) * pageSize, itemCount)..<min(page * pageSize, itemCount) }

    /// What the `partials/pagination` template draws: nil for a single page.
    /// Links are relative: every page of a list sits in the same folder.
    var links: Links? {
        guard pageCount > 1 else { return nil }
        func link(_ number: Int) -> String { number == 1 ? "index.html" : "page-\(number).html" }
        return Links(
            summary: "\(range.lowerBound + 1)–\(range.upperBound) of \(itemCount)",
            pages: (1...pageCount).map { Links.PageLink(number: $0, url: link($0), current: $0 == page) },
            newer: page > 1 ? link(page - 1) : nil,
            older: page < pageCount ? link(page + 1) : nil)
    }

    /// The `pagination` of a paged list's model.
    struct Links: MustacheParent {
        var summary: String
        var pages: [PageLink]
        var newer: String?
        var older: String?

        struct PageLink: MustacheParent {
            var number: Int
            var url: String
            var current: Bool

            func child(named name: String) -> Any? {
                switch name {
                case "number": number
                case "url": url
                case "current": current
                default: nil
                }
            }
        }

        func child(named name: String) -> Any? {
            switch name {
            case "summary": summary
            case "pages": pages
            case "newer": newer
            case "older": older
            default: nil
            }
        }
    }
}
