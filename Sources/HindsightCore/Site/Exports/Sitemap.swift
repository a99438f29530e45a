import Foundation

extension SiteModel {
    /// `sitemap.xml`, only with a base URL (sitemaps need absolute links).
    func sitemap(pagePaths: [String]) -> String? {
        guard let base = options.baseURL else { return nil }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for path in pagePaths {
            let folder = path.hasSuffix("index.html") ? String(path.dropLast("index.html".count)) : path
            let encoded = folder.split(separator: "/", omittingEmptySubsequences: false).map { SitePaths.segment(String($0)) }.joined(
                separator: "/")
            xml += "  <url><loc>\(SVG.escape(base + encoded))</loc></url>\n"
        }
        return xml + "</urlset>\n"
    }
}
