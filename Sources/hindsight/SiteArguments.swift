import ArgumentParser
import HindsightCore

/// The options of the site that `build` and `serve` share: the measuring
/// date, the site's address, title and drafts, the incident register and the
/// configuration file.
struct SiteArguments: ParsableArguments {
    @OptionGroup var measure: MeasureOptions

    @Option(help: ArgumentHelp("Absolute URL the site is served from (used in the feed, sitemap.xml and 404.html only).", valueName: "url"))
    var baseURL: String?

    @Option(help: ArgumentHelp("The site's title (default: Incident reviews).", valueName: "text"))
    var title: String?

    @Flag(help: "Publish post-mortems marked **Status**: draft.")
    var drafts = false

    @OptionGroup var config: ConfigOptions

    @OptionGroup var register: RegisterOptions

    func validate() throws {
        try SiteFlags.validate(title: title, baseURL: baseURL, recurrenceWindow: nil)
    }

    /// What the flags change of the configuration file.
    var overrides: ConfigurationOverrides {
        ConfigurationOverrides(title: title, baseURL: baseURL, recurrenceWindow: measure.recurrenceWindow, incidents: register.incidents)
    }

    /// The day the figures are measured on: `--as-of`, else today.
    var asOf: Day { measure.asOf ?? .today() }
}
