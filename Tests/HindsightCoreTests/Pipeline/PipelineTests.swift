import Foundation
import Testing

@testable import HindsightCore

/// The commands run one pipeline of named stages; a failure names its stage, path and reason.
@Suite("The pipeline")
struct PipelineTests {
    let folder: TemporaryFolder
    var input: String { folder.path + "/postmortems" }

    init() throws {
        folder = try TemporaryFolder()
        try folder.write("postmortems/2024/checkout-pool.md", Fixtures.validPostMortem)
    }

    @Test("--verbose prints the six stages of a build in order, numbered, each name followed by its time")
    func verboseStages() throws {
        var command = BuildCommand(inputs: [input], output: folder.path + "/site", site: SiteFixture.options(), showsElapsedTime: false)
        command.verbose = true
        let result = command.run()
        #expect(result.exitCode == ExitCode.success)
        let stages = result.standardError.split(separator: "\n").filter { $0.hasPrefix("[") }
        #expect(stages.count == 6)
        let names = stages.map { line in line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first.map(String.init) }
        #expect(names == ["discover", "load", "validate", "measure", "render", "write"])
        #expect(stages.first?.hasPrefix("[1/6] ") == true && stages.last?.hasPrefix("[6/6] ") == true)
        // The time closes the line: `[1/6] discover  (1 file)   0.001s`.
        #expect(stages.allSatisfy { $0.wholeMatch(of: /\[\d\/6\] [a-z]+ .*\d+\.\d{3}s/) != nil })
    }

    @Test("a missing input folder stops the pipeline at discover, naming the folder")
    func discoverFailure() throws {
        var pipeline = Pipeline(verbose: false)
        let missing = folder.path + "/nowhere"
        #expect {
            _ = try pipeline.discover([missing], allowsEmpty: false)
        } throws: { error in
            guard let error = error as? PipelineError else { return false }
            return error.stage == .discover && error.path == missing && error.exitCode == ExitCode.usage
                && error.description == "error: \(missing): no such folder\n"
        }
    }

    @Test("each file knows its path below the input folder, found or named inside it")
    func relativePaths() throws {
        try folder.write("postmortems/2023/q4/db.md", Fixtures.validPostMortem)
        try folder.write("elsewhere/named.md", Fixtures.validPostMortem)
        let files = try Corpus.discover([input + "/", folder.path + "/elsewhere/named.md", input + "/2023/q4/db.md"])
        #expect(files.map(\.relativePath) == ["2023/q4/db.md", "2024/checkout-pool.md", "named.md"])
        // A hidden folder is not searched, but a file named in it is still named from the input folder.
        try folder.write("postmortems/.drafts/x.md", Fixtures.validPostMortem)
        let named = try Corpus.discover([input, input + "/.drafts/x.md"])
        #expect(named.map(\.relativePath) == ["2023/q4/db.md", "2024/checkout-pool.md", ".drafts/x.md"])
        let corpus = Corpus.load(files)
        #expect(corpus.postMortems.map(\.relativePath) == ["2023/q4/db.md", "2024/checkout-pool.md", "named.md"])
    }
}
