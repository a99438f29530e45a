/// A unified diff (`diff -u`) between two texts with the same number of lines,
/// as ``CanonicalForm`` leaves them: each changed line is replaced in place.
enum UnifiedDiff {
    static let context = 3

    static func lines(from old: String, to new: String, path: String) -> String {
        let before = old.split(separator: "\n", omittingEmptySubsequences: false)
        let after = new.split(separator: "\n", omittingEmptySubsequences: false)
        guard before.count == after.count else { return "" }
        let changed = before.indices.filter { before[$0] != after[$0] }
        guard !changed.isEmpty else { return "" }
        // Changed lines closer than twice the context share a hunk.
        var hunks: [ClosedRange<Int>] = []
        for line in changed {
            let range = max(0, line - context)...min(before.count - 1, line + context)
            if let last = hunks.last, range.lowerBound <= last.upperBound + 1 {
                hunks[hunks.count - 1] = last.lowerBound...range.upperBound
            } else {
                hunks.append(range)
            }
        }
        // `a/` and `b/` as git writes them, for a relative path; an absolute one is named as it is.
        let (a, b) = path.hasPrefix("/") ? (path, path) : ("a/" + path, "b/" + path)
        var text = "--- \(a)\n+++ \(b)\n"
        for hunk in hunks {
            let start = hunk.lowerBound + 1
            text += "@@ -\(start),\(hunk.count) +\(start),\(hunk.count) @@\n"
            var removed: [Substring] = []
            var added: [Substring] = []
            func flush() {
                text += removed.map { "-\($0)\n" }.joined() + added.map { "+\($0)\n" }.joined()
                removed = []
                added = []
            }
            for line in hunk {
                if before[line] == after[line] {
                    flush()
                    text += " \(before[line])\n"
                } else {
                    removed.append(before[line])
                    added.append(after[line])
                }
            }
            flush()
        }
        return text
    }
}
