import Foundation

/// The watching half of `hindsight serve`: reads the configuration, the theme
/// and the post-mortems, and turns each change into a new ``ServeState``.
///
/// A change costs what it touches: an edited post-mortem is read, parsed and
/// checked alone (``IncrementalCorpus``), then the checks across files and the
/// measure stage run again; pages are rendered when asked for (``LiveSite``).
/// A configuration or theme that no longer loads keeps the last one that did,
/// and its errors go to the banner. Used by one thread at a time.
final class LiveSources: @unchecked Sendable {
    let command: ServeCommand
    private(set) var state: ServeState
    private(set) var snapshot: SourceSnapshot
    private var loaded: LoadedConfiguration
    private var theme: Theme
    private var corpus: IncrementalCorpus
    private var configurationProblem: String?
    private var themeProblem: String?
    /// Files changed while serving: their diagnostics stay in the banner.
    private var edited = Set<String>()

    /// The first build; a configuration, theme or folder that cannot be used is an error here, as for `build`.
    init(command: ServeCommand) throws(ServeCommand.StartFailure) {
        self.command = command
        switch ConfigurationLoader.load(explicitPath: command.configurationPath) {
        case .success(let loaded):
            self.loaded = command.overrides.applied(to: loaded)
            self.loaded.configuration.readRegister()
        case .failure(let failure): throw .init(standardError: failure.description)
        }
        do { theme = try Theme(overrideDirectory: command.themeDirectory) } catch {
            throw .init(standardError: "error: \(error.description)\n")
        }
        corpus = IncrementalCorpus(configuration: loaded.configuration, asOf: command.asOf)
        let inputs = command.inputs.isEmpty ? loaded.configuration.input.paths : command.inputs
        snapshot = SourceSnapshot.take(
            configurationPath: command.watchedConfigurationPath, themeDirectory: command.themeDirectory, inputs: inputs)
        if let failure = snapshot.discoveryFailure { throw .init(standardError: "error: \(TerminalText.visible(failure.description))\n") }
        let update = corpus.update(snapshot.files, stamps: snapshot.stamps)
        state = ServeState(
            site: LiveSources.site(update, files: snapshot.files, theme: theme, loaded: loaded, command: command),
            generation: 1, problems: [])
        state.problems = problems(update)
    }

    /// The post-mortem folders and files read: the command's, else the configuration's.
    var inputs: [String] { command.inputs.isEmpty ? loaded.configuration.input.paths : command.inputs }

    /// Looks at the sources now, searching the input folders.
    func look() -> SourceSnapshot {
        SourceSnapshot.take(configurationPath: command.watchedConfigurationPath, themeDirectory: command.themeDirectory, inputs: inputs)
    }

    /// Looks again at the files `previous` found, searching the folders only when one of them changed.
    func look(after previous: SourceSnapshot) -> SourceSnapshot {
        previous.restamped(configurationPath: command.watchedConfigurationPath, themeDirectory: command.themeDirectory) ?? look()
    }

