import CommonMark
import Foundation
import Mustache
import Testing

@testable import HindsightCore

// What the theme's templates rely on when they look a name up, pinned for the patches to the
// vendored swift-mustache (Vendor/swift-mustache/PATCHES.md): names split once at parse time,
// fast paths for String, Bool and Optional values, one output buffer per render.

/// A model as the page models are: typed, looked up through `child(named:)`.
private struct Node: MustacheParent {
    var values: [String: Any] = [:]

    func child(named name: String) -> Any? { values[name] }
}

/// A typed model whose optional fields are nil when absent, as the page models' are.
private struct Person: MustacheParent {
    var name: String
    var nickname: String?
    var age: Int?

    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "nickname": nickname
        case "age": age
        default: nil
        }
    }
}

/// Both a custom representation and a parent: the representation wins, as in swift-mustache 2.1.1.
private struct Represented: MustacheParent, MustacheCustomRepresentation {
    var representation: Any? { Node(values: ["who": "representation"]) }

    func child(named name: String) -> Any? { name == "who" ? "parent" : nil }
}

/// A custom representation that stands for nothing.
private struct Nothing: MustacheCustomRepresentation {
    var representation: Any? { nil }
}

/// A value that renders itself, and one that counts as null in a section.
private struct Badge: MustacheCustomRenderable {
    var renderText: String { "<badge>" }
    var isNull: Bool { false }
}

private struct NullBadge: MustacheCustomRenderable {
    var renderText: String { "null" }
    var isNull: Bool { true }
}

@Suite("Theme lookups")
struct ThemeLookupTests {
    /// One theme for the suite: the default theme and the templates below.
    static let theme: Theme = {
        let templates = [
            "t-dotted": "{{a.b.c}}|{{#a}}{{b.c}}{{/a}}|{{a.missing.c}}|{{a..b.c}}",
            "t-leading-dot": "{{#inner}}[{{.title}}][{{title}}][{{.own}}][{{.a.b}}]{{/inner}}",
            "t-climb": "{{#inner}}{{#deeper}}{{title}},{{inner-only}},{{a.b}}{{/deeper}}{{/inner}}",
            "t-iterator": "{{#items}}{{.}};{{/items}}|{{#items}}{{{.}}};{{/items}}|{{.}}",
            "t-optional": "[{{nickname}}][{{#nickname}}has{{/nickname}}][{{^nickname}}none{{/nickname}}][{{age}}]",
            "t-optional-climb": "{{#person}}{{nickname}}{{/person}}",
            "t-optional-elements": "{{#items}}{{.}},{{/items}}",
            "t-bool": "{{#yes}}Y{{/yes}}{{^yes}}!Y{{/yes}}{{#no}}N{{/no}}{{^no}}!N{{/no}}|{{yes}},{{no}}",
            "t-escape": "{{html}}|{{{html}}}|{{&html}}|{{number}}|{{#list}}{{.}}{{/list}}",
            "t-inverted": "{{^empty}}E{{/empty}}{{^missing}}M{{/missing}}{{^full}}F{{/full}}{{^text}}T{{/text}}{{^blank}}B{{/blank}}",
            "t-partial": "<ul>\n  {{>t-part}}\n</ul>\n",
            "t-part": "<li>{{name}}</li>\n<li>{{name}}</li>\n",
            "t-partial-nested": "<ul>\n  {{>t-part-nested}}\n</ul>\n",
            "t-part-nested": "{{#items}}<li>{{.}}</li>\n{{/items}}{{#none}}x\n{{/none}}<li>{{name}}</li>\n",
            "t-partial-crlf": "<ul>\r\n  {{>t-part-crlf}}\r\n</ul>\r\n",
            "t-part-crlf": "<li>{{name}}</li>\r\n<li>{{name}}</li>\n<li>{{name}}</li>\n",
            "t-plain-section": "{{#name}}[{{name}}|{{title}}|{{.}}]{{/name}}{{#count}}[{{title}}|{{.}}]{{/count}}{{#on}}[{{title}}]{{/on}}",
            "t-layout": "<h1>{{$title}}Default{{/title}}</h1>{{$body}}none{{/body}}\n",
            "t-child": "{{<t-layout}}{{$title}}{{heading}}{{/title}}{{$body}}<p>{{text}}</p>{{/body}}{{/t-layout}}",
            "t-represented": "{{who}}|{{#it}}{{who}}{{/it}}|{{it.who}}|{{#nothing}}present{{/nothing}}{{^nothing}}absent{{/nothing}}",
            "t-renderable": "{{badge}}|{{{badge}}}|{{#null}}shown{{/null}}{{^null}}hidden{{/null}}",
            "t-transforms":
                "{{uppercased(name)}}|{{#reversed(items)}}{{.}}{{/reversed(items)}}|{{#items}}{{#first()}}<{{/first()}}{{.}}{{/items}}",
        ]
        let folder = try! TemporaryFolder()
        for (name, text) in templates { try! folder.write(name + ".mustache", text) }
        return try! Theme(overrideDirectory: folder.path)
    }()

    func render(_ template: String, _ model: some MustacheParent) throws -> String {
        try Self.theme.render(template, model)
    }

    @Test("a dotted name is looked up part by part; a missing part is absent")
    func dottedNames() throws {
        let model = Node(values: ["a": Node(values: ["b": Node(values: ["c": "found"])])])
        #expect(try render("t-dotted", model) == "found|found||found")
    }

