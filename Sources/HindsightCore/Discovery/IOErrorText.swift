import Foundation

/// Plain-language reasons for I/O errors (never a raw NSError).
enum IOErrorText {
    static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code))).lowercased()
        }
        switch nsError.code {
        case NSFileNoSuchFileError, NSFileReadNoSuchFileError: return "no such file"
        case NSFileReadNoPermissionError, NSFileWriteNoPermissionError: return "permission denied"
        default: return nsError.localizedDescription
        }
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
