/// `lessons/index.html`: lessons learned, grouped by tag, then by incident.
/// The tags with most lessons come first; each shows its newest incidents'
/// first lessons, and links to where the rest are.
extension SiteModel {
    func lessonsPage(root: String) -> LessonsPageModel {
        var byTag: [String: [PostMortem]] = [:]
        var lessonCounts: [String: Int] = [:]
        for incident in incidents where !incident.lessons.isEmpty {
            for tag in incident.tags.isEmpty ? ["untagged"] : incident.tags {
                byTag[tag, default: []].append(incident)
                lessonCounts[tag, default: 0] += incident.lessons.count
            }
        }
        let tags = byTag.keys.sorted { (lessonCounts[$0] ?? 0, $1) > (lessonCounts[$1] ?? 0, $0) }
        let groups = tags.prefix(PageLimits.lessonTags).map { tag in
            let members = byTag[tag] ?? []
            return LessonsPageModel.TagLessons(
                tag: tag, anchor: "tag-" + SitePaths.segment(tag), count: Format.plural(lessonCounts[tag] ?? 0, "lesson"),
                incidents: members.prefix(PageLimits.lessonIncidents).map { incident in
                    let url = root + SitePaths.incident(incident.slug) + "#lessons"
                    return LessonsPageModel.IncidentLessons(
                        title: title(of: incident.slug).nonEmpty, url: url,
                        dateText: Format.date(incident.date),
                        lessons: incident.lessons.prefix(PageLimits.lessonsPerIncident).map {
                            Self.excerpt($0.value, limit: PageLimits.lessonCharacters)
                        },
                        lessonsMore: Self.more(
                            incident.lessons.count, shown: PageLimits.lessonsPerIncident, noun: "more on its page", url: url))
                },
                // Untagged incidents have no tag page; the incident list holds them all.
                incidentsMore: Self.more(
                    members.count, shown: PageLimits.lessonIncidents, noun: "older incidents with lessons",
                    url: members.contains { $0.tags.contains(tag) } ? root + SitePaths.tag(tag) : root + "incidents/index.html"))
        }
        return LessonsPageModel(
            groups: groups, total: Format.plural(incidents.reduce(0) { $0 + $1.lessons.count }, "lesson"),
            groupsMore: Self.more(
                tags.count, shown: PageLimits.lessonTags, noun: "more tags with lessons, on their tag pages and in incidents.json",
                url: root + "incidents.json"))
    }
}
