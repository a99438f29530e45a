import Foundation
import Testing

@testable import HindsightCore

@Suite("JSON output")
struct JSONValueTests {
    @Test("keys keep their order; pretty output indents by two spaces")
    func order() {
        let value = JSONValue.object([("b", .int(1)), ("a", .array([.bool(true), .null])), ("c", .object([]))])
        #expect(value.serialized() == #"{"b":1,"a":[true,null],"c":{}}"#)
        #expect(value.serialized(pretty: true) == "{\n  \"b\": 1,\n  \"a\": [\n    true,\n    null\n  ],\n  \"c\": {}\n}")
    }

    @Test("an object whose last array is written element by element reads as the whole tree would", arguments: [0, 1, 3])
    func streamedArray(count: Int) {
        let header: [(String, JSONValue)] = [("schemaVersion", .int(1)), ("nested", .object([("k", .array([.string("v")]))]))]
        let element = { (index: Int) -> JSONValue in .object([("n", .int(index)), ("tags", .array([.string("a<b")]))]) }
        let streamed = JSONValue.prettyObject(header, arrayKey: "items", count: count, element: element)
        let whole = JSONValue.object(header + [("items", .array((0..<count).map(element)))])
        #expect(String(decoding: streamed, as: UTF8.self) == whole.serialized(pretty: true))
    }

    @Test(
        "an object of members made one at a time, nested or not, reads as the whole tree and is handed on in pieces of about 64 KiB, even inside one large member"
    )
    func streamedMembers() {
        // One member of 3,000 objects (about 300 KB pretty), nested: a piece ends after any element or member.
        let large = JSONValue.object([
            ("byPhase", .array((0..<3_000).map { .object([("n", .int($0)), ("slugs", .array([.string("incident-\($0)")]))]) }))
        ])
        let members: [(String, JSONValue.StreamedMember)] = [
            ("schemaVersion", .value { .int(1) }), ("phases", .value { large }),
            ("nested", .object([("first", .value { large }), ("empty", .object([])), ("last", .value { .string("end") })])),
            ("tail", .value { .null }),
        ]
        var pieces: [[UInt8]] = []
        JSONValue.prettyObject(members, append: { pieces.append($0) })
        let whole = JSONValue.object([
            ("schemaVersion", .int(1)), ("phases", large),
            ("nested", .object([("first", large), ("empty", .object([])), ("last", .string("end"))])), ("tail", .null),
        ])
        #expect(JSONValue.StreamedMember.object(members).tree == whole)
        #expect(String(decoding: pieces.joined(), as: UTF8.self) == whole.serialized(pretty: true))
        #expect(pieces.count >= 4)
        #expect(pieces.allSatisfy { $0.count < (64 << 10) + 200 })
    }

    @Test(
        "strings are escaped, safe inside HTML and JavaScript, and read back unchanged",
        arguments: [
            "plain", "quote \" backslash \\ slash /", "tab\tnewline\nreturn\r", "</script><b>&amp;", "\u{0}\u{1F}",
            "line\u{2028}para\u{2029}", "Zoë 🔥 ✓",
        ])
    func strings(text: String) throws {
        let json = JSONValue.array([.string(text)]).serialized()
        #expect(!json.contains("<") && !json.contains(">") && !json.contains("&"))
        #expect(!json.contains("\u{2028}") && !json.contains("\u{2029}"))
        let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String]
        #expect(decoded == [text])
    }

    @Test("numbers: integers without a fraction, doubles unrounded, non-finite as null")
    func numbers() {
        #expect(
            JSONValue.array([.double(90), .double(31.0 / 3.0), .double(.nan), .int(-4)]).serialized() == "[90,10.333333333333334,null,-4]")
    }
}
