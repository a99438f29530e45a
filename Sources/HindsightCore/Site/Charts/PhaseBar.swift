/// One incident's phases as a stacked bar in time proportion (the incident page's header),
/// and the same segments on the timeline strip (``TimelineChart``).
///
/// The bar has no view box: its geometry is in percent of its width and its text in CSS
/// pixels, so it fits any screen and its labels stay readable and inside it. Time between
/// measured phases that no phase accounts for (a milestone is missing) is drawn dashed as
/// *not measured*, never given to a neighbour.
enum PhaseBar {
    static let height = 44

    static func svg(for phases: IncidentPhases, id: String = "phase-bar") -> String {
        guard let first = phases.measured.map(\.start).min(), let last = phases.measured.map(\.end).max(), last > first
        else { return "" }
        func percent(_ minute: Int) -> Double { 100 * Double(minute - first) / Double(last - first) }
        var out =
            "<svg class=\"phase-bar\" width=\"100%\" height=\"\(height)\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\" xmlns=\"http://www.w3.org/2000/svg\">"
            + "<title id=\"\(id)-title\">Where the time went</title><desc id=\"\(id)-desc\">\(SVG.escape(description(of: phases)))</desc>"
        out += segments(phases, unit: "%", x: percent)
        out += "<text class=\"axis\" x=\"0\" y=\"38\">\(SVG.escape(clock(first)))</text>"
        out += "<text class=\"axis\" x=\"100%\" y=\"38\" text-anchor=\"end\">\(SVG.escape(clock(last)))</text>"
        return out + "</svg>"
    }

    /// A rect per measured phase, and a dashed one for each stretch between them that no phase covers.
    /// `x` maps a minute to an x coordinate in `unit` (`%`, or "" for user units); `y` and `barHeight` place the band.
    static func segments(
        _ phases: IncidentPhases, unit: String, y: Double = 0, barHeight: Double = 20, x: (Int) -> Double
    ) -> String {
        func rect(_ cssClass: String, from: Int, to: Int, title: String) -> String {
            "<rect class=\"\(cssClass)\" x=\"\(SVG.number(x(from)))\(unit)\" y=\"\(SVG.number(y))\" width=\"\(SVG.number(x(to) - x(from)))\(unit)\" height=\"\(SVG.number(barHeight))\"><title>\(SVG.escape(title))</title></rect>"
        }
        var out = ""
        var covered: Int?
        for measured in phases.measured.sorted(by: { ($0.start, $0.end) < ($1.start, $1.end) }) {
            if let end = covered, measured.start > end {
                out += rect(
                    "phase-gap", from: end, to: measured.start,
                    title: "Not measured, \(clock(end)) → \(clock(measured.start)): no phase is measured over this stretch")
            }
            out += rect(
                cssClass(measured.phase), from: measured.start, to: measured.end,
                title: "\(measured.phase.label): \(MinutesText.format(measured.minutes)) (\(span(measured)))")
            covered = max(covered ?? measured.end, measured.end)
        }
        return out
    }

    /// `impact started 09:35 → first detected 10:00`.
    static func span(_ measured: IncidentPhases.Measured) -> String {
        "\(measured.phase.from.phrases[0]) \(clock(measured.start)) → \(measured.phase.to.phrases[0]) \(clock(measured.end))"
    }

    /// `09:35`, `01:10 +1d`.
    static func clock(_ minute: Int) -> String {
        let clock = Format.clock(minute)
        return clock.dayOffset.isEmpty ? clock.time : "\(clock.time) \(clock.dayOffset)"
    }

    /// `phase-root-cause`: made once per phase, not per segment and legend item of every page
    /// (Foundation's `replacingOccurrences` cost about 20,000 instructions a call).
    static func cssClass(_ phase: Phase) -> String { cssClasses[phase] ?? "" }

    private static let cssClasses: [Phase: String] = Dictionary(
        uniqueKeysWithValues: Phase.allCases.map { ($0, "phase-" + ListValue.kebab($0.label.replacingOccurrences(of: "To ", with: ""))) })

    /// Every phase in words, for screen readers.
    static func description(of phases: IncidentPhases) -> String {
        Phase.allCases.map { phase in
            if let measured = phases.measured.first(where: { $0.phase == phase }) {
                return "\(phase.label) \(MinutesText.format(measured.minutes)) (\(span(measured)))"
            }
            let reason = phases.notMeasured.first { $0.phase == phase }?.reason.description ?? ""
            return "\(phase.label) not measured: \(reason)"
        }.joined(separator: "; ")
    }
}
