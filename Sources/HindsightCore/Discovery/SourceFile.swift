import Foundation

/// A post-mortem file's text, read and decoded.
public struct SourceFile: Sendable, Hashable {
    /// The path as shown in diagnostics (as given, or relative to the folder given).
    public var path: String
    /// The path below the input folder it was found in (see ``InputFile/relativePath``).
    public var relativePath: String
    /// The file name without `.md`.
    public var slug: String
    /// The UTF-8 text, without a byte-order mark, with `\n` line endings and
    /// every ``InvisibleCharacter`` replaced.
    public var text: String
    /// The control characters and noncharacters the reader replaced, in file order.
    public var invisibleCharacters: [InvisibleCharacter] = []

    public init(path: String, text: String, relativePath: String? = nil) {
        self.path = path
        self.relativePath = relativePath ?? path.split(separator: "/").last.map(String.init) ?? path
        self.slug = SourceFile.slug(forPath: path)
        self.text = text
    }

    /// `postmortems/2024/db-outage.md` → `db-outage`.
    public static func slug(forPath path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return name.lowercased().hasSuffix(".md") ? String(name.dropLast(3)) : name
    }
}

/// Reads one file, enforcing the size limit and the encoding.
public enum SourceFileReader {
    /// The default size limit: 1 MiB.
    public static let defaultSizeLimit = 1 << 20

    /// The text of a file named directly, or the diagnostic that explains why there is none.
    public static func read(path: String, sizeLimit: Int = defaultSizeLimit) -> Result<SourceFile, Diagnostic> {
        read(.named(path), sizeLimit: sizeLimit)
    }

    /// The text of the file, or the diagnostic that explains why there is none.
    ///
    /// Nothing is read from outside the file's boundary: a symbolic link (or a
    /// named path through one) that resolves outside it is refused before it is
    /// opened. Only regular files are read, so a named pipe or a device named
    /// `*.md` can neither hang nor flood the reader.
    public static func read(_ input: InputFile, sizeLimit: Int = defaultSizeLimit) -> Result<SourceFile, Diagnostic> {
        let path = input.path
        func failure(_ rule: RuleID, _ message: String) -> Result<SourceFile, Diagnostic> {
            .failure(Diagnostic(path: path, location: .fileStart, rule: rule, message: message))
        }
        var status = stat()
        guard lstat(path, &status) == 0 else { return failure(.unreadableFile, "cannot read the file: \(IOErrorText.posix(errno))") }
        var target = path
        let isLink = status.st_mode & S_IFMT == S_IFLNK
        if isLink || !input.wasDiscovered {
            guard let real = RealPath.of(path) else {
                let reason = IOErrorText.posix(errno)
                guard isLink, let written = RealPath.linkTarget(of: path) else {
                    return failure(.unreadableFile, "cannot read the file: \(reason)")
                }
                return failure(
                    .unreadableFile,
                    "cannot read the file: it is a symbolic link to '\(written)', which cannot be followed (\(reason)); fix or remove the link"
                )
            }
            guard RealPath.isInside(real, folder: input.boundary) else {
                let what =
                    isLink ? "is a symbolic link to '\(RealPath.linkTarget(of: path) ?? real)'" : "is reached through a symbolic link"
                return failure(
                    .linkOutsideInput,
                    "this file \(what), which lies outside the input folder \(input.boundary) (at \(real)); "
                        + "nothing of it was read: put the file itself in the folder, or point the link at a file inside it")
            }
            target = real
        }
        let descriptor = open(target, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return failure(.unreadableFile, "cannot read the file: \(IOErrorText.posix(errno))") }
        defer { close(descriptor) }
        guard fstat(descriptor, &status) == 0 else { return failure(.unreadableFile, "cannot read the file: \(IOErrorText.posix(errno))") }
        guard status.st_mode & S_IFMT == S_IFREG else {
            return failure(.unreadableFile, "cannot read the file: it is \(fileKind(status.st_mode)), not a regular file")
        }
        let size = Int(status.st_size)
        if size > sizeLimit {
            return failure(
                .fileTooLarge, "file is \(ByteCountText.format(size)), over the \(ByteCountText.format(sizeLimit)) limit; it was not read")
        }
        // One byte more than the size tells whether the file grew while it was read.
        var bytes = [UInt8](repeating: 0, count: size + 1)
        var count = 0
        while true {
            if count == bytes.count {
                guard count <= sizeLimit else {
                    return failure(
                        .fileTooLarge, "file grew over the \(ByteCountText.format(sizeLimit)) limit while it was read; it was not read")
                }
                bytes += repeatElement(0, count: 64 << 10)
            }
            let read = bytes.withUnsafeMutableBytes { buffer in
                Foundation.read(descriptor, buffer.baseAddress.map { $0 + count }, buffer.count - count)
            }
            if read < 0 {
                if errno == EINTR { continue }
                return failure(.unreadableFile, "cannot read the file: \(IOErrorText.posix(errno))")
            }
            if read == 0 { break }
            count += read
        }
        if count > sizeLimit {
            return failure(.fileTooLarge, "file grew over the \(ByteCountText.format(sizeLimit)) limit while it was read; it was not read")
        }
        bytes.removeSubrange(count...)
        return decode(bytes, path: path).map { file in
            var file = file
            file.relativePath = input.relativePath
            return file
        }
    }

