import CommonMark
import Foundation

/// Reads the Impact section's `**Users Affected**`, `**Data Loss**` and
/// `**Duration**` fields, from list items or lines of a paragraph.
enum ImpactReader {
    static func read(_ blocks: [Int], of document: MarkdownDocument, into impact: inout Impact, consumed: inout Set<Int>) {
        var lines: [InlineLine] = []
        for block in blocks {
            switch document.nodes[block].kind {
            case .list:
                for item in document.items(ofList: block) {
                    if let paragraph = document.firstParagraph(ofItem: item) {
                        lines += document.inlineLines(of: paragraph)
                    }
                }
            case .paragraph:
                lines += document.inlineLines(of: block)
            default:
                break
            }
        }
        for line in lines {
            guard let colon = line.text.firstIndex(ofASCII: UInt8(ascii: ":")) else { continue }
            let label = MetadataField.normalizedName(String(line.text[..<colon]))
            let afterColon = line.text[line.text.index(after: colon)...]
            let valueStart = afterColon.firstIndex(where: { $0 != " " }) ?? afterColon.endIndex
            let value = Located(afterColon.trimmingSpaces(), at: line.location(of: valueStart))
            switch label {
            case "usersaffected", "affectedusers", "customersaffected", "users":
                if impact.usersAffected == nil { impact.usersAffected = value }
            case "dataloss":
                if impact.dataLoss == nil {
                    impact.dataLoss = value
                    impact.hasDataLoss = yesOrNo(value.value)
                }
            case "duration", "totalduration":
                if impact.duration == nil {
                    impact.duration = value
                    switch DurationParser.read(value.value) {
                    case .minutes(let minutes): impact.durationMinutes = minutes
                    case .outOfRange: impact.durationOutOfRange = true
                    case .none: break
                    }
                }
            default:
                break
            }
        }
    }

    /// `No`, `None`, `No data lost` → false; `Yes — 40 orders` → true.
    static func yesOrNo(_ value: String) -> Bool? {
        let word = value.split(whereSeparator: { !$0.isLetter }).first?.lowercased() ?? ""
        switch word {
        case "yes", "partial", "some": return true
        case "no", "none": return false
        default: return nil
        }
    }
}
