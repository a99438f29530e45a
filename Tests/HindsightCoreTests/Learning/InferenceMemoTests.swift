import Testing

@testable import HindsightCore

/// The kind and types the load stage keeps on each post-mortem (``InferenceMemo``) are what
/// the inference would find afresh, and are never read by an inference with other phrases.
@Suite("Learning inference memo")
struct InferenceMemoTests {
    /// The sample post-mortems and the real-world fixtures, loaded as `check` and `build` load them.
    static func loaded(_ validator: Validator?) throws -> [PostMortem] {
        let inputs = [Fixtures.packageRoot + "/postmortems", Fixtures.path("realworld")]
        return Corpus.load(try Corpus.discover(inputs), checkingWith: validator).postMortems
    }

    @Test("the load stage keeps each kind and type, equal to the inference made afresh on the same file")
    func memoMatchesFreshInference() throws {
        let inference = LearningInference()
        let classified = try Self.loaded(Validator())
        let plain = try Self.loaded(nil)
        try #require(classified.count == plain.count && classified.count > 20)
        var inferred = 0
        for (memo, fresh) in zip(classified, plain) {
            #expect(memo.path == fresh.path)
            #expect(memo.inferredKind.value(for: inference.keywords) != nil, "\(memo.path): no kind kept")
            #expect(fresh.inferredKind.value(for: inference.keywords) == nil)
            #expect(inference.kind(of: memo) == inference.kind(of: fresh), "\(memo.path)")
            if inference.kind(of: fresh)?.isInferred == true { inferred += 1 }
            #expect(memo.actionItems.map(inference.type(of:)) == fresh.actionItems.map(inference.type(of:)), "\(memo.path)")
            #expect(memo.actionItems.allSatisfy { $0.inferredType.value(for: inference.keywords) != nil })
        }
        // Kinds inferred from tags, titles and root causes, not only written ones.
        #expect(inferred > 5)
    }

    @Test("an inference with other phrases matches afresh instead of reading a kept kind or type")
    func otherPhrasesIgnoreTheMemo() {
        var postMortem = Fixtures.parse(
            """
            ## Incident: Checkout slowdown

            ### 5. Action Items

            -   `[ ]` Add a dashboard for checkout
            """)
        LearningInference().classify(&postMortem)
        #expect(LearningInference().kind(of: postMortem)?.value == .performanceRegression)
        #expect(LearningInference().type(of: postMortem.actionItems[0])?.value == .performanceMetric)
        var settings = LearningSettings()
        settings.keywords.kinds[.performanceRegression] = []
        settings.keywords.kinds[.productionBug] = ["checkout"]
        settings.keywords.types[.performanceMetric] = []
        let other = LearningInference(settings)
        #expect(other.kind(of: postMortem) == Classified(.productionBug, inferredFrom: "title: \"checkout\""))
        #expect(other.type(of: postMortem.actionItems[0]) == Classified(.other, inferredFrom: "no type phrase"))
    }

    @Test("a kept kind takes no part in equality: a post-mortem is equal to itself loaded either way")
    func memoIsNotPartOfEquality() {
        let plain = Fixtures.parse(Fixtures.validPostMortem)
        var classified = plain
        LearningInference().classify(&classified)
        #expect(classified == plain)
        #expect(classified.hashValue == plain.hashValue)
    }
}
