import Foundation
import Testing

@testable import HindsightCore

/// Inputs scripts/fuzz.sh and the generated post-mortems found crashing, kept
/// in Fixtures/fuzz and run through read, parse, validate and render again.
@Suite("Fuzz findings")
struct FuzzFindingTests {
    /// What `hindsight build` does to one file, in memory.
    static func buildSite(ofFixture name: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Fixtures.path("fuzz/" + name)))
        guard case .success(let file) = SourceFileReader.decode(data, path: "postmortems/" + name) else { return }
        let postMortem = PostMortemParser(rendersHTML: true).parse(file)
        let diagnostics = Validator().diagnostics(for: [postMortem])
        _ = try SiteBuilder(theme: try Theme(), options: SiteFixture.options(drafts: true))
            .build(postMortems: [postMortem], diagnostics: diagnostics)
    }

    /// Numbers past `Int.max` in a Duration and in a stamp's seconds (once traps).
    static let overflowCrashes = ["duration-over-int-max.md", "timestamp-seconds-over-int-max.md"]

    @Test("a number past Int.max in a Duration or a stamp's seconds does not crash the build", arguments: overflowCrashes)
    func overflow(name: String) async {
        await #expect(processExitsWith: .success) { [name] in
            try FuzzFindingTests.buildSite(ofFixture: name)
        }
    }
}
