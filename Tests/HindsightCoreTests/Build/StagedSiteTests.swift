import Foundation
import Testing

@testable import HindsightCore

/// Files go into the staging folder as they are rendered; publishing checks
/// that every output had its own path before anything reaches the output.
@Suite("Staging the site as it is rendered")
struct StagedSiteTests {
    let folder: TemporaryFolder
    var output: String { folder.path + "/site" }

    init() throws {
        folder = try TemporaryFolder()
    }

    func entries(_ path: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: path).sorted()
    }

    @Test("a file is on disk in the staging folder once added, and in the output only once published")
    func writtenWhenAdded() throws {
        let writer = SiteWriter(output: output)
        let site = try writer.stage()
        site.add(SiteFile(path: "incidents/a/index.html", text: "a"))
        #expect(try String(contentsOfFile: site.folder + "/incidents/a/index.html", encoding: .utf8) == "a")
        #expect(!FileManager.default.fileExists(atPath: output))
        try writer.publish(site)
        #expect(try entries(output) == [SiteWriter.markerName, "incidents"])
        #expect(try String(contentsOfFile: output + "/incidents/a/index.html", encoding: .utf8) == "a")
        #expect(site.fileCount == 1 && site.pageCount == 1)
    }

    @Test("a clash is found as files arrive, the second file is not written, and nothing is published")
    func clashRefused() throws {
        let writer = SiteWriter(output: output)
        try writer.write([SiteFile(path: "index.html", text: "old")])
        let site = try writer.stage()
        site.add(SiteFile(path: "incidents/x/index.html", text: "first", origin: "a/x.md"))
        site.add(SiteFile(path: "incidents/X/index.html", text: "second", origin: "b/X.md"))
        // A file where the first one needs a folder: refused as it arrives, so no write fails on it.
        site.add(SiteFile(path: "incidents/x", text: "third", origin: "the theme"))
        #expect(!FileManager.default.fileExists(atPath: site.folder + "/incidents/X/index.html"))
        #expect(site.writeFailure == nil)
        do {
            try writer.publish(site)
            Issue.record("published a site with clashes")
        } catch let clashes as SiteWriter.Clashes {
            #expect(
                clashes.description
                    == "error: incidents/x is claimed twice (as a file and as the folder of incidents/X/index.html): by the theme and by b/X.md; "
                    + "rename one so every output has its own path (see `hindsight check`)\n"
                    + "error: incidents/X/index.html is claimed twice (as incidents/x/index.html, the same path ignoring case): by b/X.md and by a/x.md; "
                    + "rename one so every output has its own path (see `hindsight check`)")
        }
        #expect(try entries(folder.path) == ["site"])
        #expect(try String(contentsOfFile: output + "/index.html", encoding: .utf8) == "old")
    }

    @Test("a failed write is reported with its path and nothing is published")
    func writeFailure() throws {
        let writer = SiteWriter(output: output)
        let site = try writer.stage()
        // A folder the writer cannot make: the staging folder is gone.
        try FileManager.default.removeItem(atPath: site.folder)
        site.add(SiteFile(path: "incidents/a/index.html", text: "a"))
        #expect(throws: FileSystem.Failure.self) { try writer.publish(site) }
        #expect(!FileManager.default.fileExists(atPath: output))
    }
}
