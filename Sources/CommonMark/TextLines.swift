/// The lines of a text, split on UTF-8 bytes.
public enum TextLines {
    /// The lines of `text` exactly as `text.split(separator: "\n", omittingEmptySubsequences: false)`
    /// gives them, found on bytes instead of `Character`s (grapheme breaking costs
    /// hundreds of instructions a byte, and whole files are split).
    ///
    /// A `"\n"` always stands alone as a `Character` except after `"\r"`, where the
    /// two are one (`"\r\n"`), which the `Character` split does not split at either.
    public static func split(_ text: String) -> [Substring] {
        var lines: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var previous: UInt8 = 0
        var index = start
        while index != utf8.endIndex {
            let byte = utf8[index]
            if byte == UInt8(ascii: "\n") && previous != UInt8(ascii: "\r") {
                lines.append(text[start..<index])
                start = utf8.index(after: index)
            }
            previous = byte
            utf8.formIndex(after: &index)
        }
        lines.append(text[start..<utf8.endIndex])
        return lines
    }
}
