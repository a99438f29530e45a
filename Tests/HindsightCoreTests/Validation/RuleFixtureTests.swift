import Foundation
import Testing

@testable import HindsightCore

/// Every rule has a folder `Fixtures/rules/<rule-id>/` with a `triggers/`
/// corpus that must raise it, exactly as `expected.txt` says, and a `passes/`
/// corpus that must not.
@Suite("Rule fixtures")
struct RuleFixtureTests {
    /// Rules whose trigger cannot be a checked-in file (size, bytes on disk).
    static let rulesTestedElsewhere: Set<RuleID> = [.unreadableFile, .fileTooLarge, .linkOutsideInput]

    static var fixtureRules: [RuleID] {
        RuleID.allCases.filter { !rulesTestedElsewhere.contains($0) }
    }

    /// The corpus's diagnostics; an `incidents.csv` beside its files is its incident register.
    static func diagnostics(in folder: String) throws -> [Diagnostic] {
        let paths = try FileDiscovery.markdownFiles(in: folder)
        var context = ValidationContext()
        let register = folder + "/incidents.csv"
        if FileManager.default.fileExists(atPath: register) { context.register = IncidentRegister.load(path: register) }
        return Corpus.load(paths: paths).diagnostics(validator: Validator(context: context))
    }

    @Test("triggers/ raises exactly the expected diagnostics", arguments: fixtureRules)
    func triggers(rule: RuleID) throws {
        let folder = Fixtures.path("rules/\(rule.rawValue)")
        let found = try Self.diagnostics(in: folder + "/triggers").filter { $0.rule == rule }
        #expect(!found.isEmpty, "no \(rule.rawValue) diagnostic in \(folder)/triggers")
        let expected = try String(contentsOfFile: folder + "/expected.txt", encoding: .utf8)
        let actual = found.map { $0.description.replacingOccurrences(of: folder + "/", with: "") }.joined(separator: "\n") + "\n"
        #expect(actual == expected)
    }

    @Test("passes/ does not raise it", arguments: fixtureRules)
    func passes(rule: RuleID) throws {
        let folder = Fixtures.path("rules/\(rule.rawValue)/passes")
        let found = try Self.diagnostics(in: folder).filter { $0.rule == rule }
        #expect(found.isEmpty, "\(found.map(\.description))")
    }

    @Test("passes/ corpora are clean of errors, so each isolates its rule", arguments: fixtureRules)
    func passesHaveNoErrors(rule: RuleID) throws {
        let folder = Fixtures.path("rules/\(rule.rawValue)/passes")
        let errors = try Self.diagnostics(in: folder).filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.map(\.description))")
    }

    @Test("every rule is documented in docs/rules.md with an example and a fix")
    func documented() throws {
        let docs = try String(contentsOfFile: Fixtures.packageRoot + "/docs/rules.md", encoding: .utf8)
        for rule in RuleID.allCases {
            #expect(docs.contains("## `\(rule.rawValue)`"), "docs/rules.md lacks a section for \(rule.rawValue)")
        }
    }
}
