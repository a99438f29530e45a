import Foundation

/// The severity levels a team uses, most severe first.
public struct SeverityScale: Sendable, Hashable {
    public var levels: [String]

    public init(levels: [String]) {
        self.levels = levels
    }

    public static let `default` = SeverityScale(levels: ["P0", "P1", "P2", "P3", "P4"])

    /// `p1`, `P1 - major`, `P1 (critical)` → `P1`; nil when not on the scale.
    public func normalize(_ value: String) -> String? {
        let word = value.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).first.map { $0.uppercased() } ?? ""
        return levels.first { $0.uppercased() == word }
    }
}
