/// `feed.xml`: an Atom feed of the incidents, newest first. Links are
/// absolute under `--base-url` when given, relative otherwise.
extension SiteModel {
    func atomFeed() -> String {
        let base = options.baseURL ?? ""
        let updated = incidents.compactMap(\.date).max().map { "\($0)T00:00:00Z" } ?? "1970-01-01T00:00:00Z"
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>\(SVG.escape(options.title))</title>
              <id>\(SVG.escape(base.isEmpty ? "urn:hindsight:site" : base))</id>
              <link rel="alternate" type="text/html" href="\(SVG.escape(base.isEmpty ? "./" : base))"/>\(base.isEmpty ? "" : "\n  <link rel=\"self\" type=\"application/atom+xml\" href=\"\(SVG.escape(base))feed.xml\"/>")
              <updated>\(updated)</updated>
              <generator>Hindsight</generator>

            """
        for incident in incidents.prefix(50) {
            let url = base + SitePaths.incidentFolder(incident.slug)
            let figures = ActionItemMetrics(actionItems(of: incident.slug))
            let summary =
                "\(incident.severity ?? "Unknown severity") · time to restore \(Format.minutes(minutes(.timeToRestore, of: incident))) · "
                + "\(figures.done) of \(figures.total) action items done"
                + (incident.tags.isEmpty ? "" : " · " + incident.tags.joined(separator: ", "))
            xml += """
                  <entry>
                    <title>\(SVG.escape(title(of: incident.slug)))</title>
                    <id>\(SVG.escape(base.isEmpty ? "urn:hindsight:incident:" + SitePaths.segment(incident.slug) : url))</id>
                    <link rel="alternate" type="text/html" href="\(SVG.escape(url))"/>
                    <updated>\(incident.date.map { "\($0)T00:00:00Z" } ?? updated)</updated>
                    <author><name>Hindsight</name></author>
                    <summary>\(SVG.escape(summary))</summary>
                \(incident.tags.map { "    <category term=\"\(SVG.escape($0))\"/>\n" }.joined())  </entry>

                """
        }
        return xml + "</feed>\n"
    }

}
