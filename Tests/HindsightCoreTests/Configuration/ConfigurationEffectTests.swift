import Foundation
import Testing

@testable import HindsightCore

/// Each key of `hindsight.yml` changes what it says it changes.
@Suite("configuration keys take effect")
struct ConfigurationEffectTests {
    func configuration(_ yaml: String) throws -> Configuration {
        try ConfigurationLoader.parse(yaml, path: "hindsight.yml").get().configuration
    }

    func parse(_ markdown: String, _ configuration: Configuration, name: String = "inline.md") -> PostMortem {
        let file = try! SourceFileReader.decode(Data(markdown.utf8), path: name).get()
        return PostMortemParser(settings: configuration.parsing).parse(file)
    }

    func diagnostics(_ markdown: String, _ configuration: Configuration) -> [Diagnostic] {
        Validator(context: configuration.validation).diagnostics(for: [parse(markdown, configuration)])
    }

    func valid(severity: String) -> String {
        Fixtures.validPostMortem.replacingOccurrences(of: "**Severity**: P1", with: "**Severity**: \(severity)")
    }

    @Test(
        "built-in aliases: SEV1, Sev 1, SEV-1 and S1 read as P1 with no diagnostic; words are not mapped",
        arguments: ["SEV1", "Sev 1", "SEV-1", "S1", "sev 1 (major)"])
    func builtInAliases(_ written: String) {
        #expect(parse(valid(severity: written), Configuration()).severity == "P1")
        #expect(diagnostics(valid(severity: written), Configuration()).isEmpty)
    }

