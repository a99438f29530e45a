import Mustache

/// `404.html`: served for any address, so its links are absolute (`not-found.mustache`).
struct NotFoundPageModel: MustacheParent {
    /// The site's `--base-url`.
    var absoluteRoot: String

    func child(named name: String) -> Any? { name == "absoluteRoot" ? absoluteRoot.nonEmpty : nil }
}
