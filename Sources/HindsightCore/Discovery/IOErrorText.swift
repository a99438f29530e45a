import Foundation

/// Plain-language reasons for I/O errors (never a raw NSError).
enum IOErrorText {
    static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return posix(Int32(underlying.code))
        }
        if nsError.domain == NSPOSIXErrorDomain { return posix(Int32(nsError.code)) }
        switch nsError.code {
        case NSFileNoSuchFileError, NSFileReadNoSuchFileError: return "no such file"
        case NSFileReadNoPermissionError, NSFileWriteNoPermissionError: return "permission denied"
        case NSFileReadCorruptFileError: return "the file is damaged"
        case NSFileReadTooLargeError: return "the file is too large"
        case NSFileWriteOutOfSpaceError: return "no space left on device"
        case NSFileWriteVolumeReadOnlyError: return "read-only file system"
        default:
            // Foundation's generic codes (e.g. 256 for a symbolic-link loop) name no cause: say what is known.
            return "the system could not read it (\(nsError.domain) \(nsError.code))"
        }
    }

    /// `strerror` in lower case: `too many levels of symbolic links`.
    static func posix(_ code: Int32) -> String {
        if code == ENOENT { return "no such file" }
        return String(cString: strerror(code)).lowercased()
    }

    /// Why `path` cannot be opened, asked of the system itself.
    static func posixReason(of path: String) -> String {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        if descriptor >= 0 {
            close(descriptor)
            return "unknown reason"
        }
        return posix(errno)
    }
}

enum ByteCountText {
    static func format(_ bytes: Int) -> String {
        if bytes >= 1 << 20 {
            // Never round a size over the limit down to the limit itself.
            let mebibytes = Double(bytes) / Double(1 << 20)
            return bytes % (1 << 20) == 0 ? String(format: "%.0f MiB", mebibytes) : String(format: "%.2f MiB", mebibytes)
        }
        if bytes >= 1 << 10 { return String(format: "%.1f KiB", Double(bytes) / Double(1 << 10)) }
        return "\(bytes) bytes"
    }
}
