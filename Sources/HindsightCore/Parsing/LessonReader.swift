import CommonMark
import Foundation

/// Reads Lessons Learned: one lesson per list item, or per paragraph when
/// the section has no list.
enum LessonReader {
    static func lessons(in blocks: [Int], of document: MarkdownDocument) -> [Located<String>] {
        var lessons: [Located<String>] = []
        let lists = blocks.filter { document.nodes[$0].kind.isList }
        if lists.isEmpty {
            for block in blocks where document.nodes[block].kind == .paragraph {
                lessons.append(Located(document.plainText(of: block), at: document.location(of: block)))
            }
        } else {
            for list in lists {
                for item in document.items(ofList: list) {
                    let text = document.plainText(of: item).trimmingSpaces()
                    if !text.isEmpty { lessons.append(Located(text, at: document.location(of: item))) }
                }
            }
        }
        return lessons
    }
}
