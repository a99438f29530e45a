/// One source line of prose, as plain text, able to say where in the file
/// any of its characters was written (markup such as `**` shifts columns).
public struct ProseLine: Sendable, Hashable {
    /// The line's text with markup removed (code spans keep their content).
    public var text: String = ""
    /// Where each run of text starts: UTF-8 offset into `text` and file location.
    public var anchors: [Anchor] = []
    /// UTF-8 ranges of `text` that came from code spans (not prose).
    public var codeRanges: [Range<Int>] = []

    public struct Anchor: Sendable, Hashable {
        public var offset: Int
        public var location: SourceLocation
    }

    public init(text: String = "", anchors: [Anchor] = []) {
        self.text = text
        self.anchors = anchors
    }

    public var location: SourceLocation { anchors.first?.location ?? .fileStart }

    /// The file location of the character `offset` UTF-8 bytes into `text`.
    public func location(atUTF8Offset offset: Int) -> SourceLocation {
        guard let anchor = anchors.last(where: { $0.offset <= offset }) else { return location }
        return SourceLocation(line: anchor.location.line, column: anchor.location.column + offset - anchor.offset)
    }

    /// The file location of `index` in `text`.
    public func location(of index: String.Index) -> SourceLocation {
        location(atUTF8Offset: text.utf8.distance(from: text.startIndex, to: index))
    }
}
