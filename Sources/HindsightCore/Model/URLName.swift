/// The rules every name that becomes part of a site path obeys: a file's
/// slug, an alias, a tag, a service and an action item's ID.
///
/// `check` reports a name that breaks them (`invalid-name`) and `build` never
/// turns such a name into a path, so a name that passes `check` always builds,
/// and no name can reach outside its folder or overwrite another page.
public enum URLName {
    /// The longest name in bytes: file systems allow 255 per path segment, and
    /// a checkout under another folder needs some room.
    public static let maximumBytes = 200

    /// Why `name` cannot be one segment of a site path, or nil when it can.
    public static func problem(with name: String) -> String? {
        if name.isEmpty { return "it is empty" }
        if name == "." || name == ".." { return "'\(name)' names a folder itself or its parent, not a page" }
        if name.hasPrefix(".") { return "it starts with '.', which makes a hidden file that web servers do not serve" }
        let bytes = name.utf8.count
        if bytes > maximumBytes { return "it is \(bytes) bytes long, over the \(maximumBytes)-byte limit for a name in a URL" }
        if name.utf8.contains(UInt8(ascii: "/")) || name.utf8.contains(UInt8(ascii: "\\")) {
            return "it contains '/' or '\\', which separate folders"
        }
        if name.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F }) { return "it contains a control character" }
        if name.lowercased() == "index.html" { return "'index.html' is the name of the folder's own page" }
        return nil
    }

    /// Whether `name` can be one segment of a site path.
    public static func isValid(_ name: String) -> Bool { problem(with: name) == nil }
}
