import CommonMark
import Mustache

/// A chart as the site shows it: an inline SVG with a title and a
/// description, and the same numbers as a table for screen readers and copying.
struct ChartFigure {
    var id: String
    var title: String
    var description: String
    var svg: String
    var tableHeaders: [String]
    var tableRows: [[String]]
    /// A note under the chart (e.g. which periods are too few to judge).
    var note: String = ""
    /// Series names and the CSS classes that colour them.
    var legend: [(label: String, cssClass: String)] = []
    /// Time runs left to right, newest last: a chart too wide for the screen opens scrolled to its end.
    var newestAtEnd = false

    var hasLegend: Bool { !legend.isEmpty }

    /// A row of the numbers table.
    struct Row: MustacheParent {
        var cells: [String]

        func child(named name: String) -> Any? { name == "cells" ? cells : nil }
    }
}

/// What `partials/figure` reads.
extension ChartFigure: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "title": title
        case "description": description
        case "svg": svg.nonEmpty
        case "headers": tableHeaders
        case "rows": tableRows.map { Row(cells: $0) }
        case "note": note.nonEmpty
        case "legend": legend.map { StyledLabel(label: $0.label, cssClass: $0.cssClass) }
        case "hasLegend": hasLegend
        case "newestAtEnd": newestAtEnd
        default: nil
        }
    }
}

/// Small helpers for writing SVG text safely and compactly.
enum SVG {
    /// Escapes text for element content and attribute values.
    static func escape(_ text: String) -> String { HTMLEscaping.escape(text) }

    /// A coordinate with at most one decimal.
    static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    /// The opening tag, with the accessible title and description.
    static func open(id: String, width: Int, height: Int, title: String, description: String) -> String {
        "<svg class=\"chart\" viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\" xmlns=\"http://www.w3.org/2000/svg\">"
            + "<title id=\"\(id)-title\">\(escape(title))</title><desc id=\"\(id)-desc\">\(escape(description))</desc>"
    }

    /// The width left of the plot that the value labels of `valueGrid` need:
    /// at least `minimum`, more when a label is long ("16h 40m", "13d 21h"), at 8.2 units a character
    /// (12.5 px text in a wide sans-serif such as DejaVu Sans).
    static func valueAxisWidth(maximum: Double, minimum: Double, label: (Double) -> String) -> Double {
        let longest = (0...4).map { label(maximum * Double($0) / 4).count }.max() ?? 0
        return max(minimum, Double(longest) * 8.2 + 8)
    }

    /// Five horizontal gridlines from 0 to `maximum`, labelled on the left.
    static func valueGrid(
        maximum: Double, left: Double, top: Double, width: Double, height: Double,
        label: (Double) -> String
    ) -> String {
        var out = ""
        for step in 0...4 {
            let value = maximum * Double(step) / 4
            let y = top + height - height * Double(step) / 4
            out += "<line class=\"grid\" x1=\"\(number(left))\" y1=\"\(number(y))\" x2=\"\(number(left + width))\" y2=\"\(number(y))\"/>"
            out +=
                "<text class=\"axis\" x=\"\(number(left - 6))\" y=\"\(number(y + 4))\" text-anchor=\"end\">\(escape(label(value)))</text>"
        }
        return out
    }

    /// The smallest axis maximum at or above `minutes` whose four gridline steps are a round
    /// time (5, 10, 15 or 30 minutes, 1, 2, 3, 4, 6, 8 or 12 hours, whole days).
    static func timeAxisMaximum(_ minutes: Double) -> Double {
        let steps: [Double] = [5, 10, 15, 30, 60, 120, 180, 240, 360, 480, 720]
        if let step = steps.first(where: { $0 * 4 >= minutes }) { return step * 4 }
        return (minutes / 4 / 1440).rounded(.up) * 1440 * 4
    }

    /// A "nice" axis maximum at or above `value` (1, 2, 5 × 10ⁿ).
    static func niceCeiling(_ value: Double) -> Double {
        guard value > 0 else { return 1 }
        var magnitude = 1.0
        while magnitude * 10 <= value { magnitude *= 10 }
        while magnitude > value { magnitude /= 10 }
        for step in [1.0, 2.0, 2.5, 5.0, 10.0] where step * magnitude >= value { return step * magnitude }
        return 10 * magnitude
    }
}
