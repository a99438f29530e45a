/// Whether incidents repeat earlier ones: a shared tag within the window,
/// or an explicit `Recurrence Of`.
public struct RecurrenceReport: Sendable {
    public var windowDays: Int
    /// Incidents that repeat at least one earlier incident, in date order.
    public var repeats: [Repeat]
    /// Incidents considered (dated, not excluded from metrics).
    public var consideredCount: Int
    /// Incidents left out of the rate, and why (undated, drills).
    public var excluded: [(incident: String, reason: ExclusionReason)]
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
        // Sort small keys, not the large post-mortem values themselves.
        let keys = postMortems.indices.compactMap { index -> (date: Int, detected: Int, slug: String, index: Int)? in
            guard let date = postMortems[index].date else { return nil }
            return (date.ordinal, postMortems[index].entry(for: .detected)?.minute ?? Int.max, postMortems[index].slug, index)
        }
        return keys.sorted { ($0.date, $0.detected, $0.slug) < ($1.date, $1.detected, $1.slug) }.map { postMortems[$0.index] }
    }

    init(_ postMortems: [PostMortem], windowDays: Int, actionItems: [TrackedActionItem], filter: RecurrenceFilter = RecurrenceFilter()) {
        self.windowDays = windowDays
        let dated = RecurrenceReport.chronological(postMortems)
        let ordered = dated.filter { !$0.isExcludedFromMetrics }
        consideredCount = ordered.count
        excluded =
            postMortems.filter { $0.date == nil }.map { ($0.slug, ExclusionReason.undated) }
            + dated.filter(\.isExcludedFromMetrics).map {
                ($0.slug, $0.excludingTag.map(ExclusionReason.excludedByTag) ?? .excludedByAuthor)
            }
        let rank = Dictionary(dated.enumerated().map { ($1.slug, $0) }, uniquingKeysWith: { first, _ in first })
        let openItemsByIncident = Dictionary(grouping: actionItems.filter { !$0.item.isDone }, by: \.incident)
        var repeats: [Repeat] = []
        var positionsByTag: [String: [Int]] = [:]
        // A `Recurrence Of` value may name an incident by its slug or one of its aliases.
        var slugByName: [String: String] = [:]
        for postMortem in dated {
            for alias in postMortem.aliases where slugByName[alias] == nil { slugByName[alias] = postMortem.slug }
        }
        for postMortem in dated { slugByName[postMortem.slug] = postMortem.slug }
        for (index, incident) in ordered.enumerated() {
            let date = incident.date!
            let tags = filter.countedTags(of: incident)
            var earlier: [String] = []
            var shared = Set<String>()
            // Shared tags within the window, among the incidents considered: walk
            // back through each tag's earlier incidents while they are in the window.
            var matched = Set<Int>()
            for tag in tags {
                for position in (positionsByTag[tag] ?? []).reversed() {
                    guard ordered[position].date!.days(until: date) <= windowDays else { break }
                    guard filter.allows(incident, after: ordered[position]) else { continue }
                    matched.insert(position)
                    shared.insert(tag)
                }
            }
            earlier = matched.sorted().map { ordered[$0].slug }
            for tag in tags { positionsByTag[tag, default: []].append(index) }
            // `Recurrence Of` always counts, whatever the tags, window or exclusion of the
            // incident named, as long as that incident came first.
            for name in incident.recurrenceOf {
                guard let slug = slugByName[name], !earlier.contains(slug),
                    rank[slug, default: Int.max] < rank[incident.slug, default: Int.min]
                else { continue }
                earlier.append(slug)
            }
            earlier.sort { rank[$0, default: 0] < rank[$1, default: 0] }
            guard !earlier.isEmpty else { continue }
            repeats.append(
                Repeat(
                    incident: incident.slug, date: date, earlier: earlier, sharedTags: shared.sorted(),
                    openActionsAtTime: earlier.flatMap { openItemsByIncident[$0] ?? [] }
                ))
        }
        self.repeats = repeats
    }
}
