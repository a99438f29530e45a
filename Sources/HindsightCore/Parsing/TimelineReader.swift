import CommonMark
import Foundation

/// Reads the Timeline section: one entry per list item (or per line of a
/// paragraph of stamped lines, or per row of a timeline table), times resolved
/// across midnight, milestones found.
enum TimelineReader {
    /// The entries, with what its tables gave (their rows' anchors, the zone, those that could not be read) in `tables`.
    static func entries(in blocks: [Int], of document: MarkdownDocument, consumed: inout Set<Int>, tables: inout SectionTables)
        -> [TimelineEntry]
    {
        var entries: [TimelineEntry] = []
        var unreadable: [UnreadableTable] = []
        for block in blocks {
            let node = document.nodes[block]
            if let table = document.tables[block] {
                switch TableReader.timeline(table, heading: tables.heading, firstIndex: entries.count + 1) {
                case .success(let read):
                    entries += read.entries
                    tables.rowIDs[block] = read.entries.map { "timeline-\($0.index)" }
                    if tables.zone == nil { tables.zone = read.zone }
                case .failure(let problem):
                    unreadable.append(problem)
                }
            } else if node.kind.isList {
                consumed.insert(block)
                for item in document.items(ofList: block) {
                    let paragraph = document.firstParagraph(ofItem: item)
                    let text = paragraph.map { document.inlineLines(of: $0).map(\.text).joined(separator: " ") } ?? ""
                    let location = paragraph.map { document.location(of: $0) } ?? document.location(of: item)
                    let markup = paragraph.flatMap { document.inlineMarkup(of: $0) }
                    entries.append(entry(from: text, markup: markup, index: entries.count + 1, at: location))
                }
            } else if node.kind == .paragraph {
                let lines = document.inlineLines(of: block)
                let stamped = lines.filter { if case .stamp = TimestampParser.read($0.text) { return true } else { return false } }
                guard !stamped.isEmpty, stamped.count == lines.count else { continue }
                consumed.insert(block)
                let markup = document.inlineMarkup(of: block)
                var lineStart = 0
                for line in lines {
                    // The paragraph's markup, cut to the line (lines are joined with a space in its plain text).
                    let lineMarkup = markup?.slice(lineStart..<(lineStart + line.text.utf8.count), expecting: line.text)
                    entries.append(entry(from: line.text, markup: lineMarkup, index: entries.count + 1, at: line.location))
                    lineStart += line.text.utf8.count + 1
                }
            }
        }
        // A table that is not a timeline beside one that is, is prose; alone, it was meant as the timeline.
        if entries.isEmpty { tables.unreadable += unreadable }
        return entries
    }

    /// The entry a line gives; `markup` is the line's inline Markdown, cut to the text after the stamp.
    static func entry(from text: String, markup: InlineMarkup? = nil, index: Int, at location: SourceLocation) -> TimelineEntry {
        var entry = entry(from: text, index: index, at: location)
        if let markup, text.hasSuffix(entry.text) {
            let count = text.utf8.count
            entry.markup = markup.slice((count - entry.text.utf8.count)..<count, expecting: entry.text)
        }
        return entry
    }

    private static func entry(from text: String, index: Int, at location: SourceLocation) -> TimelineEntry {
        switch TimestampParser.read(text) {
        case .stamp(let raw, let hour, let minute, let day, let rest):
            var entry = TimelineEntry(index: index, stamp: raw, minute: hour * 60 + minute, text: rest, location: location)
            entry.explicitDay = day
            return entry
        case .invalid(let raw, let rest):
            return TimelineEntry(index: index, stamp: raw, minute: nil, text: rest, location: location)
        case .none:
            return TimelineEntry(index: index, stamp: nil, minute: nil, text: text, location: location)
        }
    }

    /// Turns times of day into minutes from the incident date's midnight: a
    /// time earlier than the previous entry's is the next day; a full stamp
    /// sets the day outright.
    static func resolveTimes(_ entries: inout [TimelineEntry], incidentDate: Day?) {
        let base = incidentDate ?? entries.lazy.compactMap(\.explicitDay).first
        var dayOffset = 0
        var previousTimeOfDay: Int?
        for index in entries.indices {
            guard let timeOfDay = entries[index].minute else { continue }
            if let day = entries[index].explicitDay, let base {
                dayOffset = base.days(until: day)
            } else if let previous = previousTimeOfDay, timeOfDay < previous {
                dayOffset += 1
            }
            previousTimeOfDay = timeOfDay
            entries[index].minute = dayOffset * 1440 + timeOfDay
        }
    }

    /// The first entry whose text mentions a milestone's phrase reaches it.
    /// *Resolved* stands in for *verified as stable* only when no entry says so.
    static func assignMilestones(_ entries: inout [TimelineEntry], phrases: MilestonePhrases = .default) {
        let said = entries.map { saidPhrases(in: $0.text, matcher: phrases.matcher) }
        for milestone in Milestone.allCases {
            let marks = phrases.lowercased[milestone] ?? []
            if let index = said.firstIndex(where: { !$0.isDisjoint(with: marks) }) {
                entries[index].milestones.append(milestone)
            }
        }
        if !entries.contains(where: { $0.milestones.contains(.stable) }),
            let index = said.firstIndex(where: { $0.contains(MilestonePhrases.stableFallback) })
        {
            entries[index].milestones.append(.stable)
        }
    }

    static let negations: Set<String> = ["not", "never", "isn't", "wasn't", "no"]

    /// The milestone phrases `text` says as whole words and not negated
    /// ("unresolved", "not yet verified as stable" do not count).
    static func saidPhrases(in text: String, matcher: PhraseMatcher) -> Set<String> {
        var phrases = Set<String>()
        for match in matcher.matches(in: text) {
            let before = String(decoding: text.utf8.prefix(match.range.lowerBound), as: UTF8.self).lowercased()
            let words = before.split(whereSeparator: { !$0.isLetter && $0 != "'" }).suffix(3)
            if words.contains(where: { negations.contains(String($0)) }) { continue }
            phrases.insert(match.phrase.lowercased())
        }
        return phrases
    }
}
