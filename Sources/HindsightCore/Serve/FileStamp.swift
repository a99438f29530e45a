import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What `hindsight serve` polls to notice an edit without reading the file:
/// its size, modification time and file number (an editor that saves by
/// renaming a new file over the old one changes the number).
struct FileStamp: Hashable, Sendable {
    var size: Int64
    var modifiedSeconds: Int64
    var modifiedNanoseconds: Int64
    var fileNumber: UInt64

    /// The stamp of the file at `path` (following links), or nil when there is none.
    static func of(_ path: String) -> FileStamp? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        #if canImport(Darwin)
            let modified = status.st_mtimespec
        #else
            let modified = status.st_mtim
        #endif
        return FileStamp(
            size: Int64(status.st_size), modifiedSeconds: Int64(modified.tv_sec), modifiedNanoseconds: Int64(modified.tv_nsec),
            fileNumber: UInt64(status.st_ino))
    }
}
