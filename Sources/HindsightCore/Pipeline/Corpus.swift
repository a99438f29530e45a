import Foundation

/// The post-mortems Hindsight works on, read and parsed, with the files that
/// could not be read.
public struct Corpus: Sendable {
    /// Successfully read files, parsed, in path order.
    public var postMortems: [PostMortem]
    /// The text of every file read, by path (for source lines in diagnostics), when kept.
    public var sources: [String: String]
    /// Files that could not be read (unreadable, too large, not UTF-8, empty, Markdown too complex).
    public var readFailures: [Diagnostic]
    /// How many files were looked at.
    public var fileCount: Int
    /// Each file's own findings, when the files were checked as they were read
    /// (see ``load(_:sizeLimit:parser:keepsSources:checkingWith:)``).
    var fileDiagnostics: [Diagnostic]?
    /// Each post-mortem's body (sections' HTML, prose), by path, when taken off as the files were
    /// read (``load(_:sizeLimit:parser:keepsSources:checkingWith:keepsBodiesApart:spillingTo:)``):
    /// only the site reads it, each incident's page and the search index.
    var bodies = IncidentBodies()

    /// The discover stage: folders are searched for `*.md`, files are taken as named.
    ///
    /// A folder with no post-mortems is a failure unless `allowsEmpty`: a
    /// mistyped or emptied folder must not publish a blank site over a real one.
    public static func discover(_ inputs: [String], allowsEmpty: Bool = false) throws(FileDiscovery.Failure) -> [InputFile] {
        var files: [InputFile] = []
        var folders: [String] = []
        for input in inputs {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory), isDirectory.boolValue {
                let found = try FileDiscovery.inputFiles(in: input)
                if found.isEmpty && !allowsEmpty {
                    throw FileDiscovery.Failure(
                        path: input,
                        reason:
                            "no post-mortems (*.md files) found in this folder; check the folder's name, or pass --allow-empty if an empty set of post-mortems is intended",
                        isEmptyFolder: true)
                }
                files += found
                folders.append(input.hasSuffix("/") ? input : input + "/")
            } else if !FileManager.default.fileExists(atPath: input) && !input.lowercased().hasSuffix(".md") {
                guard RealPath.linkTarget(of: input) == nil else {
                    throw FileDiscovery.Failure(
                        path: input, reason: "a symbolic link that cannot be followed (\(IOErrorText.posixReason(of: input)))")
                }
                throw FileDiscovery.Failure(path: input, reason: "no such folder")
            } else {
                files.append(.named(input))
            }
        }
        // The same file named twice (`a/x.md`, `a/../a/x.md`, a link to it) is read once. Paths are
        // compared by their bytes: `café.md` in NFC and in NFD are two files (and a duplicate-incident error).
        var seen = Set<[UInt8]>()
        // A file named inside an input folder is named, like the folder's own files, from that folder.
        for index in files.indices where !files[index].wasDiscovered {
            if let folder = folders.first(where: files[index].path.hasPrefix) {
                files[index].relativePath = String(files[index].path.dropFirst(folder.count))
            }
        }
        return files.filter { file in
            let key = RealPath.of(file.path) ?? URL(fileURLWithPath: file.path).standardizedFileURL.path
            return seen.insert(Array(key.utf8)).inserted
        }
    }

    /// The read and parse stages for files named directly.
    public static func load(
        paths: [String], sizeLimit: Int = SourceFileReader.defaultSizeLimit,
        parser: PostMortemParser = PostMortemParser()
    ) -> Corpus {
        load(paths.map(InputFile.named), sizeLimit: sizeLimit, parser: parser)
    }

    /// The read and parse stages, over all files in parallel; the result is
    /// in the order of `files` whatever the scheduling. The texts are kept for
    /// a report that shows source lines, unless `keepsSources` is false.
    ///
    /// With a `validator`, each file is checked on its own as soon as it is
    /// parsed, and only what the checks across files, the metrics and the site
    /// read is kept of it (``PostMortem/withoutRuleDetail``), so the corpus is
    /// never held with every rule's detail. With `keepsBodiesApart` (the build), each
    /// post-mortem's body is taken off it as soon as it is checked, into ``bodies``.
    public static func load(
        _ files: [InputFile], sizeLimit: Int = SourceFileReader.defaultSizeLimit,
        parser: PostMortemParser = PostMortemParser(), keepsSources: Bool = true, checkingWith validator: Validator? = nil,
        keepsBodiesApart: Bool = false
    ) -> Corpus {
        load(
            files, sizeLimit: sizeLimit, parser: parser, keepsSources: keepsSources, checkingWith: validator,
            keepsBodiesApart: keepsBodiesApart, spillingTo: nil)
    }

    /// ``load(_:sizeLimit:parser:keepsSources:checkingWith:keepsBodiesApart:)``, each body written to
    /// `scratch` as soon as it is taken off, when there is one, so no body stays in memory.
    static func load(
        _ files: [InputFile], sizeLimit: Int, parser: PostMortemParser, keepsSources: Bool, checkingWith validator: Validator?,
        keepsBodiesApart: Bool, spillingTo scratch: ScratchFile?
    ) -> Corpus {
        // A text not kept is let go as soon as its file is parsed, not when every file is.
        let results = ParallelMap.map(files) {
            input -> Result<(text: String?, PostMortem, IncidentBodies.Entry?, [Diagnostic]), Diagnostic> in
            SourceFileReader.read(input, sizeLimit: sizeLimit).flatMap { file in
                parse(file, parser: parser, checkingWith: validator).map { parsed in
                    var postMortem = validator == nil ? parsed.postMortem : parsed.postMortem.withoutRuleDetail
                    let body = keepsBodiesApart ? IncidentBodies.entry(for: postMortem.takeBody(), in: scratch) : nil
                    return (keepsSources ? file.text : nil, postMortem, body, parsed.diagnostics)
                }
            }
        }
        var corpus = Corpus(postMortems: [], sources: [:], readFailures: [], fileCount: files.count)
        corpus.bodies = IncidentBodies(scratch: scratch)
        if validator != nil { corpus.fileDiagnostics = [] }
        for result in results {
            switch result {
            case .success(let (text, postMortem, body, diagnostics)):
                corpus.postMortems.append(postMortem)
                corpus.fileDiagnostics? += diagnostics
                if let text { corpus.sources[postMortem.path] = text }
                if let body { corpus.bodies.add(body, at: postMortem.path) }
            case .failure(let diagnostic):
                corpus.readFailures.append(diagnostic)
            }
        }
        return corpus
    }

    /// What the load stage makes of one file read: the post-mortem parsed
    /// (with the invisible characters the reader replaced) and, with a
    /// `validator`, the file's own findings.
    static func parse(
        _ file: SourceFile, parser: PostMortemParser, checkingWith validator: Validator?
    ) -> Result<(postMortem: PostMortem, diagnostics: [Diagnostic]), Diagnostic> {
        parser.read(file).map { parsed in
            var postMortem = parsed
            postMortem.invisibleCharacters = file.invisibleCharacters
            // The kind and the types inferred once, here, for the rule, the metrics and the site.
            validator?.context.learning.classify(&postMortem)
            return (postMortem, validator?.diagnostics(for: postMortem) ?? [])
        }
    }

    /// Every diagnostic: read failures and rule findings, in report order.
    public func diagnostics(validator: Validator = Validator()) -> [Diagnostic] {
        let found =
            fileDiagnostics.map { validator.diagnostics(for: postMortems, eachFile: $0) } ?? validator.diagnostics(for: postMortems)
        return Diagnostic.inReportOrder(validator.context.applyingLevels(readFailures) + found)
    }
}
