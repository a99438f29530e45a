import Testing

@testable import HindsightCore

@Suite("Completeness score")
struct CompletenessScoreTests {
    @Test("the valid post-mortem scores 100 with no shortfall")
    func full() {
        let score = CompletenessScore(Fixtures.parse(Fixtures.validPostMortem))
        #expect(score.total == 100)
        #expect(score.shortfalls.isEmpty)
    }

    @Test("each criterion loses its points: no lessons (−20), one item undated (−10), no stable entry (−10)")
    func partial() {
        let markdown = Fixtures.validPostMortem
            .replacingOccurrences(of: "1.  Capacity limits shared by many pods need a check where the pod count changes.\n", with: "")
            .replacingOccurrences(of: "2.  Pool saturation should alert before requests fail.\n", with: "")
            .replacingOccurrences(of: " Due: 2024-04-30.", with: "")
            .replacingOccurrences(of: "System verified as stable.", with: "Done.")
        let score = CompletenessScore(Fixtures.parse(markdown))
        #expect(score.points[.lessons] == 0)
        #expect(score.points[.sections] == 16)
        #expect(score.points[.actions] == 10)
        #expect(score.points[.milestones] == 10)
        #expect(score.points[.rootCause] == 20)
        #expect(score.total == 56)
        #expect(score.shortfalls == [.sections, .milestones, .actions, .lessons])
    }

    @Test("a short root cause scores in proportion to the shallow-root-cause word count")
    func rootCause() {
        let postMortem = Fixtures.parse(
            "## Incident: X\n\n### 2. Root Cause Analysis\n\nOne two three four five six seven eight nine ten.\n")
        #expect(CompletenessScore(postMortem, minimumRootCauseWords: 40).points[.rootCause] == 5)
        #expect(CompletenessScore(postMortem, minimumRootCauseWords: 10).points[.rootCause] == 20)
    }

    static let memoryLeak =
        "## Incident: Workers restarted\n\n### 2. Root Cause Analysis\n\n"
        + "A memory leak in the image resizer grew each worker until the kernel stopped it.\n"

    @Test("a checked post-mortem keeps its root cause's word count and the kind it names, not its text, and scores the same")
    func checkedRootCause() {
        var postMortem = Fixtures.parse(Self.memoryLeak)
        let inference = LearningInference()
        inference.classify(&postMortem)
        let kept = postMortem.withoutRuleDetail
        #expect(kept.rootCause?.value == "")
        #expect(kept.rootCause?.location == postMortem.rootCause?.location)
        #expect(kept.rootCauseWords == 15)
        #expect(CompletenessScore(kept, minimumRootCauseWords: 40) == CompletenessScore(postMortem, minimumRootCauseWords: 40))
        #expect(CompletenessScore(kept, minimumRootCauseWords: 40).points[.rootCause] == 7)
        #expect(inference.kind(of: kept) == inference.kind(of: postMortem))
        #expect(inference.kind(of: kept)?.value == .performanceRegression)
    }

    @Test("a post-mortem whose kind was never inferred keeps its root cause's text: the inference reads it")
    func unclassifiedRootCause() {
        let kept = Fixtures.parse(Self.memoryLeak).withoutRuleDetail
        #expect(kept.rootCause?.value.hasPrefix("A memory leak") == true)
        #expect(LearningInference().kind(of: kept)?.value == .performanceRegression)
    }
}
