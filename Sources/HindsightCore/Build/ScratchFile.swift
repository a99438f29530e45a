import Foundation

/// A file the build keeps bytes in for a later stage instead of holding them in memory (each
/// incident's body, from the load stage to its page: ``IncidentBodies``).
///
/// It is made inside the build's staging folder and has no name there: Linux's `O_TMPFILE` makes it
/// without one, elsewhere it is created and unlinked at once. So it is never published and never
/// left behind: the system frees it when the last reference is let go or the build ends, however
/// it ends (a build killed in the instant between creating and unlinking leaves it in a marked
/// staging folder, which the next build removes).
final class ScratchFile: @unchecked Sendable {
    private let descriptor: Int32
    private let lock = NSLock()
    /// Where the next bytes go.
    private var end: Int64 = 0
    private var firstFailure: String?

    /// A scratch file in `folder`, or nil when one cannot be made there. `unnamed: false` takes the
    /// way of systems without `O_TMPFILE` (for its tests).
    init?(in folder: String, unnamed allowsUnnamed: Bool = true) {
        #if os(Linux)
            // O_TMPFILE is `__O_TMPFILE | O_DIRECTORY`, which Glibc's module does not export; a kernel or
            // file system without it fails the open (EISDIR, EOPNOTSUPP), and the named way is taken.
            let unnamed = allowsUnnamed ? open(folder, O_RDWR | O_DIRECTORY | 0o20000000 | O_CLOEXEC, 0o600) : -1
            if unnamed >= 0 {
                descriptor = unnamed
                return
            }
        #endif
        let path = folder + "/.hindsight-scratch-\(StagingFolders.suffix())"
        let named = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard named >= 0 else { return nil }
        guard unlink(path) == 0 else {
            close(named)
            unlink(path)
            return nil
        }
        descriptor = named
    }

    deinit {
        close(descriptor)
    }

    /// Appends `bytes`; returns where they start, or nil when they could not be written (the
    /// caller keeps them in memory instead: a full disk costs memory, not the build).
    func append(_ bytes: [UInt8]) -> Int64? {
        let offset = lock.withLock {
            defer { end += Int64(bytes.count) }
            return end
        }
        var done = 0
        while done < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                pwrite(descriptor, buffer.baseAddress! + done, bytes.count - done, off_t(offset) + off_t(done))
            }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { return nil }
            done += written
        }
        return offset
    }

    /// The `count` bytes at `offset`, or nil (and ``failure`` set) when they cannot be read back whole.
    func read(at offset: Int64, count: Int) -> [UInt8]? {
        var bytes = [UInt8](repeating: 0, count: count)
        var done = 0
        while done < count {
            let read = bytes.withUnsafeMutableBytes { buffer in
                pread(descriptor, buffer.baseAddress! + done, count - done, off_t(offset) + off_t(done))
            }
            if read < 0 && errno == EINTR { continue }
            guard read > 0 else {
                let reason = read < 0 ? String(cString: strerror(errno)) : "it ended early"
                lock.withLock { firstFailure = firstFailure ?? "cannot read back the build's scratch file: \(reason)" }
                return nil
            }
            done += read
        }
        return bytes
    }

    /// Why bytes written could not be read back, if that happened: the build must not publish
    /// pages made without them.
    var failure: String? {
        lock.withLock { firstFailure }
    }

    /// Cuts the file to `length` bytes (a test's way to lose what was written).
    func truncate(to length: Int64) {
        _ = ftruncate(descriptor, off_t(length))
    }
}
