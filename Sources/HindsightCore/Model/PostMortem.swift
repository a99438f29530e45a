/// One post-mortem as Hindsight understands it: every value typed, every
/// value with the place it was written.
public struct PostMortem: Sendable, Hashable {
    /// The file name without `.md`: the incident's stable identity and URL.
    public var slug: String
    /// The path the file was read from, as shown in diagnostics.
    public var path: String
    /// The path below the input folder it was found in (see ``InputFile/relativePath``).
    public var relativePath: String
    /// The front matter's `title`, else the text after `Incident:` in the title heading.
    public var title: Located<String>?
    /// The title heading's text, when the front matter's `title` is the title.
    public var headingTitle: Located<String>?
    /// The YAML block the file starts with, if any.
    public var frontMatter: FrontMatter?
    /// The front matter's keys, then every `**Field**: value` line before the first section, in file order.
    public var fields: [MetadataField] = []
    /// The normalised incident date (from the `Date` field).
    public var date: Day?
    /// The normalised severity (`P0`…), when the field names a known level.
    public var severity: String?
    public var services: [String] = []
    public var tags: [String] = []
    /// cmark's HTML of what precedes the first section (title and fields
    /// excluded), when parsed for the site.
    public var preambleHTML: String = ""
    /// Sections in file order, known and unknown.
    public var sections: [Section] = []
    public var timeline: [TimelineEntry] = []
    public var impact = Impact()
    public var lessons: [Located<String>] = []
    public var actionItems: [ActionItem] = []
    /// The Root Cause Analysis section as plain text. Once the file is checked, the load stage
    /// keeps its location and ``rootCauseWords``, not its text (``withoutRuleDetail``).
    public var rootCause: Located<String>?
    /// Words of ``rootCause`` as `shallow-root-cause` counts them (none while it holds a
    /// placeholder), when counted: all that the figures read of it after the load stage.
    public var rootCauseWords: Int?
    /// Lines of prose (paragraphs, headings, list items), for text rules.
    public var proseLines: [ProseLine] = []
    /// Rules silenced in this file with `<!-- hindsight-disable rule-id -->`.
    public var disabledRules: [Located<String>] = []
    /// Control characters and noncharacters the reader replaced (see ``InvisibleCharacter``).
    public var invisibleCharacters: [InvisibleCharacter] = []
    /// The zone a timeline table's header names (`Time (UTC)`), used when no `Timezone` field is given.
    public var timelineZone: Located<String>?
    /// Tables under Timeline or Action Items that could not be read as one (see ``UnreadableTable``).
    public var unreadableTables: [UnreadableTable] = []
    /// When git says the file last changed, set by the build from the input folder's repository (nil when unknown or not read).
    public var history: FileHistory?
    /// The kind the learning framework's inference gave it, kept by the load stage (a cache: see ``InferenceMemo``).
    public var inferredKind = InferenceMemo<IncidentKind>()

    public init(slug: String, path: String, relativePath: String? = nil) {
        self.slug = slug
        self.path = path
        self.relativePath = relativePath ?? path.split(separator: "/").last.map(String.init) ?? path
    }

    /// The first metadata field with this name (case-insensitive).
    public func field(_ name: String) -> MetadataField? {
        let key = MetadataField.normalizedName(name)
        return fields.first { $0.key == key }
    }

    /// The first field with this normalised key (`recurrenceof`): no normalising on the hot path.
    func field(key: String) -> MetadataField? {
        fields.first { $0.key == key }
    }

    /// The first entry that reached `milestone`, if any.
    public func entry(for milestone: Milestone) -> TimelineEntry? {
        entryPosition(for: milestone).map { timeline[$0] }
    }

    /// The position in ``timeline`` of ``entry(for:)``: for a figure that reads one field of it, without copying the entry.
    public func entryPosition(for milestone: Milestone) -> Int? {
        timeline.firstIndex { $0.milestones.contains(milestone) }
    }

    /// The `Timezone` field, else the configured default.
    public var timezone: String? { field(key: "timezone")?.value ?? timelineZone?.value ?? defaultTimezone }
    /// The timezone of reports without a `Timezone` field (`input: timezone:`).
    public var defaultTimezone: String?
    /// The `metrics: excludeTags:` tag that leaves this incident out of the figures, set by the measure stage.
    public var excludingTag: String?
    /// `**Status**: draft` (a remark may follow: `Draft (in review)`).
    public var isDraft: Bool { field(key: "status").map { Self.firstWord($0.value) == "draft" } ?? false }
    /// `**Exclude From Metrics**: yes` (a remark may follow: `yes (game day)`).
    public var isExcludedFromMetrics: Bool {
        if excludingTag != nil { return true }
        guard let value = field(key: "excludefrommetrics")?.value else { return false }
        return ["yes", "true", "y"].contains(Self.firstWord(value))
    }

