/// How numbers and dates read on pages (deterministic, locale-free).
enum Format {
    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// `5 Mar 2024`.
    static func date(_ day: Day?) -> String {
        guard let day else { return "—" }
        return "\(day.day) \(monthNames[day.month - 1]) \(day.year)"
    }

    /// `Mar 2024` for `2024-03`; quarters stay `2024-Q1`.
    static func period(_ key: String) -> String {
        let parts = key.split(separator: "-")
        guard parts.count == 2, let month = Int(parts[1]), (1...12).contains(month) else {
            return key.replacingOccurrences(of: "-", with: " ")
        }
        return "\(monthNames[month - 1]) \(parts[0])"
    }

    /// `1h 12m`, or `—` when unknown.
    static func minutes(_ minutes: Double?) -> String {
        minutes.map { MinutesText.format(Int($0.rounded())) } ?? "—"
    }

    static func minutes(_ minutes: Int?) -> String {
        minutes.map { MinutesText.format($0) } ?? "—"
    }

    /// `83%`, or `—` when there is nothing to divide.
    static func percent(_ rate: Double?) -> String {
        rate.map { "\(Int(($0 * 100).rounded()))%" } ?? "—"
    }

    /// `HH:MM` of a minute offset, with `+1d` when past the incident date.
    static func clock(_ minute: Int?) -> (time: String, dayOffset: String) {
        guard let minute else { return ("??:??", "") }
        let days = minute / 1440
        let inDay = minute % 1440
        let time = String(inDay / 60).leftPadded(to: 2) + ":" + String(inDay % 60).leftPadded(to: 2)
        return (time, days > 0 ? "+\(days)d" : "")
    }

    /// `12 days`, `1 day`, `12.5 days` (a median of an even count), or `—` when unknown.
    static func days(_ days: Double?) -> String {
        guard let days else { return "—" }
        if days == days.rounded() { return plural(Int(days), "day") }
        return "\((days * 10).rounded() / 10) days"
    }

    static func plural(_ count: Int, _ noun: String, _ plural: String? = nil) -> String {
        "\(count) \(count == 1 ? noun : plural ?? noun + "s")"
    }
}
