import Foundation
import Testing

@testable import HindsightCore

/// The site's rules page, made from docs/rules.md, and the diagnostics that link to it.
@Suite("Rules page")
struct RulesPageTests {
    static let site: [String: String] = {
        (try? SiteFixture.build(["2024-03-05-short.md": "## Incident: Short\n\n**Date**: 2024-03-05\n**Severity**: P1\n"])) ?? [:]
    }()

    @Test("the embedded rule reference is docs/rules.md as it is in the repository")
    func embeddedIsCurrent() throws {
        let docs = try String(contentsOfFile: Fixtures.packageRoot + "/docs/rules.md", encoding: .utf8)
        #expect(RuleReference.markdown == docs)
    }

    @Test("every rule has its section of docs/rules.md at #rule-id on the rules page")
    func everyRuleHasASection() throws {
        let page = try #require(Self.site["rules/index.html"])
        for rule in RuleID.allCases {
            #expect(RuleReference.sections[rule.rawValue]?.contains("**Fix:**") == true, "no section with a fix for \(rule.rawValue)")
            #expect(page.contains("<section class=\"report-section rule\" id=\"\(rule.rawValue)\">"), "no section for \(rule.rawValue)")
        }
        #expect(Set(RuleReference.sections.keys) == Set(RuleID.allCases.map(\.rawValue)))
    }

    @Test("a rule's section is its documentation as HTML, its example post-mortem's headings kept inside the example")
    func sectionContent() throws {
        let section = try #require(RulesPageModel.Rule.body(of: .missingTitle))
        #expect(section.contains("<p><strong>Level:</strong> error."))
        #expect(section.contains("<pre><code class=\"language-markdown\">## Incident:"))
        let unknownSeverity = try #require(RulesPageModel.Rule.body(of: .unknownSeverity))
        #expect(!unknownSeverity.contains("href=\"configuration.md"))
        #expect(unknownSeverity.contains("(<code>docs/configuration.md</code>)"))
    }

    @Test("a diagnostic on an incident page and on the Problems page links to its rule's section")
    func diagnosticsLink() throws {
        let incident = try #require(Self.site["incidents/2024-03-05-short/index.html"])
        #expect(
            incident.contains("<a class=\"rule-link\" href=\"../../rules/index.html#missing-section\"><code>missing-section</code></a>"))
        let problems = try #require(Self.site["problems/index.html"])
        #expect(problems.contains("<a class=\"rule-link\" href=\"../rules/index.html#missing-section\"><code>missing-section</code></a>"))
        let rules = try #require(Self.site["rules/index.html"])
        for link in HTMLScan.attributeValues("href", in: incident) where link.contains("rules/") {
            let target = try #require(HTMLScan.resolve(link, from: "incidents/2024-03-05-short/index.html"))
            #expect(target.path == "rules/index.html")
            #expect(rules.contains("id=\"\(target.fragment ?? "")\""))
        }
    }
}

extension RulesPageModel.Rule {
    static func body(of rule: RuleID) -> String? {
        RuleReference.page.rules.first { $0.id == rule.rawValue }?.bodyHTML
    }
}
