import CommonMark
import Foundation
import Mustache

/// `rules/index.html`: every rule, one section each at `#<rule-id>`, made from the
/// rule reference `docs/rules.md` (embedded at build time, so the two cannot
/// drift) with each rule's level and summary from ``RuleID``. Diagnostics on the
/// site link here, so the built site explains them without the repository.
struct RulesPageModel: MustacheParent {
    var rules: [Rule]

    struct Rule: MustacheParent {
        var id: String
        var level: String
        var summaryHTML: String?
        /// The rule's section of docs/rules.md, as cmark's safe-mode HTML.
        var bodyHTML: String?

        func child(named name: String) -> Any? {
            switch name {
            case "id": id
            case "level": level
            case "summaryHTML": summaryHTML
            case "bodyHTML": bodyHTML
            default: nil
            }
        }
    }

    func child(named name: String) -> Any? {
        switch name {
        case "rules": rules
        default: nil
        }
    }
}

extension SiteModel {
    /// The rule page's model (the same for every build).
    func rulesPage(root: String) -> RulesPageModel { RuleReference.page }

    /// Where the rules page explains `rule`.
    static func ruleURL(_ rule: String, root: String) -> String { root + "rules/index.html#" + SitePaths.segment(rule) }
}

/// The rule reference, `docs/rules.md`, cut into one section per rule.
enum RuleReference {
    static let markdown = String(decoding: Data(base64Encoded: EmbeddedDocs.rulesBase64) ?? Data(), as: UTF8.self)

    static let page = RulesPageModel(
        rules: RuleID.allCases.map { rule in
            RulesPageModel.Rule(
                id: rule.rawValue, level: rule.defaultSeverity.rawValue, summaryHTML: InlineCode.html(rule.summary).nonEmpty,
                bodyHTML: sections[rule.rawValue].map { CommonMark.renderHTML(withoutDocumentLinks($0)) })
        })

    /// Each `` ## `rule-id` `` section's Markdown (its heading left out) by rule id, up to the next `##` heading;
    /// fenced code (which holds example post-mortems and their headings) is skipped over.
    static let sections: [String: String] = {
        var sections: [String: String] = [:]
        var current: (id: String, lines: [Substring])?
        var fence: Substring?
        func finish() {
            if let current { sections[current.id] = current.lines.joined(separator: "\n") + "\n" }
        }
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.drop(while: { $0 == " " })
            if let open = fence {
                if trimmed.hasPrefix(open) { fence = nil }
            } else if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                fence = trimmed.prefix(3)
            } else if line.hasPrefix("## ") {
                finish()
                let heading = line.dropFirst(3).trimmingSpaces()
                current =
                    heading.hasPrefix("`") && heading.hasSuffix("`") && heading.count > 2
                    ? (String(heading.dropFirst().dropLast()), []) : nil
                continue
            }
            current?.lines.append(line)
        }
        finish()
        return sections
    }()

    /// Links to the repository's other documents (`[severity](configuration.md#severity)`) are
    /// not in the site: they become their text and the document's name.
    static func withoutDocumentLinks(_ markdown: String) -> String {
        guard let pattern = try? NSRegularExpression(pattern: #"\[([^\]\n]+)\]\(([a-z0-9-]+\.md)(#[^)\s]*)?\)"#) else { return markdown }
        let range = NSRange(markdown.startIndex..., in: markdown)
        return pattern.stringByReplacingMatches(in: markdown, range: range, withTemplate: "$1 (`docs/$2`)")
    }
}