    @Test("a name with a leading dot is looked up in the current object only, never up the stack")
    func leadingDot() throws {
        let model = Node(values: [
            "title": "outer", "a": Node(values: ["b": "outer-b"]),
            "inner": Node(values: ["own": "mine"]),
        ])
        #expect(try render("t-leading-dot", model) == "[][outer][mine][]")
    }

    @Test("a name climbs the context stack to the nearest object that has its first part")
    func climbing() throws {
        let model = Node(values: [
            "title": "top", "a": Node(values: ["b": "top-b"]),
            "inner": Node(values: [
                "inner-only": "middle",
                // The nearest `a` has no `b`: the name is absent, it does not climb further.
                "a": Node(values: [:]),
                "deeper": Node(values: [:]),
            ]),
        ])
        #expect(try render("t-climb", model) == "top,middle,")
    }

    @Test("{{.}} is the current item, escaped, and the whole model outside a section")
    func implicitIterator() throws {
        let model = Node(values: ["items": ["a<b", "c&d"]])
        let rendered = try render("t-iterator", model)
        #expect(rendered.hasPrefix("a&lt;b;c&amp;d;|a<b;c&d;|"))
        #expect(rendered.count > "a&lt;b;c&amp;d;|a<b;c&d;|".count)
    }

    @Test("an Optional that is nil is absent; one with a value renders the value")
    func optionalNil() throws {
        #expect(try render("t-optional", Person(name: "Ada", nickname: nil, age: nil)) == "[][][none][]")
        #expect(try render("t-optional", Person(name: "Ada", nickname: "A<", age: 36)) == "[A&lt;][has][][36]")
    }

    @Test("a nil Optional lets the lookup go on to the enclosing object")
    func optionalNilClimbs() throws {
        let model = Node(values: ["nickname": "outer", "person": Person(name: "Ada", nickname: nil, age: nil)])
        #expect(try render("t-optional-climb", model) == "outer")
    }

    @Test("an Optional as a sequence's item renders its value, or nil, as swift-mustache 2.1.1 does")
    func optionalElements() throws {
        let items: [String?] = ["a", nil, "b"]
        #expect(try render("t-optional-elements", Node(values: ["items": items])) == "a,nil,b,")
    }

    @Test("a Bool is a section's condition and renders as true or false")
    func boolSections() throws {
        #expect(try render("t-bool", Node(values: ["yes": true, "no": false])) == "Y!N|true,false")
    }

    @Test("a String value is escaped in {{x}} and not in {{{x}}} or {{&x}}; numbers render as written")
    func escaping() throws {
        let html = "<b>&\"'"
        let model = Node(values: ["html": html, "number": 42, "list": ["<", Substring(">")]])
        let escaped = HTMLEscaping.escape(html)
        #expect(escaped.hasPrefix("&lt;b&gt;&amp;"))
        #expect(try render("t-escape", model) == "\(escaped)|\(html)|\(html)|42|&lt;&gt;")
    }

    @Test("an inverted section renders for a missing, false or empty value only")
    func invertedSections() throws {
        let model = Node(values: ["empty": [String](), "full": ["x"], "text": "x", "blank": ""])
        #expect(try render("t-inverted", model) == "EM")
    }

    @Test("a standalone partial is indented line by line")
    func partialIndentation() throws {
        #expect(try render("t-partial", Node(values: ["name": "x"])) == "<ul>\n  <li>x</li>\n  <li>x</li>\n</ul>\n")
    }

    @Test("an indented partial indents a line after its own newlines, not the first line of each section item (as 2.1.1)")
    func partialIndentationNested() throws {
        let model = Node(values: ["name": "x", "items": ["a", "b"]])
        #expect(try render("t-partial-nested", model) == "<ul>\n  <li>a</li>\n<li>b</li>\n  <li>x</li>\n</ul>\n")
    }

    @Test("an indented partial does not indent a line after CRLF (one Character, not \"\\n\"), as swift-mustache 2.1.1")
    func partialIndentationCRLF() throws {
        #expect(
            try render("t-partial-crlf", Node(values: ["name": "x"]))
                == "<ul>\r\n  <li>x</li>\r\n<li>x</li>\n  <li>x</li>\n</ul>\r\n")
    }

    @Test("in a section on a String, Int or Bool every name but {{.}} is looked up in the objects around it")
    func plainValueSections() throws {
        let model = Node(values: ["name": "Ada", "count": 3, "on": true, "title": "T"])
        #expect(try render("t-plain-section", model) == "[Ada|T|Ada][T|3][T]")
    }

    @Test("a template inheriting a layout overrides its blocks and keeps the defaults of the rest")
    func inheritance() throws {
        #expect(try render("t-child", Node(values: ["heading": "H", "text": "T"])) == "<h1>H</h1><p>T</p>\n")
        let noBody = try Self.theme.render("t-layout", Node(values: [:]))
        #expect(noBody == "<h1>Default</h1>none\n")
    }

    @Test("a custom representation is used in place of the value, even one that is also a parent")
    func customRepresentation() throws {
        let model = Node(values: ["it": Represented(), "nothing": Nothing(), "who": "top"])
        #expect(try render("t-represented", model) == "top|representation|representation|absent")
    }

    @Test("a custom renderable value renders its text, escaped where the tag escapes, and can be null")
    func customRenderable() throws {
        let model = Node(values: ["badge": Badge(), "null": NullBadge()])
        #expect(try render("t-renderable", model) == "&lt;badge&gt;|<badge>|hidden")
    }

    @Test("transforms apply to the value looked up, and sequence transforms to the item")
    func transforms() throws {
        let model = Node(values: ["name": "ada", "items": ["x", "y"]])
        #expect(try render("t-transforms", model) == "ADA|yx|<xy")
    }
}
