/// How many follow-ups a team has finished, and what is late.
public struct ActionItemMetrics: Sendable, Hashable {
    public var total = 0
    public var done = 0
    /// Items that will not be done (`Won't fix`): counted in neither completion nor overdue.
    public var dropped = 0
    public var open: Int { total - done - dropped }
    /// Open items with a due date before the as-of date.
    public var overdue = 0
    /// Open items older than their severity's follow-up SLO, with or without a due date.
    public var pastSLO = 0
    /// done / (total − dropped); nil when there are no items but dropped ones.
    public var completionRate: Double? { total - dropped == 0 ? nil : Double(done) / Double(total - dropped) }

    public init() {}

    mutating func count(_ item: TrackedActionItem) {
        total += 1
        if item.item.isDone { done += 1 }
        if item.item.isDropped { dropped += 1 }
        if item.daysOverdue != nil { overdue += 1 }
        if item.isPastSLO { pastSLO += 1 }
    }

    init(_ items: [TrackedActionItem]) {
        for item in items { count(item) }
    }

    /// The figures of the items at `positions` of `items`: groups made of positions, not of copies.
    init(_ items: [TrackedActionItem], at positions: [Int]) {
        for position in positions { count(items[position]) }
    }
}

/// An action item with its incident and its state on the as-of date.
public struct TrackedActionItem: Sendable, Hashable {
    public var incident: String
    public var incidentTitle: String
    public var incidentDate: Day?
    public var severity: String?
    /// The item, read in place in its incident's list (shared with the post-mortem, not copied: a
    /// copy of each 384-byte `ActionItem` was most of the report's memory; docs/performance.md).
    public var item: ActionItem {
        _read { yield incidentItems[position] }
    }
    /// The incident's items, and this one's place among them.
    private let incidentItems: [ActionItem]
    private let position: Int
    /// Days past its due date, for open items due before the as-of date.
    public var daysOverdue: Int?
    /// Whether it is open and older than its severity's follow-up SLO.
    public var isPastSLO: Bool
    /// The date the SLO expects it done by.
    public var sloDeadline: Day?
    /// The explicit `ID:` when it can be an anchor: unique in its incident and not a number.
    public var anchorID: String?

    /// The item's anchor on its incident page: `action-<id>`, else `action-<n>`.
    public var anchor: String { "action-" + (anchorID ?? String(item.index)) }

    init(
        incident: String, incidentTitle: String, incidentDate: Day?, severity: String?, items: [ActionItem], position: Int,
        daysOverdue: Int?, isPastSLO: Bool, sloDeadline: Day?, anchorID: String?
    ) {
        self.incident = incident
        self.incidentTitle = incidentTitle
        self.incidentDate = incidentDate
        self.severity = severity
        incidentItems = items
        self.position = position
        self.daysOverdue = daysOverdue
        self.isPastSLO = isPastSLO
        self.sloDeadline = sloDeadline
        self.anchorID = anchorID
    }

    /// Equal when everything said of the item is, whichever list it is read from.
    public static func == (lhs: Self, rhs: Self) -> Bool {
        (lhs.incident, lhs.incidentTitle, lhs.incidentDate, lhs.severity) == (
            rhs.incident, rhs.incidentTitle, rhs.incidentDate, rhs.severity
        )
            && lhs.item == rhs.item
            && (lhs.daysOverdue, lhs.isPastSLO, lhs.sloDeadline, lhs.anchorID)
                == (rhs.daysOverdue, rhs.isPastSLO, rhs.sloDeadline, rhs.anchorID)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(incident)
        hasher.combine(item)
    }
}

/// Days allowed to finish follow-ups, by severity.
public struct FollowUpSLO: Sendable, Hashable {
    public var days: [String: Int]
    public var defaultDays: Int

    public init(days: [String: Int], defaultDays: Int) {
        self.days = days
        self.defaultDays = defaultDays
    }

    /// P0/P1 follow-ups within 30 days of the incident, the rest within 60.
    public static let `default` = FollowUpSLO(days: ["P0": 30, "P1": 30], defaultDays: 60)

    public func days(for severity: String?) -> Int {
        severity.flatMap { days[$0] } ?? defaultDays
    }
}

extension TrackedActionItem {
    static func track(_ postMortems: [PostMortem], asOf: Day, slo: FollowUpSLO) -> [TrackedActionItem] {
        // Made to its size: grown by appending, the list of every item would hold up to twice its room.
        var tracked: [TrackedActionItem] = []
        tracked.reserveCapacity(postMortems.reduce(0) { $0 + $1.actionItems.count })
        for postMortem in postMortems {
            let idCounts = Dictionary(postMortem.actionItems.compactMap(\.id).map { ($0, 1) }, uniquingKeysWith: +)
            for (position, item) in postMortem.actionItems.enumerated() {
                var daysOverdue: Int?
                if item.isOpen, let due = item.due, due < asOf { daysOverdue = due.days(until: asOf) }
                let deadline = postMortem.date.map { $0.adding(days: slo.days(for: postMortem.severity)) }
                tracked.append(
                    TrackedActionItem(
                        incident: postMortem.slug,
                        incidentTitle: postMortem.title?.value ?? postMortem.slug,
                        incidentDate: postMortem.date,
                        severity: postMortem.severity,
                        items: postMortem.actionItems, position: position,
                        daysOverdue: daysOverdue,
                        isPastSLO: item.isOpen && deadline.map { $0 < asOf } == true,
                        sloDeadline: deadline,
                        anchorID: item.id.flatMap { id in idCounts[id] == 1 && !id.allSatisfy(\.isASCIIDigit) ? id : nil }
                    ))
            }
        }
        return tracked
    }
}
