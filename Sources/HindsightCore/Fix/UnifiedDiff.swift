/// A unified diff (`diff -u`) between two texts: the fewest lines removed and
/// added (by a table for small changes, Myers' diff for large ones), each hunk
/// with three lines of context.
enum UnifiedDiff {
    static let context = 3

    /// One line of the edit script: kept, removed (`-`) or added (`+`).
    enum Line: Equatable {
        case kept(old: Int, new: Int)
        case removed(old: Int)
        case added(new: Int)
    }

    static func lines(from old: String, to new: String, path: String) -> String {
        let before = fileLines(old)
        let after = fileLines(new)
        let script = editScript(before, after)
        let changed = script.indices.filter { if case .kept = script[$0] { return false } else { return true } }
        guard !changed.isEmpty else { return "" }
        // Changes closer than twice the context share a hunk.
        var hunks: [ClosedRange<Int>] = []
        for index in changed {
            let range = max(0, index - context)...min(script.count - 1, index + context)
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
            let lines = script[hunk]
            let oldCount = lines.filter { if case .added = $0 { return false } else { return true } }.count
            let newCount = lines.filter { if case .removed = $0 { return false } else { return true } }.count
            // The first line of each side the hunk covers (diff writes the line before an empty range).
            let (oldStart, newStart) = start(of: hunk, in: script)
            text += "@@ -\(range(oldStart, oldCount)) +\(range(newStart, newCount)) @@\n"
            for line in lines {
                switch line {
                case .kept(let old, _): append(" ", before[old], to: &text)
                case .removed(let old): append("-", before[old], to: &text)
                case .added(let new): append("+", after[new], to: &text)
                }
            }
        }
        return text
    }

    /// The lines of a file as `diff` counts them, each with its newline: a text ending in a newline
    /// has no empty line after it, and a last line without one is a line of its own (unequal to the same
    /// words with a newline, as in `diff`, which marks it `\ No newline at end of file`).
    static func fileLines(_ text: String) -> [Substring] {
        var lines: [Substring] = []
        var start = text.startIndex
        while start < text.endIndex {
            // By bytes: a `\r\n` is one `Character`, which a search for `"\n"` would not find.
            guard let newline = text.utf8[start...].firstIndex(of: UInt8(ascii: "\n")) else {
                lines.append(text[start...])
                break
            }
            let next = text.utf8.index(after: newline)
            lines.append(text[start..<next])
            start = next
        }
        return lines
    }

    /// One line of a hunk: its mark, its text, and the marker `diff` and `git apply` expect after a last line without a newline.
    private static func append(_ mark: String, _ line: Substring, to text: inout String) {
        text += mark
        text += line
        if line.utf8.last != UInt8(ascii: "\n") { text += "\n\\ No newline at end of file\n" }
    }

    /// `5,7`, `5` for one line, `4,0` for none (the line before).
    private static func range(_ start: Int, _ count: Int) -> String {
        count == 1 ? "\(start + 1)" : count == 0 ? "\(start),0" : "\(start + 1),\(count)"
    }

    /// The 0-based old and new line the hunk starts at.
    private static func start(of hunk: ClosedRange<Int>, in script: [Line]) -> (Int, Int) {
        var old = 0
        var new = 0
        for line in script[..<hunk.lowerBound] {
            switch line {
            case .kept: (old, new) = (old + 1, new + 1)
            case .removed: old += 1
            case .added: new += 1
            }
        }
        return (old, new)
    }

    /// Middles (the lines between the common prefix and suffix) whose table of N·M numbers costs more go to Myers' diff.
    static let tableCells = 1 << 20

    /// The edit script from `a` to `b`, shortest (fewest lines removed and added). Small middles by the
    /// LCS table, whose choice among equally short scripts the goldens and users have seen; larger ones
    /// by ``myersScript(_:_:)``, so a 50,000-line file with a few changes costs a few passes over its
    /// lines, not a table of gigabytes.
    static func editScript(_ a: [Substring], _ b: [Substring]) -> [Line] {
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        let (oldMiddle, newMiddle) = (a.count - prefix - suffix, b.count - prefix - suffix)
        return oldMiddle.multipliedReportingOverflow(by: newMiddle).partialValue <= tableCells && oldMiddle <= tableCells
            && newMiddle <= tableCells ? tableScript(a, b) : myersScript(a, b)
    }

