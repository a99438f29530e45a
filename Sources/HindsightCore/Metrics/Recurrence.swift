/// Whether incidents repeat earlier ones: a shared tag within the window,
/// or an explicit `Recurrence Of`.
///
/// Lists stay linear in the number of incidents however many share a tag:
/// each repeat names its nearest earlier incidents and counts the rest, and
/// each repeated incident keeps its nearest later repeats and a count.
public struct RecurrenceReport: Sendable {
    public var windowDays: Int
    /// Incidents that repeat at least one earlier incident, in date order.
    public var repeats: [Repeat]
    /// Incidents considered (dated, not excluded from metrics).
    public var consideredCount: Int
    /// Incidents left out of the rate, and why (undated, drills).
    public var excluded: [(incident: String, reason: ExclusionReason)]
    /// Incidents repeated later, by slug: the nearest later repeats and how many there are.
    public var repeatedBy: [String: NearestIncidents]
    /// repeats / incidents considered; nil when there are none.
    public var rate: Double? { consideredCount == 0 ? nil : Double(repeats.count) / Double(consideredCount) }

    /// At most this many incidents are named per repeat (and per repeated incident).
    public static let nearestNamed = 5
    /// At most this many open follow-ups are listed per repeat.
    public static let openItemsListed = 10

    public struct Repeat: Sendable, Hashable {
        public var incident: String
        public var date: Day
        /// The nearest earlier incidents it repeats (at most ``RecurrenceReport/nearestNamed``), oldest first.
        public var earlier: [String]
        /// How many earlier incidents it repeats, named or not.
        public var earlierCount: Int
        /// Tags it shares with those incidents.
        public var sharedTags: [String]
        /// Whether its `Recurrence Of` names an earlier incident (the other way a repeat is linked).
        public var isMarked = false
        /// Open follow-ups of the incidents in `earlier` (at most ``RecurrenceReport/openItemsListed``).
        public var openActionsAtTime: [TrackedActionItem]
        /// Open follow-ups of every earlier incident it repeats, listed or not.
        public var openActionsAtTimeCount: Int
    }

    /// Some incidents, nearest first in time, and how many there are in all.
    public struct NearestIncidents: Sendable, Hashable {
        public var nearest: [String] = []
        public var count = 0
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
        // Every incident is a rank in date order from here on: integers, not slugs, in the inner loop.
        let dated = RecurrenceReport.chronological(postMortems)
        consideredCount = dated.filter { !$0.isExcludedFromMetrics }.count
        excluded =
            postMortems.filter { $0.date == nil }.map { ($0.slug, ExclusionReason.undated) }
            + dated.filter(\.isExcludedFromMetrics).map {
                ($0.slug, $0.excludingTag.map(ExclusionReason.excludedByTag) ?? .excludedByAuthor)
            }
        let days = dated.map { $0.date?.ordinal ?? 0 }
        let openItemsByIncident = Dictionary(grouping: actionItems.filter(\.item.isOpen), by: \.incident)
        let openCounts = dated.map { openItemsByIncident[$0.slug]?.count ?? 0 }
        // A `Recurrence Of` value may name an incident by its slug or one of its aliases.
        // A slug wins over an alias; the first of two incidents with one name wins.
        var rankByName: [String: Int] = [:]
        for (rank, postMortem) in dated.enumerated() where rankByName[postMortem.slug] == nil { rankByName[postMortem.slug] = rank }
        for (rank, postMortem) in dated.enumerated() {
            for alias in postMortem.aliases.prefix(TooManyValuesRule.limit) where rankByName[alias] == nil { rankByName[alias] = rank }
        }

        var repeats: [Repeat] = []
        var ranksByTag: [String: [Int]] = [:]
        var seenBy = [Int](repeating: -1, count: dated.count)
        var later = [NearestIncidents](repeating: NearestIncidents(), count: dated.count)
        for (rank, incident) in dated.enumerated() where !incident.isExcludedFromMetrics {
            var match = Match()
            var shared: [String] = []
            func found(_ earlier: Int) {
                guard seenBy[earlier] != rank else { return }
                seenBy[earlier] = rank
                match.add(earlier, openItems: openCounts[earlier])
                later[earlier].count += 1
                if later[earlier].nearest.count < Self.nearestNamed { later[earlier].nearest.append(incident.slug) }
            }
            // Shared tags within the window, among the incidents considered: walk back
            // through each tag's earlier incidents while they are in the window.
            // `recurrence:` in hindsight.yml: which tags count, and whether a service must be shared too.
            for tag in filter.countedTags(of: incident) {
                let earlier = ranksByTag[tag] ?? []
                var sharesTag = false
                for position in earlier.indices.reversed() {
                    guard days[rank] - days[earlier[position]] <= windowDays else { break }
                    guard filter.allows(incident, after: dated[earlier[position]]) else { continue }
                    sharesTag = true
                    found(earlier[position])
                }
                if sharesTag { shared.append(tag) }
                ranksByTag[tag, default: []].append(rank)
            }
            // `Recurrence Of` always counts, whatever the tags, window or exclusion of the
            // incident named, as long as that incident came first.
            var marked = false
            for name in incident.recurrenceOf.prefix(TooManyValuesRule.limit) {
                guard let earlier = rankByName[name], earlier < rank else { continue }
                marked = true
                found(earlier)
            }
            guard match.count > 0, let date = incident.date else { continue }
            let earlier = match.nearest.reversed().map { dated[$0].slug }
            repeats.append(
                Repeat(
                    incident: incident.slug, date: date, earlier: earlier, earlierCount: match.count, sharedTags: shared.sorted(),
                    isMarked: marked,
                    openActionsAtTime: Array(earlier.lazy.flatMap { openItemsByIncident[$0] ?? [] }.prefix(Self.openItemsListed)),
                    openActionsAtTimeCount: match.openItems
                ))
        }
        self.repeats = repeats
        var repeatedBy: [String: NearestIncidents] = [:]
        for (rank, incidents) in later.enumerated() where incidents.count > 0 { repeatedBy[dated[rank].slug] = incidents }
        self.repeatedBy = repeatedBy
    }

    /// The earlier incidents one repeat matched: a count, and the nearest few by rank.
    struct Match {
        var count = 0
        var openItems = 0
        /// The highest ranks seen, highest first.
        var nearest: [Int] = []

        mutating func add(_ earlier: Int, openItems items: Int) {
            count += 1
            openItems += items
            guard nearest.count < RecurrenceReport.nearestNamed || earlier > nearest[nearest.count - 1] else { return }
            let position = nearest.firstIndex { $0 < earlier } ?? nearest.count
            nearest.insert(earlier, at: position)
            if nearest.count > RecurrenceReport.nearestNamed { nearest.removeLast() }
        }
    }
}
