import Foundation
import Testing

@testable import HindsightCore

/// The file a build keeps each incident's body in between the load stage and its page: it has no
/// name, so nothing can publish it or leave it behind.
@Suite("The build's scratch file")
struct ScratchFileTests {
    @Test("a scratch file leaves no name in its folder, made either way, and reads back what was appended", arguments: [true, false])
    func noName(unnamed: Bool) throws {
        let folder = try TemporaryFolder()
        let scratch = try #require(ScratchFile(in: folder.path, unnamed: unnamed))
        let first = Array("première".utf8)
        let second = [UInt8](repeating: 0x41, count: 70_000)
        let (at1, at2) = (scratch.append(first), scratch.append(second))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
        #expect(at1 == 0 && at2 == Int64(first.count))
        #expect(scratch.read(at: at2 ?? -1, count: second.count) == second)
        #expect(scratch.read(at: at1 ?? -1, count: first.count) == first)
        #expect(scratch.failure == nil)
    }

    @Test("bytes that cannot be read back whole are a failure, never a shorter read")
    func lostBytes() throws {
        let folder = try TemporaryFolder()
        let scratch = try #require(ScratchFile(in: folder.path))
        let offset = try #require(scratch.append(Array(repeating: 7, count: 100)))
        scratch.truncate(to: 50)
        #expect(scratch.read(at: offset, count: 100) == nil)
        #expect(scratch.failure?.contains("cannot read back the build's scratch file") == true)
    }

    @Test("no scratch file is made in a folder that cannot hold one")
    func noFolder() throws {
        let folder = try TemporaryFolder()
        #expect(ScratchFile(in: folder.path + "/missing") == nil)
        #expect(ScratchFile(in: folder.path + "/missing", unnamed: false) == nil)
    }
}
