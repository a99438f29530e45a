import CommonMark

/// The lines of the files a report quotes, split once per file.
struct SourceLines {
    private let sources: [String: String]
    private var linesByPath: [String: [Substring]] = [:]

    init(_ sources: [String: String]) {
        self.sources = sources
    }

    /// The line a diagnostic points at, if its file's text is known.
    mutating func line(of diagnostic: Diagnostic) -> Substring? {
        guard let source = sources[diagnostic.path] else { return nil }
        let lines = linesByPath[diagnostic.path] ?? TextLines.split(source)
        linesByPath[diagnostic.path] = lines
        return lines.indices.contains(diagnostic.location.line - 1) ? lines[diagnostic.location.line - 1] : nil
    }

    /// The diagnostic's column counted in UTF-16 code units (what SARIF and editors
    /// count), from Hindsight's byte column; the byte column when the text is unknown.
    mutating func utf16Column(of diagnostic: Diagnostic) -> Int {
        guard let line = line(of: diagnostic) else { return diagnostic.location.column }
        let prefix = line.utf8.prefix(max(diagnostic.location.column - 1, 0))
        return String(decoding: prefix, as: UTF8.self).utf16.count + 1
    }
}
