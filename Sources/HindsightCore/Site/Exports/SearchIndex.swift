import Foundation

extension SiteModel {
    /// `search-index.js`: titles, tags, services and text for the client-side
    /// search, as a script (fetching JSON fails on `file://`).
    func searchIndexScript() -> String {
        let entries: [JSONValue] = incidents.map { incident in
            let text = ([incident.rootCause?.value ?? ""] + incident.lessons.map(\.value) + incident.timeline.map(\.text)).joined(
                separator: " ")
            return .object([
                ("u", .string(SitePaths.incident(incident.slug))),
                ("t", .string(title(of: incident.slug))),
                ("d", .string(incident.date?.description ?? "")),
                ("s", .string(incident.severity ?? "")),
                ("g", .string((incident.tags + incident.services).joined(separator: " "))),
                ("x", .string(String(text.prefix(600)))),
            ])
        }
        return "window.HINDSIGHT_SEARCH = " + JSONValue.array(entries).serialized() + ";\n"
    }
}
