import Foundation

/// Reads the title heading: `Incident: Checkout outage` → `Checkout outage`.
enum TitleReader {
    static func title(fromHeading text: String, at location: SourceLocation) -> Located<String> {
        var title = Substring(text.trimmingSpaces())
        for prefix in ["incident:", "incident -", "incident –", "post-mortem:", "postmortem:"]
        where title.lowercased().hasPrefix(prefix) {
            title = title.dropFirst(prefix.count)
            break
        }
        return Located(title.trimmingSpaces(), at: location)
    }
}
