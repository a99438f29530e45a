/// `impact-field`: Users Affected, Data Loss and Duration are stated and readable.
struct ImpactFieldRule: PostMortemRule {
    let id = RuleID.impactField
    func findings(in postMortem: PostMortem, context: ValidationContext) -> [Finding] {
        guard let section = postMortem.section(.impact) else { return [] }
        let impact = postMortem.impact
        var findings: [Finding] = []
        let fields: [(String, Located<String>?, String)] = [
            ("Users Affected", impact.usersAffected, "about 1,200 customers (4%)"),
            ("Data Loss", impact.dataLoss, "No"),
            ("Duration", impact.duration, "1 hour 12 minutes"),
        ]
        for (name, value, example) in fields where value == nil || value?.value.isEmpty == true {
            findings.append(
                Finding(
                    "impact field '\(name)' is missing; add `-   **\(name)**: \(example)`",
                    at: value?.location ?? section.location))
        }
        if let duration = impact.duration, impact.durationOutOfRange {
            findings.append(
                Finding(
                    "duration '\(duration.value)' is out of range; state at most \(DurationParser.maximumMinutes / 1440) days (\(DurationParser.maximumMinutes) minutes), like '1 hour 12 minutes'",
                    at: duration.location))
        } else if let duration = impact.duration, !duration.value.isEmpty, impact.durationMinutes == nil,
            !Placeholder.isPlaceholder(duration.value)
        {
            findings.append(
                Finding(
                    "cannot read duration '\(duration.value)'; write it like '1 hour 12 minutes', '1h 12m' or '72 minutes'",
                    at: duration.location))
        }
        if let dataLoss = impact.dataLoss, !dataLoss.value.isEmpty, impact.hasDataLoss == nil,
            !Placeholder.isPlaceholder(dataLoss.value)
        {
            findings.append(Finding("data loss '\(dataLoss.value)' should start with Yes or No (then the scope)", at: dataLoss.location))
        }
        return findings
    }
}

/// `duration-mismatch`: the stated Duration agrees with the timeline.
struct DurationMismatchRule: PostMortemRule {
    let id = RuleID.durationMismatch
    func findings(in postMortem: PostMortem, context: ValidationContext) -> [Finding] {
        guard let stated = postMortem.impact.durationMinutes, let duration = postMortem.impact.duration,
            let detected = postMortem.entry(for: .detected), let stable = postMortem.entry(for: .stable),
            let start = detected.minute, let end = stable.minute, end >= start
        else { return [] }
        let actual = end - start
        let difference = abs(stated - actual)
        guard Double(difference) > 0.1 * Double(actual), difference > 15 else { return [] }
        return [
            Finding(
                "Duration says \(MinutesText.format(stated)) but the timeline gives \(MinutesText.format(actual)) from 'first detected' (line \(detected.location.line)) to 'verified as stable' (line \(stable.location.line)); correct one of them",
                at: duration.location)
        ]
    }
}
