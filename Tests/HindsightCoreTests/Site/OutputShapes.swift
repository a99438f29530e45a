import Foundation

@testable import HindsightCore

/// The corpora whose site once grew with the square of the input (the same
/// shapes as `scripts/generate-shapes.py`), as Markdown files by name.
enum OutputShapes {
    enum Shape: String, CaseIterable, Sendable {
        case manyTags = "one file with many tags"
        case oneWindow = "incidents in one window sharing a tag, each with an open item"
        case copies = "copies of one file"

        func files(_ count: Int) -> [String: String] {
            switch self {
            case .manyTags: return OutputShapes.manyTags(count)
            case .oneWindow: return OutputShapes.oneWindow(count)
            case .copies: return OutputShapes.copies(count)
            }
        }

        /// Small enough for a debug build, large enough that a square would show.
        var smallCount: Int { self == .manyTags ? 200 : 60 }
    }

    /// One file with `count` tags.
    static func manyTags(_ count: Int) -> [String: String] {
        var incident = IncidentBuilder(slug: "many-tags", date: "2026-06-01", tags: (0..<count).map { "t\($0)" })
        incident.actions = [(false, "Ana", "2026-12-31")]
        return ["many-tags.md": incident.markdown]
    }

    /// `count` incidents in one 90-day window sharing a tag, each with an open item.
    static func oneWindow(_ count: Int) -> [String: String] {
        let start = Day.of("2026-06-01")
        var files: [String: String] = [:]
        for index in 0..<count {
            let day = start.adding(days: index * 90 / count)
            var incident = IncidentBuilder(slug: "pool-\(index)", date: day.description, tags: ["connection-pool", "t\(index)"])
            incident.actions = [(false, "Ana", "2026-12-31")]
            files["pool-\(index).md"] = incident.markdown
        }
        return files
    }

    /// `count` copies of one complete post-mortem.
    static func copies(_ count: Int) -> [String: String] {
        Dictionary(uniqueKeysWithValues: (0..<count).map { ("copy-\($0).md", Fixtures.validPostMortem) })
    }

    /// The input's bytes, the site's bytes and its largest page.
    static func measure(_ files: [String: String]) throws -> (input: Int, site: Int, largestPage: Int, largestPath: String) {
        let site = try SiteFixture.build(files)
        let largest = site.filter { $0.key.hasSuffix(".html") }.max { $0.value.utf8.count < $1.value.utf8.count }
        return (
            files.values.reduce(0) { $0 + $1.utf8.count }, site.values.reduce(0) { $0 + $1.utf8.count },
            largest?.value.utf8.count ?? 0, largest?.key ?? ""
        )
    }
}
