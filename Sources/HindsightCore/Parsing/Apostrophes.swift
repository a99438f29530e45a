import Foundation

extension String {
    /// With every `’` written as `'`, as headings and status words are compared.
    ///
    /// Foundation's `replacingOccurrences` bridges the text to `NSString` on Linux
    /// even when there is nothing to replace, and this runs on every heading and
    /// status word of every file: a text without the byte `0x99` (the last of
    /// `’`'s three in UTF-8) cannot hold one, and is returned as it is.
    var withStraightApostrophes: String {
        guard utf8.contains(0x99) else { return self }
        return replacingOccurrences(of: "’", with: "'")
    }
}
