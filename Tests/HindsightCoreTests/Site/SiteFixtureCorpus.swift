import Foundation

@testable import HindsightCore

/// The multi-incident fixture site (`Fixtures/site/`): five post-mortems that
/// between them reach every conditional part of the templates — a repeat by a
/// shared tag within the window while the earlier follow-ups were open, a repeat
/// marked by `Recurrence Of`, related incidents, an alias, overdue, open, done and
/// dropped action items, ticket links, an extra field, a drill left out of the
/// metrics, an untagged incident, a severity off the scale and its diagnostics.
enum SiteFixtureCorpus {
    static let folder = "Tests/HindsightCoreTests/Fixtures/site"
    static let baseURL = "https://incidents.example.com/"

    /// The fixture files by name, read from the package (as `postmortems/<name>` in the site).
    static let files: [String: String] = {
        let directory = Fixtures.packageRoot + "/" + folder
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return Dictionary(
            uniqueKeysWithValues: names.filter { $0.hasSuffix(".md") }.map { name in
                (name, (try? String(contentsOfFile: directory + "/" + name, encoding: .utf8)) ?? "")
            })
    }()

    /// The site options: a base URL (for `404.html`) and an edit link.
    static var options: SiteOptions {
        var options = SiteFixture.options(baseURL: baseURL)
        options.editURL = "https://git.example.com/incidents/edit/main/{path}"
        return options
    }

    /// The built site, page path to text.
    static let site: [String: String] = {
        do { return try SiteFixture.build(files, options: options) } catch { return [:] }
    }()

    /// The site model the pages are drawn from.
    static var model: SiteModel {
        let postMortems = files.keys.sorted().map { name in
            Fixtures.parse(files[name] ?? "", name: "postmortems/\(name)", rendersHTML: true)
        }
        return SiteModel(postMortems: postMortems, diagnostics: Validator().diagnostics(for: postMortems), options: options)
    }
}

extension SiteModel {
    /// The published incident named `slug` (the first of two, as ``SiteModel/titleBySlug`` keeps).
    func incident(_ slug: String) -> PostMortem? {
        report.incidents.first { $0.slug == slug }
    }
}
