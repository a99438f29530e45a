/// `timeline-empty`: the Timeline needs timestamped entries.
struct TimelineEmptyRule: PostMortemRule {
    let id = RuleID.timelineEmpty
    func findings(in postMortem: PostMortem, context: ValidationContext) -> [Finding] {
        guard let section = postMortem.section(.timeline),
            !postMortem.timeline.contains(where: { $0.minute != nil || Placeholder.isPlaceholder($0.stamp ?? "") })
        else { return [] }
        return [Finding("the timeline has no timestamped entries; add lines like `` -   `[14:02]` - Issue first detected. ``", at: section.location)]
    }
}

/// `timestamp-format`: each entry starts with a readable time.
struct TimestampFormatRule: PostMortemRule {
    let id = RuleID.timestampFormat
    func findings(in postMortem: PostMortem, context: ValidationContext) -> [Finding] {
        postMortem.timeline.compactMap { entry in
            guard entry.minute == nil else { return nil }
            guard let stamp = entry.stamp else {
                return Finding("timeline entry \(entry.index) has no time; start it with `[HH:MM]`, e.g. `[14:02] - …`", at: entry.location)
            }
            if Placeholder.isPlaceholder(stamp) { return nil }
            return Finding("'\(stamp)' is not a time of day; write HH:MM (00:00–23:59) or a full stamp like 2024-03-05 23:10", at: entry.location)
        }
    }
}

/// `timeline-order`: explicit stamps never go backwards and an incident's
/// timeline spans at most 7 days.
struct TimelineOrderRule: PostMortemRule {
    let id = RuleID.timelineOrder
    static let maximumSpanDays = 7

    func findings(in postMortem: PostMortem, context: ValidationContext) -> [Finding] {
        var findings: [Finding] = []
        var previous: TimelineEntry?
        for entry in postMortem.timeline {
            guard let minute = entry.minute else { continue }
            if entry.hasExplicitDate, let earlier = previous, let earlierMinute = earlier.minute, minute < earlierMinute {
                findings.append(Finding("'\(entry.stamp ?? "")' is earlier than the entry before it ('\(earlier.stamp ?? "")' on line \(earlier.location.line)); order the timeline by time",
                                        at: entry.location))
            }
            previous = entry
        }
        let minutes = postMortem.timeline.compactMap(\.minute)
        if let first = minutes.first, let last = minutes.max(), last - first > Self.maximumSpanDays * 1440,
            let lastEntry = postMortem.timeline.last(where: { $0.minute == last })
        {
            let days = (last - first) / 1440
            findings.append(Finding("the timeline spans \(days) days after midnight roll-over; check the times, or use full stamps like `[2024-03-05 23:10]` for long incidents",
                                    at: lastEntry.location))
        }
        return findings
    }
}

/// `missing-milestone`: time to restore needs *first detected* and *verified as stable*.
struct MissingMilestoneRule: PostMortemRule {
    let id = RuleID.missingMilestone
    func findings(in postMortem: PostMortem, context: ValidationContext) -> [Finding] {
        guard let section = postMortem.section(.timeline), !postMortem.timeline.isEmpty else { return [] }
        return [(Milestone.detected, "first detected"), (Milestone.stable, "verified as stable")].compactMap { milestone, phrase in
            guard postMortem.entry(for: milestone) == nil else { return nil }
            return Finding("no timeline entry says '\(phrase)', so time to restore cannot be computed; mark that moment, e.g. `[14:02] - Issue \(phrase).`",
                           at: section.location)
        }
    }
}
