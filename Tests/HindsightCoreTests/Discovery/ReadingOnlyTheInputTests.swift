import Foundation
import Testing

@testable import HindsightCore

/// Nothing outside the input folder is read: symbolic links are followed only
/// to regular files inside it, and every other file-system arrangement a
/// contributor can commit gets a plain diagnostic instead of a hang or a leak.
@Suite("Reading only the input folder")
struct ReadingOnlyTheInputTests {
    let folder: TemporaryFolder
    var input: String { folder.path + "/postmortems" }
    /// A file outside the input folder whose contents must never appear anywhere.
    var secret: String { folder.path + "/outside/secret.md" }
    static let secretText = "## Incident: TOP-SECRET-TOKEN-1234\n\n**Date**: 2024-03-05\n"

    init() throws {
        folder = try TemporaryFolder()
        try folder.write("postmortems/checkout-pool.md", Fixtures.validPostMortem)
        try folder.write("outside/secret.md", Self.secretText)
    }

    func link(_ name: String, to target: String) throws {
        try FileManager.default.createSymbolicLink(atPath: input + "/" + name, withDestinationPath: target)
    }

    func check(_ inputs: [String]? = nil) -> CommandOutput {
        CheckCommand(inputs: inputs ?? [input]).run()
    }

    @Test("a link to a file outside the folder is an error, and nothing of the file is read")
    func linkOutsideIsRefused() throws {
        try link("passwd.md", to: "../outside/secret.md")
        let result = check()
        #expect(result.exitCode == ExitCode.findings)
        let real = RealPath.of(folder.path)!
        #expect(
            result.standardOutput.hasPrefix(
                "\(input)/passwd.md:1:1: error: this file is a symbolic link to '../outside/secret.md', which lies outside the input folder \(real)/postmortems (at \(real)/outside/secret.md); nothing of it was read: put the file itself in the folder, or point the link at a file inside it [link-outside-input]\n"
            ))
        #expect(!result.standardOutput.contains("TOP-SECRET"))
    }

    @Test("an absolute link to a system file is refused the same way")
    func absoluteLinkIsRefused() throws {
        try link("passwd.md", to: "/etc/passwd")
        let result = check()
        #expect(result.standardOutput.contains("symbolic link to '/etc/passwd', which lies outside the input folder"))
        #expect(!result.standardOutput.contains("root:"))
    }

    @Test("a build never publishes a linked file from outside the folder")
    func buildDoesNotPublishIt() throws {
        try link("notes.md", to: secret)
        let output = folder.path + "/site"
        let result = BuildCommand(inputs: [input], output: output, site: SiteFixture.options(), showsElapsedTime: false).run()
        #expect(result.exitCode == ExitCode.success)
        let files = try FileManager.default.subpathsOfDirectory(atPath: output)
        #expect(!files.contains { $0.hasPrefix("incidents/notes") })
        for file in files where file.hasSuffix(".html") || file.hasSuffix(".json") || file.hasSuffix(".xml") || file.hasSuffix(".js") {
            let text = try String(contentsOfFile: output + "/" + file, encoding: .utf8)
            #expect(!text.contains("TOP-SECRET"), "\(file) holds the linked file's text")
        }
    }

    @Test("a link to a file inside the folder is read once, like the file itself")
    func linkInsideIsRead() throws {
        try link("alias.md", to: "checkout-pool.md")
        try link("elsewhere.md", to: input + "/checkout-pool.md")
        let files = try Corpus.discover([input])
        #expect(files.map { $0.path.replacingOccurrences(of: input + "/", with: "") } == ["alias.md"])
        let corpus = Corpus.load(files)
        #expect(corpus.readFailures.isEmpty)
        #expect(corpus.postMortems.map(\.slug) == ["alias"])
    }

    @Test("a file named directly through a link to outside the working tree is refused")
    func namedLinkIsRefused() throws {
        try link("named.md", to: secret)
        let result = SourceFileReader.read(InputFile(path: input + "/named.md", boundary: RealPath.of(input)!, wasDiscovered: false))
        guard case .failure(let diagnostic) = result else {
            Issue.record("the linked file was read")
            return
        }
        #expect(diagnostic.rule == .linkOutsideInput)
    }

    @Test("a path through a linked folder to outside is refused when named directly")
    func pathThroughLinkedFolder() throws {
        try FileManager.default.createSymbolicLink(atPath: input + "/more", withDestinationPath: folder.path + "/outside")
        // Searching the folder does not follow the linked folder at all…
        #expect(try Corpus.discover([input]).count == 1)
        // …and naming a file through it reads nothing.
        let result = SourceFileReader.read(InputFile(path: input + "/more/secret.md", boundary: RealPath.of(input)!, wasDiscovered: false))
        guard case .failure(let diagnostic) = result else {
            Issue.record("a file behind a linked folder was read")
            return
        }
        #expect(diagnostic.rule == .linkOutsideInput)
        #expect(diagnostic.message.hasPrefix("this file is reached through a symbolic link, which lies outside the input folder"))
    }

    @Test("a dangling link names where it points")
    func danglingLink() throws {
        try link("gone.md", to: "nowhere/gone.md")
        #expect(
            check().standardOutput.hasPrefix(
                "\(input)/gone.md:1:1: error: cannot read the file: it is a symbolic link to 'nowhere/gone.md', which cannot be followed (no such file); fix or remove the link [unreadable-file]\n"
            ))
    }

    @Test("a link loop is a plain reason, never a raw Foundation error")
    func linkLoop() throws {
        try link("a.md", to: "b.md")
        try link("b.md", to: "a.md")
        let output = check().standardOutput
        #expect(
            output.contains(
                "\(input)/a.md:1:1: error: cannot read the file: it is a symbolic link to 'b.md', which cannot be followed (too many levels of symbolic links); fix or remove the link [unreadable-file]"
            ))
        #expect(!output.contains("NSCocoaErrorDomain"))
    }

    @Test("an input folder that is a link loop is a plain usage error")
    func folderLinkLoop() throws {
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/loop", withDestinationPath: "loop")
        let result = check([folder.path + "/loop"])
        #expect(result.exitCode == ExitCode.usage)
        #expect(
            result.standardError
                == "error: \(folder.path)/loop: a symbolic link that cannot be followed (too many levels of symbolic links)\n")
    }

    @Test("a named pipe called *.md is reported without blocking the check")
    func namedPipe() throws {
        #expect(mkfifo(input + "/pipe.md", 0o644) == 0)
        let output = check().standardOutput
        #expect(
            output.contains("\(input)/pipe.md:1:1: error: cannot read the file: it is a named pipe, not a regular file [unreadable-file]"))
    }

    @Test("an input folder reached through a link is searched as usual")
    func linkedInputFolder() throws {
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/reports", withDestinationPath: input)
        let result = check([folder.path + "/reports"])
        #expect(result.exitCode == ExitCode.success)
        #expect(result.standardOutput == "checked 1 file: 0 errors, 0 warnings\n")
    }
}
