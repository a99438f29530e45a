import Testing

@testable import HindsightCore

/// `action-status` on a leading `[word]` that is not a status word: a misspelling is reported with
/// the word meant; a tag that only looks like one is left alone (an error on it would fail CI).
@Suite("A misspelt leading status word")
struct MisspeltStatusWordTests {
    @Test(
        "a slip of one letter or two swapped neighbours is reported with the status word meant",
        arguments: [
            ("[Dnoe] Fix it", "Done"), ("[Blokced] Fix it", "Blocked"), ("[In progres] Fix it", "In progress"), ("[Clsoed] x", "Closed"),
        ])
    func misspelt(text: String, meant: String) {
        #expect(ActionStatusRule.misspeltLeadingWord(in: text)?.meant == meant)
    }

    @Test(
        "a tag with another first letter, or a word ending in s, is not a misspelling",
        arguments: [
            "[Code] Tidy the parser", "[Node] Upgrade the runtime", "[None] yet", "[Nope] x", "[Fixes] Patch the SDK",
            "[Blocks] Move the bucket", "[Ops] Rotate keys", "[P1] Rotate keys", "[Plans] Draft them",
        ])
    func notMisspelt(text: String) {
        #expect(ActionStatusRule.misspeltLeadingWord(in: text) == nil)
    }
}
