import Mustache

/// `incidents/<alias>/index.html`: a post-mortem's old address, sending the reader on (`redirect.mustache`).
struct RedirectPageModel: MustacheParent {
    /// The incident's page, relative to the alias's.
    var target: String
    var targetTitle: String

    func child(named name: String) -> Any? {
        switch name {
        case "target": target
        case "targetTitle": targetTitle.nonEmpty
        default: nil
        }
    }
}
