/// Everything a team can set in `hindsight.yml`, as plain values. The defaults
/// are Hindsight's behaviour with no file.
public struct Configuration: Sendable, Hashable {
    public var site = Site()
    public var input = Input()
    public var severity = SeverityScale.default
    public var milestones = MilestonePhrases.default
    public var recurrence = Recurrence()
    public var followUp = FollowUpSLO.default
    public var rules = Rules()
    public var metrics = Metrics()
    /// The incident register file (`--incidents`): post-mortem coverage is checked against it.
    public var incidents: String?
    /// The register `incidents` names, as ``readRegister()`` last read it
    /// (once, when the configuration is loaded); nil without one.
    public var register: IncidentRegister?
    /// `learning:` the post-mortem policy and the inference phrases.
    public var learning = LearningSettings()
    /// `fix:` the canonical form `hindsight fix` writes.
    public var fix = Fix()

    public init() {}

    /// `site:` what the built site says about itself.
    public struct Site: Sendable, Hashable {
        public var title = "Incident reviews"
        /// Absolute URL the site is served from.
        public var baseURL: String?
        /// An "edit this report" link on each incident page, `{path}` standing for the file's path.
        public var editURL: String?
    }

    /// `input:` where post-mortems are and how to read them.
    public struct Input: Sendable, Hashable {
        /// Folders (or files) read when a command names none.
        public var paths = ["postmortems"]
        /// The timezone of reports that do not give one.
        public var timezone: String?
    }

    /// `recurrence:` what makes an incident a repeat of an earlier one.
    public struct Recurrence: Sendable, Hashable {
        public var windowDays = 90
        /// Which shared tags count: only these (`tags:`), or all but these (`ignoreTags:`).
        public var filter = RecurrenceFilter()
    }

    /// `rules:` the checks' levels and word lists.
    public struct Rules: Sendable, Hashable {
        /// Levels that differ from each rule's default.
        public var levels: [RuleID: RuleLevel] = [:]
        /// Phrases added to and removed from the blameful-language list.
        public var blamefulPhrasesAdded: [String] = []
        public var blamefulPhrasesRemoved: [String] = []
        /// Fewer words than this make a root cause analysis shallow.
        public var shallowRootCauseWords = ShallowRootCauseRule.defaultMinimumWords
    }

    /// `metrics:` what the figures count.
    public struct Metrics: Sendable, Hashable {
        /// Incidents with any of these tags are left out of the figures, like `**Exclude From Metrics**: yes`.
        public var excludeTags: [String] = []
    }
}

/// What a rule's findings are reported as, or `off`.
public enum RuleLevel: String, Sendable, Hashable, CaseIterable {
    case off, warning, error
}

extension Configuration {
    /// What the parse stage reads.
    public var parsing: ParseSettings {
        ParseSettings(severityScale: severity, milestones: milestones, defaultTimezone: input.timezone)
    }

    /// What the rules read.
    public var validation: ValidationContext {
        var context = ValidationContext(severityScale: severity)
        context.ruleLevels = rules.levels
        context.milestones = milestones
        context.blamefulPhrases = BlamefulLanguageRule.phrases(adding: rules.blamefulPhrasesAdded, removing: rules.blamefulPhrasesRemoved)
        context.shallowRootCauseWords = rules.shallowRootCauseWords
        context.learning = LearningInference(learning)
        context.register = register
        return context
    }

    /// What the measure stage reads, for one as-of date and period.
    public func metricsOptions(asOf: Day, since: Day? = nil, until: Day? = nil) -> MetricsOptions {
        var options = MetricsOptions(
            asOf: asOf, recurrenceWindowDays: recurrence.windowDays, since: since, until: until, slo: followUp,
            severityScale: severity)
        options.recurrenceFilter = recurrence.filter
        options.excludedTags = metrics.excludeTags
        options.learning = LearningInference(learning)
        options.register = register
        options.minimumRootCauseWords = rules.shallowRootCauseWords
        return options
    }

    /// Reads the incident register `incidents` names into ``register`` (nil
    /// without one): done once when the configuration is loaded, so the
    /// checks, the figures and the report's source lines share one reading.
    public mutating func readRegister() {
        register = incidents.map { IncidentRegister.load(path: $0, severityScale: severity) }
    }

    /// What the site build reads.
    public func siteOptions(asOf: Day, includeDrafts: Bool = false) -> SiteOptions {
        var options = SiteOptions(
            title: site.title, metrics: metricsOptions(asOf: asOf), baseURL: site.baseURL, includeDrafts: includeDrafts)
        options.editURL = site.editURL
        return options
    }
}
