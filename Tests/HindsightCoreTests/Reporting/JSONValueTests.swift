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
