import Foundation
import Testing

@testable import HindsightCore

/// `hindsight serve` end to end: started in the test on a port the system
/// chooses, fetched over loopback, edited, broken and stopped.
@Suite("Serve: a running server", .serialized)
struct ServeSessionTests {
    static let incident = "2025-06-14-kafka-broker-disk-full"

    /// A folder with three sample post-mortems and a hindsight.yml, and a server on it.
    static func started(_ folder: TemporaryFolder, theme: String? = nil) async throws -> ServeSession {
        for name in [incident, "2025-06-03-inventory-pool-exhaustion-after-deploy", "2025-09-09-search-relevance-regression"] {
            let text = try String(contentsOfFile: Fixtures.packageRoot + "/postmortems/\(name).md", encoding: .utf8)
            try folder.writeAtomically("postmortems/\(name).md", text)
        }
        try folder.writeAtomically("hindsight.yml", "site:\n  title: Served incidents\n")
        var command = ServeCommand(
            inputs: [folder.path + "/postmortems"], port: 0, themeDirectory: theme, configurationPath: folder.path + "/hindsight.yml",
            asOf: Day.of("2026-01-01"))
        command.pollInterval = 0.05
        command.settleInterval = 0.05
        command.listenTimeout = 60
        return try await command.start(log: { _ in })
    }

    static func page(_ target: String, _ session: ServeSession) throws -> String {
        try LoopbackHTTP.request(target, port: session.port).body
    }

    /// Rewrites the served incident's file with `old` replaced by `new`; returns its path and original text.
    static func editIncident(in folder: TemporaryFolder, replacing old: String, with new: String) throws -> (path: String, text: String) {
        let path = "postmortems/\(incident).md"
        let text = try String(contentsOfFile: folder.path + "/" + path, encoding: .utf8)
        try folder.writeAtomically(path, text.replacingOccurrences(of: old, with: new))
        return (path, text)
    }

