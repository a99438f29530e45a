import Testing
import Foundation
@testable import HindsightCore

@Test func scratchDump() throws {
    let path = ProcessInfo.processInfo.environment["DUMP"] ?? "postmortems/2025-06-14-kafka-broker-disk-full.md"
    let file = try SourceFileReader.read(path: path).get()
    let pm = PostMortemParser().parse(file)
    print(pm.title as Any, pm.date as Any, pm.severity as Any, pm.services, pm.tags)
    for f in pm.fields { print("FIELD", f.name, "=", f.value, f.valueLocation) }
    for s in pm.sections { print("SECTION", s.heading, s.kind as Any, s.location) }
    for e in pm.timeline { print("TL", e.index, e.stamp ?? "-", e.minute as Any, e.milestones, e.text.prefix(40)) }
    print("IMPACT", pm.impact)
    for l in pm.lessons { print("LESSON", l.value.prefix(50)) }
    for a in pm.actionItems { print("ACTION", a.index, a.isDone, a.title, "|", a.owner?.value as Any, a.due as Any, a.tickets, a.id as Any) }
}
