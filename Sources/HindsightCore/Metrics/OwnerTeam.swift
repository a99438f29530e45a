/// An owner's team: the owner written as a team handle, `@org/team` (as GitHub
/// and GitLab mention teams). A person's name or a plain `@handle` names no team.
enum OwnerTeam {
    /// The group of owners that name no team.
    static let noTeam = "No team"

    /// `@acme/payments` for the owner `@acme/payments`; nil for `Ada Lovelace`, `@ada` or no owner.
    static func team(of owner: String?) -> String? {
        guard let owner, owner.hasPrefix("@") else { return nil }
        let parts = owner.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && !$0.contains(" ") }) else { return nil }
        return owner
    }
}
