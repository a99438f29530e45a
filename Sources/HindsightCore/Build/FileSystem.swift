import Foundation

/// Thin wrappers over the system calls the writer needs.
enum FileSystem {
    struct Failure: Error, CustomStringConvertible {
        var description: String

        init(description: String) {
            self.description = description
        }

        init(path: String, errno code: Int32) {
            description = "\(path): \(String(cString: strerror(code)))"
        }
    }

    /// Creates `relative` (and its parents) under `root`; existing folders are fine.
    static func makeFolders(_ root: String, relative: String) throws(Failure) {
        var path = root
        for component in relative.split(separator: "/") {
            path += "/" + component
            if mkdir(path, 0o755) != 0 && errno != EEXIST { throw Failure(path: path, errno: errno) }
        }
    }

    /// Writes `bytes` to a new file; returns an error message, or nil on success.
    static func write(_ bytes: [UInt8], to path: String) -> String? {
        write(to: path) { append in append(bytes) }
    }

    /// Writes to a new file each piece `make` hands to `append`; returns an error message, or nil on success.
    static func write(to path: String, _ make: (_ append: ([UInt8]) -> Void) -> Void) -> String? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { return Failure(path: path, errno: errno).description }
        defer { close(descriptor) }
        var failure: String?
        make { bytes in
            var offset = 0
            while failure == nil && offset < bytes.count {
                let written = bytes.withUnsafeBytes { buffer in
                    Foundation.write(descriptor, buffer.baseAddress.map { $0 + offset }, bytes.count - offset)
                }
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = Failure(path: path, errno: errno).description
                }
                offset += max(written, 0)
            }
        }
        return failure
    }

    /// What is at `path`, without following a symlink there.
    enum Kind: Equatable {
        case missing, file, folder, symlink, other
    }

    static func kind(of path: String) -> Kind {
        // `attributesOfItem` does not follow a symlink at `path` (it is `lstat`).
        guard let type = (try? FileManager.default.attributesOfItem(atPath: path))?[.type] as? FileAttributeType else { return .missing }
        switch type {
        case .typeRegular: return .file
        case .typeDirectory: return .folder
        case .typeSymbolicLink: return .symlink
        default: return .other
        }
    }

    /// The target a symlink names, as written in it.
    static func linkTarget(_ path: String) -> String? {
        try? FileManager.default.destinationOfSymbolicLink(atPath: path)
    }

    /// Removes a folder of ours, its marker last, so a removal cut short still
    /// leaves a marked folder that the next build recognizes and finishes.
    /// A symlink is unlinked, never followed.
    static func removeMarkedFolder(_ path: String, marker: String) {
        guard kind(of: path) == .folder else {
            unlink(path)
            return
        }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        for entry in entries where entry != marker {
            try? FileManager.default.removeItem(atPath: path + "/" + entry)
        }
        unlink(path + "/" + marker)
        rmdir(path)
    }
}
