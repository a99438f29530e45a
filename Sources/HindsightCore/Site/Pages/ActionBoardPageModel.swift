import Mustache

/// What `actions.mustache` draws: overdue items, open items by owner, the
/// follow-through table and the latest finished items.
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
    var total: Int
    var byOwner: [OwnerFigures]
    var byOwnerMore: MoreLink?

    var hasOverdue: Bool { !overdue.isEmpty }
    var hasOwners: Bool { !owners.isEmpty }

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
        var completion: String

        func child(named name: String) -> Any? {
            switch name {
            case "owner": owner
            case "total": total
            case "done": done
            case "open": open
            case "overdue": overdue
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
        case "total": total
        case "byOwner": byOwner
        case "byOwnerMore": byOwnerMore
        default: nil
        }
    }
}
