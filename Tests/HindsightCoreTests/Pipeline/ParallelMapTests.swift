import Foundation
import Testing

@testable import HindsightCore

/// Counts live instances, to show that results are released.
final class LiveCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    var live: Int { lock.withLock { count } }
    func change(by delta: Int) { lock.withLock { count += delta } }
}

final class Tracked: Sendable {
    let counter: LiveCounter
    let value: Int
    init(_ value: Int, counter: LiveCounter) {
        self.value = value
        self.counter = counter
        counter.change(by: 1)
    }
    deinit { counter.change(by: -1) }
}

@Suite("ParallelMap")
struct ParallelMapTests {
    @Test("both runs the two halves at once and returns their results in order")
    func both() {
        // Each half waits for the other to start: run one after the other, this would never return.
        let started = DispatchGroup()
        started.enter()
        started.enter()
        let (first, second) = ParallelMap.both(
            {
                started.leave()
                return started.wait(timeout: .now() + 10) == .success ? "first" : "first alone"
            },
            {
                started.leave()
                return started.wait(timeout: .now() + 10) == .success ? 2 : -2
            })
        #expect(first == "first")
        #expect(second == 2)
    }

    @Test("results keep the input's order")
    func order() {
        #expect(ParallelMap.map(Array(0..<1000)) { $0 * 2 } == (0..<1000).map { $0 * 2 })
    }

    @Test("results are released when dropped (no leak)")
    func noLeak() {
        let counter = LiveCounter()
        do {
            let results = ParallelMap.map(Array(0..<500)) { Tracked($0, counter: counter) }
            #expect(results.map(\.value) == Array(0..<500))
            #expect(counter.live == 500)
        }
        #expect(counter.live == 0)
    }
}
