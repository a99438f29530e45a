@testable import HindsightCore

/// Builds small post-mortems in code for metric tests, with only the values
/// a metric reads.
struct IncidentBuilder {
    var slug: String
    var date: String?
    var severity = "P2"
    var tags: [String] = []
    var services: [String] = []
    /// (stamp, text) timeline lines.
    var timeline: [(String, String)] = [("10:00", "Issue first detected."), ("11:00", "System verified as stable.")]
    /// (done, owner, due) action items.
    var actions: [(Bool, String, String)] = []
    /// Action items written off with `Status: Won't do` (neither done nor open).
    var droppedActions = 0
    /// Action item lines written as given (`` -   `[x]` **Fix**: … Done: 2024-03-10. ``), after the others.
    var actionLines: [String] = []
    var extraFields: [String] = []

    var markdown: String {
        var lines = ["## Incident: \(slug)", ""]
        if let date { lines.append("**Date**: \(date)") }
        lines.append("**Severity**: \(severity)")
        if !tags.isEmpty { lines.append("**Tags**: \(tags.joined(separator: ", "))") }
        if !services.isEmpty { lines.append("**Services**: \(services.joined(separator: ", "))") }
        lines += extraFields
        lines += ["", "### Timeline", ""]
        lines += timeline.map { "-   `[\($0.0)]` - \($0.1)" }
        lines += ["", "### Action Items", ""]
        lines += actions.enumerated().map { index, action in
            "-   `[\(action.0 ? "x" : " ")]` **Item \(index + 1)**: Do it. Owner: \(action.1). Due: \(action.2)."
        }
        lines += (0..<droppedActions).map { index in
            "-   **Dropped \(index + 1)**: Not worth it. Owner: Ana. Due: 2024-12-01. Status: Won't do."
        }
        lines += actionLines
        return lines.joined(separator: "\n") + "\n"
    }

    var postMortem: PostMortem { Fixtures.parse(markdown, name: "\(slug).md") }

    /// An incident on `date` restored in `minutes` (first detected at 10:00, under a day).
    static func restored(_ slug: String, _ date: String, _ minutes: Int) -> IncidentBuilder {
        var builder = IncidentBuilder(slug: slug, date: date)
        let end = 600 + minutes
        let stamp = String(end / 60).leftPadded(to: 2) + ":" + String(end % 60).leftPadded(to: 2)
        builder.timeline = [("10:00", "Issue first detected."), (stamp, "System verified as stable.")]
        return builder
    }
}

extension Day {
    static func of(_ text: String) -> Day { DateParser.parse(text)! }
}

func report(_ builders: [IncidentBuilder], asOf: String = "2024-06-01", window: Int = 90) -> MetricsReport {
    MetricsReport(builders.map(\.postMortem), options: MetricsOptions(asOf: .of(asOf), recurrenceWindowDays: window))
}
