/// What a section's tables gave its reader besides entries or items.
struct SectionTables: Sendable {
    /// The section's heading as written, for messages.
    var heading: String
    /// The anchors of each table's body rows (`timeline-3`, `action-pool-cap`), by the table's block.
    var rowIDs: [Int: [String]] = [:]
    /// The zone a timeline table's time header names.
    var zone: Located<String>?
    /// Tables that look like the section's kind but could not be read as it.
    var unreadable: [UnreadableTable] = []
}