    private static func fileKind(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFDIR: return "a folder"
        case S_IFIFO: return "a named pipe"
        case S_IFCHR, S_IFBLK: return "a device"
        case S_IFSOCK: return "a socket"
        default: return "a special file"
        }
    }

    /// Decodes bytes as UTF-8 (a BOM is dropped, CRLF and CR become LF).
    public static func decode(_ data: Data, path: String) -> Result<SourceFile, Diagnostic> {
        decode([UInt8](data), path: path)
    }

    /// Decodes bytes as UTF-8 (a BOM is dropped, CRLF and CR become LF).
    public static func decode(_ bytes: [UInt8], path: String) -> Result<SourceFile, Diagnostic> {
        var bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard let validated = String(validating: bytes, as: UTF8.self) else {
            let offset = firstInvalidUTF8Offset(bytes) ?? 0
            let location = locationOfByte(offset, in: bytes)
            return .failure(
                Diagnostic(
                    path: path, location: location, rule: .invalidEncoding,
                    message:
                        "file is not valid UTF-8 (byte 0x\(String(bytes[offset], radix: 16, uppercase: true)) at offset \(offset)); save it as UTF-8"
                ))
        }
        if let offset = bytes.firstIndex(of: 0) {
            return .failure(
                Diagnostic(
                    path: path, location: locationOfByte(offset, in: bytes), rule: .invalidEncoding,
                    message: "file contains a NUL byte; it looks binary, not Markdown"))
        }
        var changed = false
        if bytes.contains(0x0D) {
            bytes = normalizingLineEndings(bytes)
            changed = true
        }
        // Most files hold no byte that can start an invisible character: skip the scan.
        let invisible = bytes.contains(where: InvisibleCharacter.mayStart) ? InvisibleCharacter.replace(in: &bytes) : []
        changed = changed || !invisible.isEmpty
        let text = changed ? String(decoding: bytes, as: UTF8.self) : validated
        if text.allSatisfy(\.isWhitespace) {
            return .failure(
                Diagnostic(
                    path: path, location: .fileStart, rule: .emptyFile,
                    message: "file is empty; write the post-mortem from the template or remove the file"))
        }
        var file = SourceFile(path: path, text: text)
        file.invisibleCharacters = invisible
        return .success(file)
    }

    /// CRLF and lone CR become LF.
    private static func normalizingLineEndings(_ bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0D {
                result.append(0x0A)
                if index + 1 < bytes.count && bytes[index + 1] == 0x0A { index += 1 }
            } else {
                result.append(byte)
            }
            index += 1
        }
        return result
    }

    private static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var minimum: UInt32
            if lead & 0xE0 == 0xC0 {
                length = 2
                minimum = 0x80
            } else if lead & 0xF0 == 0xE0 {
                length = 3
                minimum = 0x800
            } else if lead & 0xF8 == 0xF0 {
                length = 4
                minimum = 0x10000
            } else {
                return index
            }
            guard index + length <= count else { return index }
            var scalar = UInt32(lead) & (0xFF >> (length + 1))
            for offset in 1..<length {
                let next = bytes[index + offset]
                guard next & 0xC0 == 0x80 else { return index }
                scalar = scalar << 6 | UInt32(next & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return index }
            index += length
        }
        return nil
    }

    private static func locationOfByte(_ offset: Int, in bytes: [UInt8]) -> SourceLocation {
        var line = 1
        var lineStart = 0
        for index in 0..<offset where bytes[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        return SourceLocation(line: line, column: offset - lineStart + 1)
    }
}
