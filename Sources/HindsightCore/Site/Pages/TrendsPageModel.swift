import Mustache

/// What `trends.mustache` draws: the period comparisons, time to restore,
/// volume, follow-through and recurrence.
struct TrendsPageModel: MustacheParent {
    var comparison: ComparisonSummary?
    var comparisons: [ComparisonRow]
    var minimumToJudge: Int
    var resamples: Int
    var restoreStats: [RestoreStatistics]
    var excluded: [ExcludedIncident]
    var excludedMore: MoreLink?
    var restoreCharts: [ChartFigure]
    var volumeCharts: [ChartFigure]
    var actionCharts: [ChartFigure]
    var recurrenceCharts: [ChartFigure]
    /// `90 days`.
    var windowDays: String
    /// `3 incidents`, `1 incident`.
    var repeatCount: String
    var repeatRate: String
    var recurringTags: [RecurringTag]
    var repeatsShown: Int
    var repeatsMore: MoreLink?
    var repeats: [Repeat]
    /// Where the time goes: the phases between milestones.
    var phases: TrendsPhasesModel? = nil

    var hasExcluded: Bool { !excluded.isEmpty }
    var hasRecurringTags: Bool { !recurringTags.isEmpty }
    var hasRepeats: Bool { !repeats.isEmpty }

    /// A row of the comparison table: recent period against the one before.
    struct ComparisonRow: MustacheParent {
        var lead: String
        var verdict: String
        var current: String
        var previous: String
        var interval: String

        func child(named name: String) -> Any? {
            switch name {
            case "lead": lead
            case "verdict": verdict
            case "current": current
            case "previous": previous
            case "interval": interval
            default: nil
            }
        }
    }

    /// A row of the duration table (time to restore, to root cause, …).
    struct RestoreStatistics: MustacheParent {
        var label: String
        var count: Int
        var median: String
        var p90: String
        var mean: String
        var min: String
        var max: String
        var tooFew: Bool

        func child(named name: String) -> Any? {
            switch name {
            case "label": label
            case "count": count
            case "median": median
            case "p90": p90
            case "mean": mean
            case "min": min
            case "max": max
            case "tooFew": tooFew
            default: nil
            }
        }
    }

    /// An incident left out of time to restore, and why.
    struct ExcludedIncident: MustacheParent {
        var title: String?
        var url: String
        var reason: String

        func child(named name: String) -> Any? {
            switch name {
            case "title": title
            case "url": url
            case "reason": reason
            default: nil
            }
        }
    }

    struct RecurringTag: MustacheParent {
        var tag: String
        var url: String
        var repeatsText: String

        func child(named name: String) -> Any? {
            switch name {
            case "tag": tag
            case "url": url
            case "repeatsText": repeatsText
            default: nil
            }
        }
    }

    /// A repeat, what it repeats, and the follow-ups still open when it happened.
    struct Repeat: MustacheParent {
        var title: String?
        var url: String
        var dateText: String
        var linkedBy: String?
        var earlier: [IncidentLink]
        var earlierMore: MoreLink?
        var openItems: [ActionItemRow]
        var openItemsMore: MoreLink?

        var hasOpenItems: Bool { !openItems.isEmpty }

        func child(named name: String) -> Any? {
            switch name {
            case "title": title
            case "url": url
            case "dateText": dateText
            case "linkedBy": linkedBy
            case "earlier": earlier
            case "earlierMore": earlierMore
            case "openItems": openItems
            case "hasOpenItems": hasOpenItems
            case "openItemsMore": openItemsMore
            default: nil
            }
        }
    }

    func child(named name: String) -> Any? {
        switch name {
        case "comparison": comparison
        case "comparisons": comparisons
        case "minimumToJudge": minimumToJudge
        case "resamples": resamples
        case "restoreStats": restoreStats
        case "excluded": excluded
        case "hasExcluded": hasExcluded
        case "excludedMore": excludedMore
        case "restoreCharts": restoreCharts
        case "volumeCharts": volumeCharts
        case "actionCharts": actionCharts
        case "recurrenceCharts": recurrenceCharts
        case "windowDays": windowDays
        case "repeatCount": repeatCount
        case "repeatRate": repeatRate
        case "recurringTags": recurringTags
        case "hasRecurringTags": hasRecurringTags
        case "repeatsShown": repeatsShown
        case "repeatsMore": repeatsMore
        case "repeats": repeats
        case "hasRepeats": hasRepeats
        case "phases": phases
        default: nil
        }
    }
}
