/// Checks that need every post-mortem at once.
enum CorpusRules {
    static func diagnostics(for postMortems: [PostMortem]) -> [Diagnostic] {
        duplicateIncidents(postMortems) + unknownReferences(postMortems) + aliasClashes(postMortems)
    }

    /// `duplicate-incident`: an alias is an old URL; it cannot be another incident's slug.
    static func aliasClashes(_ postMortems: [PostMortem]) -> [Diagnostic] {
        let slugs = Dictionary(postMortems.map { ($0.slug.lowercased(), $0.path) }, uniquingKeysWith: { first, _ in first })
        return postMortems.flatMap { postMortem -> [Diagnostic] in
            guard let field = postMortem.field("Aliases") else { return [] }
            return postMortem.aliases.compactMap { alias in
                guard let other = slugs[alias.lowercased()] else { return nil }
                return Diagnostic(
                    path: postMortem.path, location: field.valueLocation, rule: .duplicateIncident,
                    message:
                        "alias '\(alias)' is the slug of \(other); an alias keeps a renamed file's old URL and must not name a live incident"
                )
            }
        }
    }

    /// `duplicate-incident`: two files whose slugs are equal ignoring case,
    /// or with the same title and date. Each file names the other.
    static func duplicateIncidents(_ postMortems: [PostMortem]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var firstBySlug: [String: PostMortem] = [:]
        var firstByTitleAndDate: [String: PostMortem] = [:]
        for postMortem in postMortems {
            let slugKey = postMortem.slug.lowercased()
            if let other = firstBySlug[slugKey] {
                diagnostics += pair(postMortem, other, reason: "has the same slug (ignoring case) as")
            } else {
                firstBySlug[slugKey] = postMortem
            }
            if let title = postMortem.title?.value, let date = postMortem.date, !title.isEmpty {
                let key = "\(date)\u{0}\(title.lowercased())"
                if let other = firstByTitleAndDate[key] {
                    diagnostics += pair(postMortem, other, reason: "has the same title and date (\(date)) as")
                } else {
                    firstByTitleAndDate[key] = postMortem
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
