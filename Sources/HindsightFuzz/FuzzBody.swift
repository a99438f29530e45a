import Foundation
import HindsightCore

/// What one fuzz input goes through: the stages `hindsight build` runs on one file.
///
/// Read (decode the bytes), parse with HTML, validate, then render the site of
/// that one incident in memory. A crash, a sanitizer report or a hang anywhere
/// in there is a finding; so is a diagnostic that points outside the file.
enum FuzzBody {
    /// The built-in theme and the site options, made once: every input renders with them.
    static let setup: (theme: Theme, options: SiteOptions)? = {
        guard let theme = try? Theme(), let asOf = Day(year: 2026, month: 11, day: 25) else { return nil }
        let options = SiteOptions(
            title: "Fuzz", metrics: MetricsOptions(asOf: asOf), baseURL: "https://incidents.example.com/", includeDrafts: true)
        return (theme, options)
    }()

    static func run(_ data: Data) {
        let file: SourceFile
        switch SourceFileReader.decode(data, path: "postmortems/fuzz.md") {
        case .success(let decoded): file = decoded
        case .failure: return
        }
        let postMortem = PostMortemParser(rendersHTML: true).parse(file)
        let diagnostics = Validator().diagnostics(for: [postMortem])
        let lineCount = file.text.split(separator: "\n", omittingEmptySubsequences: false).count
        for diagnostic in diagnostics where !(1...lineCount).contains(diagnostic.location.line) || diagnostic.location.column < 1 {
            fatalError("diagnostic outside the file (\(lineCount) lines): \(diagnostic)")
        }
        guard let (theme, options) = setup else { fatalError("the built-in theme does not load") }
        let site: [SiteFile]
        do {
            site = try SiteBuilder(theme: theme, options: options).build(postMortems: [postMortem], diagnostics: diagnostics)
        } catch {
            fatalError("the built-in theme failed to render: \(error)")
        }
        let page = "incidents/\(postMortem.slug)/index.html"
        if !site.contains(where: { $0.path == page }) {
            fatalError("no incident page \(page) among \(site.map(\.path))")
        }
    }
}
