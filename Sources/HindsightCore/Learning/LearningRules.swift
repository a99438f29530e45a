/// `learning-field`: a `Kind` or action item `Type:` that names nothing known
/// is not guessed at: the file says it, and it must be fixed.
struct LearningFieldRule: PostMortemRule {
    let id = RuleID.learningField

    func findings(in postMortem: PostMortem, context: ValidationContext) -> [Finding] {
        var findings: [Finding] = []
        if let field = postMortem.field(key: "kind"), !Placeholder.isPlaceholder(field.value), IncidentKind(written: field.value) == nil {
            findings.append(
                Finding(
                    "'\(field.value)' is not an incident kind; use one of \(IncidentKind.allCases.map(\.rawValue).joined(separator: ", "))",
                    at: field.valueLocation))
        }
        for item in postMortem.actionItems {
            guard let written = item.typeText, ActionType(written: written.value) == nil else { continue }
            findings.append(
                Finding(
                    "action item \(item.index): 'Type: \(written.value)' is not an action type; use one of \(ActionType.allCases.map(\.rawValue).joined(separator: ", "))",
                    at: written.location))
        }
        return findings
    }
}

/// `learning-loop`: every production bug leaves an automated check behind,
/// every deployment failure a deployment-process change, every performance
/// regression a performance metric, every review rejection documentation or
/// training (`continuous-improvement.md`, "The Learning Framework").
struct LearningLoopRule: PostMortemRule {
    let id = RuleID.learningLoop

    func findings(in postMortem: PostMortem, context: ValidationContext) -> [Finding] {
        guard let kind = context.learning.kind(of: postMortem), let expected = kind.value.expectedResponse else { return [] }
        let types = postMortem.actionItems.compactMap { context.learning.type(of: $0)?.value }
        guard !types.contains(expected) else { return [] }
        let why = kind.inferenceNote.map { " (\($0))" } ?? ""
        let location = postMortem.field(key: "kind")?.valueLocation ?? postMortem.section(.actions)?.location ?? postMortem.headerLocation
        return [
            Finding(
                "this \(kind.value.label)\(why) has no \(expected.rawValue) action item; the learning framework asks every \(kind.value.label) "
                    + "to leave \(expected.lasting) behind: add one, or mark the item that does with `Type: \(expected.rawValue)`",
                at: location)
        ]
    }
}

extension ActionType {
    /// The lasting improvement in words, for messages.
    var lasting: String {
        switch self {
        case .automatedCheck: return "a new automated validation check"
        case .deploymentProcess: return "an improvement to the deployment script or process"
        case .performanceMetric: return "a new performance metric in monitoring and tests"
        case .documentationTraining: return "better documentation, standards or training"
        case .other: return "a lasting improvement"
        }
    }
}

extension PostMortem {
    /// The `**Incident ID**` values (front matter `incident_id`), with where they are written.
    var incidentIDs: [Located<String>] {
        guard let field = field(key: "incidentid") else { return [] }
        return ListValue.split(field.value).filter { !Placeholder.isPlaceholder($0) }.map { Located($0, at: field.valueLocation) }
    }
}

/// The checks against the incident register: its unreadable rows, every
/// incident owed a post-mortem that has none, and post-mortems naming an ID
/// the register lacks.
enum RegisterChecks {
    static func diagnostics(for postMortems: [PostMortem], context: ValidationContext) -> [Diagnostic] {
        guard let register = context.register else { return [] }
        var diagnostics = register.problems
        let known = Set(register.records.map(\.id))
        var written = Set<String>()
        for postMortem in postMortems {
            for id in postMortem.incidentIDs {
                written.insert(id.value)
                if !known.contains(id.value) {
                    diagnostics.append(
                        Diagnostic(
                            path: postMortem.path, location: id.location, rule: .unknownIncident,
                            message:
                                "incident ID '\(id.value)' is not in the incident register \(register.path); check the ID, or add the incident to the register"
                        ))
                }
            }
        }
        for record in register.records where record.isValid && !written.contains(record.id) {
            let reasons = context.learning.policy.reasons(for: record)
            guard !reasons.isEmpty else { continue }
            let about = [record.date?.description, record.title.isEmpty ? nil : "\"\(record.title)\""].compactMap { $0 }.joined(
                separator: " ")
            diagnostics.append(
                Diagnostic(
                    path: register.path, location: record.location, rule: .postmortemDue,
                    message:
                        "incident \(record.id)\(about.isEmpty ? "" : " (\(about))") needs a post-mortem (\(reasons.joined(separator: ", "))) and none has `**Incident ID**: \(record.id)`; "
                        + "write one (`hindsight new`) and give it that Incident ID"))
        }
        return diagnostics
    }
}
