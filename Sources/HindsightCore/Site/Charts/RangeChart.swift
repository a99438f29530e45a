import Foundation

/// Median and p90 per period: a dot at the median, a bar up to the p90.
/// Periods with too few incidents are drawn hollow and are not joined up.
struct RangeChart {
    var categories: [String]
    var medians: [Double?]
    var p90s: [Double?]
    var tooFew: Set<Int>

    func svg(id: String, title: String, description: String, width: Int = 720, height: Int = 260) -> String {
        let maxValue = SVG.timeAxisMaximum((p90s.compactMap { $0 } + medians.compactMap { $0 }).max() ?? 60)
        let label: (Double) -> String = { Format.minutes($0) }
        let left = SVG.valueAxisWidth(maximum: maxValue, minimum: 52, label: label)
        let right = 12.0
        let top = 14.0
        let bottom = 40.0
        let plotWidth = Double(width) - left - right
        let plotHeight = Double(height) - top - bottom
        var out = SVG.open(id: id, width: width, height: height, title: title, description: description)
        out += SVG.valueGrid(maximum: maxValue, left: left, top: top, width: plotWidth, height: plotHeight, label: label)
        guard !categories.isEmpty else { return out + "</svg>" }
        let slot = plotWidth / Double(categories.count)
        let labelEvery = max(1, Int(((Double(categories.map(\.count).max() ?? 1) * 7.5 + 8) / slot).rounded(.up)))
        func y(_ value: Double) -> Double { top + plotHeight - plotHeight * value / maxValue }
        var medianPath = ""
        var previousJudged = false
        for (index, category) in categories.enumerated() {
            let x = left + slot * (Double(index) + 0.5)
            let judged = !tooFew.contains(index)
            if let p90 = p90s[index], let median = medians[index] {
                out +=
                    "<line class=\"range\(judged ? "" : " dim")\" x1=\"\(SVG.number(x))\" y1=\"\(SVG.number(y(median)))\" x2=\"\(SVG.number(x))\" y2=\"\(SVG.number(y(p90)))\"/>"
                out +=
                    "<rect class=\"p90\(judged ? "" : " dim")\" x=\"\(SVG.number(x - 7))\" y=\"\(SVG.number(y(p90) - 1.5))\" width=\"14\" height=\"3\"><title>\(SVG.escape(category)): p90 \(SVG.escape(Format.minutes(p90)))</title></rect>"
            }
            if let median = medians[index] {
                if judged {
                    medianPath += (previousJudged ? " L" : " M") + "\(SVG.number(x)) \(SVG.number(y(median)))"
                }
                out +=
                    "<circle class=\"median\(judged ? "" : " hollow")\" cx=\"\(SVG.number(x))\" cy=\"\(SVG.number(y(median)))\" r=\"4.5\"><title>\(SVG.escape(category)): median \(SVG.escape(Format.minutes(median)))\(judged ? "" : " (too few to judge)")</title></circle>"
            }
            previousJudged = judged && medians[index] != nil
            if index % labelEvery == 0 {
                out +=
                    "<text class=\"axis\" x=\"\(SVG.number(x))\" y=\"\(SVG.number(top + plotHeight + 16))\" text-anchor=\"middle\">\(SVG.escape(category))</text>"
            }
        }
        if !medianPath.isEmpty { out += "<path class=\"trend\" d=\"\(medianPath.trimmingCharacters(in: .whitespaces))\"/>" }
        return out + "</svg>"
    }
}
