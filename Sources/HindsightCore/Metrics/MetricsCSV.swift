/// `hindsight metrics --format csv`: one row per incident with its own figures.
extension MetricsReport {
    public static let csvHeader = [
        "slug", "date", "severity", "services", "tags", "time_to_restore_minutes", "time_to_root_cause_minutes",
        "time_to_mitigate_minutes", "actions_total", "actions_done", "actions_overdue", "repeat",
    ]

    public var csv: String {
        let repeats = Set(recurrence.repeats.map(\.incident))
        let itemsByIncident = Dictionary(grouping: actionItems, by: \.incident)
        var rows = [Self.csvHeader]
        for incident in incidents {
            let figures = ActionItemMetrics(itemsByIncident[incident.slug] ?? [])
            func minutes(_ metric: DurationMetric) -> String {
                (try? metric.measure(incident).get()).map(String.init) ?? ""
            }
            rows.append([
                incident.slug, incident.date?.description ?? "", incident.severity ?? "",
                incident.services.joined(separator: ";"), incident.tags.joined(separator: ";"),
                minutes(.timeToRestore), minutes(.timeToRootCause), minutes(.timeToMitigate),
                String(figures.total), String(figures.done), String(figures.overdue),
                repeats.contains(incident.slug) ? "yes" : "no",
            ])
        }
        return rows.map { $0.map(Self.csvField).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    /// RFC 4180 quoting; a leading `=`, `+`, `-` or `@` is prefixed with `'`
    /// so spreadsheets do not run it as a formula.
    static func csvField(_ value: String) -> String {
        var value = value
        if let first = value.first, "=+-@".contains(first) { value = "'" + value }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
