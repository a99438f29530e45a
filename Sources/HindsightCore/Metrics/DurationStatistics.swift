/// Count, mean, median, p90, min and max of a set of durations in minutes.
///
/// Durations are skewed (a few long incidents dominate a mean), so the
/// median and p90 always stand beside the mean, with the count behind them.
public struct DurationStatistics: Sendable, Hashable {
    public var count: Int
    public var mean: Double?
    /// The middle value; for an even count, the mean of the two middle values.
    public var median: Double?
    /// Nearest rank: the ⌈0.9·n⌉-th smallest value.
    public var p90: Double?
    public var min: Double?
    public var max: Double?

    public init(_ minutes: [Double]) {
        let sorted = minutes.sorted()
        count = sorted.count
        guard !sorted.isEmpty else { return }
        mean = sorted.reduce(0, +) / Double(sorted.count)
        let middle = sorted.count / 2
        median = sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
        p90 = DurationStatistics.nearestRank(0.9, of: sorted)
        min = sorted.first
        max = sorted.last
    }

    public init(_ minutes: [Int]) {
        self.init(minutes.map(Double.init))
    }

    /// The ⌈p·n⌉-th smallest of `sorted` (1-based), at least the first.
    static func nearestRank(_ p: Double, of sorted: [Double]) -> Double {
        // Work in integers where possible: ⌈9n/10⌉ for p = 0.9.
        let rank = p == 0.9 ? (9 * sorted.count + 9) / 10 : Int((p * Double(sorted.count)).rounded(.up))
        return sorted[Swift.max(rank, 1) - 1]
    }
}
