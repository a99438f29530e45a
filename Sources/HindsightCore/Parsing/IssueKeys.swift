/// Finds issue keys like `OPS-123` in text.
enum IssueKeys {
    /// Prefixes of names that look like issue keys but are standards and versions.
    static let notProjects: Set<String> = ["SHA", "UTF", "HTTP", "TLS", "SSL", "ISO", "RFC", "MD", "TCP", "UDP", "IPV", "PEP", "JSR", "ES"]

    /// Every `PROJECT-123` token: runs of letters, digits and `-`, read as
    /// scalars (this runs on every action item), so an ASCII key next to
    /// punctuation (`OPS-123’s`, `(OPS-1)`) is found and one glued to other
    /// letters (`ÄOPS-1`) is not.
    static func find(in text: String) -> [String] {
        var text = text
        return text.withUTF8 { bytes in
            var keys: [String] = []
            var tokenStart = 0
            var index = 0
            // A key starts with a capital and holds a dash: only such tokens are made into strings.
            var hasDash = false
            while true {
                let atEnd = index == bytes.count
                // On the UTF-8 bytes, decoding only the non-ASCII scalars (a step of the scalar view cost more).
                let (scalar, length) = atEnd ? ("\u{0}", 0) : scalar(at: index, in: bytes)
                if atEnd || !isTokenScalar(scalar) {
                    if tokenStart != index, hasDash, (0x41...0x5A).contains(bytes[tokenStart]),
                        let key = key(String(decoding: UnsafeBufferPointer(rebasing: bytes[tokenStart..<index]), as: UTF8.self))
                    {
                        keys.append(key)
                    }
                    if atEnd { break }
                    index += length
                    tokenStart = index
                    hasDash = false
                } else {
                    if scalar == "-" { hasDash = true }
                    index += length
                }
            }
            return keys
        }
    }

    /// The scalar whose UTF-8 starts at `index` in valid UTF-8, and its length in bytes.
    private static func scalar(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (Unicode.Scalar, Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    private static func isTokenScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", "-": return true
            default: return false
            }
        }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil
            || [.nonspacingMark, .spacingMark, .enclosingMark].contains(properties.generalCategory)
    }

    /// The token itself when it is `PREFIX-123`: a 2–10 character prefix of
    /// ASCII capitals and digits starting with a capital, not a standard's name
    /// nor a severity (`P1-2`), then digits.
    private static func key(_ token: String) -> String? {
        let bytes = Array(token.utf8)
        guard let dash = bytes.firstIndex(of: UInt8(ascii: "-")), bytes.lastIndex(of: UInt8(ascii: "-")) == dash else { return nil }
        let prefix = bytes[..<dash]
        let number = bytes[(dash + 1)...]
        guard (2...10).contains(prefix.count), let first = prefix.first, (0x41...0x5A).contains(first),
            prefix.allSatisfy({ (0x41...0x5A).contains($0) || (0x30...0x39).contains($0) }),
            !number.isEmpty, number.allSatisfy({ (0x30...0x39).contains($0) })
        else { return nil }
        let prefixText = String(decoding: prefix, as: UTF8.self)
        if notProjects.contains(prefixText) { return nil }
        if prefix.count == 2 && first == UInt8(ascii: "P") && (0x30...0x39).contains(prefix[prefix.startIndex + 1]) { return nil }
        return token
    }
}
