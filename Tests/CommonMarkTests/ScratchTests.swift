import Testing
@testable import CommonMark

@Test func scratch() {
    let doc = CommonMark.parse("## Incident: X\n\n**Date**: 2024-03-05\n**Severity**: P1\n\n-   `[14:02]` - Issue [first] detected.\n- [x] **A**: b. Owner: C.\n", options: .init(renderBlocks: true))
    for (i, n) in doc.nodes.enumerated() { print(i, n.kind, n.line, n.column, n.literal ?? "", n.subtreeEnd, n.html ?? "") }
}
