import Foundation
import Testing

@testable import HindsightCore

/// The full-text search index: every section of every report, in small shards.
@Suite("Search index")
struct SearchIndexTests {
    static let markdown = Fixtures.validPostMortem
        .replacingOccurrences(of: "System verified as stable.", with: "System verified as stable after the zebrafish rollback.")
        .replacingOccurrences(of: "Owner: Marcus Chen.", with: "Owner: Marcus Quillfeather. Ticket: OPS-9931.")

    static func shard(_ key: String, in site: [String: String]) throws -> String {
        try #require(site["assets/search/t-\(key).js"], "no shard \(key)")
    }

    @Test("words only in a timeline entry, an owner or a ticket are indexed for their incident")
    func everySectionIndexed() throws {
        let site = try SiteFixture.build(["a.md": Self.markdown])
        #expect(try Self.shard("ze", in: site).contains(#""zebrafish":[0]"#))
        #expect(try Self.shard("qu", in: site).contains(#""quillfeather":[0]"#))
        #expect(try Self.shard("99", in: site).contains(#""9931":[0]"#))
        let text = try #require(site["assets/search/x-0.js"])
        #expect(text.hasPrefix("window.HINDSIGHT_SEARCH_TEXT(0,[\"Checkout failures from connection pool exhaustion · "))
        #expect(text.contains("zebrafish rollback"))
        let docs = try #require(site["assets/search/docs.js"])
        #expect(
            docs.hasPrefix(
                #"window.HINDSIGHT_SEARCH_DOCS = [{"u":"incidents/a/index.html","t":"Checkout failures from connection pool exhaustion","d":"2024-03-05","s":"P1""#
            ))
    }

    @Test("words are runs of letters and digits, lower-cased; shard names stay plain ASCII")
    func words() {
        #expect(SearchIndex.words(in: "Pool-size: 20 × pods, Ünïcode_x a") == ["pool", "size", "20", "pods", "ünïcode"])
        #expect(SearchIndex.shardKey(of: "pool") == "po")
        #expect(SearchIndex.shardKey(of: "étoile") == "ue9t")
        #expect(SearchIndex.prefix("aé", bytes: 2) == "a")
    }

    @Test("text blocks hold 100 incidents each, and no shard holds a word of another")
    func shardsAndBlocks() throws {
        var files: [String: String] = [:]
        for number in 0..<130 {
            files[String(format: "p%03d.md", number)] = Self.markdown.replacingOccurrences(
                of: "2024-03-05", with: Day.of("2024-01-01").adding(days: number).description)
        }
        let site = try SiteFixture.build(files)
        #expect(site["assets/search/x-1.js"]?.hasPrefix("window.HINDSIGHT_SEARCH_TEXT(1,[") == true)
        #expect(site["assets/search/x-2.js"] == nil)
        for (path, text) in site where path.hasPrefix("assets/search/t-") {
            let key = String(path.dropFirst("assets/search/t-".count).dropLast(3))
            #expect(text.hasPrefix("window.HINDSIGHT_SEARCH_SHARD(\"\(key)\",{\"\(key)"), "\(path)")
        }
    }

    @Test("a shard lists its words in order, each with every incident it occurs in, ascending, as the page reads them")
    func postings() throws {
        var postings = SearchIndex.Postings()
        postings.add(["pool", "étoile", "pods"], incident: 0)
        postings.add(["pods", "pool", "é2"], incident: 3)
        postings.add(["étoile", "pool"], incident: 7)
        let shards = postings.shards()
        #expect(shards.map(\.key) == ["po", "ue92", "ue9t"])
        let scripts = shards.map { String(decoding: postings.script(of: $0), as: UTF8.self) }
        #expect(
            scripts == [
                #"window.HINDSIGHT_SEARCH_SHARD("po",{"pods":[0,3],"pool":[0,3,7]});"# + "\n",
                #"window.HINDSIGHT_SEARCH_SHARD("ue92",{"é2":[3]});"# + "\n",
                #"window.HINDSIGHT_SEARCH_SHARD("ue9t",{"étoile":[0,7]});"# + "\n",
            ])
    }

    @Test("incident numbers far apart survive being filed as distances of one to five bytes each")
    func distantPostings() throws {
        var postings = SearchIndex.Postings()
        // Distances of 0, 1, 127, 128, 16,383, 16,384 and the largest 32-bit one, at each byte boundary.
        let numbers: [UInt32] = [0, 1, 128, 256, 16_639, 33_023, 2_100_000_000, UInt32.max]
        for number in numbers { postings.add(["pool"], incident: number) }
        let shard = try #require(postings.shards().first)
        #expect(
            String(decoding: postings.script(of: shard), as: UTF8.self)
                == #"window.HINDSIGHT_SEARCH_SHARD("po",{"pool":["# + numbers.map(String.init).joined(separator: ",") + "]});\n")
    }
}
