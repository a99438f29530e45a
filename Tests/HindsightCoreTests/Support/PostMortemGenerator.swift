@testable import HindsightCore

/// A random but valid post-mortem: the values it was made from, and its Markdown.
struct GeneratedPostMortem {
    struct Entry {
        /// Minutes after midnight at the start of the incident date.
        var minute: Int
        var stamp: String
        var text: String
    }

    struct Action {
        var title: String
        var owner: String
        var due: Day
        var isDone: Bool
    }

    var title: String
    var date: Day
    var severity: String
    var services: [String]
    var tags: [String]
    var timeline: [Entry]
    var rootCause: String
    var durationMinutes: Int
    var lessons: [String]
    var actions: [Action]

    var markdown: String {
        var lines = [
            "## Incident: \(title)", "", "**Date**: \(date)", "**Severity**: \(severity)",
            "**Services**: \(services.joined(separator: ", "))", "**Tags**: \(tags.joined(separator: ", "))", "",
            "### 1. Timeline", "",
        ]
        lines += timeline.map { "-   `[\($0.stamp)]` - \($0.text)" }
        lines += ["", "### 2. Root Cause Analysis", "", rootCause, "", "### 3. Impact", ""]
        lines += [
            "-   **Users Affected**: about \(durationMinutes * 13) customers", "-   **Data Loss**: No",
            "-   **Duration**: \(MinutesText.format(durationMinutes))",
        ]
        lines += ["", "### 4. Lessons Learned", ""]
        lines += lessons.enumerated().map { "\($0.offset + 1).  \($0.element)" }
        lines += ["", "### 5. Action Items", ""]
        lines += actions.map { action in
            "-   `[\(action.isDone ? "x" : " ")]` **\(action.title)**: \(action.title.lowercased()) across the fleet. "
                + "Owner: \(action.owner). Due: \(action.due)."
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// Makes ``GeneratedPostMortem``s from a seeded generator: the same seed, the same file.
struct PostMortemGenerator {
    var random: SplitMix64

    init(seed: UInt64) {
        random = SplitMix64(state: seed)
    }

    static let nouns = ["checkout", "search", "billing", "ledger", "gateway", "inventory", "queue", "cache", "scheduler"]
    static let problems = ["pool exhaustion", "disk full", "certificate expiry", "retry storm", "query timeouts", "lock contention"]
    static let people = ["Priya Natarajan", "Marcus Chen", "Ana Lima", "Kofi Mensah", "Jo Park", "Émile Durand"]
    static let verbs = ["Cap", "Alert on", "Document", "Load test", "Shard", "Rate limit", "Add a check for"]
    static let words = [
        "the", "change", "pipeline", "compared", "nothing", "against", "limit", "so", "new", "pods", "opened", "connections",
        "until", "requests", "queued", "and", "timed", "out", "because", "capacity", "shared", "by", "many", "services",
    ]

    mutating func pick(_ options: [String]) -> String {
        options[Int.random(in: 0..<options.count, using: &random)]
    }

    mutating func int(_ range: ClosedRange<Int>) -> Int {
        Int.random(in: range, using: &random)
    }

    mutating func make() -> GeneratedPostMortem {
        let date = Day(ordinal: int(18_000...21_000))
        let noun = pick(Self.nouns)
        let title = "\(noun.prefix(1).uppercased() + noun.dropFirst()) \(pick(Self.problems)) after a \(pick(Self.nouns)) change"
        let dated = Bool.random(using: &random)
        var minute = int(0...1439)
        var timeline: [GeneratedPostMortem.Entry] = []
        func entry(_ text: String) {
            let clock = Day.pad((minute % 1440) / 60, 2) + ":" + Day.pad(minute % 60, 2)
            let stamp = dated ? "\(date.adding(days: minute / 1440)) \(clock)" : clock
            timeline.append(GeneratedPostMortem.Entry(minute: minute, stamp: stamp, text: text))
        }
        entry("Issue first detected by the \(pick(Self.nouns)) alert.")
        var detected = minute
        if Bool.random(using: &random) {
            // Impact that started before anyone noticed.
            timeline[0].text = "Impact started: \(pick(Self.nouns)) errors rose."
            minute += int(1...90)
            entry("Issue first detected by the \(pick(Self.nouns)) alert.")
            detected = minute
        }
        for text in ["Impact confirmed on the dashboard.", "Root cause identified in the config.", "Fix deployed to all regions."] {
            for _ in 0..<int(0...2) {
                minute += int(1...120)
                entry("Update: \(pick(Self.nouns)) \(pick(Self.words)) \(pick(Self.words)).")
            }
            minute += int(1...240)
            entry(text)
        }
        minute += int(1...240)
        entry("System verified as stable.")
        let rootCause = (0..<int(45...80)).map { _ in pick(Self.words) }.joined(separator: " ") + "."
        let lessons = (0..<int(1...4)).map { _ in "The \(pick(Self.nouns)) \(pick(Self.words)) \(pick(Self.words)) needs a limit." }
        let actions = (0..<int(1...6)).map { index in
            GeneratedPostMortem.Action(
                title: "\(pick(Self.verbs)) \(pick(Self.nouns)) \(index + 1)", owner: pick(Self.people),
                due: date.adding(days: int(0...120)), isDone: Bool.random(using: &random))
        }
        return GeneratedPostMortem(
            title: title, date: date, severity: "P\(int(0...4))",
            services: (0..<int(1...3)).map { _ in pick(Self.nouns) + "-api" },
            tags: (0..<int(0...3)).map { _ in pick(Self.problems).replacingOccurrences(of: " ", with: "-") },
            timeline: timeline, rootCause: rootCause, durationMinutes: minute - detected, lessons: lessons, actions: actions)
    }
}
