/// Command-line flags that override the configuration file.
public struct ConfigurationOverrides: Sendable, Hashable {
    /// `--title`
    public var title: String?
    /// `--base-url`
    public var baseURL: String?
    /// `--recurrence-window`
    public var recurrenceWindow: Int?
    /// `--incidents`
    public var incidents: String?

    public init(title: String? = nil, baseURL: String? = nil, recurrenceWindow: Int? = nil, incidents: String? = nil) {
        self.title = title
        self.baseURL = baseURL
        self.recurrenceWindow = recurrenceWindow
        self.incidents = incidents
    }

    /// `loaded` with each flag given replacing its value, the flag recorded as its origin.
    public func applied(to loaded: LoadedConfiguration) -> LoadedConfiguration {
        var loaded = loaded
        if let title {
            loaded.configuration.site.title = title
            loaded.origins["site.title"] = .flag("--title")
        }
        if let baseURL {
            loaded.configuration.site.baseURL = baseURL
            loaded.origins["site.baseURL"] = .flag("--base-url")
        }
        if let recurrenceWindow {
            loaded.configuration.recurrence.windowDays = recurrenceWindow
            loaded.origins["recurrence.windowDays"] = .flag("--recurrence-window")
        }
        if let incidents {
            loaded.configuration.incidents = incidents
            loaded.origins["incidents"] = .flag("--incidents")
        }
        return loaded
    }
}
