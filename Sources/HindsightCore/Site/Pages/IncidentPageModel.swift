import Mustache

/// What `incident.mustache` draws: the incident's summary (all its chips), its
/// report section by section, and how it links to other incidents.
struct IncidentPageModel: MustacheParent {
    var summary: IncidentSummary
    /// The whole title (cards elsewhere cut it).
    var title: String
    var timezone: String?
    var editURL: String?
    /// `Last changed 12 Mar 2026 in abc1234`, from git (see ``FileHistory``).
    var lastChanged: String?
    var ttrRootCause: String
    var ttm: String
    var preambleHTML: String?
    var sections: [Section]
    var timelineChart: String?
    var related: [IncidentSummary]
    var repeatOf: [IncidentLink]
    var repeatLinkedBy: String?
    var repeatOfMore: MoreLink?
    var repeatedBy: [IncidentLink]
    var repeatedByMore: MoreLink?
    var diagnostics: [DiagnosticRow]
    var diagnosticsMore: MoreLink?
    var extraFields: [ExtraField]
    var learning: IncidentLearningFacts
    /// Where the time went: the header's phase bar.
    var phases: IncidentPhasesModel? = nil

    var hasRepeatOf: Bool { !repeatOf.isEmpty }
    var hasRepeatedBy: Bool { !repeatedBy.isEmpty }
    var hasRelated: Bool { !related.isEmpty }
    var hasDiagnostics: Bool { !diagnostics.isEmpty }
    var hasExtraFields: Bool { !extraFields.isEmpty }

    /// One `###` section of the report; the first timeline and action-item sections carry their entries.
    struct Section: MustacheParent {
        var anchor: String
        var heading: String?
        var bodyHTML: String?
        var timeline: [TimelineEntry] = []
        var actions: [ActionItemRow] = []

        var hasTimeline: Bool { !timeline.isEmpty }
        var hasActions: Bool { !actions.isEmpty }

        func child(named name: String) -> Any? {
            switch name {
            case "anchor": anchor
            case "heading": heading
            case "bodyHTML": bodyHTML
            case "timeline": timeline
            case "hasTimeline": hasTimeline
            case "actions": actions
            case "hasActions": hasActions
            default: nil
            }
        }
    }

    struct TimelineEntry: MustacheParent {
        var index: Int
        var time: String?
        /// `+1d` past the incident's first day.
        var dayOffset: String?
        /// `+7m` from first detection.
        var sinceDetection: String?
        /// The entry's text as HTML: its code, emphasis and links kept, everything escaped (see ``InlineHTML``).
        var textHTML: String?
        var milestones: [StyledLabel]

        var isMilestone: Bool { !milestones.isEmpty }

        func child(named name: String) -> Any? {
            switch name {
            case "index": index
            case "time": time
            case "dayOffset": dayOffset
            case "sinceDetection": sinceDetection
            case "textHTML": textHTML
            case "milestones": milestones
            case "isMilestone": isMilestone
            default: nil
            }
        }
    }

    struct DiagnosticRow: MustacheParent {
        var line: Int
        var column: Int
        var severity: String
        var rule: String
        /// The rule's section of the rules page.
        var ruleURL: String
        /// The message, escaped, with its `` `code` `` spans as `<code>`.
        var messageHTML: String?

        func child(named name: String) -> Any? {
            switch name {
            case "line": line
            case "column": column
            case "severity": severity
            case "rule": rule
            case "ruleURL": ruleURL
            case "messageHTML": messageHTML
            default: nil
            }
        }
    }

    /// A header field the page does not show elsewhere (`**Incident Commander**: Ana`).
    struct ExtraField: MustacheParent {
        var name: String?
        var value: String?

        func child(named name: String) -> Any? {
            switch name {
            case "name": self.name
            case "value": value
            default: nil
            }
        }
    }

    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "timezone": timezone
        case "editURL": editURL
        case "lastChanged": lastChanged
        case "ttrRootCause": ttrRootCause
        case "ttm": ttm
        case "preambleHTML": preambleHTML
        case "sections": sections
        case "timelineChart": timelineChart
        case "related": related
        case "hasRelated": hasRelated
        case "repeatOf": repeatOf
        case "hasRepeatOf": hasRepeatOf
        case "repeatLinkedBy": repeatLinkedBy
        case "repeatOfMore": repeatOfMore
        case "repeatedBy": repeatedBy
        case "hasRepeatedBy": hasRepeatedBy
        case "repeatedByMore": repeatedByMore
        case "diagnostics": diagnostics
        case "hasDiagnostics": hasDiagnostics
        case "diagnosticsMore": diagnosticsMore
        case "extraFields": extraFields
        case "hasExtraFields": hasExtraFields
        case "phases": phases
        default: learning.child(named: name) ?? summary.child(named: name)
        }
    }
}
