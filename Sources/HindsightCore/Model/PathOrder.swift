import Foundation

/// A stable order for paths: component by component, by Unicode scalars
/// (never by `String` equality, under which `café` in NFC and NFD are equal
/// and two files would sort in directory order).
enum PathOrder {
    /// Sorts paths, splitting each into components once.
    static func sorted(_ paths: [String]) -> [String] {
        paths.map { ($0, $0.split(separator: "/", omittingEmptySubsequences: false)) }
            .sorted { lhs, rhs in
                for (a, b) in zip(lhs.1, rhs.1) where !a.utf8.elementsEqual(b.utf8) {
                    return a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars)
                }
                return lhs.1.count < rhs.1.count
            }
            .map(\.0)
    }

    static func precedes(_ lhs: String, _ rhs: String) -> Bool {
        let left = lhs.split(separator: "/", omittingEmptySubsequences: false)
        let right = rhs.split(separator: "/", omittingEmptySubsequences: false)
        for (a, b) in zip(left, right) where !a.utf8.elementsEqual(b.utf8) {
            return a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars)
        }
        return left.count < right.count
    }
}
