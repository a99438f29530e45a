/// Vertical bars over categories, optionally stacked by series
/// (incidents per month by severity, completion by month, TTR histogram).
struct BarChart {
    struct Series {
        var name: String
        /// A CSS class that colours the series (`sev-0`, `bar`).
        var cssClass: String
        var values: [Double]
        /// Categories where this series alone is too few to judge (drawn dimmed, titled so).
        var dimmed: Set<Int> = []
    }

    var categories: [String]
    var series: [Series]
    /// Categories to draw hatched and dimmed: too few incidents to judge.
    var dimmed: Set<Int> = []
    /// Formats a value for axis labels.
    var valueLabel: (Double) -> String = { SVG.number($0) }
    var maximum: Double?
    /// Show a label at most every `labelEvery` categories.
    var labelEvery: Int?
    /// Values are counts: gridlines fall on whole numbers.
    var isCount = true

    func svg(id: String, title: String, description: String, width: Int = 720, height: Int = 260) -> String {
        let totals = categories.indices.map { index in series.reduce(0) { $0 + $1.values[index] } }
        // Counts get whole-number gridlines: the axis maximum is a multiple of 4.
        let largest = totals.max() ?? 1
        let maxValue = maximum ?? (isCount ? Double(max(4, Int((largest / 4).rounded(.up)) * 4)) : SVG.niceCeiling(largest))
        let left = SVG.valueAxisWidth(maximum: maxValue, minimum: 44, label: valueLabel)
        let right = 28.0
        let top = 14.0
        let bottom = 40.0
        let plotWidth = Double(width) - left - right
        let plotHeight = Double(height) - top - bottom
        var out = SVG.open(id: id, width: width, height: height, title: title, description: description)
        out += SVG.valueGrid(maximum: maxValue, left: left, top: top, width: plotWidth, height: plotHeight, label: valueLabel)
        guard !categories.isEmpty else { return out + "</svg>" }
        let slot = plotWidth / Double(categories.count)
        let barWidth = max(slot * 0.72, 1)
        let longestLabel = Double(categories.map(\.count).max() ?? 1) * 7.5 + 8
        let every = labelEvery ?? max(1, Int((longestLabel / slot).rounded(.up)))
        for (index, category) in categories.enumerated() {
            let x = left + slot * Double(index) + (slot - barWidth) / 2
            var stackTop = top + plotHeight
            for series in series where series.values[index] > 0 {
                let barHeight = plotHeight * series.values[index] / maxValue
                stackTop -= barHeight
                let dim = dimmed.contains(index) || series.dimmed.contains(index) ? " dim" : ""
                out +=
                    "<rect class=\"\(series.cssClass)\(dim)\" x=\"\(SVG.number(x))\" y=\"\(SVG.number(stackTop))\" width=\"\(SVG.number(barWidth))\" height=\"\(SVG.number(barHeight))\">"
                out +=
                    "<title>\(SVG.escape(category)): \(SVG.escape(series.name)) \(SVG.escape(valueLabel(series.values[index])))\(series.dimmed.contains(index) ? " (too few to judge)" : "")</title></rect>"
            }
            if index % every == 0 {
                out +=
                    "<text class=\"axis\" x=\"\(SVG.number(x + barWidth / 2))\" y=\"\(SVG.number(top + plotHeight + 16))\" text-anchor=\"middle\">\(SVG.escape(category))</text>"
            }
        }
        return out + "</svg>"
    }
}