    static func firstWord(_ value: String) -> String {
        value.split(whereSeparator: { !$0.isLetter }).first.map { $0.lowercased() } ?? ""
    }
    public var aliases: [String] { field(key: "aliases").map { ListValue.split($0.value) } ?? [] }
    public var recurrenceOf: [String] { field(key: "recurrenceof").map { ListValue.split($0.value) } ?? [] }
}

/// A `**Name**: value` line of metadata.
public struct MetadataField: Sendable, Hashable {
    /// The name as written.
    public var name: String
    /// The value as written, trimmed.
    public var value: String
    public var location: SourceLocation
    /// Where the value starts.
    public var valueLocation: SourceLocation

    /// Lower-case name with spaces, hyphens and underscores removed.
    public let key: String

    public init(name: String, value: String, location: SourceLocation, valueLocation: SourceLocation) {
        self.name = name
        self.value = value
        self.location = location
        self.valueLocation = valueLocation
        self.key = MetadataField.normalizedName(name)
    }

    static func normalizedName(_ name: String) -> String {
        // An ASCII name on bytes: there the letters and numbers are `A`–`Z`, `a`–`z` and `0`–`9`, and
        // lowering is ASCII's (the `Character` properties cost over a hundred instructions a character).
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            let kept = name.utf8.compactMap { byte -> UInt8? in
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): return byte
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): return byte | 0x20
                default: return nil
                }
            }
            return String(decoding: kept, as: UTF8.self)
        }
        return String(name.lowercased().filter { $0.isLetter || $0.isNumber })
    }
}

/// A heading and what follows it up to the next heading of its level.
public struct Section: Sendable, Hashable {
    /// The heading text without its numbering (`Root Cause Analysis`).
    public var heading: String
    /// Which template section it is, if any.
    public var kind: SectionKind?
    public var level: Int
    public var location: SourceLocation
    /// cmark's HTML of the section's content, when parsed for the site.
    public var bodyHTML: String = ""
}

/// The sections the template asks for, in template order.
public enum SectionKind: String, Sendable, Hashable, CaseIterable, Codable {
    case timeline
    case rootCause = "root-cause"
    case impact
    case lessons
    case actions

    /// The heading the template uses.
    public var templateHeading: String {
        switch self {
        case .timeline: return "Timeline"
        case .rootCause: return "Root Cause Analysis"
        case .impact: return "Impact"
        case .lessons: return "Lessons Learned"
        case .actions: return "Action Items"
        }
    }

    /// The stable page anchor (`#root-cause`).
    public var anchor: String { rawValue }
}

/// The Impact section's fields.
public struct Impact: Sendable, Hashable {
    public var usersAffected: Located<String>?
    public var dataLoss: Located<String>?
    /// Whether data was lost, when the Data Loss value starts with yes or no.
    public var hasDataLoss: Bool?
    public var duration: Located<String>?
    /// The stated duration in minutes, when it could be read.
    public var durationMinutes: Int?
    /// Whether the stated duration is over ``DurationParser/maximumMinutes`` (then `durationMinutes` is nil).
    public var durationOutOfRange = false
}

/// Splits comma-separated field values.
enum ListValue {
    static func split(_ value: String) -> [String] {
        value.split(whereSeparator: { $0 == "," || $0 == ";" })
            .map { $0.trimmingSpaces() }
            .filter { !$0.isEmpty }
    }

    /// Lower-case kebab: `Connection Pool` → `connection-pool`.
    static func kebab(_ value: String) -> String {
        var result = ""
        var pendingDash = false
        for character in value.lowercased() {
            if character.isLetter || character.isNumber {
                if pendingDash && !result.isEmpty { result.append("-") }
                pendingDash = false
                result.append(character)
            } else {
                pendingDash = true
            }
        }
        return result
    }
}

/// A table under Timeline or Action Items that looks like one but could not be read as one.
public struct UnreadableTable: Error, Sendable, Hashable {
    /// The section it is in.
    public var section: SectionKind
    /// The section's heading as written.
    public var heading: String
    /// Body rows.
    public var rows: Int
    /// The header cells as written.
    public var columns: [String]
    /// What is missing (`no column is a time`).
    public var problem: String
    /// How to write it (`name one column Time`).
    public var fix: String
    /// The header row.
    public var location: SourceLocation
}
