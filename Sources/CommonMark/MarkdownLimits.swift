/// Bounds on Markdown shapes that make cmark 0.30 slow (quadratic time) before it is given a text.
///
/// cmark 0.30.2, as Debian ships it, lacks the 2023 fixes: a block quote or
/// list nested thousands deep, or thousands of `[` / `![` left open in one
/// paragraph, take it minutes. No post-mortem comes near these limits.
public struct MarkdownLimits: Sendable, Hashable {
    /// The deepest block quotes and list items may nest inside one another.
    public var nestingDepth: Int
    /// The most `[` or `![` one paragraph may leave open (without their `]`) at once.
    public var openBrackets: Int

    public init(nestingDepth: Int = 64, openBrackets: Int = 256) {
        self.nestingDepth = nestingDepth
        self.openBrackets = openBrackets
    }

    /// The limits every parse uses unless told otherwise.
    public static let `default` = MarkdownLimits()
}

/// Why a text was not given to cmark: where it first goes over one of the ``MarkdownLimits``.
public struct MarkdownTooComplex: Error, Sendable, Hashable {
    /// Which limit was passed.
    public enum Limit: Sendable, Hashable {
        case nestingDepth
        case openBrackets
    }

    public var limit: Limit
    /// The limit's value.
    public var maximum: Int
    /// 1-based line of the marker or bracket that went over the limit.
    public var line: Int
    /// 1-based byte column of that marker or bracket.
    public var column: Int

    public init(limit: Limit, maximum: Int, line: Int, column: Int) {
        self.limit = limit
        self.maximum = maximum
        self.line = line
        self.column = column
    }

    /// What is wrong and how to fix it, for a diagnostic.
    public var message: String {
        switch limit {
        case .nestingDepth:
            return
                "block quotes and list items nest more than \(maximum) deep here, over the limit for Markdown Hindsight parses; the file was not parsed. Nest fewer levels (a quote or list inside another rarely needs more than a few)"
        case .openBrackets:
            return
                "more than \(maximum) `[` or `![` are open here without their `]` in one paragraph, over the limit for Markdown Hindsight parses; the file was not parsed. Close the brackets, write literal ones as `\\[`, or split the paragraph with blank lines"
        }
    }
}
