import Foundation
import PackagePlugin

/// Embeds the default theme (`theme/` at the package root) in the library, so
/// an installed `hindsight` works from any folder. Every theme file is an
/// input, so editing one rebuilds the embedded copy. `docs/rules.md` is embedded
/// too: the site's rules page is made from it.
@main
struct EmbedThemePlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let themeDirectory = context.package.directoryURL.appendingPathComponent("theme")
        let rules = context.package.directoryURL.appendingPathComponent("docs/rules.md")
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("EmbeddedTheme.swift")
        var inputs: [URL] = []
        if let enumerator = FileManager.default.enumerator(at: themeDirectory, includingPropertiesForKeys: [.isRegularFileKey]) {
            for case let url as URL in enumerator where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                inputs.append(url)
            }
        }
        return [
            .buildCommand(
                displayName: "Embedding theme/ (\(inputs.count) files)",
                executable: try context.tool(named: "ThemeEmbedder").url,
                arguments: [themeDirectory.path, output.path, rules.path],
                inputFiles: inputs.sorted { $0.path < $1.path } + [rules],
                outputFiles: [output]
            )
        ]
    }
}
