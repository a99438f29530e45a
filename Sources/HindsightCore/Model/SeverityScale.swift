import Foundation

/// The severity levels a team uses, most severe first, and the other names
/// its post-mortems give them (`SEV1`, `Sev 1`, `Critical` → `P1`).
public struct SeverityScale: Sendable, Hashable {
    /// The levels, most severe first.
    public var definitions: [SeverityLevel]
    /// Other spellings, by ``SeverityScale/aliasKey(_:)``, each naming a level's id.
    public var aliases: [String: String]

    public init(definitions: [SeverityLevel], aliases: [String: String] = [:]) {
        self.definitions = definitions
        self.aliases = aliases
    }

    /// A scale of bare ids with no aliases.
    public init(levels: [String]) {
        self.init(definitions: levels.map { SeverityLevel(id: $0) })
    }

    /// P0–P4 with the built-in aliases `SEV0`–`SEV4` (also `Sev 0`, `SEV-0`) and `S0`–`S4`.
    public static let `default`: SeverityScale = {
        var scale = SeverityScale(levels: ["P0", "P1", "P2", "P3", "P4"])
        scale.aliases = scale.builtInAliases
        return scale
    }()

    /// The level ids, most severe first.
    public var levels: [String] { definitions.map(\.id) }

    /// `SEVn` and `Sn` for every id of the form `Pn`, unless that spelling is itself an id.
    public var builtInAliases: [String: String] {
        var aliases: [String: String] = [:]
        let ids = Set(definitions.map { Self.aliasKey($0.id) })
        for level in definitions {
            let key = Self.aliasKey(level.id)
            guard key.count > 1, key.hasPrefix("P"), key.dropFirst().allSatisfy(\.isASCIIDigit) else { continue }
            let number = key.dropFirst()
            for alias in ["SEV" + number, "S" + number] where !ids.contains(alias) { aliases[alias] = level.id }
        }
        return aliases
    }

    /// The level `value` names, nil when it is not on the scale: the longest run
    /// of leading words that is an id or an alias (`p1`, `P1 - major`,
    /// `Sev 1 (critical)`, `SEV-1` → `P1`).
    public func normalize(_ value: String) -> String? {
        let words = value.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).prefix(4).map { $0.uppercased() }
        guard !words.isEmpty else { return nil }
        let idKeys = definitions.map { Self.aliasKey($0.id) }
        for count in stride(from: words.count, through: 1, by: -1) {
            let key = count == 1 ? words[0] : words[..<count].joined()
            if let index = idKeys.firstIndex(of: key) { return definitions[index].id }
            if let id = aliases[key] { return id }
        }
        return nil
    }

    /// The level with this id.
    public func level(_ id: String) -> SeverityLevel? { definitions.first { $0.id == id } }

    /// Upper case with everything but letters and digits removed: `Sev 1`, `SEV-1` and `sev1` are one alias.
    public static func aliasKey(_ value: String) -> String {
        String(value.uppercased().filter { $0.isLetter || $0.isNumber })
    }
}

/// One level of a ``SeverityScale``.
public struct SeverityLevel: Sendable, Hashable {
    /// What post-mortems write (`P1`) and what pages and metrics show.
    public var id: String
    /// A short name (`Major`); empty when none is given.
    public var name: String
    /// What the level means, for the documentation of a team's scale.
    public var description: String
    /// A CSS colour (`#d03b3b`); empty for the theme's own.
    public var color: String

    public init(id: String, name: String = "", description: String = "", color: String = "") {
        self.id = id
        self.name = name
        self.description = description
        self.color = color
    }
}
