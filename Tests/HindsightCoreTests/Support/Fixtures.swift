import Foundation

@testable import HindsightCore

/// Paths to the fixtures shipped with the tests.
enum Fixtures {
    static let root: String = Bundle.module.resourceURL!.appendingPathComponent("Fixtures").path

    static func path(_ relative: String) -> String { root + "/" + relative }

    /// Parses Markdown given inline, as if read from `name`.
    static func parse(_ markdown: String, name: String = "inline.md", rendersHTML: Bool = false) -> PostMortem {
        let file = try! SourceFileReader.decode(Data(markdown.utf8), path: name).get()
        return PostMortemParser(rendersHTML: rendersHTML).parse(file)
    }

    /// Diagnostics for Markdown given inline.
    static func diagnostics(_ markdown: String, name: String = "inline.md") -> [Diagnostic] {
        Validator().diagnostics(for: [parse(markdown, name: name)])
    }

    /// A complete, valid post-mortem to vary in tests.
    static let validPostMortem = """
        ## Incident: Checkout failures from connection pool exhaustion

        **Date**: 2024-03-05
        **Severity**: P1
        **Services**: Checkout, Postgres Primary
        **Tags**: connection-pool, Database

        ### 1. Timeline

        -   `[23:40]` - Issue first detected by the checkout error-rate alert.
        -   `[23:47]` - Impact confirmed: 31% of checkout attempts failing.
        -   `[00:20]` - Root cause identified: the pool was sized for the old instance count.
        -   `[00:35]` - Fix deployed: pool capped at 20 connections per pod.
        -   `[01:10]` - System verified as stable.

        ### 2. Root Cause Analysis

        The deploy doubled the number of checkout pods, and each pod opened its full pool of
        connections at start-up. The database's connection limit was sized for the old pod count,
        and nothing in the deploy pipeline compared the total pool size against that limit, so the
        new pods exhausted it and requests queued until they timed out.

        ### 3. Impact

        -   **Users Affected**: about 12,400 customers
        -   **Data Loss**: No
        -   **Duration**: 1 hour 30 minutes

        ### 4. Lessons Learned

        1.  Capacity limits shared by many pods need a check where the pod count changes.
        2.  Pool saturation should alert before requests fail.

        ### 5. Action Items

        -   `[x]` **Cap pool size per pod**: Set the pool to 20 connections. Owner: Priya Natarajan. Due: 2024-03-12. Ticket: OPS-412.
        -   `[ ]` **Action Item 2**: Add a deploy check comparing total pool size to the database limit. Owner: Marcus Chen. Due: 2024-04-30. ID: pool-check.

        """
}

extension Fixtures {
    /// The package's root folder (for docs/, postmortems/, theme/).
    static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url.path }
        }
        return FileManager.default.currentDirectoryPath
    }()
}
