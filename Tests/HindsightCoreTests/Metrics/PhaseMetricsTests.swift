import Testing

@testable import HindsightCore

/// Five incidents, every figure below computed by hand:
///
/// | incident | date | detect | confirm | root cause | fix | stable |
/// |---|---|---|---|---|---|---|
/// | complete | 2024-03-05 | 20 | 8 | 30 | 12 | 40 |
/// | no-confirm | 2024-04-10 | — no impact started | — no impact confirmed | — no impact confirmed | 30 | 20 |
/// | fix-first | 2024-05-01 | — no impact started | 5 | 35 | — out of order | 40 |
/// | drill | 2024-05-20 | excluded | excluded | excluded | excluded | excluded |
/// | late | 2024-06-01 | — no impact started | 10 | 30 | 20 | 30 |
enum PhaseCorpus {
    static var complete: IncidentBuilder {
        var builder = IncidentBuilder(slug: "complete", date: "2024-03-05")
        builder.timeline = [
            ("09:40", "Impact started: checkout errors begin."), ("10:00", "Issue first detected."), ("10:08", "Impact confirmed."),
            ("10:38", "Root cause identified."), ("10:50", "Fix deployed."), ("11:30", "System verified as stable."),
        ]
        return builder
    }

    static var builders: [IncidentBuilder] {
        var noConfirm = IncidentBuilder(slug: "no-confirm", date: "2024-04-10")
        noConfirm.timeline = [
            ("10:00", "Issue first detected."), ("10:30", "Root cause identified."), ("11:00", "Fix deployed."),
            ("11:20", "System verified as stable."),
        ]
        // Mitigated before the cause was known: fix deployed is earlier than root cause identified.
        var fixFirst = IncidentBuilder(slug: "fix-first", date: "2024-05-01")
        fixFirst.timeline = [
            ("10:00", "Issue first detected."), ("10:05", "Impact confirmed."), ("10:20", "Fix deployed."),
            ("10:40", "Root cause identified."), ("11:00", "System verified as stable."),
        ]
        var drill = complete
        drill.slug = "drill"
        drill.date = "2024-05-20"
        drill.extraFields = ["**Exclude From Metrics**: yes"]
        var late = IncidentBuilder(slug: "late", date: "2024-06-01")
        late.timeline = [
            ("10:00", "Issue first detected."), ("10:10", "Impact confirmed."), ("10:40", "Root cause identified."),
            ("11:00", "Fix deployed."), ("11:30", "System verified as stable."),
        ]
        return [complete, noConfirm, fixFirst, drill, late]
    }
}

@Suite("Phases: where the time goes")
struct PhaseMetricsTests {
    let phases = report(PhaseCorpus.builders).phases

