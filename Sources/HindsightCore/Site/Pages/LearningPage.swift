import Mustache

/// `learning/index.html`: whether the organisation lives by its learning
/// framework — what each kind of failure left behind, per quarter; which
/// incidents missed their loop; with a register, which post-mortems are
/// missing; and whether post-mortems are getting more complete.
struct LearningPage: MustacheParent {
    /// A table cell, with its column's name for phones (`data-label`).
    struct Cell: MustacheParent {
        var text: String
        var label = ""
        func child(named name: String) -> Any? {
            switch name {
            case "text": return text
            case "label": return label
            default: return nil
            }
        }
    }

    struct Row: MustacheParent {
        var label: String
        var cells: [Cell]
        func child(named name: String) -> Any? {
            switch name {
            case "label": return label
            case "cells": return cells
            default: return nil
            }
        }
    }

    struct Link: MustacheParent {
        var title: String
        var url: String
        var note: String
        func child(named name: String) -> Any? {
            switch name {
            case "title": return title
            case "url": return url
            case "note": return note.isEmpty ? nil : note
            default: return nil
            }
        }
    }

    struct Coverage: MustacheParent {
        var registerPath: String
        var summary: String
        var missing: [Row]
        func child(named name: String) -> Any? {
            switch name {
            case "registerPath": return registerPath
            case "summary": return summary
            case "missing": return missing
            case "hasMissing": return !missing.isEmpty
            default: return nil
            }
        }
    }

    var typeHeaders: [Cell]
    var quarters: [Row]
    var loops: [Row]
    var missingLoops: [Link]
    var kinds: [Row]
    var coverage: Coverage?
    var completenessTrend: [Row]
    var completenessSummary: String
    var criteria: [Cell]

    /// A score as a whole number, `—` when there is none.
    static func score(_ value: Double?) -> String { value.map { String(Int($0.rounded())) } ?? "—" }

    func child(named name: String) -> Any? {
        switch name {
        case "typeHeaders": return typeHeaders
        case "quarters": return quarters
        case "hasQuarters": return !quarters.isEmpty
        case "loops": return loops
        case "missingLoops": return missingLoops
        case "hasMissingLoops": return !missingLoops.isEmpty
        case "kinds": return kinds
        case "coverage": return coverage
        case "completenessTrend": return completenessTrend
        case "hasCompletenessTrend": return !completenessTrend.isEmpty
        case "completenessSummary": return completenessSummary
        case "criteria": return criteria
        default: return nil
        }
    }
}

extension SiteModel {
    func learningPage(root: String) -> LearningPage {
        let learning = LearningReport(report)
        let shownTypes = ActionType.allCases.filter { $0 != .other }
        let quarters = learning.quarters.reversed().map { quarter in
            LearningPage.Row(
                label: quarter.key,
                cells: [LearningPage.Cell(text: String(quarter.incidents.count), label: "Incidents")]
                    + shownTypes.map { LearningPage.Cell(text: String(quarter.leaving[$0] ?? 0), label: $0.label) })
        }
        let loops = learning.loops.map { loop in
            LearningPage.Row(
                label: "\(loop.kind.label) → \(loop.response.label)",
                cells: [
                    LearningPage.Cell(text: String(loop.incidents.count), label: "Incidents"),
                    LearningPage.Cell(text: String(loop.closed.count), label: "With the improvement"),
                    LearningPage.Cell(text: Format.percent(loop.rate), label: "Share"),
                ])
        }
        let missing = learning.missingLoops.map { incident in
            let kind = incident.kind.map { kind in kind.value.label + (kind.inferenceNote.map { " (\($0))" } ?? "") } ?? ""
            let response = incident.kind?.value.expectedResponse?.label ?? ""
            return LearningPage.Link(
                title: title(of: incident.slug), url: root + SitePaths.incident(incident.slug), note: "\(kind): no \(response) item")
        }
        let kinds = learning.byKind.map { entry in
            LearningPage.Row(
                label: entry.kind.label,
                cells: [
                    LearningPage.Cell(text: String(entry.count), label: "Incidents"),
                    LearningPage.Cell(text: String(entry.inferred), label: "Of them inferred"),
                ])
        }
        let coverage = learning.coverage.map { coverage in
            LearningPage.Coverage(
                registerPath: coverage.registerPath,
                summary:
                    "\(coverage.written) of \(Format.plural(coverage.required.count, "incident")) that needed a post-mortem have one (\(Format.percent(coverage.rate))), out of \(Format.plural(coverage.registered, "incident")) in the register",
                missing: coverage.missing.map { required in
                    LearningPage.Row(
                        label: required.record.id,
                        cells: [
                            LearningPage.Cell(text: required.record.date.map(Format.date) ?? "", label: "Date"),
                            LearningPage.Cell(text: required.record.title, label: "Title"),
                            LearningPage.Cell(text: required.reasons.joined(separator: ", "), label: "Why one is due"),
                            LearningPage.Cell(text: "line \(required.record.location.line)", label: "Register"),
                        ])
                })
        }
        let trend = learning.quarters.reversed().map { quarter in
            LearningPage.Row(
                label: quarter.key,
                cells: [
                    LearningPage.Cell(text: String(quarter.incidents.count), label: "Post-mortems"),
                    LearningPage.Cell(text: LearningPage.score(quarter.completeness.median), label: "Median score"),
                    LearningPage.Cell(text: LearningPage.score(quarter.completeness.min), label: "Lowest"),
                ])
        }
        let scores = learning.completeness
        return LearningPage(
            typeHeaders: shownTypes.map { LearningPage.Cell(text: $0.label) }, quarters: Array(quarters), loops: loops,
            missingLoops: missing, kinds: kinds, coverage: coverage, completenessTrend: Array(trend),
            completenessSummary: scores.median.map {
                "Median \(LearningPage.score($0)) of 100 over \(Format.plural(scores.count, "post-mortem"))"
            }
                ?? "No post-mortems yet",
            criteria: CompletenessScore.Criterion.allCases.map { LearningPage.Cell(text: $0.label) })
    }
}
