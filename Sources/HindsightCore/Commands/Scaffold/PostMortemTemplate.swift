/// The template (`../shared/postmortem-template.md`) as `hindsight new` writes it:
/// title, date and severity filled in, every other value a placeholder that
/// `check` reports, and the template's guidance kept as HTML comments, which
/// the site does not show.
enum PostMortemTemplate {
    /// The template's severity placeholder, for a scale with no severity given.
    static let severityPlaceholder = "[P0, P1, etc.]"

    /// A new post-mortem. `severity` is a level id, or nil for the placeholder.
    static func text(title: String, date: Day, severity: String?) -> String {
        """
        ## Incident: \(escaped(title))

        **Date**: \(date)
        **Severity**: \(severity ?? severityPlaceholder)
        **Status**: draft
        **Services**: [TBD]
        **Tags**: [TBD]
        **Kind**: [TBD]
        **Incident ID**: [TBD]

        <!-- Remove the Status line when the review is done: drafts are published only with `hindsight build --drafts`. -->
        <!-- Kind: production-bug, deployment-failure, performance-regression, review-rejection or other. Incident ID: the incident's ID in the incident register (several with commas). Both feed the learning framework (docs/learning.md); an action item's Type: (automated-check, deployment-process, performance-metric, documentation-training or other) says which lasting improvement it is. -->

        ### 1. Timeline

        <!-- A detailed, timestamped log of events from detection to resolution. -->

        -   `[HH:MM]` - Issue first detected.
        -   `[HH:MM]` - Impact confirmed.
        -   `[HH:MM]` - Root cause identified.
        -   `[HH:MM]` - Fix deployed.
        -   `[HH:MM]` - System verified as stable.

        ### 2. Root Cause Analysis

        <!-- A deep dive into what actually went wrong. Go beyond the surface-level cause (e.g., "bad code was pushed") to understand the systemic failure (e.g., "the automated tests did not have coverage for this edge case, allowing the bad code to be merged"). -->

        [TODO]

        ### 3. Impact

        <!-- A quantitative and qualitative assessment of the impact. -->

        -   **Users Affected**: [Number or percentage of users]
        -   **Data Loss**: [Yes/No, and scope of loss]
        -   **Duration**: [Total time of the incident]

        ### 4. Lessons Learned

        <!-- What did we learn about our system, our processes, or our assumptions? -->

        1.  [Key learning 1]
        2.  [Key learning 2]

        ### 5. Action Items

        <!-- A list of concrete, actionable, and assigned tasks to prevent this issue from recurring. -->

        -   `[ ]` **Action Item 1**: (e.g., Add a new lint rule to detect the problematic pattern). Owner: [Name]. Due: [Date].
        -   `[ ]` **Action Item 2**: (e.g., Update the deployment script to include a new validation check). Owner: [Name]. Due: [Date].
        -   `[ ]` **Action Item 3**: (e.g., Add new monitoring for the affected system). Owner: [Name]. Due: [Date].

        """
    }

    /// Markdown's inline punctuation backslash-escaped, so the heading reads back as written.
    static func escaped(_ title: String) -> String {
        var text = ""
        for character in title {
            if "\\`*_[]<>&#~|!".contains(character) { text.append("\\") }
            text.append(character)
        }
        return text
    }
}
