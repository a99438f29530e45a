/// What the repository's history says of a post-mortem file: the last commit
/// that changed it (from the commit, never the clock or the file's mtime), and
/// whether the working tree holds changes not yet committed.
public struct FileHistory: Sendable, Hashable {
    /// The committer date of the last commit that changed the file; nil when it was never committed.
    public var date: Day?
    /// That commit's full hash.
    public var commit: String?
    /// Whether the file differs from its last commit (edited, staged or untracked).
    public var hasUncommittedChanges = false

    /// The commit's first seven characters, as the page shows it.
    public var shortCommit: String? { commit.map { String($0.prefix(7)) } }
}
