/// What a post-mortem says, without where or in which form it says it: equal
/// before and after `fix`. Fields are compared by key in a stable order (front
/// matter and bold lines read alike), sections of the template by kind (their
/// heading is form), tickets as a set; the date and the zone as read.
struct ReadValues: Equatable {
    struct Entry: Equatable {
        var minute: Int?
        var day: Day?
        var text: String
        var milestones: [Milestone]
    }
    struct Item: Equatable {
        var title: String, details: String, owner: String?, due: Day?, status: ActionStatus, tickets: [String], id: String?
        var type: String?
        var attributes: [String]
        /// The completion date as read (`Done: 2024-03-10`, a Done or Closed column).
        var completed: Day?
    }
    var title: String?
    var fields: [String]
    var date: Day?
    var severity: String?
    var timezone: String?
    var tags: [String]
    var services: [String]
    var sections: [String]
    var timeline: [Entry]
    var items: [Item]
    var lessons: [String]
    var rootCause: String?
    var impact: [String?]
    var disabledRules: [String]

    init(_ postMortem: PostMortem) {
        title = postMortem.title?.value
        // A field written twice with one value (front matter and a bold line) says it once.
        var seen = Set<String>()
        fields = postMortem.fields.filter { $0.key != "date" && $0.key != "timezone" }.enumerated()
            .sorted { ($0.element.key, $0.offset) < ($1.element.key, $1.offset) }
            .map { "\($0.element.key)=\($0.element.value)" }.filter { seen.insert($0).inserted }
        date = postMortem.date
        severity = postMortem.severity
        timezone = postMortem.timezone
        tags = postMortem.tags
        services = postMortem.services
        sections = postMortem.sections.map { $0.kind?.rawValue ?? "- \($0.heading)" }
        timeline = postMortem.timeline.map { Entry(minute: $0.minute, day: $0.explicitDay, text: $0.text, milestones: $0.milestones) }
        items = postMortem.actionItems.map {
            Item(
                title: $0.title, details: $0.details, owner: $0.owner?.value, due: $0.due, status: $0.status, tickets: $0.tickets.sorted(),
                id: $0.id, type: $0.typeText?.value, attributes: $0.attributes.map { "\($0.key)=\($0.value)" }, completed: $0.completed)
        }
        lessons = postMortem.lessons.map(\.value)
        rootCause = postMortem.rootCause?.value
        impact = [postMortem.impact.usersAffected?.value, postMortem.impact.dataLoss?.value, postMortem.impact.duration?.value]
        disabledRules = postMortem.disabledRules.map(\.value)
    }
}
