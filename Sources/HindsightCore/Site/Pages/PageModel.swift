import Mustache

// Every template reads a typed model through `child(named:)`: each key a
// template uses is a `case` below or in a page's model, next to its page.
//
// Conventions (swift-mustache 2.1.1): `nil` is absent, so `{{#x}}` is false and
// the lookup goes on to the enclosing context; an empty string would be present
// (and true), so a string that may be empty is an Optional, nil when empty; an
// empty array is false; a `Bool` is itself.

/// A page as its template sees it: the page's own model first, then the layout every page shares.
struct Page<Model: MustacheParent>: MustacheParent {
    var model: Model
    var layout: LayoutModel

    func child(named name: String) -> Any? { model.child(named: name) ?? layout.child(named: name) }
}

/// What `layout.mustache` draws around every page: title, navigation, footer.
struct LayoutModel: MustacheParent {
    /// The way back to the site's root from the page (`../../`), `./` at the root.
    var root: String
    var siteTitle: String
    var pageTitle: String
    var isHome: Bool
    var asOf: String
    var asOfISO: String
    var incidentCount: String
    var nav: [NavItem]

    struct NavItem: MustacheParent {
        var label: String
        var url: String
        var current: Bool

        func child(named name: String) -> Any? {
            switch name {
            case "label": label
            case "url": url
            case "current": current
            default: nil
            }
        }
    }

    func child(named name: String) -> Any? {
        switch name {
        case "root": root
        case "siteTitle": siteTitle
        case "pageTitle": pageTitle
        case "isHome": isHome
        case "asOf": asOf
        case "asOfISO": asOfISO
        case "incidentCount": incidentCount
        case "nav": nav
        default: nil
        }
    }
}

/// "12 more" for what a list leaves out, linked to where it is listed in full (`partials/more`).
struct MoreLink: MustacheParent {
    var moreText: String
    var moreHref: String?

    func child(named name: String) -> Any? {
        switch name {
        case "moreText": moreText
        case "moreHref": moreHref
        default: nil
        }
    }
}

/// A link to an incident in an English list: `a, b and c`.
struct IncidentLink: MustacheParent {
    var title: String?
    var url: String
    var separator: String?

    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "url": url
        case "separator": separator
        default: nil
        }
    }
}

/// A service or tag chip, linked to its page.
struct Chip: MustacheParent {
    var name: String
    var url: String

    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "url": url
        default: nil
        }
    }
}

/// A label and the CSS class that styles it: a timeline milestone, a chart's series.
struct StyledLabel: MustacheParent {
    var label: String
    var cssClass: String

    func child(named name: String) -> Any? {
        switch name {
        case "label": label
        case "class": cssClass
        default: nil
        }
    }
}

/// A page whose template reads only the layout (`search/index.html`).
struct LayoutOnlyModel: MustacheParent {
    func child(named name: String) -> Any? { nil }
}
