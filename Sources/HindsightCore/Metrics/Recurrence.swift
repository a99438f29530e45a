/// Whether incidents repeat earlier ones: a shared tag within the window,
/// or an explicit `Recurrence Of`.
public struct RecurrenceReport: Sendable, Hashable {
    public var windowDays: Int
    /// Incidents that repeat at least one earlier incident, in date order.
    public var repeats: [Repeat]
    /// Incidents considered (dated, not excluded from metrics).
    public var consideredCount: Int
    /// repeats / incidents considered; nil when there are none.
    public var rate: Double? { consideredCount == 0 ? nil : Double(repeats.count) / Double(consideredCount) }

    public struct Repeat: Sendable, Hashable {
        public var incident: String
        public var date: Day
        /// The earlier incidents it repeats, oldest first.
        public var earlier: [String]
        /// Tags it shares with those incidents.
        public var sharedTags: [String]
        /// Follow-ups of the earlier incidents still open when it happened.
        public var openActionsAtTime: [TrackedActionItem]
    }

    /// Chronological order: date, then the time *first detected*, then slug.
    static func chronological(_ postMortems: [PostMortem]) -> [PostMortem] {
        postMortems.filter { $0.date != nil }.sorted { a, b in
            if a.date! != b.date! { return a.date! < b.date! }
            let (x, y) = (a.entry(for: .detected)?.minute ?? Int.max, b.entry(for: .detected)?.minute ?? Int.max)
            if x != y { return x < y }
            return a.slug < b.slug
        }
    }

    init(_ postMortems: [PostMortem], windowDays: Int, actionItems: [TrackedActionItem]) {
        self.windowDays = windowDays
        let ordered = RecurrenceReport.chronological(postMortems.filter { !$0.isExcludedFromMetrics })
        consideredCount = ordered.count
        let openItemsByIncident = Dictionary(grouping: actionItems.filter { !$0.item.isDone }, by: \.incident)
        var repeats: [Repeat] = []
        for (index, incident) in ordered.enumerated() {
            let date = incident.date!
            let tags = Set(incident.tags)
            var earlier: [String] = []
            var shared = Set<String>()
            // Only earlier incidents: a `Recurrence Of` naming a later one is ignored.
            for candidate in ordered[..<index] {
                let common = tags.intersection(candidate.tags)
                let explicit = incident.recurrenceOf.contains(candidate.slug)
                    || !Set(incident.recurrenceOf).isDisjoint(with: candidate.aliases)
                guard explicit || (!common.isEmpty && candidate.date!.days(until: date) <= windowDays) else { continue }
                earlier.append(candidate.slug)
                shared.formUnion(common)
            }
            guard !earlier.isEmpty else { continue }
            repeats.append(Repeat(
                incident: incident.slug, date: date, earlier: earlier, sharedTags: shared.sorted(),
                openActionsAtTime: earlier.flatMap { openItemsByIncident[$0] ?? [] }
            ))
        }
        self.repeats = repeats
    }
}
