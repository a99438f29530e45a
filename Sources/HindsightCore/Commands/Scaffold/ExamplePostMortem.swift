/// The filled-in post-mortem `hindsight init` starts a site with: every section
/// of the template, the optional fields, and nothing `check --strict` reports.
enum ExamplePostMortem {
    static let path = "postmortems/2024-03-05-checkout-db-pool-exhaustion.md"

    static let text = """
        ## Incident: Checkout failures from database connection pool exhaustion

        **Date**: 2024-03-05
        **Severity**: P1
        **Services**: checkout, postgres-primary
        **Tags**: connection-pool, database
        **Timezone**: UTC

        <!-- An example from `hindsight init`: replace it with your first real post-mortem. -->

        ### 1. Timeline

        -   `[14:02]` - Issue first detected by the checkout error-rate alert.
        -   `[14:09]` - Impact confirmed: 31% of checkout attempts failing.
        -   `[14:40]` - Root cause identified: the pool was sized for the old pod count.
        -   `[15:05]` - Fix deployed: pool capped at 20 connections per pod.
        -   `[15:50]` - System verified as stable.

        ### 2. Root Cause Analysis

        The deploy doubled the number of checkout pods, and each pod opened its full pool of 50
        connections at start-up. The database's connection limit was sized for the old pod count,
        and nothing in the deploy pipeline compared the total pool size with that limit, so the new
        pods exhausted it and checkout requests queued until they timed out. The pool's saturation
        was not monitored, so the first signal was the customer-facing error rate.

        ### 3. Impact

        -   **Users Affected**: about 12,400 customers (31% of checkout attempts)
        -   **Data Loss**: No
        -   **Duration**: 1 hour 48 minutes

        ### 4. Lessons Learned

        1.  Capacity limits shared by many pods need a check where the pod count changes.
        2.  Pool saturation should alert before requests fail.

        ### 5. Action Items

        -   `[x]` **Cap pool size per pod**: Set the pool to 20 connections. Owner: Priya Natarajan. Due: 2024-03-12. Ticket: OPS-412.
        -   `[ ]` **Check pool totals on deploy**: Compare the total pool size with the database limit before a rollout. Owner: Marcus Chen. Due: 2024-04-30. ID: pool-check.
        -   `[ ]` **Alert on pool saturation**: Page at 80% of the pool in use for five minutes. Owner: Priya Natarajan. Due: 2024-04-15.

        """
}
