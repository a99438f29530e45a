/// The learning framework's figures: what kinds of failure happened, what
/// lasting improvements they left, whether every incident owed a post-mortem
/// got one, and how complete the post-mortems are (docs/learning.md).
public struct LearningReport: Sendable {
    /// One measured incident as the framework sees it.
    public struct Incident: Sendable {
        public var slug: String
        public var date: Day?
        /// Nil when its `Kind` names no kind (`learning-field`).
        public var kind: Classified<IncidentKind>?
        /// Each action item's type, in order (nil where its `Type:` names no type).
        public var types: [Classified<ActionType>?]
        public var completeness: CompletenessScore

        /// Whether one of its action items is of `type`.
        public func left(_ type: ActionType) -> Bool { types.contains { $0?.value == type } }
        /// Whether its kind asks for a lasting improvement it did not leave.
        public var missesLoop: Bool { kind?.value.expectedResponse.map { !left($0) } ?? false }
    }

    /// A kind's incidents and those that left the improvement the framework asks of it.
    public struct Loop: Sendable {
        public var kind: IncidentKind
        public var response: ActionType
        public var incidents: [String]
        public var closed: [String]
        public var rate: Double? { incidents.isEmpty ? nil : Double(closed.count) / Double(incidents.count) }
    }

    /// One calendar quarter's incidents and what they left behind.
    public struct Quarter: Sendable {
        public var key: String
        public var incidents: [String]
        /// Incidents that left at least one item of each type.
        public var leaving: [ActionType: Int]
        public var completeness: DurationStatistics
    }

    /// An incident of the register the policy requires a post-mortem for.
    public struct Required: Sendable {
        public var record: IncidentRecord
        public var reasons: [String]
        /// Post-mortems with its Incident ID (empty: missing).
        public var postMortems: [String]
    }

    /// Post-mortem coverage against the register.
    public struct Coverage: Sendable {
        public var registerPath: String
        public var registered: Int
        public var required: [Required]
        public var written: Int { required.filter { !$0.postMortems.isEmpty }.count }
        public var missing: [Required] { required.filter(\.postMortems.isEmpty) }
        public var rate: Double? { required.isEmpty ? nil : Double(written) / Double(required.count) }
        /// Incident IDs written in post-mortems that the register lacks.
        public var unknownIDs: [(slug: String, id: String)]
    }

    /// Measured incidents (those left out of the figures excluded), oldest first.
    public var incidents: [Incident]
    public var loops: [Loop]
    public var quarters: [Quarter]
    public var coverage: Coverage?

    public init(_ report: MetricsReport) {
        let options = report.options
        let inference = options.learning
        let measured = report.incidents.filter { !$0.isExcludedFromMetrics }
        incidents = measured.map { postMortem in
            Incident(
                slug: postMortem.slug, date: postMortem.date, kind: inference.kind(of: postMortem),
                types: postMortem.actionItems.map(inference.type(of:)),
                completeness: CompletenessScore(postMortem, minimumRootCauseWords: options.minimumRootCauseWords))
        }
        loops = IncidentKind.allCases.compactMap { [incidents] kind in
            guard let response = kind.expectedResponse else { return nil }
            let ofKind = incidents.filter { $0.kind?.value == kind }
            return Loop(
                kind: kind, response: response, incidents: ofKind.map(\.slug), closed: ofKind.filter { $0.left(response) }.map(\.slug))
        }
        let dated = Dictionary(grouping: incidents.filter { $0.date != nil }) { $0.date?.quarterKey ?? "" }
        quarters = dated.keys.sorted().map { key in
            let members = dated[key] ?? []
            var leaving: [ActionType: Int] = [:]
            for type in ActionType.allCases { leaving[type] = members.filter { $0.left(type) }.count }
            return Quarter(
                key: key, incidents: members.map(\.slug), leaving: leaving,
                completeness: DurationStatistics(members.map(\.completeness.total)))
        }
        coverage = options.register.map { register in
            Self.coverage(of: register, postMortems: report.incidents, policy: inference.policy, since: options.since, until: options.until)
        }
    }

    static func coverage(
        of register: IncidentRegister, postMortems: [PostMortem], policy: PostMortemPolicy, since: Day?, until: Day?
    ) -> Coverage {
        var slugsByID: [String: [String]] = [:]
        var unknown: [(slug: String, id: String)] = []
        let known = Set(register.records.map(\.id))
        for postMortem in postMortems {
            for id in postMortem.incidentIDs {
                slugsByID[id.value, default: []].append(postMortem.slug)
                if !known.contains(id.value) { unknown.append((postMortem.slug, id.value)) }
            }
        }
        let inPeriod = register.records.filter { record in
            guard since != nil || until != nil else { return true }
            guard let date = record.date else { return false }
            return (since.map { date >= $0 } ?? true) && (until.map { date <= $0 } ?? true)
        }
        let required = inPeriod.filter(\.isValid).compactMap { record -> Required? in
            let reasons = policy.reasons(for: record)
            return reasons.isEmpty ? nil : Required(record: record, reasons: reasons, postMortems: slugsByID[record.id] ?? [])
        }
        return Coverage(registerPath: register.path, registered: inPeriod.count, required: required, unknownIDs: unknown)
    }

    /// Incidents whose kind asks for an improvement they did not leave.
    public var missingLoops: [Incident] { incidents.filter(\.missesLoop) }

    /// Incidents of each kind (nil: a `Kind` naming no kind), and how many of them were inferred.
    public var byKind: [(kind: IncidentKind, count: Int, inferred: Int)] {
        IncidentKind.allCases.map { kind in
            let ofKind = incidents.filter { $0.kind?.value == kind }
            return (kind, ofKind.count, ofKind.filter { $0.kind?.isInferred ?? false }.count)
        }
    }

    /// Action items of each type, and how many of them were inferred.
    public var byType: [(type: ActionType, count: Int, inferred: Int)] {
        let all = incidents.flatMap(\.types).compactMap { $0 }
        return ActionType.allCases.map { type in
            let ofType = all.filter { $0.value == type }
            return (type, ofType.count, ofType.filter(\.isInferred).count)
        }
    }

    /// The completeness scores' spread.
    public var completeness: DurationStatistics { DurationStatistics(incidents.map(\.completeness.total)) }

    /// Score bands for the distribution, lowest first.
    public static let bands: [(label: String, range: ClosedRange<Int>)] = [
        ("0-49", 0...49), ("50-74", 50...74), ("75-89", 75...89), ("90-100", 90...100),
    ]
}
