import Foundation

/// A post-mortem file's text, read and decoded.
public struct SourceFile: Sendable, Hashable {
    /// The path as shown in diagnostics (as given, or relative to the folder given).
    public var path: String
    /// The file name without `.md`.
    public var slug: String
    /// The UTF-8 text, without a byte-order mark, with `\n` line endings.
    public var text: String

    public init(path: String, text: String) {
        self.path = path
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

    /// The text of the file, or the diagnostic that explains why there is none.
    public static func read(path: String, sizeLimit: Int = defaultSizeLimit) -> Result<SourceFile, Diagnostic> {
        let url = URL(fileURLWithPath: path)
        let size: Int
        do {
            // The size of what a symbolic link points to, not of the link.
            let attributes = try FileManager.default.attributesOfItem(atPath: URL(fileURLWithPath: path).resolvingSymlinksInPath().path)
            size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        } catch {
            return .failure(
                Diagnostic(
                    path: path, location: .fileStart, rule: .unreadableFile,
                    message: "cannot read the file: \(IOErrorText.reason(error))"))
        }
        if size > sizeLimit {
            return .failure(
                Diagnostic(
                    path: path, location: .fileStart, rule: .fileTooLarge,
                    message: "file is \(ByteCountText.format(size)), over the \(ByteCountText.format(sizeLimit)) limit; it was not read"))
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            return .failure(
                Diagnostic(
                    path: path, location: .fileStart, rule: .unreadableFile,
                    message: "cannot read the file: \(IOErrorText.reason(error))"))
        }
        return decode(data, path: path)
    }

    /// Decodes bytes as UTF-8 (a BOM is dropped, CRLF and CR become LF).
    public static func decode(_ data: Data, path: String) -> Result<SourceFile, Diagnostic> {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard var text = String(validating: bytes, as: UTF8.self) else {
            let offset = firstInvalidUTF8Offset(bytes) ?? 0
            let location = locationOfByte(offset, in: bytes)
            return .failure(
                Diagnostic(
                    path: path, location: location, rule: .invalidEncoding,
                    message:
                        "file is not valid UTF-8 (byte 0x\(String(bytes[offset], radix: 16, uppercase: true)) at offset \(offset)); save it as UTF-8"
                ))
        }
        if bytes.contains(0) {
            let offset = bytes.firstIndex(of: 0)!
            return .failure(
                Diagnostic(
                    path: path, location: locationOfByte(offset, in: bytes), rule: .invalidEncoding,
                    message: "file contains a NUL byte; it looks binary, not Markdown"))
        }
        if bytes.contains(0x0D) {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        if text.allSatisfy({ $0.isWhitespace }) {
            return .failure(
                Diagnostic(
                    path: path, location: .fileStart, rule: .emptyFile,
                    message: "file is empty; write the post-mortem from the template or remove the file"))
        }
        return .success(SourceFile(path: path, text: text))
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
