import Foundation

/// Durations by severity: one dot per incident on a log-scaled time axis,
/// so the spread (not just an average) is visible.
struct StripChart {
    var categories: [String]
    var categoryClasses: [String]
    /// Minutes per category.
    var values: [[Int]]

    static let ticks = [15, 30, 60, 120, 240, 480, 960, 1920]

    func svg(id: String, title: String, description: String, width: Int = 720, height: Int = 240) -> String {
        let left = 44.0
        // Room for half of the widest tick label ("1d 8h") centred on the last tick.
        let right = 28.0
        let top = 12.0
        let bottom = 36.0
        let plotWidth = Double(width) - left - right
        let plotHeight = Double(height) - top - bottom
        let all = values.flatMap { $0 }
        let low = log(Double(max(min(all.min() ?? 15, 15), 1)))
        let high = log(Double(max(all.max() ?? 1920, 60)))
        func x(_ minutes: Int) -> Double { left + plotWidth * (log(Double(max(minutes, 1))) - low) / max(high - low, 0.001) }
        var out = SVG.open(id: id, width: width, height: height, title: title, description: description)
        for tick in Self.ticks where Double(tick) >= exp(low) && Double(tick) <= exp(high) {
            out +=
                "<line class=\"grid\" x1=\"\(SVG.number(x(tick)))\" y1=\"\(SVG.number(top))\" x2=\"\(SVG.number(x(tick)))\" y2=\"\(SVG.number(top + plotHeight))\"/>"
            out +=
                "<text class=\"axis\" x=\"\(SVG.number(x(tick)))\" y=\"\(SVG.number(top + plotHeight + 16))\" text-anchor=\"middle\">\(MinutesText.format(tick))</text>"
        }
        let row = plotHeight / Double(max(categories.count, 1))
        for (index, category) in categories.enumerated() {
            let centre = top + row * (Double(index) + 0.5)
            out +=
                "<text class=\"axis\" x=\"\(SVG.number(left - 8))\" y=\"\(SVG.number(centre + 4))\" text-anchor=\"end\">\(SVG.escape(category))</text>"
            // A dot drawn once per value and jitter slot: thousands of equal durations
            // would otherwise be thousands of circles on the same spot.
            var drawn = Set<[Int]>()
            for (position, minutes) in values[index].enumerated() {
                // Deterministic jitter so equal values stay visible.
                let slot = (position * 37) % 11
                guard drawn.insert([minutes, slot]).inserted else { continue }
                let jitter = (Double(slot) - 5) / 5 * min(row * 0.3, 10)
                out +=
                    "<circle class=\"\(categoryClasses[index]) dot\" cx=\"\(SVG.number(x(minutes)))\" cy=\"\(SVG.number(centre + jitter))\" r=\"4\"><title>\(SVG.escape(category)): \(MinutesText.format(minutes))</title></circle>"
            }
        }
        return out + "</svg>"
    }
}