    /// Brings the site up to `seen`; returns what to print, or nil when nothing the site shows changed.
    func rebuild(_ seen: SourceSnapshot) -> String? {
        let start = DispatchTime.now()
        var seen = seen
        var reloaded = false
        // A new configuration parses every file again: that is not an edit of each.
        var reparsesAll = false
        if seen.configuration != snapshot.configuration {
            reloaded = true
            switch ConfigurationLoader.load(explicitPath: command.configurationPath) {
            case .success(let fresh):
                var fresh = command.overrides.applied(to: fresh)
                fresh.configuration.readRegister()
                configurationProblem = nil
                if fresh.configuration != loaded.configuration {
                    let oldInputs = inputs
                    loaded = fresh
                    corpus = IncrementalCorpus(configuration: fresh.configuration, asOf: command.asOf)
                    reparsesAll = true
                    if inputs != oldInputs { seen = look() }
                }
            case .failure(let failure):
                configurationProblem = failure.description + "(the last configuration that loaded is still used)"
            }
        }
        if seen.theme != snapshot.theme {
            reloaded = true
            do {
                theme = try Theme(overrideDirectory: command.themeDirectory)
                themeProblem = nil
            } catch {
                themeProblem = "error: \(error.description) (the last theme that loaded is still used)"
            }
        }
        snapshot = seen
        if let failure = seen.discoveryFailure {
            state.problems = problems(nil, discovery: failure)
            state.generation += 1
            return "error: \(failure.description); the post-mortems as last read are still served\n"
        }
        let update = corpus.update(seen.files, stamps: seen.stamps)
        let checked = DispatchTime.now()
        let changedPaths = reparsesAll ? [] : update.changedPaths
        edited.formUnion(changedPaths)
        let problems = problems(update)
        guard reloaded || !changedPaths.isEmpty || state.problems != problems else { return nil }
        state = ServeState(
            site: LiveSources.site(update, files: seen.files, theme: theme, loaded: loaded, command: command),
            generation: state.generation + 1,
            problems: problems)
        func seconds(_ from: DispatchTime, _ to: DispatchTime = .now()) -> String {
            String(format: "%.2fs", Double(to.uptimeNanoseconds - from.uptimeNanoseconds) / 1e9)
        }
        let own = update.diagnostics.filter { changedPaths.contains($0.path) }
        return "\(LiveSources.describe(changedPaths)) changed: \(Format.plural(update.parsedCount, "file")) parsed, site current in "
            + "\(seconds(start)) (read and check \(seconds(start, checked)), measure \(seconds(checked)))"
            + (problems.isEmpty ? "" : ", \(Format.plural(problems.count, "problem")) shown in the page") + "\n"
            + DiagnosticFormatter.format(own, as: .text, sources: update.corpus.sources)
    }

    /// `a.md`, `a.md, b.md and 3 more`; the configuration or theme when no post-mortem changed.
    static func describe(_ paths: [String]) -> String {
        guard !paths.isEmpty else { return "the configuration or theme" }
        let shown = paths.prefix(2).joined(separator: ", ")
        return paths.count > 2 ? shown + " and \(paths.count - 2) more" : shown
    }

    private static func site(
        _ update: IncrementalCorpus.Update, files: [InputFile], theme: Theme, loaded: LoadedConfiguration, command: ServeCommand
    )
        -> LiveSite
    {
        var postMortems = update.corpus.postMortems
        if command.readsGitHistory {
            // As build reads it (one `git log` and one `git status` per input folder), at every rebuild,
            // so an edit shows as uncommitted as soon as it is saved.
            GitHistory.annotate(&postMortems, from: files)
        }
        // The register is read again at every rebuild (docs/serve.md), for the Learning page's coverage.
        var configuration = loaded.configuration
        configuration.readRegister()
        let options = configuration.siteOptions(asOf: command.asOf, includeDrafts: command.includeDrafts)
        return LiveSite(
            builder: SiteBuilder(theme: theme, options: options), postMortems: postMortems, diagnostics: update.diagnostics)
    }

    /// The banner's blocks: configuration, theme and folder errors, then the diagnostics of unreadable and edited files.
    private func problems(_ update: IncrementalCorpus.Update?, discovery: FileDiscovery.Failure? = nil) -> [String] {
        var blocks = [configurationProblem, themeProblem].compactMap { $0 }
        if let discovery { blocks.append("error: \(discovery.description) (the post-mortems as last read are still shown)") }
        guard let update else { return blocks }
        let unreadable = Set(update.corpus.readFailures.map(\.path))
        let shown = update.diagnostics.filter { edited.contains($0.path) || unreadable.contains($0.path) }
        for diagnostic in shown.prefix(LiveSources.bannerLimit) {
            blocks.append(
                DiagnosticFormatter.format([diagnostic], as: .text, sources: update.corpus.sources).trimmingCharacters(in: .newlines))
        }
        if shown.count > LiveSources.bannerLimit {
            blocks.append("… and \(shown.count - LiveSources.bannerLimit) more: run `hindsight check` to see them all")
        }
        return blocks
    }

    /// Diagnostics the banner lists at most.
    static let bannerLimit = 50
}
