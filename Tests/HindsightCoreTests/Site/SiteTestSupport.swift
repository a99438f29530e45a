import Foundation

@testable import HindsightCore

/// Builds sites in memory and on disk for tests.
enum SiteFixture {
    static let asOf = Day.of("2026-11-25")

    static func options(baseURL: String? = nil, drafts: Bool = false) -> SiteOptions {
        SiteOptions(title: "Test incidents", metrics: MetricsOptions(asOf: asOf), baseURL: baseURL, includeDrafts: drafts)
    }

    /// The site built from Markdown files given by name.
    static func build(_ files: [String: String], options: SiteOptions = options()) throws -> [String: String] {
        let postMortems = files.keys.sorted().map { name in
            Fixtures.parse(files[name]!, name: "postmortems/\(name)", rendersHTML: true)
        }
        let diagnostics = Validator().diagnostics(for: postMortems)
        let site = try SiteBuilder(theme: try Theme(), options: options).build(postMortems: postMortems, diagnostics: diagnostics)
        return Dictionary(uniqueKeysWithValues: site.map { ($0.path, String(decoding: $0.contents, as: UTF8.self)) })
    }

    /// The sample corpus, built as `hindsight build` would.
    static let sample: [SiteFile] = {
        // Discovered as `build` discovers them: each file knows its path below the folder (`2024/…`).
        let files = try! Corpus.discover([Fixtures.packageRoot + "/postmortems"])
        let corpus = Corpus.load(files, parser: PostMortemParser(rendersHTML: true))
        return try! SiteBuilder(theme: try Theme(), options: options(baseURL: "https://incidents.example.com/team/"))
            .build(postMortems: corpus.postMortems, diagnostics: corpus.diagnostics())
    }()
}

/// Reads links and ids out of generated HTML (the site's own, regular markup).
enum HTMLScan {
    static func attributeValues(_ name: String, in html: String) -> [String] {
        var values: [String] = []
        var rest = html[...]
        let marker = " \(name)=\""
        while let range = rest.range(of: marker) {
            let after = rest[range.upperBound...]
            guard let end = after.firstIndex(of: "\"") else { break }
            values.append(String(after[..<end]).replacingOccurrences(of: "&amp;", with: "&"))
            rest = after[end...]
        }
        return values
    }

    /// Resolves a relative link from the page at `pagePath` to a site path and fragment.
    static func resolve(_ link: String, from pagePath: String) -> (path: String, fragment: String?)? {
        if link.hasPrefix("http://") || link.hasPrefix("https://") || link.hasPrefix("mailto:") { return nil }
        let parts = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let pathPart = String(parts[0].split(separator: "?").first ?? "")
        let fragment = parts.count > 1 ? String(parts[1]) : nil
        var components = pagePath.split(separator: "/").dropLast().map(String.init)
        if pathPart.isEmpty { return (pagePath, fragment) }
        for segment in pathPart.split(separator: "/", omittingEmptySubsequences: false) {
            switch segment {
            case "..": _ = components.popLast()
            case ".", "": continue
            default: components.append(String(segment).removingPercentEncoding ?? String(segment))
            }
        }
        var path = components.joined(separator: "/")
        if pathPart.hasSuffix("/") || pathPart == "." || pathPart == "./" { path += path.isEmpty ? "index.html" : "/index.html" }
        return (path, fragment)
    }
}
