import Testing

@testable import HindsightCore

@Suite("Source locations")
struct SourceLocationTests {
    typealias Location = HindsightCore.SourceLocation

    @Test("a location is two 32-bit numbers, so each located value of the model is 8 bytes smaller")
    func compact() {
        #expect(MemoryLayout<Location>.size == 8)
        #expect(MemoryLayout<Located<String>?>.stride == 24)
    }

    @Test("lines and columns read back as written, order by line then column, and print as line:column")
    func values() {
        var location = Location(line: 12, column: 7)
        #expect((location.line, location.column) == (12, 7))
        location.line += 1
        #expect(location.description == "13:7")
        #expect(Location(line: 2, column: 90) < Location(line: 3, column: 1))
        #expect(Location(line: 3, column: 1) < Location(line: 3, column: 2))
        #expect(Location.fileStart == Location(line: 1, column: 1))
    }

    @Test("a number past 32 bits is kept as the largest that fits, never wrapped into another line")
    func clamped() {
        let far = Location(line: Int(Int32.max) + 5, column: Int.max)
        #expect(far.line == Int(Int32.max))
        #expect(far.column == Int(Int32.max))
    }
}
