#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The lines of a text, split on UTF-8 bytes.
public enum TextLines {
    /// The lines of `text` exactly as `text.split(separator: "\n", omittingEmptySubsequences: false)`
    /// gives them, found on bytes instead of `Character`s (grapheme breaking costs
    /// hundreds of instructions a byte, and whole files are split).
    ///
    /// A `"\n"` always stands alone as a `Character` except after `"\r"`, where the
    /// two are one (`"\r\n"`), which the `Character` split does not split at either.
    public static func split(_ text: String) -> [Substring] {
        let utf8 = text.utf8
        // The line feeds found with `memchr` (a step of the UTF-8 view per byte cost about 14 instructions a byte).
        let breaks = utf8.withContiguousStorageIfAvailable(lineBreaks) ?? Array(utf8).withUnsafeBufferPointer(lineBreaks)
        var lines: [Substring] = []
        lines.reserveCapacity(breaks.count + 1)
        var start = utf8.startIndex
        for offset in breaks {
            let end = utf8.index(utf8.startIndex, offsetBy: offset)
            lines.append(text[start..<end])
            start = utf8.index(after: end)
        }
        lines.append(text[start..<utf8.endIndex])
        return lines
    }

    /// The offsets of the line feeds not after a carriage return.
    private static func lineBreaks(_ bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
        var offsets: [Int] = []
        guard let base = bytes.baseAddress else { return offsets }
        var position = 0
        while position < bytes.count, let found = memchr(base + position, Int32(UInt8(ascii: "\n")), bytes.count - position) {
            let offset = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if offset == 0 || bytes[offset - 1] != UInt8(ascii: "\r") { offsets.append(offset) }
            position = offset + 1
        }
        return offsets
    }
}
