/// `invalid-name`: every name that becomes part of a URL — the file name (the
/// slug), aliases, tags, services and action item IDs — obeys ``URLName``,
/// so what passes `check` also builds.
struct InvalidNameRule: PostMortemRule {
    let id = RuleID.invalidName

    func findings(in postMortem: PostMortem, context: ValidationContext) -> [Finding] {
        var findings: [Finding] = []
        if let problem = URLName.problem(with: postMortem.slug) {
            let file = postMortem.path.split(separator: "/").last.map(String.init) ?? postMortem.path
            findings.append(
                Finding(
                    "the file name '\(Self.quoted(file))' gives the incident the URL name '\(Self.quoted(postMortem.slug))', which cannot be used: \(problem); "
                        + "rename the file (e.g. 2024-03-05-checkout-errors.md); it is left out of the site until then",
                    at: .fileStart))
        }
        if let field = postMortem.field(key: "aliases") {
            for alias in postMortem.aliases {
                guard let problem = URLName.problem(with: alias) else { continue }
                findings.append(
                    Finding(
                        "alias '\(Self.quoted(alias))' cannot be a URL: \(problem); an alias is an old file name without .md; no redirect is made for it",
                        at: field.valueLocation))
            }
        }
        for (name, values, key) in [("tag", postMortem.tags, "tags"), ("service", postMortem.services, "services")] {
            let location = (postMortem.field(key: key) ?? (key == "services" ? postMortem.field(key: "service") : nil))?.valueLocation
            for value in values {
                guard let problem = URLName.problem(with: value) else { continue }
                findings.append(
                    Finding(
                        "\(name) '\(Self.quoted(value))' cannot be a URL: \(problem); shorten it; the site leaves it out until then",
                        at: location ?? postMortem.headerLocation))
            }
        }
        for item in postMortem.actionItems {
            guard let itemID = item.id, let problem = URLName.problem(with: itemID) else { continue }
            findings.append(
                Finding(
                    "action item \(item.index)'s ID '\(Self.quoted(itemID))' cannot be an anchor: \(problem); shorten it; the item keeps its #action-\(item.index) anchor until then",
                    at: item.location))
        }
        return findings
    }

    /// A long name cut to its first 60 characters for the message.
    static func quoted(_ name: String) -> String {
        name.count > 60 ? String(name.prefix(60)) + "…" : name
    }
}
