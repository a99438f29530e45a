/// `problems/index.html`: the files `hindsight check` finds problems in, with
/// their counts and first messages, linked to each incident page's diagnostics.
extension SiteModel {
    /// Files on each page of the Problems list, and messages shown under each.
    static let problemFiles = 500
    static let problemMessages = 3

    /// The files with diagnostics, most errors first, then most warnings, then by path.
    var problemPaths: [(path: String, errors: Int, warnings: Int)] {
        diagnosticsByPath.map { path, diagnostics in
            let errors = diagnostics.filter { $0.severity == .error }.count
            return (path, errors, diagnostics.count - errors)
        }
        .sorted { ($1.errors, $1.warnings, $0.path) < ($0.errors, $0.warnings, $1.path) }
    }

    func problemsPage(_ files: [(path: String, errors: Int, warnings: Int)], page pagination: Pagination, root: String)
        -> ProblemsPageModel
    {
        let errors = files.reduce(0) { $0 + $1.errors }
        let warnings = files.reduce(0) { $0 + $1.warnings }
        return ProblemsPageModel(
            lede: files.isEmpty
                ? "hindsight check finds nothing to fix in any post-mortem."
                : "\(Format.plural(files.count, "file")) with \(Format.plural(errors, "error")) and \(Format.plural(warnings, "warning")), "
                    + "most errors first. Run hindsight check for every message with its line and column.",
            files: files[pagination.range].map { file in
                let diagnostics = diagnosticsByPath[file.path] ?? []
                let incident = incidentPositionByPath[file.path].map { incidents[$0] }
                return ProblemsPageModel.File(
                    // Shown below its input folder (`2024/…`), never as the build machine's path; a file
                    // that is not published (unreadable, a draft) by its name.
                    path: incident?.relativePath ?? file.path.split(separator: "/").last.map(String.init) ?? file.path,
                    url: incident.map { root + SitePaths.incident($0.slug) + "#diagnostics-heading" },
                    counts: Format.plural(file.errors, "error") + ", " + Format.plural(file.warnings, "warning"),
                    messages: diagnostics.prefix(Self.problemMessages).map { Self.diagnosticRow($0, root: root) },
                    more: diagnostics.count > Self.problemMessages ? "and \(diagnostics.count - Self.problemMessages) more" : nil)
            },
            pagination: pagination.links)
    }

    /// A diagnostic as the incident page and the Problems page show it.
    static func diagnosticRow(_ diagnostic: Diagnostic, root: String) -> IncidentPageModel.DiagnosticRow {
        IncidentPageModel.DiagnosticRow(
            line: diagnostic.location.line, column: diagnostic.location.column, severity: diagnostic.severity.rawValue,
            rule: diagnostic.rule.rawValue, ruleURL: ruleURL(diagnostic.rule.rawValue, root: root),
            messageHTML: InlineCode.html(diagnostic.message).nonEmpty)
    }

    /// `2 errors` (or `1 warning` when there are only warnings) for an incident's card.
    func problemBadge(of incident: PostMortem) -> (text: String, cssClass: String)? {
        let diagnostics = diagnosticsByPath[incident.path] ?? []
        let errors = diagnostics.filter { $0.severity == .error }.count
        if errors > 0 { return (Format.plural(errors, "error"), "error") }
        return diagnostics.isEmpty ? nil : (Format.plural(diagnostics.count, "warning"), "warning")
    }
}
