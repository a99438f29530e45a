import Foundation
import Testing

@testable import HindsightCore

/// The parallel paths of a build (read and parse, validate, render incident
/// pages, write) over a generated corpus: scripts/sanitizers.sh runs this
/// suite under ThreadSanitizer and AddressSanitizer.
@Suite("Parallel build")
struct ParallelBuildTests {
    static let fileCount = 200

    @Test("a build of 200 generated post-mortems writes every page, the same as a build on one core would")
    func generatedCorpus() throws {
        let folder = try TemporaryFolder()
        var generated: [String: GeneratedPostMortem] = [:]
        for index in 0..<Self.fileCount {
            var generator = PostMortemGenerator(seed: UInt64(index))
            let name = "incident-\(Day.pad(index, 3))"
            generated[name] = generator.make()
            try folder.write("postmortems/\(index % 7)/\(name).md", generated[name]?.markdown ?? "")
        }
        let output = folder.path + "/site"
        let result = BuildCommand(
            inputs: [folder.path + "/postmortems"], output: output, site: SiteFixture.options(), showsElapsedTime: false
        ).run()
        #expect(result.standardError == "")
        #expect(result.exitCode == ExitCode.success)
        #expect(result.standardOutput.hasPrefix("built \(output): 200 incidents, "))
        #expect(result.standardOutput.hasSuffix(", 0 errors, 0 warnings\n"))
        for (name, postMortem) in generated {
            let page = try String(contentsOfFile: output + "/incidents/\(name)/index.html", encoding: .utf8)
            #expect(page.contains(postMortem.title), "\(name)")
        }

        // The same corpus parsed one file at a time gives the same post-mortems and findings.
        let files = try Corpus.discover([folder.path + "/postmortems"])
        let parallel = Corpus.load(files, parser: PostMortemParser(rendersHTML: true))
        let serial = files.map { input in
            (try? SourceFileReader.read(input).get()).map { PostMortemParser(rendersHTML: true).parse($0) }
        }
        #expect(parallel.postMortems == serial.compactMap { $0 })
        #expect(
            parallel.diagnostics() == Diagnostic.inReportOrder(parallel.postMortems.flatMap { Validator().diagnostics(for: [$0]) }))
    }
}
