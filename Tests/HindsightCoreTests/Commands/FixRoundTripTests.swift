import Foundation
import Testing

@testable import HindsightCore

/// `hindsight fix` over every Markdown file the tests and the sample corpus hold:
/// it reads back the same, it is idempotent, and it loses no word.
@Suite("hindsight fix round trip")
struct FixRoundTripTests {
    /// Every Markdown file the tests and the sample corpus hold.
    static let corpus: [String] = {
        let roots = [Fixtures.packageRoot + "/Tests/HindsightCoreTests/Fixtures", Fixtures.packageRoot + "/postmortems"]
        return roots.flatMap { root in
            (FileManager.default.enumerator(atPath: root)?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".md") }.map {
                root + "/" + $0
            }
        }.sorted()
    }()

    /// Words a canonical rewrite may drop: a stamp's meridiem and zone, a date's month name, a checkbox's x, a status
    /// word that became a checkbox, and a converted table's header names.
    static let formWords: Set<String> = {
        var words: Set<String> = [
            "am", "pm", "a.m", "p.m", "x", "utc", "gmt", "z", "january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
            "oct", "nov", "dec", "st", "nd", "rd", "th", "post", "mortem", "postmortem", "title",
        ]
        words.formUnion(TableReader.yes.union(TableReader.no))  // a Done column's answer, now a checkbox
        for word in ActionStatusWords.meanings.keys { words.formUnion(Self.words(word)) }
        for (_, names) in TableColumns.timelineNames + TableColumns.actionNames { for name in names { words.formUnion(Self.words(name)) } }
        return words
    }()

    static func words(_ text: some StringProtocol) -> [String] {
        text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { $0.lowercased() }
    }

    /// The words of `old` that `new` does not have at all, form words aside (a value written twice, in front matter
    /// and a bold line, may be merged into one).
    static func lostWords(_ old: String, _ new: String) -> [String] {
        let kept = Set(words(new))
        // A date rewritten ISO: its day and year stay as numbers, a month name or a day's `05` may go.
        return words(old).filter { !kept.contains($0) && !formWords.contains($0) && !($0.allSatisfy(\.isNumber) && $0.count <= 4) }
    }

    @Test(
        "on every fixture and sample, in both field styles: parse(fix(f)) reads as parse(f), fix is idempotent, and no word is lost",
        arguments: FixFieldStyle.allCases)
    func everyFixture(style: FixFieldStyle) throws {
        var command = FixCommand()
        command.configuration.fix.fields = style
        var fixed = 0
        for path in Self.corpus {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            guard case .success(let file) = SourceFileReader.decode(data, path: path),
                case .fixed(let text, _) = command.fix(file, storedAs: data)
            else { continue }
            fixed += 1
            let before = PostMortemParser().parse(file)
            let after = PostMortemParser().parse(SourceFile(path: path, text: text))
            #expect(ReadValues(after) == ReadValues(before), "\(path)")
            let again = command.fix(SourceFile(path: path, text: text), storedAs: Data(text.utf8))
            #expect(
                again == .unchanged || again == .kept(notes: []) || { if case .kept = again { return true } else { return false } }(),
                "\(path)")
            #expect(Self.lostWords(file.text, text) == [], "\(path)")
        }
        #expect(fixed >= 20)
    }

    @Test("the prose check catches a lost word")
    func lostWordIsCaught() {
        #expect(Self.lostWords("The pool was sized for the old pod count.", "The pool was sized for the pod count.") == ["old"])
        #expect(Self.lostWords("- 2:30 PM – Root cause identified.", "- `[14:30]` - Root cause identified.") == [])
    }
}