    /// The shortest edit script by Myers' O((N+M)·D) diff in linear space (E. W. Myers, "An O(ND)
    /// Difference Algorithm and Its Variations", 1986, §4b). Of the shortest scripts it gives one that
    /// keeps each line as early as it can (as the table mostly does), and in each run of changes the
    /// removals come before the additions, as `diff -u` writes them.
    static func myersScript(_ a: [Substring], _ b: [Substring]) -> [Line] {
        // Lines as numbers, compared at once.
        var numbers: [Substring: Int] = [:]
        func number(_ line: Substring) -> Int {
            if let known = numbers[line] { return known }
            numbers[line] = numbers.count
            return numbers.count - 1
        }
        var differ = Differ(a: a.map(number), b: b.map(number))
        differ.compare(0, a.count, 0, b.count)
        let removed = Differ.keptEarly(differ.removed, lines: differ.a)
        let added = Differ.keptEarly(differ.added, lines: differ.b)
        var script: [Line] = []
        script.reserveCapacity(max(a.count, b.count))
        var (old, new) = (0, 0)
        while old < a.count || new < b.count {
            if old < a.count, removed[old] {
                script.append(.removed(old: old))
                old += 1
            } else if new < b.count, added[new] {
                script.append(.added(new: new))
                new += 1
            } else {
                script.append(.kept(old: old, new: new))
                (old, new) = (old + 1, new + 1)
            }
        }
        return script
    }

    /// Myers' linear-space divide and conquer, marking the lines removed from `a` and added to `b`.
    private struct Differ {
        let a: [Int]
        let b: [Int]
        var removed: [Bool]
        var added: [Bool]

        init(a: [Int], b: [Int]) {
            self.a = a
            self.b = b
            removed = [Bool](repeating: false, count: a.count)
            added = [Bool](repeating: false, count: b.count)
        }

        /// `changed` with each kept line as early as it can be: where a run of changed lines holds a line
        /// equal to the kept one after the run, the earliest such is kept instead (the same lines are
        /// kept, so the script is as short).
        static func keptEarly(_ changed: [Bool], lines: [Int]) -> [Bool] {
            var changed = changed
            var start = 0
            while start < lines.count {
                guard changed[start] else {
                    start += 1
                    continue
                }
                var end = start
                while end < lines.count, changed[end] { end += 1 }
                guard end < lines.count, let earlier = (start..<end).first(where: { lines[$0] == lines[end] }) else {
                    start = end
                    continue
                }
                (changed[earlier], changed[end]) = (false, true)
                start = earlier + 1
            }
            return changed
        }

        /// The script from `a[aLow..<aHigh]` to `b[bLow..<bHigh]`.
        mutating func compare(_ aLow: Int, _ aHigh: Int, _ bLow: Int, _ bHigh: Int) {
            var (aLow, aHigh, bLow, bHigh) = (aLow, aHigh, bLow, bHigh)
            while aLow < aHigh, bLow < bHigh, a[aLow] == b[bLow] { (aLow, bLow) = (aLow + 1, bLow + 1) }
            while aLow < aHigh, bLow < bHigh, a[aHigh - 1] == b[bHigh - 1] { (aHigh, bHigh) = (aHigh - 1, bHigh - 1) }
            if aLow == aHigh {
                for new in bLow..<bHigh { added[new] = true }
            } else if bLow == bHigh {
                for old in aLow..<aHigh { removed[old] = true }
            } else {
                // Both sides differ from the first line to the last, so at least two edits: the middle snake
                // splits them between two smaller problems, and the snake's own edit (at most one) is
                // settled by the trimming above.
                let (start, end) = middleSnake(aLow, aHigh, bLow, bHigh)
                compare(aLow, start.x, bLow, start.y)
                compare(start.x, end.x, start.y, end.y)
                compare(end.x, aHigh, end.y, bHigh)
            }
        }