    @Test("each phase runs from one milestone to the next")
    func definitions() {
        #expect(Phase.allCases.map(\.position) == [0, 1, 2, 3, 4])
        #expect(
            Phase.allCases.map(\.span) == [
                "impact started → first detected", "first detected → impact confirmed", "impact confirmed → root cause identified",
                "root cause identified → fix deployed", "fix deployed → verified as stable",
            ])
    }

    @Test("a complete timeline measures every phase, and the phases after detection add up to time to restore")
    func complete() {
        let incident = IncidentPhases(PhaseCorpus.complete.postMortem)
        #expect(incident.measured.map(\.minutes) == [20, 8, 30, 12, 40])
        #expect(incident.notMeasured.isEmpty)
        #expect(report([PhaseCorpus.complete]).duration(.timeToRestore).included.map(\.minutes) == [8 + 30 + 12 + 40])
    }

    @Test("a missing milestone leaves both phases it bounds unmeasured, never merged into a neighbour")
    func missingMilestone() {
        #expect(phases.figures(.confirm).included.map(\.incident) == ["complete", "fix-first", "late"])
        #expect(
            phases.figures(.rootCause).excluded.map { "\($0.incident): \($0.reason)" } == [
                "no-confirm: no 'impact confirmed' entry in the timeline",
                "drill: marked Exclude From Metrics (drill or game day)",
            ])
        // The 30 minutes from detection to root cause in no-confirm are in neither phase.
        #expect(phases.figures(.rootCause).included.map(\.minutes) == [30, 35, 30])
    }

    @Test("a phase that ends before it starts is skipped and counted as out of order; its neighbours still count")
    func outOfOrder() {
        #expect(phases.outOfOrder == ["fix-first"])
        #expect(
            phases.figures(.fix).excluded.map { "\($0.incident): \($0.reason)" } == [
                "fix-first: 'fix deployed' is earlier than 'root cause identified'",
                "drill: marked Exclude From Metrics (drill or game day)",
            ])
        #expect(phases.figures(.fix).notMeasured(.outOfOrder) == 1)
        #expect(phases.figures(.stable).included.map(\.minutes) == [40, 20, 40, 30])
    }

    @Test("an unreadable stamp leaves the phases on both sides of it unmeasured")
    func unreadableTime() {
        var builder = PhaseCorpus.complete
        builder.timeline[3] = ("25:70", "Root cause identified.")
        let incident = IncidentPhases(builder.postMortem)
        #expect(incident.measured.map(\.phase) == [.detect, .confirm, .stable])
        #expect(
            incident.notMeasured.map { "\($0.phase.rawValue): \($0.reason)" } == [
                "rootCause: the 'root cause identified' entry has no readable time",
                "fix: the 'root cause identified' entry has no readable time",
            ])
    }

    @Test("per phase: count, median and p90 over the measured incidents")
    func statistics() {
        let figures = phases.byPhase.map { figures -> String in
            let s = figures.statistics
            return "\(figures.phase.rawValue) n\(s.count) median \(s.median.map { "\($0)" } ?? "-") p90 \(s.p90.map { "\($0)" } ?? "-")"
        }
        #expect(
            figures == [
                "detect n1 median 20.0 p90 20.0",
                "confirm n3 median 8.0 p90 10.0",  // 5, 8, 10
                "rootCause n3 median 30.0 p90 35.0",  // 30, 30, 35
                "fix n3 median 20.0 p90 30.0",  // 12, 20, 30
                "stable n4 median 35.0 p90 40.0",  // 20, 30, 40, 40: (30 + 40) / 2; rank ⌈3.6⌉ = 4
            ])
        #expect(phases.figures(.stable).statistics.mean == 32.5)
    }

    @Test("not measured, counted by cause")
    func notMeasuredCounts() {
        let counts = phases.byPhase.map { figures in
            "\(figures.phase.rawValue): " + PhaseGap.allCases.map { "\(figures.notMeasured($0))" }.joined(separator: " ")
        }
        // excluded, missing milestone, unreadable time, out of order
        #expect(counts == ["detect: 1 3 0 0", "confirm: 1 1 0 0", "rootCause: 1 1 0 0", "fix: 1 0 0 1", "stable: 1 0 0 0"])
    }

    @Test("per quarter: the median of each phase with its n, too few to judge under 3")
    func quarters() {
        let rows = phases.quarters.map { quarter in
            "\(quarter.key) (\(quarter.incidents)): "
                + Phase.allCases.map { phase in
                    let s = quarter.statistics(phase)
                    return "\(s.median.map { "\($0)" } ?? "-")/\(s.count)\(quarter.tooFewToJudge(phase) ? "*" : "")"
                }.joined(separator: " ")
        }
        #expect(
            rows == [
                "2024-Q1 (1): 20.0/1* 8.0/1* 30.0/1* 12.0/1* 40.0/1*",
                // no-confirm, fix-first, drill, late; the drill counts as an incident, never in a phase
                "2024-Q2 (4): -/0* 7.5/2* 32.5/2* 25.0/2* 30.0/3",
            ])
    }

    @Test("metrics.json: the phases section, keys in order")
    func json() {
        let one = report([PhaseCorpus.complete], asOf: "2024-03-31").json
        guard case .object(let members) = one, let section = members.first(where: { $0.0 == "phases" })?.1,
            case .object(let phaseMembers) = section, case .object(let byPhase)? = phaseMembers.first(where: { $0.0 == "byPhase" })?.1
        else {
            Issue.record("no phases section")
            return
        }
        #expect(phaseMembers.map(\.0) == ["order", "byPhase", "outOfOrder", "quarters"])
        #expect(
            byPhase.first?.1.serialized()
                == #"{"from":"impactStarted","to":"detected","count":1,"meanMinutes":20,"medianMinutes":20,"p90Minutes":20,"minMinutes":20,"maxMinutes":20,"notMeasured":{"excluded":0,"missingMilestone":0,"unreadableTime":0,"outOfOrder":0},"included":[{"incident":"complete","minutes":20}],"excluded":[]}"#
        )
        #expect(
            phaseMembers.last?.1.serialized()
                == #"[{"period":"2024-Q1","incidents":1,"detect":{"count":1,"meanMinutes":20,"medianMinutes":20,"p90Minutes":20,"minMinutes":20,"maxMinutes":20,"tooFewToJudge":true},"confirm":{"count":1,"meanMinutes":8,"medianMinutes":8,"p90Minutes":8,"minMinutes":8,"maxMinutes":8,"tooFewToJudge":true},"rootCause":{"count":1,"meanMinutes":30,"medianMinutes":30,"p90Minutes":30,"minMinutes":30,"maxMinutes":30,"tooFewToJudge":true},"fix":{"count":1,"meanMinutes":12,"medianMinutes":12,"p90Minutes":12,"minMinutes":12,"maxMinutes":12,"tooFewToJudge":true},"stable":{"count":1,"meanMinutes":40,"medianMinutes":40,"p90Minutes":40,"minMinutes":40,"maxMinutes":40,"tooFewToJudge":true}}]"#
        )
    }

    @Test("an excluded phase names its cause for machines as well as its reason for people")
    func jsonExcludedCause() {
        let json = MetricsReport.json(phase: phases.figures(.fix)).serialized()
        #expect(
            json.contains(
                #""excluded":[{"incident":"fix-first","reason":"'fix deployed' is earlier than 'root cause identified'","cause":"outOfOrder"},{"incident":"drill","reason":"marked Exclude From Metrics (drill or game day)","cause":"excluded"}]"#
            ))
    }
}
