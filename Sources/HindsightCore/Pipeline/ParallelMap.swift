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

    private struct SharedBuffer<Element>: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<Element>
    }
}
