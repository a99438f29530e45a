import Mustache

/// What `problems.mustache` draws: every file with diagnostics, most errors first,
/// with its first few messages, for whoever maintains the site.
struct ProblemsPageModel: MustacheParent {
    var lede: String
    var files: [File]
    var pagination: Pagination.Links?

    var hasFiles: Bool { !files.isEmpty }

    /// One file's counts and first messages; `url` is its incident page's diagnostics, when published.
    struct File: MustacheParent {
        var path: String
        var url: String?
        /// `2 errors, 1 warning`.
        var counts: String
        var messages: [IncidentPageModel.DiagnosticRow]
        /// `and 4 more`, when the page leaves some out.
        var more: String?

        func child(named name: String) -> Any? {
            switch name {
            case "path": path
            case "url": url
            case "counts": counts
            case "messages": messages
            case "more": more
            default: nil
            }
        }
    }

    func child(named name: String) -> Any? {
        switch name {
        case "lede": lede
        case "files": files
        case "hasFiles": hasFiles
        case "pagination": pagination
        default: nil
        }
    }
}
