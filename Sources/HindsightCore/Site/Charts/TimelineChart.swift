/// One incident's timeline on a time axis, milestones marked and labelled.
enum TimelineChart {
    static func svg(for incident: PostMortem) -> String {
        let timed = incident.timeline.filter { $0.minute != nil }
        guard let first = timed.first?.minute, let last = timed.compactMap(\.minute).max(), last > first else { return "" }
        let width = 720.0
        let height = 112.0
        let left = 16.0
        let right = 16.0
        let axisY = 40.0
        func x(_ minute: Int) -> Double { left + (width - left - right) * Double(minute - first) / Double(last - first) }
        let id = "timeline-chart"
        let description =
            "From \(Format.clock(first).time) to \(Format.clock(last).time): "
            + timed.filter { !$0.milestones.isEmpty }.map {
                "\($0.milestones.map(\.label).joined(separator: ", ")) at \(Format.clock($0.minute).time)"
            }.joined(separator: "; ")
        var out = SVG.open(
            id: id, width: Int(width), height: Int(height), title: "Timeline of \(incident.title?.value ?? incident.slug)",
            description: description)
        if let detected = incident.entry(for: .detected)?.minute, let stable = incident.entry(for: .stable)?.minute, stable > detected {
            out +=
                "<rect class=\"outage\" x=\"\(SVG.number(x(detected)))\" y=\"\(SVG.number(axisY - 6))\" width=\"\(SVG.number(x(stable) - x(detected)))\" height=\"12\" rx=\"3\"><title>Detected to stable: \(MinutesText.format(stable - detected))</title></rect>"
        }
        // The phases on the same band, in the header bar's colours.
        out += PhaseBar.segments(IncidentPhases(incident), unit: "", y: axisY - 6, barHeight: 12, x: x)
        out +=
            "<line class=\"axis-line\" x1=\"\(SVG.number(left))\" y1=\"\(SVG.number(axisY))\" x2=\"\(SVG.number(width - right))\" y2=\"\(SVG.number(axisY))\"/>"
        // Milestone labels go in the first of three rows where they do not overlap.
        var rowEnds = [Double](repeating: -Double.infinity, count: 3)
        for entry in timed {
            let cx = x(entry.minute!)
            let isMilestone = !entry.milestones.isEmpty
            out +=
                "<circle class=\"\(isMilestone ? "milestone" : "event")\" cx=\"\(SVG.number(cx))\" cy=\"\(SVG.number(axisY))\" r=\"\(isMilestone ? 6 : 3.5)\"><title>\(SVG.escape(Format.clock(entry.minute).time)) \(SVG.escape(entry.text))</title></circle>"
            guard isMilestone else { continue }
            let label = "\(entry.milestones[0].label) \(Format.clock(entry.minute).time)"
            let labelWidth = Double(label.count) * 8.2
            let start = min(max(cx - labelWidth / 2, 2), width - 2 - labelWidth)
            let row = rowEnds.firstIndex { $0 + 8 < start } ?? rowEnds.indices.min { rowEnds[$0] < rowEnds[$1] }!
            rowEnds[row] = start + labelWidth
            let labelY = axisY + 24 + Double(row) * 16
            out += "<text class=\"label\" x=\"\(SVG.number(start))\" y=\"\(SVG.number(labelY))\">\(SVG.escape(label))</text>"
        }
        out += "<text class=\"axis\" x=\"\(SVG.number(left))\" y=\"16\">\(Format.clock(first).time)</text>"
        out +=
            "<text class=\"axis\" x=\"\(SVG.number(width - right))\" y=\"16\" text-anchor=\"end\">\(Format.clock(last).time)\(Format.clock(last).dayOffset.isEmpty ? "" : " (" + Format.clock(last).dayOffset + ")")</text>"
        return out + "</svg>"
    }
}
