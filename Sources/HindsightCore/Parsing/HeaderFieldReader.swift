import CommonMark
import Foundation

/// Reads `**Field**: value` lines (also `**Field:** value`, list items, and
/// unbolded lines for the fields Hindsight knows).
enum HeaderFieldReader {
    static let knownFields: Set<String> = [
        "date", "severity", "services", "service", "tags", "timezone", "status", "aliases",
        "recurrenceof", "excludefrommetrics", "owner", "author", "authors", "kind", "incidentid",
    ]

    static func fields(in blocks: [Int], of document: MarkdownDocument, consumed: inout Set<Int>) -> [MetadataField] {
        var fields: [MetadataField] = []
        for block in blocks {
            let paragraphs: [Int]
            switch document.nodes[block].kind {
            case .paragraph: paragraphs = [block]
            case .list: paragraphs = document.items(ofList: block).compactMap { document.firstParagraph(ofItem: $0) }
            default: continue
            }
            var allLinesAreFields = true
            for paragraph in paragraphs {
                for line in document.inlineLines(of: paragraph) {
                    if let field = field(in: line, of: document) {
                        fields.append(field)
                    } else {
                        allLinesAreFields = false
                    }
                }
            }
            if allLinesAreFields && !paragraphs.isEmpty { consumed.insert(block) }
        }
        return fields
    }

    /// `Name: value` where the name is bold, or one of the known fields.
    static func field(in line: InlineLine, of document: MarkdownDocument) -> MetadataField? {
        let text = line.text
        guard let colon = text.firstIndex(ofASCII: UInt8(ascii: ":")) else { return nil }
        let name = text[..<colon].trimmingSpaces()
        let startsBold = document.nodes[line.firstNode].kind == .strong
        guard !name.isEmpty, name.count <= 40,
            startsBold || knownFields.contains(MetadataField.normalizedName(name))
        else { return nil }
        let afterColon = text[text.index(after: colon)...]
        let valueStart = afterColon.firstIndex(where: { $0 != " " }) ?? afterColon.endIndex
        let value = afterColon.trimmingSpaces()
        return MetadataField(
            name: name, value: value, location: document.location(of: line.firstNode),
            valueLocation: line.location(of: valueStart))
    }

    /// Sets date, severity, services and tags from their fields.
    /// A placeholder value (`[P0, P1, etc.]`, `TBD`) sets nothing: it gets its own
    /// diagnostic and must not become a severity, a service or a date.
    static func applyKnownFields(to postMortem: inout PostMortem, settings: ParseSettings = .default) {
        func value(_ name: String) -> String? {
            postMortem.field(name).map(\.value).flatMap { Placeholder.isPlaceholder($0) ? nil : $0 }
        }
        // An implausible year (9999) is a typo; as a date it would stretch every trend.
        postMortem.date = value("Date").flatMap(DateParser.parse).flatMap { DateParser.plausibleYears.contains($0.year) ? $0 : nil }
        postMortem.severity = value("Severity").flatMap(settings.severityScale.normalize)
        postMortem.defaultTimezone = settings.defaultTimezone
        postMortem.services = (value("Services") ?? value("Service")).map { unique(ListValue.split($0).map(ListValue.kebab)) } ?? []
        postMortem.tags = value("Tags").map { unique(ListValue.split($0).map(ListValue.kebab)) } ?? []
    }

    private static func unique(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.filter { !$0.isEmpty && seen.insert($0).inserted }
    }
}
