import Foundation

/// Character sets the readers trim with, built once rather than on every call.
enum TrimSets {
    static let spaceAndPeriod = CharacterSet.whitespaces.union(CharacterSet(charactersIn: "."))
    static let spaceAndDashes = CharacterSet.whitespaces.union(CharacterSet(charactersIn: ":-–—"))
    static let labelEnd = CharacterSet(charactersIn: ": ")
    static let sentenceEdges = CharacterSet(charactersIn: " .;,(")
    static let ticketEdges = CharacterSet(charactersIn: ".;,()")
    static let titleEnd = CharacterSet(charactersIn: ".)")
}
