/// SplitMix64 (Steele, Lea and Flood 2014): a small, fast generator whose
/// sequence depends only on its seed, so every bootstrap is byte-identical run to run.
struct SplitMix64: Sendable {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A position in `0..<count` (`count` > 0), by the high half of a 128-bit product (Lemire).
    mutating func position(below count: Int) -> Int {
        Int(next().multipliedFullWidth(by: UInt64(count)).high)
    }
}

/// A seeded percentile bootstrap of the difference of one statistic between two samples.
///
/// Each resample draws as many members as the sample has, with replacement, and
/// passes the statistic how often each member was drawn. Documented in docs/metrics.md §10.
enum Bootstrap {
    /// The ASCII bytes of "Hindsigh": every comparison starts from this seed.
    static let seed: UInt64 = 0x4869_6E64_7369_6768
    static let resamples = 2000
    /// Past this many draws in one comparison, fewer resamples (but at least ``minimumResamples``).
    static let drawBudget = 4_000_000
    static let minimumResamples = 100

    /// One sample: its size, and its statistic given how often each member was drawn.
    struct Sample {
        var count: Int
        var statistic: ([Int]) -> Double
    }

    /// How many resamples a comparison of samples of these sizes draws.
    static func resampleCount(_ sizes: Int...) -> Int {
        let draws = max(sizes.reduce(0, +), 1)
        return min(resamples, max(minimumResamples, drawBudget / draws))
    }

    /// The 5th and 95th percentiles (nearest rank) of statistic(current) − statistic(previous)
    /// over the resamples: a 90% interval. Both samples must be non-empty.
    static func interval(current: Sample, previous: Sample) -> (low: Double, high: Double) {
        var generator = SplitMix64(seed: seed)
        let count = resampleCount(current.count, previous.count)
        var differences: [Double] = []
        differences.reserveCapacity(count)
        var currentDraws = [Int](repeating: 0, count: current.count)
        var previousDraws = [Int](repeating: 0, count: previous.count)
        func resample(_ sample: Sample, into draws: inout [Int]) -> Double {
            for index in draws.indices { draws[index] = 0 }
            for _ in 0..<sample.count { draws[generator.position(below: sample.count)] += 1 }
            return sample.statistic(draws)
        }
        for _ in 0..<count {
            let a = resample(current, into: &currentDraws)
            let b = resample(previous, into: &previousDraws)
            differences.append(a - b)
        }
        differences.sort()
        return (differences[rank(percent: 5, of: count)], differences[rank(percent: 95, of: count)])
    }

    /// The 0-based position of the ⌈p·n/100⌉-th smallest of n values, in integers.
    static func rank(percent: Int, of count: Int) -> Int {
        max((percent * count + 99) / 100, 1) - 1
    }

    /// The median of `sorted` values drawn `draws[i]` times each (the resample's median).
    static func median(of sorted: [Double], draws: [Int]) -> Double {
        let total = draws.reduce(0, +)
        let lower = (total - 1) / 2
        let upper = total / 2
        var seen = 0
        var lowerValue = sorted[0]
        for (index, drawn) in draws.enumerated() where drawn > 0 {
            if seen <= lower && lower < seen + drawn { lowerValue = sorted[index] }
            if seen <= upper && upper < seen + drawn { return (lowerValue + sorted[index]) / 2 }
            seen += drawn
        }
        return lowerValue
    }
}
