import Mustache

/// What `actions.mustache` draws: overdue items, open items by owner, the
/// follow-through tables by owner and team, time to close with the burn-down,
/// and the latest finished items.
struct ActionBoardPageModel: MustacheParent {
    var overdue: [ActionItemRow]
    var overdueMore: MoreLink?
    var overdueCount: Int
    var owners: [OwnerItems]
    var ownersMore: MoreLink?
    var openCount: Int
    var done: [ActionItemRow]
    var doneCount: Int
    var doneShown: Int
    /// "12 older finished items", when the board leaves some out.
    var doneHidden: String?
    var completion: String
    var pastSLO: Int
    /// `12 follow-ups`, with `doneVerb` (`are`, or `is` for one) after it.
    var totalText: String
    var doneVerb: String
    /// The follow-up SLO's days for each severity of the scale, then for any other.
    var sloLevels: [SLOLevel]
    var sloDefaultDays: String
    var byOwner: [OwnerFigures]
    var byOwnerMore: MoreLink?
    /// The same figures per team (an owner written `@org/team`), the first
    /// `PageLimits.teams` of them, then for owners with no team (never left out).
    var byTeam: [OwnerFigures]
    /// The teams past the limit, counted and linked to `metrics.json`.
    var byTeamMore: MoreLink?
    /// Whether any owner is written as a team handle.
    var hasTeams: Bool
    /// `median 12 days, p90 40 days (n = 9)`.
    var timeToClose: String
    /// `30 done without a completion date`, when done items cannot be timed.
    var timeToCloseLeftOut: String?
    /// Open items per month.
    var burnDown: ChartFigure

    var hasOverdue: Bool { !overdue.isEmpty }
    var hasOwners: Bool { !owners.isEmpty }

    /// `P1: 30 days` in the definition of the follow-up SLO.
    struct SLOLevel: MustacheParent {
        var severity: String
        var days: String
        var separator: String?

        func child(named name: String) -> Any? {
            switch name {
            case "severity": severity
            case "days": days
            case "separator": separator
            default: nil
            }
        }
    }

    /// One owner's open items, most overdue first.
    struct OwnerItems: MustacheParent {
        var owner: String
        var count: String
        var overdue: Int
        var items: [ActionItemRow]
        var itemsMore: MoreLink?

        func child(named name: String) -> Any? {
            switch name {
            case "owner": owner
            case "count": count
            case "overdue": overdue
            case "items": items
            case "itemsMore": itemsMore
            default: nil
            }
        }
    }

    /// A row of the follow-through table.
    struct OwnerFigures: MustacheParent {
        var owner: String
        var total: Int
        var done: Int
        var open: Int
        var overdue: Int
        var dropped: Int
        var completion: String

        func child(named name: String) -> Any? {
            switch name {
            case "owner": owner
            case "total": total
            case "done": done
            case "open": open
            case "overdue": overdue
            case "dropped": dropped
            case "completion": completion
            default: nil
            }
        }
    }

    func child(named name: String) -> Any? {
        switch name {
        case "overdue": overdue
        case "hasOverdue": hasOverdue
        case "overdueMore": overdueMore
        case "overdueCount": overdueCount
        case "owners": owners
        case "hasOwners": hasOwners
        case "ownersMore": ownersMore
        case "openCount": openCount
        case "done": done
        case "doneCount": doneCount
        case "doneShown": doneShown
        case "doneHidden": doneHidden
        case "completion": completion
        case "pastSLO": pastSLO
        case "totalText": totalText
        case "doneVerb": doneVerb
        case "sloLevels": sloLevels
        case "sloDefaultDays": sloDefaultDays
        case "byOwner": byOwner
        case "byOwnerMore": byOwnerMore
        case "byTeam": byTeam
        case "byTeamMore": byTeamMore
        case "hasTeams": hasTeams
        case "timeToClose": timeToClose
        case "timeToCloseLeftOut": timeToCloseLeftOut
        case "burnDown": burnDown
        default: nil
        }
    }
}
