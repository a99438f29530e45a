/// A unified diff (`diff -u`) between two texts: the longest common run of
/// lines kept, each hunk with three lines of context.
enum UnifiedDiff {
    static let context = 3

    /// One line of the edit script: kept, removed (`-`) or added (`+`).
    enum Line: Equatable {
        case kept(old: Int, new: Int)
        case removed(old: Int)
        case added(new: Int)
    }

    static func lines(from old: String, to new: String, path: String) -> String {
        let before = old.split(separator: "\n", omittingEmptySubsequences: false)
        let after = new.split(separator: "\n", omittingEmptySubsequences: false)
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
                case .kept(let old, _): text += " \(before[old])\n"
                case .removed(let old): text += "-\(before[old])\n"
                case .added(let new): text += "+\(after[new])\n"
                }
            }
        }
        return text
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

    /// The edit script from `a` to `b`: the common prefix and suffix kept, the middle by longest common subsequence.
    static func editScript(_ a: [Substring], _ b: [Substring]) -> [Line] {
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
