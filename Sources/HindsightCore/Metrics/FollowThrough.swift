/// What completion dates tell: how long follow-ups took to close, and how many
/// were open at the end of each month. Items that cannot be placed are listed
/// with the reason, never guessed at.
public struct FollowThroughReport: Sendable, Hashable {
    /// A done item with a usable completion date.
    public struct Closed: Sendable, Hashable {
        public var incident: String
        public var index: Int
        public var completed: Day
        /// Days from the incident's date to the completion date.
        public var days: Int
    }

    /// An item left out of a figure, and why.
    public struct LeftOut: Sendable, Hashable {
        public var incident: String
        public var index: Int
        public var reason: Reason
    }

    /// Why an item is left out; the raw value reads after a count (`3 done without a completion date`).
    public enum Reason: String, Sendable, Hashable, CaseIterable {
        case noCompletionDate = "done without a completion date"
        case droppedWithoutDate = "dropped without a completion date"
        case undatedIncident = "from an undated incident"
        case unreadableDate = "with a completion date that is not a date"
        case beforeIncident = "completed before their incident"
        case afterAsOf = "completed after the as-of date"
    }

    /// Items open at the end of a month (for the as-of month, on the as-of date).
    public struct Month: Sendable, Hashable {
        public var month: String
        public var open: Int
    }

    /// Done items with a completion date, oldest incident first.
    public var closed: [Closed] = []
    /// Done items whose time to close is unknown.
    public var notTimed: [LeftOut] = []
    /// Days to close of ``closed``.
    public var timeToClose: DurationStatistics
    /// Open items per month, from the first month with an item to the as-of month.
    public var burnDown: [Month] = []
    /// Items the burn-down cannot place: done or dropped without a usable completion date, or undated.
    public var burnDownLeftOut: [LeftOut] = []

    init(_ items: [TrackedActionItem], asOf: Day) {
        var spans: [(start: Day, end: Day?)] = []
        for tracked in items {
            let item = tracked.item
            func leftOut(_ reason: Reason) -> LeftOut { LeftOut(incident: tracked.incident, index: item.index, reason: reason) }
            guard let date = tracked.incidentDate else {
                if item.isDone { notTimed.append(leftOut(.undatedIncident)) }
                burnDownLeftOut.append(leftOut(.undatedIncident))
                continue
            }
            if item.isOpen {
                spans.append((date, nil))
                continue
            }
            let reason: Reason?
            switch item.completed {
            case nil: reason = item.completedText != nil ? .unreadableDate : item.isDone ? .noCompletionDate : .droppedWithoutDate
            case let day? where day < date: reason = .beforeIncident
            case let day? where asOf < day: reason = .afterAsOf
            default: reason = nil
            }
            guard let completed = item.completed, reason == nil else {
                if item.isDone, let reason { notTimed.append(leftOut(reason)) }
                if let reason { burnDownLeftOut.append(leftOut(reason)) }
                continue
            }
            spans.append((date, completed))
            if item.isDone {
                closed.append(
                    Closed(incident: tracked.incident, index: item.index, completed: completed, days: date.days(until: completed)))
            }
        }
        timeToClose = DurationStatistics(closed.map(\.days))
        burnDown = Self.openPerMonth(spans, asOf: asOf)
    }

    /// How many of `leftOut` each reason accounts for, for the reasons that occur.
    static func reasonCounts(_ leftOut: [LeftOut]) -> [(reason: Reason, count: Int)] {
        Reason.allCases.compactMap { reason in
            let count = leftOut.filter { $0.reason == reason }.count
            return count == 0 ? nil : (reason, count)
        }
    }

    /// The months from the earliest start to the as-of month, each with the spans open at its end:
    /// started on or before it, and closed after it (or not at all).
    static func openPerMonth(_ spans: [(start: Day, end: Day?)], asOf: Day) -> [Month] {
        func number(_ day: Day) -> Int { day.year * 12 + day.month - 1 }
        let last = number(asOf)
        guard let first = spans.map({ number($0.start) }).min(), first <= last else { return [] }
        // +1 from the month it starts, −1 from the first month whose end it is not open at.
        var changes = [Int](repeating: 0, count: last - first + 2)
        for span in spans where number(span.start) <= last {
            changes[number(span.start) - first] += 1
            if let end = span.end { changes[min(number(end), last + 1) - first] -= 1 }
        }
        var open = 0
        return (first...last).map { month in
            open += changes[month - first]
            return Month(month: Day.pad(month / 12, 4) + "-" + Day.pad(month % 12 + 1, 2), open: open)
        }
    }
}

extension FollowThroughReport {
    /// `median 12 days, p90 40 days (n = 9)`, marked `too few to judge` below ``GroupFigures/minimumToJudge``;
    /// `no done item has a usable completion date` when n is 0.
    public var timeToCloseText: String {
        guard timeToClose.count > 0 else { return "no done item has a usable completion date" }
        let tooFew = timeToClose.count < GroupFigures.minimumToJudge ? ", too few to judge" : ""
        return "median \(Format.days(timeToClose.median)), p90 \(Format.days(timeToClose.p90)) (n = \(timeToClose.count)\(tooFew))"
    }

    /// `30 done without a completion date, 1 from an undated incident`, or nil when none is left out.
    static func leftOutText(_ leftOut: [LeftOut]) -> String? {
        let counts = reasonCounts(leftOut)
        return counts.isEmpty ? nil : counts.map { "\($0.count) \($0.reason.rawValue)" }.joined(separator: ", ")
    }
}
