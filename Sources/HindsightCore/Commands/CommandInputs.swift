/// What the commands read when no path is given.
enum CommandInputs {
    static let defaultFolder = "postmortems"

    /// `inputs`, or the default folder when none are given.
    static func orDefault(_ inputs: [String]) -> [String] {
        inputs.isEmpty ? [defaultFolder] : inputs
    }
}
