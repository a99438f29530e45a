/// Text made safe to print to a terminal or a CI log: control characters from
/// a file's name or contents (an ESC starts a sequence that can recolour,
/// hide or rewrite what a log shows) are written out as `\u{1B}`.
public enum TerminalText {
    /// `text` with every control character but tab and line feed written as `\u{…}`.
    public static func visible(_ text: String) -> String {
        guard text.utf8.contains(where: { ($0 < 0x20 && $0 != 0x09 && $0 != 0x0A) || $0 == 0x7F || $0 == 0xC2 }) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if (value < 0x20 && value != 0x09 && value != 0x0A) || (0x7F...0x9F).contains(value) {
                result += "\\u{" + String(value, radix: 16, uppercase: true) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
