/// The `hindsight.yml` that `hindsight init` writes: every key with its default,
/// commented out. It is `hindsight config`'s output for no file, so it lists
/// exactly the keys and defaults the loader has, and uncommented it reads back
/// as the defaults.
enum ConfigurationTemplate {
    static let path = ConfigurationLoader.fileName

    static let header = """
        # hindsight.yml: this team's Hindsight settings. Nothing needs setting: every key below is
        # commented out and shows its default. Uncomment a key (and its section's line) to change it.
        # Every key, its type and effect: docs/configuration.md in the Hindsight repository.
        """

    static var text: String {
        let printed = ConfigurationPrinter.yaml(LoadedConfiguration()).split(separator: "\n", omittingEmptySubsequences: false)
        var lines = [header, ""]
        // The first line names the file printed; each other value ends with its origin, `# default`.
        for line in printed.dropFirst() where !line.isEmpty {
            let value = line.hasSuffix("  # default") ? line.dropLast("  # default".count) : line
            lines.append("# " + value)
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
