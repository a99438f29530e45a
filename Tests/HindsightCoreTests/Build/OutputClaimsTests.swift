import Foundation
import Testing

@testable import HindsightCore

/// Each output path is claimed once, ignoring case, before anything is written.
@Suite("Output claims")
struct OutputClaimsTests {
    static func file(_ path: String, _ origin: String) -> SiteFile {
        SiteFile(path: path, text: "", origin: origin)
    }

    @Test("distinct paths, including ones that only share a folder, do not clash")
    func distinct() {
        let files = [
            Self.file("incidents/a/index.html", "a.md"), Self.file("incidents/ab/index.html", "ab.md"),
            Self.file("incidents/index.html", "the site"),
        ]
        #expect(OutputClaims.clashes(in: files).isEmpty)
    }

    @Test("the same path twice names both sources and the path")
    func samePath() {
        let files = [Self.file("incidents/x/index.html", "a/x.md"), Self.file("incidents/x/index.html", "alias 'x' of b/y.md")]
        #expect(
            OutputClaims.clashes(in: files).map(\.description) == [
                "error: incidents/x/index.html is claimed twice: by a/x.md and by alias 'x' of b/y.md; "
                    + "rename one so every output has its own path (see `hindsight check`)"
            ])
    }

    @Test("paths equal ignoring case clash, as they would on macOS or Windows")
    func ignoringCase() {
        let files = [Self.file("incidents/Foo/index.html", "a/Foo.md"), Self.file("incidents/foo/index.html", "b/foo.md")]
        #expect(
            OutputClaims.clashes(in: files).map(\.description) == [
                "error: incidents/Foo/index.html is claimed twice (as incidents/foo/index.html, the same path ignoring case): "
                    + "by a/Foo.md and by b/foo.md; rename one so every output has its own path (see `hindsight check`)"
            ])
    }

    @Test("a file where another file needs a folder clashes, in either order")
    func fileAndFolder() {
        let expected =
            "error: incidents/x is claimed twice (as a file and as the folder of incidents/X/index.html): "
            + "by the theme and by x.md; rename one so every output has its own path (see `hindsight check`)"
        let file = Self.file("incidents/x", "the theme")
        let page = Self.file("incidents/X/index.html", "x.md")
        #expect(OutputClaims.clashes(in: [file, page]).map(\.description) == [expected])
        #expect(OutputClaims.clashes(in: [page, file]).map(\.description) == [expected])
    }
}
