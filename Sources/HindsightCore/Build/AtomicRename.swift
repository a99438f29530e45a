import Foundation

/// The system calls that put a folder in place in one step.
enum AtomicRename {
    /// Swaps two existing paths in one step; returns nil, or the `errno` of the failure.
    ///
    /// Linux: `renameat2(…, RENAME_EXCHANGE)` (kernel 3.15, glibc 2.28). Swift's
    /// Glibc module exposes neither `renameat2` nor `SYS_renameat2` (and not the
    /// variadic `syscall`), so the function is looked up in the C library at run
    /// time; an older C library reports `ENOSYS`, like an older kernel.
    /// macOS: `renamex_np(…, RENAME_SWAP)`.
    static func exchange(_ first: String, _ second: String) -> Int32? {
        #if os(Linux)
            guard let renameat2 = Self.renameat2 else { return ENOSYS }
            return renameat2(AT_FDCWD, first, AT_FDCWD, second, renameExchange) == 0 ? nil : errno
        #elseif canImport(Darwin)
            return renamex_np(first, second, UInt32(RENAME_SWAP)) == 0 ? nil : errno
        #else
            return ENOSYS
        #endif
    }

    /// Whether `exchange` failed because the system or file system cannot
    /// exchange (rather than because of the paths): then a symlink flip is used.
    static func isUnsupported(_ error: Int32) -> Bool {
        error == EINVAL || error == ENOSYS || error == ENOTSUP || error == EOPNOTSUPP
    }

    /// Renames `source` over `target` (a file, a symlink or an empty folder) in one step.
    static func rename(_ source: String, over target: String) throws(FileSystem.Failure) {
        guard Foundation.rename(source, target) == 0 else { throw FileSystem.Failure(path: target, errno: errno) }
    }

    #if os(Linux)
        private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>?, Int32, UnsafePointer<CChar>?, UInt32) -> Int32
        /// `RENAME_EXCHANGE` from <linux/fs.h>.
        private static let renameExchange: UInt32 = 1 << 1
        private static let renameat2: RenameAt2? = {
            guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "renameat2") else { return nil }
            return unsafeBitCast(symbol, to: RenameAt2.self)
        }()
    #endif
}
