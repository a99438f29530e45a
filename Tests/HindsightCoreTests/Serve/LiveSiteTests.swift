import Foundation
import Testing

@testable import HindsightCore

/// `hindsight serve` renders pages on request from ``LiveSite``: it must be the site `build` writes.
@Suite("The served site")
struct LiveSiteTests {
    static func sampleFiles() throws -> [InputFile] {
        try Corpus.discover([Fixtures.packageRoot + "/postmortems"])
    }

    static func liveSample() throws -> LiveSite {
        let files = try sampleFiles()
        var corpus = IncrementalCorpus(configuration: Configuration())
        let update = corpus.update(files, stamps: files.map { FileStamp.of($0.path) })
        let builder = SiteBuilder(theme: try Theme(), options: SiteFixture.options(baseURL: "https://incidents.example.com/team/"))
        return LiveSite(builder: builder, postMortems: update.corpus.postMortems, diagnostics: update.diagnostics)
    }

    @Test("has every file of the built sample site at the same path, byte for byte, and no other")
    func sameAsBuild() throws {
        let live = try Self.liveSample()
        #expect(live.paths == SiteFixture.sample.map(\.path))
        for file in SiteFixture.sample {
            let served = try live.file(at: file.path)
            #expect(served == file, "\(file.path)")
        }
    }

    @Test("reads the corpus and its diagnostics as build does")
    func sameCorpus() throws {
        let files = try Self.sampleFiles()
        var incremental = IncrementalCorpus(configuration: Configuration())
        let update = incremental.update(files, stamps: files.map { FileStamp.of($0.path) })
        let corpus = Corpus.load(files, parser: PostMortemParser(rendersHTML: true))
        #expect(update.corpus.postMortems == corpus.postMortems)
        #expect(update.corpus.sources == corpus.sources)
        #expect(update.diagnostics == corpus.diagnostics())
        #expect(update.parsedCount == files.count)
    }

    @Test("parses again only the file whose text changed; a touched file with the same text is not parsed")
    func parsesOnlyChangedText() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.md", Fixtures.validPostMortem)
        try folder.write("b.md", Fixtures.validPostMortem.replacingOccurrences(of: "2024-03-05", with: "2024-03-06"))
        var corpus = IncrementalCorpus(configuration: Configuration())
        func update() throws -> IncrementalCorpus.Update {
            let files = try Corpus.discover([folder.path])
            return corpus.update(files, stamps: files.map { FileStamp.of($0.path) })
        }
        #expect(try update().parsedCount == 2)
        #expect(try update().parsedCount == 0)
        // Rewritten with the same text: a new stamp, the same content.
        try FileManager.default.removeItem(atPath: folder.path + "/a.md")
        try folder.write("a.md", Fixtures.validPostMortem)
        let touched = try update()
        #expect(touched.parsedCount == 0)
        #expect(touched.changedPaths == [])
        try folder.write("b.md", Fixtures.validPostMortem.replacingOccurrences(of: "Checkout failures", with: "Checkout errors"))
        let edited = try update()
        #expect(edited.parsedCount == 1)
        #expect(edited.changedPaths == [folder.path + "/b.md"])
        #expect(
            edited.corpus.postMortems.map { $0.title?.value } == [
                "Checkout failures from connection pool exhaustion", "Checkout errors from connection pool exhaustion",
            ])
        try FileManager.default.removeItem(atPath: folder.path + "/a.md")
        let removed = try update()
        #expect(removed.changedPaths == [folder.path + "/a.md"])
        #expect(removed.corpus.postMortems.count == 1)
    }
}

/// The server's additions belong to served pages only.
@Suite("Serve: build output")
struct BuildOutputHasNoServeAdditionsTests {
    @Test("hindsight build writes no reload script, no banner and no link to the server's own files")
    func noReloadScript() throws {
        let folder = try TemporaryFolder()
        let output = folder.path + "/site"
        let result = BuildCommand(
            inputs: [Fixtures.packageRoot + "/postmortems"], output: output, site: SiteFixture.options(), showsElapsedTime: false
        ).run()
        #expect(result.exitCode == ExitCode.success)
        let files = try FileManager.default.subpathsOfDirectory(atPath: output).filter { !$0.hasPrefix(".") }
        #expect(files.count > 50)
        for file in files {
            guard let data = FileManager.default.contents(atPath: output + "/" + file) else { continue }
            let text = String(decoding: data, as: UTF8.self)
            #expect(!text.contains("__hindsight"), "\(file)")
            #expect(!text.contains(LiveReload.marker), "\(file)")
            #expect(!text.contains("hindsight-serve-problems"), "\(file)")
        }
    }
}
