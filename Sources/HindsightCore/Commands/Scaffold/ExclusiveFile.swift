import Foundation

/// Creating a file only when nothing is at its path (`O_EXCL`): no check-then-write
/// race, and never through a symbolic link.
enum ExclusiveFile {
    enum Outcome: Equatable {
        case created
        /// Something (a file, a folder, a link) is already there; it was left as it was.
        case exists
        case failed(reason: String)
    }

    /// Writes `text` to a new file at `path`, creating its folders.
    static func create(_ path: String, text: String) -> Outcome {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            do { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) } catch {
                return .failed(reason: "cannot create the folder \(folder): \(IOErrorText.reason(error))")
            }
        }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        if descriptor < 0 {
            return errno == EEXIST ? .exists : .failed(reason: "cannot create \(path): \(IOErrorText.posix(errno))")
        }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        do {
            try handle.write(contentsOf: Data(text.utf8))
            try handle.close()
        } catch {
            unlink(path)  // ours, and incomplete
            return .failed(reason: "cannot write \(path): \(IOErrorText.reason(error))")
        }
        return .created
    }
}
