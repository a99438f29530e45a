import Foundation

/// The post-mortems Hindsight works on, read and parsed, with the files that
/// could not be read.
public struct Corpus: Sendable {
    /// Successfully read files, parsed, in path order.
    public var postMortems: [PostMortem]
    /// The text of every file read, by path (for source lines in diagnostics).
    public var sources: [String: String]
    /// Files that could not be read (unreadable, too large, not UTF-8, empty).
    public var readFailures: [Diagnostic]
    /// How many files were looked at.
    public var fileCount: Int

    /// The discover stage: folders are searched for `*.md`, files are taken as named.
    public static func discover(_ inputs: [String]) throws(FileDiscovery.Failure) -> [String] {
        var paths: [String] = []
        for input in inputs {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory), isDirectory.boolValue {
                paths += try FileDiscovery.markdownFiles(in: input)
            } else if !FileManager.default.fileExists(atPath: input) && !input.lowercased().hasSuffix(".md") {
                throw FileDiscovery.Failure(path: input, reason: "no such folder")
            } else {
                paths.append(input)
            }
        }
        // The same file named twice (`a/x.md`, `a/../a/x.md`, a link to it) is read once.
        var seen = Set<String>()
        return paths.filter { seen.insert(URL(fileURLWithPath: $0).standardizedFileURL.resolvingSymlinksInPath().path).inserted }
    }

    /// The read and parse stages, over all files in parallel; the result is
    /// in the order of `paths` whatever the scheduling.
    public static func load(
        paths: [String], sizeLimit: Int = SourceFileReader.defaultSizeLimit,
        parser: PostMortemParser = PostMortemParser()
    ) -> Corpus {
        let results = ParallelMap.map(paths) { path -> Result<(SourceFile, PostMortem), Diagnostic> in
            SourceFileReader.read(path: path, sizeLimit: sizeLimit).map { file in (file, parser.parse(file)) }
        }
        var corpus = Corpus(postMortems: [], sources: [:], readFailures: [], fileCount: paths.count)
        for result in results {
            switch result {
            case .success(let (file, postMortem)):
                corpus.postMortems.append(postMortem)
                corpus.sources[file.path] = file.text
            case .failure(let diagnostic):
                corpus.readFailures.append(diagnostic)
            }
        }
        return corpus
    }

    /// Every diagnostic: read failures and rule findings, in report order.
    public func diagnostics(validator: Validator = Validator()) -> [Diagnostic] {
        Diagnostic.inReportOrder(validator.context.applyingLevels(readFailures) + validator.diagnostics(for: postMortems))
    }
}
