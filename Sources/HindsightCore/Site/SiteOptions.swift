import Foundation

/// What `hindsight build` is asked to produce.
public struct SiteOptions: Sendable {
    public var title: String
    public var metrics: MetricsOptions
    /// Absolute base for feed, sitemap and 404 links (`https://incidents.example.com/`).
    public var baseURL: String?
    /// Publish post-mortems marked `**Status**: draft`.
    public var includeDrafts: Bool
    /// An "edit this report" link pattern, `{path}` standing for the file's path (`site: editURL:`).
    public var editURL: String?

    public init(title: String = "Incident reviews", metrics: MetricsOptions, baseURL: String? = nil, includeDrafts: Bool = false) {
        self.title = title
        self.metrics = metrics
        self.baseURL = baseURL.map { $0.hasSuffix("/") ? $0 : $0 + "/" }
        self.includeDrafts = includeDrafts
    }
}

extension SiteOptions {
    /// The incident's "edit this report" link: the pattern with `{path}` replaced by
    /// the file's path as read (`./` dropped, each segment percent-encoded).
    func editURL(forPath path: String) -> String? {
        guard let pattern = editURL else { return nil }
        var path = path
        while path.hasPrefix("./") { path.removeFirst(2) }
        let encoded = path.split(separator: "/", omittingEmptySubsequences: false).map { segment in
            segment.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(["/", "?", "#", ";"])) ?? String(segment)
        }
        return pattern.replacingOccurrences(of: "{path}", with: encoded.joined(separator: "/"))
    }
}

/// One file of the built site.
public struct SiteFile: Sendable, Hashable {
    /// Path relative to the output folder, `/`-separated.
    public var path: String
    public var contents: [UInt8]
    /// What the file is written for, as a build error names it: a source file
    /// (`postmortems/a.md`), an alias of one, or a page of the whole site.
    public var origin: String

    public init(path: String, contents: [UInt8], origin: String = "the site") {
        self.path = path
        self.contents = contents
        self.origin = origin
    }

    public init(path: String, text: String, origin: String = "the site") {
        self.init(path: path, contents: Array(text.utf8), origin: origin)
    }
}
