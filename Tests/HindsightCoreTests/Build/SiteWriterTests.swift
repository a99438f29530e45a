import Foundation
import Testing

@testable import HindsightCore

/// The write stage: one atomic step to publish, nothing left beside the output.
@Suite("Writing the site")
struct SiteWriterTests {
    let folder: TemporaryFolder
    var output: String { folder.path + "/site" }

    init() throws {
        folder = try TemporaryFolder()
    }

    func writer(_ publishing: SiteWriter.Publishing = .exchange) -> SiteWriter {
        var writer = SiteWriter(output: output)
        writer.publishing = publishing
        return writer
    }

    static func site(_ names: String...) -> [SiteFile] {
        names.map { SiteFile(path: $0, text: "<p>\($0)</p>\n") }
    }

    func entries(_ path: String? = nil) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: path ?? folder.path).sorted()
    }

    func read(_ relative: String) throws -> String {
        try String(contentsOfFile: output + "/" + relative, encoding: .utf8)
    }

    /// The pid of a process that has exited.
    static func finishedPID() throws -> pid_t {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    @Test("the exchange replaces the site in one step and removes the old one")
    func exchange() throws {
        try writer().write(Self.site("index.html", "old/index.html"))
        let before = try #require(try FileManager.default.attributesOfItem(atPath: output)[.systemFileNumber] as? Int)
        try writer().write(Self.site("index.html", "new/index.html"))
        #expect(try entries() == ["site"])
        #expect(try entries(output) == [".hindsight-site", "index.html", "new"])
        #expect(try read("new/index.html") == "<p>new/index.html</p>\n")
        // The output is a different folder, not the old one emptied and refilled.
        let after = try #require(try FileManager.default.attributesOfItem(atPath: output)[.systemFileNumber] as? Int)
        #expect(after != before)
    }

    @Test("a reader watching the output during rebuilds never finds it missing")
    func readerNeverSeesAGap() throws {
        let generations = 20
        func site(_ generation: Int) -> [SiteFile] {
            (0..<100).map { SiteFile(path: "pages/\($0)/index.html", text: "generation \(generation)") }
        }
        try writer().write(site(0))
        let watcher = Watcher(paths: [output + "/pages/0/index.html", output + "/pages/99/index.html"])
        let thread = Thread { watcher.watch() }
        thread.start()
        for generation in 1...generations { try writer().write(site(generation)) }
        watcher.stop()
        #expect(watcher.readings > 0)
        #expect(watcher.gaps == 0, "\(watcher.gaps) of \(watcher.readings) readings found a gap, e.g. \(watcher.samples)")
    }

    @Test("the exchange swaps two folders in one system call")
    func exchangeCall() throws {
        try folder.write("a/one", "1")
        try folder.write("b/two", "2")
        #expect(AtomicRename.exchange(folder.path + "/a", folder.path + "/b") == nil)
        #expect(try entries(folder.path + "/a") == ["two"])
        #expect(try entries(folder.path + "/b") == ["one"])
    }

    @Test("without an exchange the output becomes a symlink, flipped by one rename on every build")
    func symlinkFlip() throws {
        try writer(.symlinkFlip).write(Self.site("first.html"))
        #expect(FileSystem.kind(of: output) == .folder)
        try writer(.symlinkFlip).write(Self.site("second.html"))
        #expect(FileSystem.kind(of: output) == .symlink)
        let second = try #require(FileSystem.linkTarget(output))
        #expect(try entries() == [second, "site"].sorted())
        try writer(.symlinkFlip).write(Self.site("third.html"))
        let third = try #require(FileSystem.linkTarget(output))
        #expect(third != second)
        #expect(try entries() == [third, "site"].sorted())
        #expect(try entries(output) == [".hindsight-site", "third.html"])
        // An exchange-capable build keeps the link layout rather than orphaning the folder.
        try writer(.exchange).write(Self.site("fourth.html"))
        let fourth = try #require(FileSystem.linkTarget(output))
        #expect(try entries() == [fourth, "site"].sorted())
        #expect(try read("fourth.html") == "<p>fourth.html</p>\n")
    }

    @Test("folders and links killed builds left beside this output are removed; others are not")
    func staleFolders() throws {
        try writer().write(Self.site("index.html"))
        let dead = try Self.finishedPID()
        let marker = SiteWriter.markerName
        try folder.write(".site.hindsight-new-\(dead)-11/\(marker)", "")
        try folder.write(".site.hindsight-new-\(dead)-11/incidents/a/index.html", "torn")
        try folder.write(".site.hindsight-old-\(dead)-12/\(marker)", "")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/.site.hindsight-link-\(dead)-13", withDestinationPath: "gone")
        try FileManager.default.createDirectory(atPath: folder.path + "/.site.hindsight-new-\(dead)-14", withIntermediateDirectories: false)
        let kept = [
            ".site.hindsight-new-\(dead)-21",  // no marker: not ours
            ".site.hindsight-new-\(getpid())-22",  // a build still running
            ".other.hindsight-new-\(dead)-23",  // beside another output
            ".site.hindsight-new-\(dead)-24x",  // not our pattern
            ".site.hindsight-new-\(dead)-25-1",
        ]
        try folder.write(kept[0] + "/index.html", "someone's")
        for name in kept.dropFirst() { try folder.write(name + "/" + marker, "") }
        try writer().write(Self.site("index.html"))
        #expect(try entries() == (kept + ["site"]).sorted())
    }

    @Test("a foreign folder that appears at the output during the build is refused and kept")
    func recheck() throws {
        try writer().write(Self.site("index.html"))
        #expect(throws: SiteWriter.Refusal.self) {
            try writer().write(Self.site("new.html")) {
                try FileManager.default.removeItem(atPath: output)
                try folder.write("site/precious.txt", "keep me")
            }
        }
        #expect(try read("precious.txt") == "keep me")
        let staging = try entries().filter { $0.hasPrefix(".site.hindsight-new-") }
        #expect(staging.count == 1)
        #expect(try entries(folder.path + "/" + (staging.first ?? "")) == [".hindsight-site", "new.html"])
    }

    @Test("the refusal says what changed and where the new site is")
    func recheckMessage() throws {
        try writer().write(Self.site("index.html"))
        do {
            try writer().write(Self.site("new.html")) {
                try FileManager.default.removeItem(atPath: output)
                try folder.write("site/precious.txt", "keep me")
            }
            Issue.record("no refusal")
        } catch let refusal as SiteWriter.Refusal {
            let staging = try #require(try entries().first { $0.hasPrefix(".site.hindsight-new-") })
            #expect(
                refusal.description
                    == "refusing to publish: \(output) is not empty and was not written by Hindsight (it changed during the build); "
                    + "it was left as it was, and the new site is in \(folder.path)/\(staging)")
        }
    }

    @Test("a first build does not replace a folder that appeared meanwhile either")
    func firstBuildRace() throws {
        #expect(throws: SiteWriter.Refusal.self) {
            try writer().write(Self.site("index.html")) { try folder.write("site/precious.txt", "keep me") }
        }
        #expect(try read("precious.txt") == "keep me")
        #expect(try entries().filter { !$0.hasPrefix(".site.hindsight-new-") } == ["site"])
    }

    @Test("clashing outputs are refused before anything is written")
    func clashes() throws {
        let files = [
            SiteFile(path: "incidents/x/index.html", text: "a", origin: "a/x.md"),
            SiteFile(path: "incidents/X/index.html", text: "b", origin: "b/X.md"),
        ]
        #expect(throws: SiteWriter.Clashes.self) { try writer().write(files) }
        #expect(try entries() == [])
    }
}

/// Reads files of the output in a loop and records every reading that finds
/// one missing or torn.
final class Watcher: @unchecked Sendable {
    let paths: [String]
    private let lock = NSLock()
    private var stopped = false
    private var done = DispatchSemaphore(value: 0)
    private(set) var readings = 0
    private(set) var gaps = 0
    /// The first few readings that found a gap.
    private(set) var samples: [String] = []

    init(paths: [String]) {
        self.paths = paths
    }

    func watch() {
        while !lock.withLock({ stopped }) {
            let contents = paths.map { try? String(contentsOfFile: $0, encoding: .utf8) }
            lock.withLock {
                readings += 1
                // Two reads may straddle a swap, so they need not agree; each must find a whole file.
                if contents.contains(where: { $0?.hasPrefix("generation ") != true }) {
                    gaps += 1
                    if samples.count < 3 { samples.append(contents.map { $0 ?? "missing" }.joined(separator: " / ")) }
                }
            }
        }
        done.signal()
    }

    func stop() {
        lock.withLock { stopped = true }
        done.wait()
    }
}
