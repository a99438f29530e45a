/// `lessons/index.html`: every lesson learned, grouped by tag, then by incident.
extension SiteModel {
    func lessonsPage(root: String) -> [String: Any] {
        var byTag: [String: [PostMortem]] = [:]
        for incident in incidents where !incident.lessons.isEmpty {
            for tag in incident.tags.isEmpty ? ["untagged"] : incident.tags { byTag[tag, default: []].append(incident) }
        }
        func lessonCount(_ tag: String) -> Int { byTag[tag]!.reduce(0) { $0 + $1.lessons.count } }
        let groups = byTag.keys.sorted { (lessonCount($0), $1) > (lessonCount($1), $0) }.map { tag -> [String: Any] in
            [
                "tag": tag, "anchor": "tag-" + SitePaths.segment(tag), "count": Format.plural(lessonCount(tag), "lesson"),
                "incidents": byTag[tag]!.map { incident -> [String: Any] in
                    [
                        "title": title(of: incident.slug), "url": root + SitePaths.incident(incident.slug) + "#lessons",
                        "dateText": Format.date(incident.date), "lessons": incident.lessons.map(\.value),
                    ]
                },
            ]
        }
        return ["groups": groups, "total": incidents.reduce(0) { $0 + $1.lessons.count }]
    }
}
