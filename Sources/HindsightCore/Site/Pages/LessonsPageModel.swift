import Mustache

/// What `lessons.mustache` draws: lessons grouped by tag, then by incident.
struct LessonsPageModel: MustacheParent {
    var groups: [TagLessons]
    /// Lessons in the whole corpus.
    /// `12 lessons`.
    var total: String
    var groupsMore: MoreLink?

    /// One tag's incidents with lessons, newest first.
    struct TagLessons: MustacheParent {
        var tag: String
        var anchor: String
        var count: String
        var incidents: [IncidentLessons]
        var incidentsMore: MoreLink?

        func child(named name: String) -> Any? {
            switch name {
            case "tag": tag
            case "anchor": anchor
            case "count": count
            case "incidents": incidents
            case "incidentsMore": incidentsMore
            default: nil
            }
        }
    }

    /// One incident's first lessons, linked to its lessons section.
    struct IncidentLessons: MustacheParent {
        var title: String?
        var url: String
        var dateText: String
        var lessons: [String]
        var lessonsMore: MoreLink?

        func child(named name: String) -> Any? {
            switch name {
            case "title": title
            case "url": url
            case "dateText": dateText
            case "lessons": lessons
            case "lessonsMore": lessonsMore
            default: nil
            }
        }
    }

    func child(named name: String) -> Any? {
        switch name {
        case "groups": groups
        case "total": total
        case "groupsMore": groupsMore
        default: nil
        }
    }
}