    @Test("listens on 127.0.0.1 on the chosen port and serves the site with its reload script")
    func serves() async throws {
        let folder = try TemporaryFolder()
        let session = try await Self.started(folder)
        #expect(session.port != 0)
        #expect(session.boundAddress == "127.0.0.1")
        #expect(session.url == "http://127.0.0.1:\(session.port)/")
        let response = try LoopbackHTTP.request("/incidents/\(Self.incident)/", port: session.port)
        #expect(response.status == 200)
        #expect(response.headers["content-type"] == "text/html; charset=utf-8")
        #expect(response.body.contains("Kafka broker disks filled after a retention override"))
        #expect(
            response.body.contains(
                "<title>Kafka broker disks filled after a retention override on a high-volume topic · Served incidents</title>"))
        #expect(response.body.contains(LiveReload.marker + "<script src=\"/__hindsight/live.js\" data-generation=\"1\"></script>"))
        await session.stop()
    }

    @Test("an edited post-mortem is served changed, with a new version for the reload script")
    func edit() async throws {
        let folder = try TemporaryFolder()
        let session = try await Self.started(folder)
        _ = try Self.editIncident(in: folder, replacing: "Kafka broker disks filled", with: "Kafka broker volumes filled")
        let changed = try await eventually {
            try Self.page("/incidents/\(Self.incident)/", session).contains("Kafka broker volumes filled")
        }
        #expect(changed)
        #expect(try Self.page("/__hindsight/generation", session) == "2")
        #expect(try Self.page("/", session).contains("Kafka broker volumes filled"))
        await session.stop()
    }

    @Test("a new post-mortem is served once written, and a deleted one is gone")
    func newAndDeletedFiles() async throws {
        let folder = try TemporaryFolder()
        let session = try await Self.started(folder)
        try folder.writeAtomically("postmortems/2025-07-01-added.md", Fixtures.validPostMortem)
        let added = try await eventually { try LoopbackHTTP.request("/incidents/2025-07-01-added/", port: session.port).status == 200 }
        #expect(added)
        try FileManager.default.removeItem(atPath: folder.path + "/postmortems/2025-07-01-added.md")
        let removed = try await eventually { try LoopbackHTTP.request("/incidents/2025-07-01-added/", port: session.port).status == 404 }
        #expect(removed)
        await session.stop()
    }

    @Test("a broken post-mortem's diagnostics are shown in every page; fixing it clears them")
    func brokenFile() async throws {
        let folder = try TemporaryFolder()
        let session = try await Self.started(folder)
        let (path, text) = try Self.editIncident(in: folder, replacing: "**Date**: 2025-06-14\n", with: "")
        let expected =
            "\(folder.path)/\(path):1:1: error: missing field Date; add a line `**Date**: 2024-03-05` under the title [missing-field]"
        let shown = try await eventually { try Self.page("/trends/", session).contains(expected) }
        #expect(shown)
        #expect(try Self.page("/", session).contains("<strong>hindsight serve: 1 problem</strong>"))
        try folder.writeAtomically(path, text)
        let cleared = try await eventually { try !Self.page("/", session).contains("hindsight-serve-problems") }
        #expect(cleared)
        await session.stop()
    }

    @Test("a broken hindsight.yml is shown in the page and the last configuration stays; fixed, it applies")
    func brokenConfiguration() async throws {
        let folder = try TemporaryFolder()
        let session = try await Self.started(folder)
        try folder.writeAtomically("hindsight.yml", "site:\n  titel: Renamed\n")
        let expected =
            "\(folder.path)/hindsight.yml:2:3: error: unknown key &#39;titel&#39; in &#39;site&#39;; did you mean &#39;title&#39;? [config]"
        let shown = try await eventually { try Self.page("/", session).contains(expected) }
        #expect(shown)
        #expect(try Self.page("/", session).contains("Served incidents"))
        try folder.writeAtomically("hindsight.yml", "site:\n  title: Renamed incidents\n")
        let applied = try await eventually { try Self.page("/", session).contains("<title>Renamed incidents</title>") }
        #expect(applied)
        #expect(try !Self.page("/", session).contains("hindsight-serve-problems"))
        await session.stop()
    }

    @Test(
        "a path climbing out of the site is refused over the wire",
        arguments: ["/../hindsight.yml", "/%2e%2e/hindsight.yml", "/assets/../../hindsight.yml"])
    func traversal(target: String) async throws {
        let folder = try TemporaryFolder()
        let session = try await Self.started(folder)
        let response = try LoopbackHTTP.request(target, port: session.port)
        #expect(response.status == 400 || response.status == 404)
        #expect(!response.body.contains("Served incidents"))
        await session.stop()
    }

    @Test("a changed theme file is served; a theme that no longer loads is shown in the page and the last one stays")
    func theme() async throws {
        let folder = try TemporaryFolder()
        try folder.writeAtomically("theme/assets/extra.css", "a { color: red; }\n")
        let session = try await Self.started(folder, theme: folder.path + "/theme")
        #expect(try Self.page("/assets/extra.css", session) == "a { color: red; }\n")
        try folder.writeAtomically("theme/assets/extra.css", "a { color: blue; }\n")
        let changed = try await eventually { try Self.page("/assets/extra.css", session) == "a { color: blue; }\n" }
        #expect(changed)
        try folder.writeAtomically("theme/partials/more.mustache", "{{#unclosed}}\n")
        let shown = try await eventually { try Self.page("/", session).contains("error: theme file partials/more.mustache:") }
        #expect(shown)
        #expect(try Self.page("/", session).contains("(the last theme that loaded is still used)"))
        #expect(try Self.page("/assets/extra.css", session) == "a { color: blue; }\n")
        await session.stop()
    }

    @Test("stopped, it no longer listens and has written nothing: the folder holds only what the test wrote")
    func stop() async throws {
        let folder = try TemporaryFolder()
        let session = try await Self.started(folder)
        _ = try Self.page("/", session)
        _ = try Self.page("/assets/search/docs.js", session)
        await session.stop()
        #expect(!LoopbackHTTP.isListening(session.port))
        let written = try FileManager.default.subpathsOfDirectory(atPath: folder.path).sorted()
        #expect(
            written == ["hindsight.yml", "postmortems"]
                + ["2025-06-03-inventory-pool-exhaustion-after-deploy", Self.incident, "2025-09-09-search-relevance-regression"].sorted()
                .map { "postmortems/\($0).md" })
    }

    @Test("a port in use is an error naming it, exit 2")
    func portInUse() async throws {
        let folder = try TemporaryFolder()
        let session = try await Self.started(folder)
        var command = ServeCommand(
            inputs: [folder.path + "/postmortems"], port: session.port, configurationPath: folder.path + "/hindsight.yml",
            asOf: Day.of("2026-01-01"))
        command.pollInterval = 0.05
        do {
            let second = try await command.start(log: { _ in })
            await second.stop()
            Issue.record("a second server started on port \(session.port)")
        } catch {
            #expect(error.output.exitCode == ExitCode.usage)
            #expect(
                error.output.standardError
                    == "error: cannot listen on 127.0.0.1:\(session.port): address already in use; pass --port with another port, or 0 for any free one\n"
            )
        }
        await session.stop()
    }

    // Here, not in GitHistoryTests: a test blocking on a loopback request while another suite's does can
    // take both of the cooperative pool's threads on two cores, and the server then cannot answer either.
    @Test("serve shows the same last change as build, sees an edit as uncommitted once saved, and --no-git leaves it out")
    func serve() async throws {
        let repository = try GitHistoryTests.repository()
        let commit = try GitHistoryTests.git(["rev-list", "-1", "HEAD~2"], in: repository.path)
        for reads in [true, false] {
            var command = ServeCommand(inputs: [repository.path + "/postmortems"], port: 0, asOf: Day.of("2026-06-01"))
            command.readsGitHistory = reads
            command.pollInterval = 0.05
            command.settleInterval = 0.05
            let session = try await command.start(log: { _ in })
            let page = try LoopbackHTTP.request("/incidents/a/", port: session.port).body
            #expect(page.contains("Last changed 12 Mar 2026 in \(commit.prefix(7))") == reads)
            if reads {
                try repository.writeAtomically(
                    "postmortems/a.md", Fixtures.validPostMortem.replacingOccurrences(of: "Checkout", with: "Payments"))
                let uncommitted = try await eventually {
                    try LoopbackHTTP.request("/incidents/a/", port: session.port).body.contains("Uncommitted changes since")
                }
                #expect(uncommitted)
            }
            await session.stop()
        }
    }
}
