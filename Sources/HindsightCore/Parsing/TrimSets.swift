/// What the readers trim from the ends of values, as scalar predicates:
/// trimming runs on every value of every file, and Foundation's
/// `trimmingCharacters(in:)` bridges each string to `NSString` on Linux.
enum TrimSets {
    /// White space as `CharacterSet.whitespaces` has it: tab and Unicode's space separators.
    static func space(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }
    static func spaceAndPeriod(_ scalar: Unicode.Scalar) -> Bool { space(scalar) || scalar == "." }
    static func spaceAndDashes(_ scalar: Unicode.Scalar) -> Bool {
        space(scalar) || scalar == ":" || scalar == "-" || scalar == "–" || scalar == "—"
    }
    static func statusEdges(_ scalar: Unicode.Scalar) -> Bool { space(scalar) || scalar == ":" || scalar == "." || scalar == "*" }
    static func labelEnd(_ scalar: Unicode.Scalar) -> Bool { scalar == ":" || scalar == " " }
    static func sentenceEdges(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "." || scalar == ";" || scalar == "," || scalar == "("
    }
    static func ticketEdges(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "." || scalar == ";" || scalar == "," || scalar == "(" || scalar == ")"
    }
    static func titleEnd(_ scalar: Unicode.Scalar) -> Bool { scalar == "." || scalar == ")" }
}

extension Substring {
    /// Without the leading and trailing scalars `trimmed` matches.
    func trimming(_ trimmed: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !trimmed($0) }), let last = scalars.lastIndex(where: { !trimmed($0) }) else {
            return ""
        }
        return String(self[first..<scalars.index(after: last)])
    }

    /// Without leading and trailing white space (tabs and spaces, not line breaks).
    func trimmingSpaces() -> String { trimming(TrimSets.space) }
}

extension String {
    /// Without the leading and trailing scalars `trimmed` matches.
    func trimming(_ trimmed: (Unicode.Scalar) -> Bool) -> String { self[...].trimming(trimmed) }

    /// Without leading and trailing white space (tabs and spaces, not line breaks).
    func trimmingSpaces() -> String { self[...].trimmingSpaces() }
}
