/// A file's lines being rewritten: edits within a line, then replacements of
/// whole runs of lines, each addressed by the line numbers the parser gave.
struct LineBuffer {
    /// The lines, edited in place (their count never changes here).
    private(set) var lines: [String]
    /// Runs of lines to replace: 0-based `range` of the original lines → `replacement`.
    private var blocks: [(range: Range<Int>, replacement: [String])] = []

    init(_ text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// The 1-based line's text, if there is one.
    func line(_ number: Int) -> String? {
        lines.indices.contains(number - 1) ? lines[number - 1] : nil
    }

    /// Replaces the line's text from `column` (its content after any list marker when nil) with what `change` gives.
    mutating func edit(line number: Int, column: Int?, _ change: (Substring) -> String?) {
        let index = number - 1
        guard lines.indices.contains(index) else { return }
        let text = lines[index][...]
        let utf8 = text.utf8
        guard
            let start = column.map({ utf8.index(utf8.startIndex, offsetBy: $0 - 1, limitedBy: utf8.endIndex) })
                ?? CanonicalForm.contentStart(text),
            let replacement = change(text[start...])
        else { return }
        lines[index] = String(text[..<start]) + replacement
    }

    /// Whether any replacement already claims one of the 1-based `lines`.
    func isClaimed(_ lines: ClosedRange<Int>) -> Bool {
        blocks.contains { $0.range.overlaps((lines.lowerBound - 1)..<lines.upperBound) }
    }

    /// Replaces the 1-based `lines` with `replacement`; false (and nothing done) when another replacement claims them.
    @discardableResult
    mutating func replace(_ lines: ClosedRange<Int>, with replacement: [String]) -> Bool {
        guard lines.lowerBound >= 1, lines.upperBound <= self.lines.count, !isClaimed(lines) else { return false }
        blocks.append(((lines.lowerBound - 1)..<lines.upperBound, replacement))
        return true
    }

    /// Inserts `replacement` before the 1-based line `before` (`lines.count + 1`: at the end).
    mutating func insert(_ replacement: [String], before: Int) {
        let index = min(max(before - 1, 0), lines.count)
        blocks.append((index..<index, replacement))
    }

    /// The text with every edit applied.
    var text: String {
        var result = lines
        // Bottom up, so earlier line numbers stay right; an insertion goes before a replacement at the same place.
        for block in blocks.enumerated().sorted(by: {
            ($0.element.range.lowerBound, $0.element.range.isEmpty ? 0 : 1, $0.offset)
                > ($1.element.range.lowerBound, $1.element.range.isEmpty ? 0 : 1, $1.offset)
        }) {
            result.replaceSubrange(block.element.range, with: block.element.replacement)
        }
        return result.joined(separator: "\n")
    }
}
