/// Every check Hindsight makes, by its stable id (documented in `docs/rules.md`).
public enum RuleID: String, Sendable, Hashable, CaseIterable, Codable {
    // Reading files
    case unreadableFile = "unreadable-file"
    case invalidEncoding = "invalid-encoding"
    case emptyFile = "empty-file"
    case fileTooLarge = "file-too-large"
    case linkOutsideInput = "link-outside-input"
    case controlCharacter = "control-character"
    // Names that become URLs
    case invalidName = "invalid-name"
    case markdownTooComplex = "markdown-too-complex"
    // Header
    case missingTitle = "missing-title"
    case missingField = "missing-field"
    case invalidDate = "invalid-date"
    case unknownSeverity = "unknown-severity"
    case tooManyValues = "too-many-values"
    case frontMatter = "front-matter"
    case conflictingField = "conflicting-field"
    // Structure
    case missingSection = "missing-section"
    case duplicateSection = "duplicate-section"
    case sectionOrder = "section-order"
    // Timeline
    case timelineEmpty = "timeline-empty"
    case timestampFormat = "timestamp-format"
    case timelineOrder = "timeline-order"
    case missingMilestone = "missing-milestone"
    case timelineUnreadable = "timeline-unreadable"
    case timelineSpan = "timeline-span"
    // Impact
    case impactField = "impact-field"
    case durationMismatch = "duration-mismatch"
    // Action items
    case noActionItems = "no-action-items"
    case actionOwner = "action-owner"
    case actionDue = "action-due"
    case actionStatus = "action-status"
    case dueBeforeIncident = "due-before-incident"
    case duplicateActionID = "duplicate-action-id"
    case actionsUnreadable = "actions-unreadable"
    case completionDate = "completion-date"
    // Content
    case placeholder
    case blamefulLanguage = "blameful-language"
    case shallowRootCause = "shallow-root-cause"
    // Across files
    case duplicateIncident = "duplicate-incident"
    case unknownReference = "unknown-reference"
    // Directives
    case unknownRule = "unknown-rule"
    // The learning framework
    case learningField = "learning-field"
    case learningLoop = "learning-loop"
    case postmortemDue = "postmortem-due"
    case incidentRegister = "incident-register"
    case unknownIncident = "unknown-incident"

    /// The level a finding gets unless configured otherwise.
    public var defaultSeverity: DiagnosticSeverity {
        switch self {
        case .sectionOrder, .missingMilestone, .impactField, .durationMismatch, .dueBeforeIncident,
            .blamefulLanguage, .shallowRootCause, .unknownReference, .unknownRule, .controlCharacter, .conflictingField,
            .learningLoop, .unknownIncident, .timelineSpan:
            return .warning
        default:
            return .error
        }
    }

    /// Whether `<!-- hindsight-disable … -->` can silence it (findings about
    /// reading the file happen before the file's directives are known).
    public var canBeDisabled: Bool {
        switch self {
        case .unreadableFile, .invalidEncoding, .emptyFile, .fileTooLarge, .linkOutsideInput, .markdownTooComplex, .unknownRule:
            return false
        default: return true
        }
    }

    /// One line saying what the rule checks.
    public var summary: String {
        switch self {
        case .unreadableFile: return "The file could not be read."
        case .invalidEncoding: return "The file is not UTF-8 text."
        case .emptyFile: return "The file has no content."
        case .fileTooLarge: return "The file is over the size limit and was not read."
        case .linkOutsideInput: return "A symbolic link points outside the input folder, so the file was not read."
        case .controlCharacter: return "The text holds an invisible control character or noncharacter."
        case .invalidName: return "A file name, alias, tag, service or action ID cannot be part of a URL."
        case .markdownTooComplex: return "The Markdown nests too deep or leaves too many brackets open, and was not parsed."
        case .missingTitle: return "No `Incident: …` title heading."
        case .missingField: return "A required field (Date, Severity) is missing."
        case .invalidDate: return "The Date is not a real date in a known format."
        case .unknownSeverity: return "The Severity is not on the scale (P0–P4, or the one hindsight.yml sets)."
        case .tooManyValues: return "A list field (Tags, Services, Aliases, Recurrence Of) has over 50 values."
        case .frontMatter: return "The YAML front matter (`---` … `---`) cannot be read."
        case .conflictingField: return "The front matter and a `**Field**:` line give a field different values."
        case .missingSection: return "A template section is missing."
        case .duplicateSection: return "A template section appears twice."
        case .sectionOrder: return "Template sections are out of the template's order."
        case .timelineEmpty: return "The Timeline has no timestamped entries."
        case .timestampFormat: return "A timeline entry's time cannot be read."
        case .timelineOrder: return "Timeline times go backwards, or a time of day read as the next day leaves a gap of over 12 hours."
        case .timelineUnreadable: return "A table under Timeline has no column of times or of events."
        case .timelineSpan: return "Times of day without a date roll over midnight to span over 7 days."
        case .missingMilestone: return "No *first detected* or *verified as stable* entry, so time to restore is unknown."
        case .impactField: return "An Impact field is missing or unreadable."
        case .durationMismatch: return "The stated Duration disagrees with the timeline."
        case .noActionItems: return "No action items."
        case .actionOwner: return "An action item has no owner."
        case .actionDue: return "An action item's due date is missing or invalid."
        case .actionStatus: return "An action item's `Status:` is not a status word (Done, Open, Won't do…)."
        case .dueBeforeIncident: return "An action item is due before the incident happened."
        case .duplicateActionID: return "Two action items share an explicit ID."
        case .actionsUnreadable: return "A table under Action Items has no column of actions."
        case .completionDate:
            return "An action item's completion date (`Done:`) is not a date, is before the incident or after today, or is on an open item."
        case .placeholder: return "A template placeholder was left in."
        case .blamefulLanguage: return "Wording that blames people rather than systems."
        case .shallowRootCause: return "The root cause analysis is too short to explain a systemic cause."
        case .duplicateIncident: return "Two files describe the same incident or share a slug."
        case .unknownReference: return "`Recurrence Of` names an incident that does not exist."
        case .unknownRule: return "A `hindsight-disable` comment names an unknown rule."
        case .learningField: return "A `Kind` or action `Type:` names no known kind or type."
        case .learningLoop:
            return "An incident lacks the lasting improvement its kind calls for (a production bug with no automated check…)."
        case .postmortemDue:
            return "The incident register lists an incident the policy requires a post-mortem for, and none has its Incident ID."
        case .incidentRegister: return "A row of the incident register cannot be read."
        case .unknownIncident: return "A post-mortem's `Incident ID` is not in the incident register."
        }
    }
}
