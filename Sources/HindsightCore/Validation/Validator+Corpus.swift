extension Validator {
    /// The checks across files (and against the incident register), each file's `hindsight-disable` comments applied:
    /// what ``diagnostics(for:)-([PostMortem])`` adds to every file's own findings.
    func corpusDiagnostics(for postMortems: [PostMortem]) -> [Diagnostic] {
        let byPath = Dictionary(postMortems.indices.map { (postMortems[$0].path, $0) }, uniquingKeysWith: { first, _ in first })
        return context.applyingLevels(
            CorpusRules.diagnostics(for: postMortems) + RegisterChecks.diagnostics(for: postMortems, context: context)
        ).flatMap { diagnostic in
            byPath[diagnostic.path].map { Validator.applyingDirectives(of: postMortems[$0], to: [diagnostic]) } ?? [diagnostic]
        }
    }
}