        /// The middle snake of the box: a diagonal run (perhaps empty) with at most one edit before or after it,
        /// on a shortest path, found by searching from both corners at once until the searches meet.
        private func middleSnake(_ left: Int, _ right: Int, _ top: Int, _ bottom: Int) -> (
            start: (x: Int, y: Int), end: (x: Int, y: Int)
        ) {
            let width = right - left
            let height = bottom - top
            let delta = width - height
            let limit = (width + height + 1) / 2
            let offset = limit + 1
            // forward[k]: the furthest x on diagonal k (x − left − (y − top)) from the top left;
            // backward[c]: the smallest y on diagonal c (k − delta) from the bottom right.
            var forward = [Int](repeating: 0, count: 2 * limit + 3)
            var backward = [Int](repeating: 0, count: 2 * limit + 3)
            forward[offset + 1] = left
            backward[offset + 1] = bottom
            for d in 0...limit {
                for k in stride(from: d, through: -d, by: -2) {
                    var x: Int
                    let previous: Int
                    if k == -d || (k != d && forward[offset + k - 1] < forward[offset + k + 1]) {
                        previous = forward[offset + k + 1]
                        x = previous
                    } else {
                        previous = forward[offset + k - 1]
                        x = previous + 1
                    }
                    var y = top + (x - left) - k
                    let previousY = d == 0 || x != previous ? y : y - 1
                    while x < right, y < bottom, a[x] == b[y] { (x, y) = (x + 1, y + 1) }
                    forward[offset + k] = x
                    let c = k - delta
                    if delta & 1 != 0, c >= -(d - 1), c <= d - 1, y >= backward[offset + c] {
                        return ((previous, previousY), (x, y))
                    }
                }
                for c in stride(from: d, through: -d, by: -2) {
                    var y: Int
                    let previous: Int
                    if c == -d || (c != d && backward[offset + c - 1] > backward[offset + c + 1]) {
                        previous = backward[offset + c + 1]
                        y = previous
                    } else {
                        previous = backward[offset + c - 1]
                        y = previous - 1
                    }
                    let k = c + delta
                    var x = left + (y - top) + k
                    let previousX = d == 0 || y != previous ? x : x + 1
                    while x > left, y > top, a[x - 1] == b[y - 1] { (x, y) = (x - 1, y - 1) }
                    backward[offset + c] = y
                    if delta & 1 == 0, k >= -d, k <= d, x <= forward[offset + k] {
                        return ((x, y), (previousX, previous))
                    }
                }
            }
            preconditionFailure("the searches from both corners meet within (width + height + 1) / 2 steps")
        }
    }

    /// The edit script by a table of the longest common subsequence of the middles (the common prefix
    /// and suffix kept): a line kept where the two are equal, else removed where that stays shortest,
    /// else added. It holds one number per pair of middle lines, so only for small middles.
    static func tableScript(_ a: [Substring], _ b: [Substring]) -> [Line] {
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        let oldMiddle = prefix..<(a.count - suffix)
        let newMiddle = prefix..<(b.count - suffix)
        // lengths[i][j]: the longest common subsequence of a[i...] and b[j...] within the middles.
        let width = newMiddle.count + 1
        var lengths = [Int](repeating: 0, count: (oldMiddle.count + 1) * width)
        for i in stride(from: oldMiddle.count - 1, through: 0, by: -1) {
            for j in stride(from: newMiddle.count - 1, through: 0, by: -1) {
                lengths[i * width + j] =
                    a[prefix + i] == b[prefix + j]
                    ? lengths[(i + 1) * width + j + 1] + 1 : max(lengths[(i + 1) * width + j], lengths[i * width + j + 1])
            }
        }
        var script = (0..<prefix).map { Line.kept(old: $0, new: $0) }
        var (i, j) = (0, 0)
        while i < oldMiddle.count || j < newMiddle.count {
            if i < oldMiddle.count, j < newMiddle.count, a[prefix + i] == b[prefix + j] {
                script.append(.kept(old: prefix + i, new: prefix + j))
                (i, j) = (i + 1, j + 1)
            } else if j == newMiddle.count || (i < oldMiddle.count && lengths[(i + 1) * width + j] >= lengths[i * width + j + 1]) {
                script.append(.removed(old: prefix + i))
                i += 1
            } else {
                script.append(.added(new: prefix + j))
                j += 1
            }
        }
        script += (0..<suffix).map { Line.kept(old: a.count - suffix + $0, new: b.count - suffix + $0) }
        return script
    }
}