    @Test("an unknown severity says how to map it in hindsight.yml")
    func unknownSeverityMessage() {
        #expect(
            diagnostics(valid(severity: "Critical"), Configuration()).map(\.description) == [
                "inline.md:4:15: error: unknown severity 'Critical'; use one of P0, P1, P2, P3, P4, or map it to one in hindsight.yml (`severity: {aliases: {Critical: P1}}`) [unknown-severity]"
            ])
    }

    @Test("severity.aliases maps a word to a level; builtInAliases: false drops SEV1")
    func aliases() throws {
        let config = try configuration("severity:\n  builtInAliases: false\n  aliases:\n    Critical: p0\n")
        #expect(parse(valid(severity: "Critical"), config).severity == "P0")
        #expect(parse(valid(severity: "SEV1"), config).severity == nil)
    }

    @Test("severity.levels is the one scale of parser, rules and metrics")
    func levels() throws {
        let config = try configuration(
            "severity:\n  levels:\n    - id: SEV1\n      name: Critical\n    - id: SEV2\nfollowUp:\n  sloDays:\n    SEV1: 7\n")
        #expect(parse(valid(severity: "sev2"), config).severity == "SEV2")
        #expect(
            diagnostics(valid(severity: "P1"), config).map(\.message) == [
                "unknown severity 'P1'; use one of SEV1, SEV2, or map it to one in hindsight.yml (`severity: {aliases: {P1: SEV2}}`)"
            ])
        let report = MetricsReport([parse(valid(severity: "SEV1"), config)], options: config.metricsOptions(asOf: .of("2024-03-20")))
        #expect(report.bySeverity.map(\.key) == ["SEV1", "SEV2"])
        #expect(report.actionTotals.pastSLO == 1)  // 7 days for SEV1; the default P0/P1 30 days no longer apply
        #expect(config.followUp.days == ["SEV1": 7])
    }

    @Test("milestones replaces a milestone's phrases")
    func milestones() throws {
        let config = try configuration("milestones:\n  detected: [alert fired]\n")
        let text = Fixtures.validPostMortem.replacingOccurrences(of: "Issue first detected by", with: "Alert fired on")
        #expect(parse(text, Configuration()).entry(for: .detected) == nil)
        #expect(parse(text, config).entry(for: .detected)?.index == 1)
        #expect(diagnostics(text, config).isEmpty)
        #expect(
            diagnostics(Fixtures.validPostMortem, config).map(\.message).first
                == "no timeline entry says 'alert fired', so time to restore cannot be computed; mark that moment, e.g. `[14:02] - Alert fired.`"
        )
    }

    @Test("input.timezone is the timezone of reports without one")
    func defaultTimezone() throws {
        let config = try configuration("input:\n  timezone: Europe/Paris\n")
        #expect(parse(Fixtures.validPostMortem, config).timezone == "Europe/Paris")
        #expect(
            parse(Fixtures.validPostMortem.replacingOccurrences(of: "**Date**", with: "**Timezone**: UTC\n**Date**"), config).timezone
                == "UTC")
        #expect(parse(Fixtures.validPostMortem, Configuration()).timezone == nil)
    }

    @Test("rules.levels: off removes a rule's findings, warning and error change their level")
    func ruleLevels() throws {
        let blameful = Fixtures.validPostMortem.replacingOccurrences(of: "The deploy doubled", with: "A careless deploy doubled")
        #expect(diagnostics(blameful, Configuration()).map(\.severity) == [.warning])
        #expect(diagnostics(blameful, try configuration("rules:\n  levels:\n    blameful-language: off\n")).isEmpty)
        #expect(diagnostics(blameful, try configuration("rules:\n  levels:\n    blameful-language: error\n")).map(\.severity) == [.error])
        let noSeverity = valid(severity: "P9")
        #expect(
            diagnostics(noSeverity, try configuration("rules:\n  levels:\n    unknown-severity: warning\n")).map(\.severity) == [.warning])
    }

    @Test("rules.blamefulLanguage adds and removes phrases")
    func blamefulPhrases() throws {
        let text = Fixtures.validPostMortem.replacingOccurrences(
            of: "The deploy doubled", with: "A rookie mistake and a careless deploy doubled")
        #expect(
            diagnostics(text, Configuration()).map(\.message) == [
                "'careless' assigns blame to people; describe the conditions in the system that made the mistake possible"
            ])
        let config = try configuration("rules:\n  blamefulLanguage:\n    add: [rookie mistake]\n    remove: [careless]\n")
        #expect(
            diagnostics(text, config).map(\.message) == [
                "'rookie mistake' assigns blame to people; describe the conditions in the system that made the mistake possible"
            ])
    }

    @Test("rules.shallowRootCause.minimumWords sets the word count")
    func shallowRootCause() throws {
        let config = try configuration("rules:\n  shallowRootCause:\n    minimumWords: 100\n")
        #expect(diagnostics(Fixtures.validPostMortem, Configuration()).isEmpty)
        #expect(
            diagnostics(Fixtures.validPostMortem, config).map(\.message) == [
                "the root cause analysis has 57 words; explain the systemic failure behind the trigger (what allowed it, why it was not caught) in at least 100"
            ])
    }

    @Test("followUp.sloDays and defaultDays change the past-SLO figure")
    func followUpSLO() throws {
        let incident = IncidentBuilder(slug: "a", date: "2024-03-01", severity: "P2", actions: [(false, "Ann", "2024-12-01")])
        let asOf = Day.of("2024-04-15")  // 45 days on
        #expect(MetricsReport([incident.postMortem], options: Configuration().metricsOptions(asOf: asOf)).actionTotals.pastSLO == 0)
        for yaml in ["followUp:\n  sloDays:\n    P2: 40\n", "followUp:\n  sloDays:\n    p2: 40\n", "followUp:\n  defaultDays: 40\n"] {
            let config = try configuration(yaml)
            #expect(MetricsReport([incident.postMortem], options: config.metricsOptions(asOf: asOf)).actionTotals.pastSLO == 1)
        }
    }

    func repeats(_ yaml: String, _ incidents: [IncidentBuilder]) throws -> [String] {
        let config = try configuration(yaml)
        return MetricsReport(incidents.map(\.postMortem), options: config.metricsOptions(asOf: .of("2024-12-01"))).recurrence.repeats.map(
            \.incident)
    }

    @Test("recurrence: windowDays, tags, ignoreTags and requireSharedService decide what repeats")
    func recurrence() throws {
        let first = IncidentBuilder(slug: "first", date: "2024-01-01", tags: ["config-change", "database"], services: ["checkout"])
        let later = IncidentBuilder(slug: "later", date: "2024-02-15", tags: ["config-change"], services: ["search"])
        #expect(try repeats("", [first, later]) == ["later"])
        #expect(try repeats("recurrence:\n  windowDays: 30\n", [first, later]).isEmpty)
        #expect(try repeats("recurrence:\n  ignoreTags: [Config Change]\n", [first, later]).isEmpty)
        #expect(try repeats("recurrence:\n  tags: [database]\n", [first, later]).isEmpty)
        #expect(try repeats("recurrence:\n  tags: [config-change]\n", [first, later]) == ["later"])
        #expect(try repeats("recurrence:\n  requireSharedService: true\n", [first, later]).isEmpty)
        var sameService = later
        sameService.services = ["checkout"]
        #expect(try repeats("recurrence:\n  requireSharedService: true\n", [first, sameService]) == ["later"])
    }

    @Test("metrics.excludeTags leaves tagged incidents out of the figures, saying why")
    func excludeTags() throws {
        let drill = IncidentBuilder(slug: "drill", date: "2024-01-01", tags: ["game-day"])
        let real = IncidentBuilder(slug: "real", date: "2024-01-05")
        let config = try configuration("metrics:\n  excludeTags: [game-day]\n")
        let plain = MetricsReport([drill.postMortem, real.postMortem], options: Configuration().metricsOptions(asOf: .of("2024-06-01")))
        #expect(plain.duration(.timeToRestore).statistics.count == 2)
        let report = MetricsReport([drill.postMortem, real.postMortem], options: config.metricsOptions(asOf: .of("2024-06-01")))
        #expect(report.duration(.timeToRestore).statistics.count == 1)
        #expect(
            report.duration(.timeToRestore).excluded.map { "\($0.incident): \($0.reason)" } == [
                "drill: tagged 'game-day', which hindsight.yml excludes from metrics"
            ])
    }

    @Test("site: title, base URL and an edit link on each incident page")
    func site() throws {
        let config = try configuration(
            "site:\n  title: Ops reviews\n  baseURL: https://ops.example.com\n  editURL: https://github.com/org/repo/edit/main/{path}\n")
        let options = config.siteOptions(asOf: SiteFixture.asOf)
        let site = try SiteFixture.build(["2024-03-05 db pool.md": Fixtures.validPostMortem], options: options)
        let page = try #require(site["incidents/2024-03-05 db pool/index.html"])
        #expect(
            page.contains(
                #"<p class="edit-link"><a href="https://github.com/org/repo/edit/main/postmortems/2024-03-05%20db%20pool.md">Edit this report</a></p>"#
            ))
        #expect(site["index.html"]?.contains("<title>Ops reviews</title>") == true)
        #expect(site["sitemap.xml"]?.contains("https://ops.example.com/") == true)
        let plain = try SiteFixture.build(["x.md": Fixtures.validPostMortem])
        #expect(plain["incidents/x/index.html"]?.contains("edit-link") == false)
    }

    @Test("severity names show in the severity badge's title")
    func severityNames() throws {
        let config = try configuration("severity:\n  levels:\n    - id: P0\n    - id: P1\n      name: Major\n")
        let site = try SiteFixture.build(["x.md": Fixtures.validPostMortem], options: config.siteOptions(asOf: SiteFixture.asOf))
        #expect(site["incidents/x/index.html"]?.contains(#"title="Severity P1: Major">P1</span>"#) == true)
    }

    @Test("incidents is carried as a path")
    func incidents() throws {
        #expect(try configuration("incidents: register.yml\n").incidents == "register.yml")
    }

    @Test("the incident register is read once, when the configuration is loaded: the checks and the figures use that reading")
    func registerReadOnce() throws {
        let folder = try TemporaryFolder()
        let text = "id,date,title,severity,data_loss,rollback,performance_degradation\nINC-1,2024-03-05,Checkout,P1,no,no,no\n"
        try folder.write("register.csv", text)
        var config = Configuration()
        config.incidents = folder.path + "/register.csv"
        config.readRegister()
        try FileManager.default.removeItem(atPath: folder.path + "/register.csv")
        #expect(config.register?.text == text)
        #expect(config.validation.register?.text == text)
        #expect(config.metricsOptions(asOf: .of("2024-03-20")).register?.text == text)
    }
}
