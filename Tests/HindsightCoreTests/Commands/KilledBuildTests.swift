import Foundation
import Testing

@testable import HindsightCore

/// `hindsight build` killed with SIGKILL at random points: the site is always
/// whole, and nothing is left beside it once a build completes.
@Suite("Killed builds")
struct KilledBuildTests {
    static let kills = 20
    static let incidents = 40
    /// Theme files copied to the site as they are: cheap to build, so the
    /// ~350 files of the site are mostly written, not rendered.
    static let assets = 300

    let folder: TemporaryFolder
    var output: String { folder.path + "/site" }

    init() throws {
        folder = try TemporaryFolder()
        for number in 0..<Self.incidents {
            let day = String(number % 28 + 1).leftPadded(to: 2)
            try folder.write(
                "postmortems/incident-\(number).md",
                Fixtures.validPostMortem
                    .replacingOccurrences(of: "2024-03-05", with: "2024-\(String(number % 12 + 1).leftPadded(to: 2))-\(day)")
                    .replacingOccurrences(of: "connection pool exhaustion", with: "connection pool exhaustion \(number)"))
        }
        for number in 0..<Self.assets {
            try folder.write("theme/assets/generated/\(number).txt", String(repeating: "asset \(number)\n", count: 200))
        }
    }

    func process(title: String) throws -> Process {
        let process = Process()
        process.executableURL = try #require(ExecutableTests.binary)
        process.arguments = [
            "build", folder.path + "/postmortems", "--output", output, "--theme", folder.path + "/theme", "--title", title, "--as-of",
            "2026-11-25",
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        return process
    }

    /// Every file under `root`, relative to it, sorted.
    func files(under root: String) -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: root)
        var files: [String] = []
        while let path = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files.append(path)
            }
        }
        return files.sorted()
    }

    /// Which of `titles` the site at the output was built with, if it is whole:
    /// every file of `expected` there and no other, every page complete, and
    /// every page of one build.
    func wholeSite(expected: [String], titles: [String]) throws -> String? {
        guard files(under: output) == expected else { return nil }
        var pages: [String] = []
        for path in expected where path.hasSuffix(".html") {
            let page = try String(contentsOfFile: output + "/" + path, encoding: .utf8)
            guard page.components(separatedBy: "</html>").count == 2 else { return nil }
            pages.append(page)
        }
        let matching = titles.filter { title in pages.allSatisfy { $0.contains(title) } }
        return matching.count == 1 ? matching.first : nil
    }

    /// Runs `build` until it starts writing (its staging folder appears), then
    /// `delay` µs more and kills it (SIGKILL); returns how long it ran after staging began, in µs.
    @discardableResult
    func run(_ build: Process, killingAfter delay: useconds_t? = nil) throws -> Double {
        try build.run()
        let staging = ".site.hindsight-new-\(build.processIdentifier)-"
        while build.isRunning, try !FileManager.default.contentsOfDirectory(atPath: folder.path).contains(where: { $0.hasPrefix(staging) })
        {
            usleep(100)
        }
        let start = DispatchTime.now()
        if let delay {
            usleep(delay)
            kill(build.processIdentifier, SIGKILL)
        }
        build.waitUntilExit()
        return Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1000
    }

    @Test("after each kill the output is the whole old site or the whole new one; the next build leaves nothing beside it")
    func killedAtRandomPoints() throws {
        let first = try process(title: "Kill 0 of 20.")
        // Kill points spread over writing and publishing, a few after the build ends.
        let writing = try run(first) * 1.2
        #expect(first.terminationStatus == 0)
        let expected = files(under: output)
        #expect(expected.count > Self.incidents + Self.assets)
        var published = "Kill 0 of 20."
        for kill in 1...Self.kills {
            let title = "Kill \(kill) of 20."
            let delay = useconds_t(Double.random(in: 0...writing))
            try run(try process(title: title), killingAfter: delay)
            let found = try wholeSite(expected: expected, titles: [published, title])
            #expect(found != nil, "after a kill \(delay) µs into writing build \(kill), \(output) is neither the old site nor the new one")
            published = found ?? title
        }
        let last = try process(title: "After the kills.")
        try run(last)
        #expect(last.terminationStatus == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["postmortems", "site", "theme"])
        #expect(try wholeSite(expected: expected, titles: ["After the kills."]) == "After the kills.")
    }
}
