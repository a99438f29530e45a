/// Checks that need every post-mortem at once.
enum CorpusRules {
    static func diagnostics(for postMortems: [PostMortem]) -> [Diagnostic] {
        duplicateIncidents(postMortems) + unknownReferences(postMortems) + aliasClashes(postMortems)
    }

    /// `duplicate-incident`: an alias is an old URL, `incidents/<alias>/`, and
    /// gets a redirect page there. It cannot be another incident's slug, nor
    /// an alias listed again, in this file or another, ignoring case: the site
    /// is served and checked out on case-insensitive file systems too, and the
    /// two pages would be one file.
    static func aliasClashes(_ postMortems: [PostMortem]) -> [Diagnostic] {
        let slugs = Dictionary(postMortems.map { ($0.slug.lowercased(), $0.path) }, uniquingKeysWith: { first, _ in first })
        var diagnostics: [Diagnostic] = []
        // Each alias's first listing in each file, by its URL ignoring case.
        var listings: [String: [(alias: String, postMortem: PostMortem, location: SourceLocation)]] = [:]
        var order: [String] = []
        for postMortem in postMortems {
            guard let field = postMortem.field("Aliases") else { continue }
            func report(_ message: String) {
                diagnostics.append(
                    Diagnostic(path: postMortem.path, location: field.valueLocation, rule: .duplicateIncident, message: message))
            }
            var spellings: [String: String] = [:]
            for alias in postMortem.aliases {
                let key = alias.lowercased()
                if let other = slugs[key] {
                    report(
                        "alias '\(alias)' is the slug of \(other); an alias keeps a renamed file's old URL and must not name a live incident"
                    )
                } else if let first = spellings[key] {
                    report("alias '\(alias)' is listed twice\(spelling(first, alias)); remove one")
                } else {
                    spellings[key] = alias
                    if listings[key] == nil { order.append(key) }
                    listings[key, default: []].append((alias, postMortem, field.valueLocation))
                }
            }
        }
        for key in order {
            guard let listed = listings[key], listed.count > 1 else { continue }
            for this in listed {
                for other in listed where other.postMortem.path != this.postMortem.path {
                    diagnostics.append(
                        Diagnostic(
                            path: this.postMortem.path, location: this.location, rule: .duplicateIncident,
                            message:
                                "alias '\(this.alias)' is also an alias of \(other.postMortem.path)\(spelling(other.alias, this.alias)); "
                                + "both would redirect incidents/\(this.alias)/: keep it in the file that had that name and remove it from the other"
                        ))
                }
            }
        }
        return diagnostics
    }

    /// How a clashing alias is spelled, when not as `alias`.
    private static func spelling(_ other: String, _ alias: String) -> String {
        other == alias ? "" : " (as '\(other)', the same URL ignoring case)"
    }

    /// `duplicate-incident`: two files whose slugs are equal ignoring case,
    /// or with the same title and date. Each file names the other.
    static func duplicateIncidents(_ postMortems: [PostMortem]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        // Positions, not copies of the post-mortems: a dictionary of 100,000 copies is slow to grow.
        var firstBySlug: [String: Int] = [:]
        var firstByTitleAndDate: [String: Int] = [:]
        for (position, postMortem) in postMortems.enumerated() {
            let slugKey = postMortem.slug.lowercased()
            if let other = firstBySlug[slugKey] {
                diagnostics += pair(postMortem, postMortems[other], reason: "has the same slug (ignoring case) as")
            } else {
                firstBySlug[slugKey] = position
            }
            if let title = postMortem.title?.value, let date = postMortem.date, !title.isEmpty {
                let key = "\(date)\u{0}\(title.lowercased())"
                if let other = firstByTitleAndDate[key] {
                    diagnostics += pair(postMortem, postMortems[other], reason: "has the same title and date (\(date)) as")
                } else {
                    firstByTitleAndDate[key] = position
                }
            }
        }
        return diagnostics
    }

    private static func pair(_ a: PostMortem, _ b: PostMortem, reason: String) -> [Diagnostic] {
        [(a, b), (b, a)].map { this, other in
            Diagnostic(
                path: this.path, location: this.headerLocation, rule: .duplicateIncident,
                message: "this incident \(reason) \(other.path); merge them or rename one")
        }
    }

    /// `unknown-reference`: `Recurrence Of` must name an existing incident.
    static func unknownReferences(_ postMortems: [PostMortem]) -> [Diagnostic] {
        var known = Set(postMortems.map(\.slug))
        for postMortem in postMortems { known.formUnion(postMortem.aliases) }
        return postMortems.flatMap { postMortem -> [Diagnostic] in
            guard let field = postMortem.field("Recurrence Of"), !Placeholder.isPlaceholder(field.value) else { return [] }
            return postMortem.recurrenceOf.filter { !known.contains($0) }.map { slug in
                Diagnostic(
                    path: postMortem.path, location: field.valueLocation, rule: .unknownReference,
                    message: "'Recurrence Of' names '\(slug)', but no post-mortem has that slug; use the file name without .md")
            }
        }
    }
}
