import Mustache

/// What `index.mustache` draws: headline figures for two periods, the comparison,
/// repeats while follow-ups were open, the latest incidents and two charts.
struct OverviewPageModel: MustacheParent {
    var periods: [Headline]
    var latest: [IncidentSummary]
    var charts: [ChartFigure]
    var repeatsWithOpenItems: [RepeatWithOpenItems]
    var comparison: ComparisonSummary?

    var hasRepeatsWithOpenItems: Bool { !repeatsWithOpenItems.isEmpty }

    /// The figures of one period ("Last 90 days", "All time").
    struct Headline: MustacheParent {
        var label: String
        var detail: String?
        var figures: [Figure]
        /// What the period shows instead of figures when it has no incidents.
        var emptyText: String?

        var hasFigures: Bool { !figures.isEmpty }

        func child(named name: String) -> Any? {
            switch name {
            case "label": label
            case "detail": detail
            case "figures": figures
            case "hasFigures": hasFigures
            case "emptyText": emptyText
            default: nil
            }
        }
    }

    /// One headline figure, linked to the page that shows its work.
    struct Figure: MustacheParent {
        var value: String
        var label: String
        var url: String
        var note: String?
        var tooFew = false

        func child(named name: String) -> Any? {
            switch name {
            case "value": value
            case "label": label
            case "url": url
            case "note": note
            case "tooFew": tooFew
            default: nil
            }
        }
    }

    struct RepeatWithOpenItems: MustacheParent {
        var title: String?
        var url: String
        var earlier: [IncidentLink]
        var earlierMore: MoreLink?
        var openCount: String
        var linkedBy: String?

        func child(named name: String) -> Any? {
            switch name {
            case "title": title
            case "url": url
            case "earlier": earlier
            case "earlierMore": earlierMore
            case "openCount": openCount
            case "linkedBy": linkedBy
            default: nil
            }
        }
    }

    func child(named name: String) -> Any? {
        switch name {
        case "periods": periods
        case "latest": latest
        case "charts": charts
        case "repeatsWithOpenItems": repeatsWithOpenItems
        case "hasRepeatsWithOpenItems": hasRepeatsWithOpenItems
        case "comparison": comparison
        default: nil
        }
    }
}

/// The default period comparison in words, with its verdict as a class (overview and trends).
struct ComparisonSummary: MustacheParent {
    var sentence: String
    var verdict: String
    var tooFew: String?
    var url: String

    func child(named name: String) -> Any? {
        switch name {
        case "sentence": sentence
        case "verdict": verdict
        case "tooFew": tooFew
        case "url": url
        default: nil
        }
    }
}
