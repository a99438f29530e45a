import Foundation

/// `map` over an array on all cores, keeping the order of the input.
enum ParallelMap {
    static func map<Input: Sendable, Output: Sendable>(_ inputs: [Input], _ transform: @Sendable (Input) -> Output) -> [Output] {
        guard inputs.count > 1 else { return inputs.map(transform) }
        var results = [Output?](repeating: nil, count: inputs.count)
        results.withUnsafeMutableBufferPointer { buffer in
            // Each index is written by exactly one iteration, so the writes never overlap.
            let shared = SharedBuffer(buffer: buffer)
            let chunkCount = min(inputs.count, ProcessInfo.processInfo.activeProcessorCount * 4)
            DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
                var index = chunk
                while index < inputs.count {
                    shared.buffer[index] = transform(inputs[index])
                    index += chunkCount
                }
            }
        }
        return results.map { $0! }
    }

    /// Runs `body` on every input, on all cores, in no particular order.
    static func forEach<Input: Sendable>(_ inputs: [Input], _ body: @Sendable (Input) -> Void) {
        guard inputs.count > 1 else { return inputs.forEach(body) }
        let chunkCount = min(inputs.count, ProcessInfo.processInfo.activeProcessorCount * 4)
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
            var index = chunk
            while index < inputs.count {
                body(inputs[index])
                index += chunkCount
            }
        }
    }

    /// `first` and `second` at once, one on each of two cores; their results in that order.
    static func both<First: Sendable, Second: Sendable>(
        _ first: @Sendable () -> First, _ second: @Sendable () -> Second
    ) -> (First, Second) {
        let results = Pair<First, Second>()
        // Each iteration writes its own slot, and both are read only after concurrentPerform returns.
        DispatchQueue.concurrentPerform(iterations: 2) { half in
            if half == 0 { results.first = first() } else { results.second = second() }
        }
        return (results.first!, results.second!)
    }

    private final class Pair<First, Second>: @unchecked Sendable {
        var first: First?
        var second: Second?
    }

    private struct SharedBuffer<Element>: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<Element>
    }
}
