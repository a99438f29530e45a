extension ComplexityScan {
    /// A place in a line: the byte offset and the column it is at (tabs stop every 4 columns).
    struct Cursor {
        var offset: Int
        var column: Int
    }

    /// One line of the source: `bytes[start..<end]`, without its newline.
    struct Line {
        let bytes: [UInt8]
        let start: Int
        let end: Int
        /// Where the line's tail of only `-` and spaces, and of only `*` and spaces, begins.
        private let dashTail: Int
        private let starTail: Int

        init(bytes: [UInt8], start: Int, end: Int) {
            self.bytes = bytes
            self.start = start
            self.end = end
            func tail(of character: UInt8) -> Int {
                var index = end
                while index > start, bytes[index - 1] == character || Line.isSpaceByte(bytes[index - 1]) { index -= 1 }
                return index
            }
            dashTail = tail(of: UInt8(ascii: "-"))
            starTail = tail(of: UInt8(ascii: "*"))
        }

        static func isSpaceByte(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
        }

        var startCursor: Cursor { Cursor(offset: start, column: 0) }

        func byte(at offset: Int) -> UInt8? { offset < end ? bytes[offset] : nil }

        func isSpace(_ offset: Int) -> Bool {
            guard let byte = byte(at: offset) else { return false }
            return Line.isSpaceByte(byte)
        }

        func step(_ cursor: Cursor) -> Cursor {
            let tab = bytes[cursor.offset] == UInt8(ascii: "\t")
            return Cursor(offset: cursor.offset + 1, column: tab ? (cursor.column / 4 + 1) * 4 : cursor.column + 1)
        }

        func skippingIndent(from cursor: Cursor) -> Cursor {
            var cursor = cursor
            while isSpace(cursor.offset) { cursor = step(cursor) }
            return cursor
        }

        func advancing(_ cursor: Cursor, toColumn column: Int) -> Cursor {
            var cursor = cursor
            while cursor.column < column, isSpace(cursor.offset) { cursor = step(cursor) }
            return cursor
        }

        /// After a `>` at `marker` and the one space that may follow it.
        func afterQuoteMarker(at marker: Cursor) -> Cursor {
            let next = step(marker)
            return byte(at: next.offset) == UInt8(ascii: " ") ? step(next) : next
        }

        /// The block quote or list item whose marker starts at `cursor` (after up to 3 spaces):
        /// the container, where its content starts, and the marker's offset.
        func containerMarker(at cursor: Cursor) -> (Container, Cursor, Int)? {
            let marker = skippingIndent(from: cursor)
            guard marker.column - cursor.column <= 3, let first = byte(at: marker.offset) else { return nil }
            if first == UInt8(ascii: ">") { return (.quote, afterQuoteMarker(at: marker), marker.offset) }
            var afterMarker = marker
            switch first {
            case UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "*"):
                if isThematicBreak(from: marker.offset) { return nil }
                afterMarker = step(marker)
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                while let byte = byte(at: afterMarker.offset), (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte),
                    afterMarker.offset - marker.offset < 9
                {
                    afterMarker = step(afterMarker)
                }
                guard byte(at: afterMarker.offset) == UInt8(ascii: ".") || byte(at: afterMarker.offset) == UInt8(ascii: ")") else {
                    return nil
                }
                afterMarker = step(afterMarker)
            default:
                return nil
            }
            guard afterMarker.offset == end || isSpace(afterMarker.offset) else { return nil }
            // Content starts after 1–4 spaces; with 5 or more (or none), one space after the marker.
            let content = skippingIndent(from: afterMarker)
            if content.offset == end || content.column - afterMarker.column > 4 {
                let next = afterMarker.offset < end ? step(afterMarker) : afterMarker
                return (.item(contentColumn: afterMarker.column + 1), next, marker.offset)
            }
            return (.item(contentColumn: content.column), content, marker.offset)
        }

        /// `---`, `* * *` from the bullet at `offset` on: three or more of it and nothing but spaces
        /// (a rule, not a list item). Each line's tails are found once, so this stays linear.
        func isThematicBreak(from offset: Int) -> Bool {
            let character = bytes[offset]
            guard offset >= (character == UInt8(ascii: "-") ? dashTail : character == UInt8(ascii: "*") ? starTail : end) else {
                return false
            }
            return bytes[offset..<end].lazy.filter { $0 == character }.count >= 3
        }
    }
}
