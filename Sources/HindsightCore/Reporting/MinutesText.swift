import Foundation

/// Minutes for people: `72` → `1h 12m`.
public enum MinutesText {
    /// Days show hours but not minutes, unless `precise`.
    public static func format(_ minutes: Int, precise: Bool = false) -> String {
        if minutes < 60 { return "\(minutes)m" }
        if minutes < 1440 { return minutes % 60 == 0 ? "\(minutes / 60)h" : "\(minutes / 60)h \(minutes % 60)m" }
        let days = minutes / 1440
        let hours = (minutes % 1440) / 60
        let rest = minutes % 60
        if precise && rest > 0 { return "\(days)d \(hours)h \(rest)m" }
        return hours == 0 ? "\(days)d" : "\(days)d \(hours)h"
    }
}
