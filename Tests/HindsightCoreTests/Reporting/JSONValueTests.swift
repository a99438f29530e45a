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
