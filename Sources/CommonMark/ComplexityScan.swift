/// One pass over the bytes, before cmark, for the shapes ``MarkdownLimits`` bounds.
///
/// It follows cmark's block structure closely enough to count nesting: the
/// block quotes and list items a line continues (by `>` or by indentation, or
/// lazily, as a paragraph's next line), plus the ones its own markers open.
/// Brackets are counted per paragraph (blank lines and new blocks end one),
/// code spans and code blocks included: that can only over-count.
struct ComplexityScan {
    enum Container {
        case quote
        case item(contentColumn: Int)
    }

    let limits: MarkdownLimits
    private var open: [Container] = []
    private var previousLineBlank = true
    private var openBrackets = 0

    init(limits: MarkdownLimits) {
        self.limits = limits
    }

    /// Where `source` first goes over a limit, or nil when it is within them all.
    static func firstProblem(in source: String, limits: MarkdownLimits) -> MarkdownTooComplex? {
        var scan = ComplexityScan(limits: limits)
        let bytes = Array(source.utf8)
        var start = 0
        var line = 1
        while start <= bytes.count {
            let end = bytes[start...].firstIndex(of: newline) ?? bytes.count
            if let problem = scan.scanLine(Line(bytes: bytes, start: start, end: end), number: line) { return problem }
            start = end + 1
            line += 1
        }
        return nil
    }

    private static let newline = UInt8(ascii: "\n")

    /// Reads one line, updating the open containers and brackets.
    mutating func scanLine(_ line: Line, number: Int) -> MarkdownTooComplex? {
        var cursor = line.startCursor
        var matched = 0
        continuing: while matched < open.count {
            let ahead = line.skippingIndent(from: cursor)
            switch open[matched] {
            case .quote:
                guard ahead.column - cursor.column <= 3, line.byte(at: ahead.offset) == UInt8(ascii: ">") else { break continuing }
                cursor = line.afterQuoteMarker(at: ahead)
            case .item(let contentColumn):
                // Items go on over blank lines and lines indented to their content.
                if ahead.offset == line.end {
                    cursor = ahead
                } else {
                    guard ahead.column >= contentColumn else { break continuing }
                    cursor = line.advancing(cursor, toColumn: contentColumn)
                }
            }
            matched += 1
        }
        if line.skippingIndent(from: cursor).offset == line.end {
            open.removeSubrange(matched...)
            openBrackets = 0
            previousLineBlank = true
            return nil
        }
        var opened: [Container] = []
        while let (container, next, markerOffset) = line.containerMarker(at: cursor) {
            opened.append(container)
            if matched + opened.count > limits.nestingDepth {
                return MarkdownTooComplex(
                    limit: .nestingDepth, maximum: limits.nestingDepth, line: number, column: markerOffset - line.start + 1)
            }
            cursor = next
        }
        // A line that opens nothing after a paragraph line may be its lazy continuation: all stay open.
        if !opened.isEmpty || previousLineBlank || matched == open.count {
            open.removeSubrange(matched...)
            open += opened
        }
        if !opened.isEmpty { openBrackets = 0 }
        previousLineBlank = false
        return countBrackets(line, from: cursor.offset, number: number)
    }

    private mutating func countBrackets(_ line: Line, from offset: Int, number: Int) -> MarkdownTooComplex? {
        var index = offset
        while index < line.end {
            switch line.bytes[index] {
            case UInt8(ascii: "\\"):
                index += 1  // an escaped bracket is text
            case UInt8(ascii: "["):
                openBrackets += 1
                if openBrackets > limits.openBrackets {
                    return MarkdownTooComplex(
                        limit: .openBrackets, maximum: limits.openBrackets, line: number, column: index - line.start + 1)
                }
            case UInt8(ascii: "]"):
                openBrackets = max(openBrackets - 1, 0)
            default:
                break
            }
            index += 1
        }
        return nil
    }
}
