import Foundation
import Testing

@testable import HindsightCore

/// Which files a search of the input folder finds: every `*.md` in it and its
/// subfolders, in path order, never a hidden file or anything in a hidden folder,
/// never through a linked folder.
@Suite("Searching the input folder")
struct FolderSearchTests {
    let folder: TemporaryFolder
    var input: String { folder.path + "/postmortems" }

    init() throws {
        folder = try TemporaryFolder()
        for path in [
            "postmortems/b.md", "postmortems/2024/q1/a.md", "postmortems/2024/z.md", "postmortems/UPPER.MD",
            "postmortems/.hidden.md", "postmortems/.drafts/draft.md", "postmortems/2024/.git/notes.md",
            "postmortems/notes.txt", "postmortems/readme.markdown", "elsewhere/outside.md",
        ] {
            try folder.write(path, Fixtures.validPostMortem)
        }
        try FileManager.default.createSymbolicLink(atPath: input + "/linked-folder", withDestinationPath: "../elsewhere")
        try FileManager.default.createSymbolicLink(atPath: input + "/linked.md", withDestinationPath: "b.md")
    }

    @Test("subfolders are searched; hidden files and folders, other extensions and linked folders are not")
    func foundFiles() throws {
        let found = try FileDiscovery.markdownFiles(in: input).map { String($0.dropFirst(input.count + 1)) }
        #expect(found == ["2024/q1/a.md", "2024/z.md", "UPPER.MD", "b.md", "linked.md"])
    }

    @Test("a hidden file named directly is read, and is an invalid-name error: it cannot be a page")
    func hiddenFileNamedDirectly() {
        let output = CheckCommand(inputs: [input + "/.hidden.md"]).run()
        #expect(
            output.standardOutput.hasPrefix(
                "\(input)/.hidden.md:1:1: error: the file name '.hidden.md' gives the incident the URL name '.hidden', which cannot be used: it starts with '.', which makes a hidden file that web servers do not serve; rename the file (e.g. 2024-03-05-checkout-errors.md); it is left out of the site until then [invalid-name]\n"
            ))
        #expect(output.standardOutput.hasSuffix("checked 1 file: 1 error, 0 warnings\n"))
    }
}
