/// `timeline-empty`: the Timeline needs timestamped entries.
struct TimelineEmptyRule: PostMortemRule {
    let id = RuleID.timelineEmpty
    func findings(in postMortem: PostMortem, context: ValidationContext) -> [Finding] {
        guard let section = postMortem.section(.timeline),
            !postMortem.timeline.contains(where: { $0.minute != nil || Placeholder.isPlaceholder($0.stamp ?? "") }),
            !postMortem.unreadableTables.contains(where: { $0.section == .timeline })  // `timeline-unreadable` says why
        else { return [] }
        return [
            Finding(
                "the timeline has no timestamped entries; add lines like `` -   `[14:02]` - Issue first detected. ``", at: section.location)
        ]
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
            return Finding(
                "'\(stamp)' is not a time of day; write HH:MM (00:00–23:59) or a full stamp like 2024-03-05 23:10", at: entry.location)
        }
    }
}

/// `timeline-order`: explicit stamps never go backwards, and a time of day read
/// as the next day does not leave a gap of over 12 hours.
struct TimelineOrderRule: PostMortemRule {
    let id = RuleID.timelineOrder
    /// The longest gap a midnight roll-over may leave: 12 hours.
    static let maximumRollOverGap = 12 * 60

    func findings(in postMortem: PostMortem, context: ValidationContext) -> [Finding] {
        var findings: [Finding] = []
        var previous: TimelineEntry?
        var reportedRollOver = false
        for entry in postMortem.timeline {
            guard let minute = entry.minute else { continue }
            if let earlier = previous, let earlierMinute = earlier.minute {
                if entry.hasExplicitDate, minute < earlierMinute {
                    findings.append(
                        Finding(
                            "'\(entry.stamp ?? "")' is earlier than the entry before it ('\(earlier.stamp ?? "")' on line \(earlier.location.line)); order the timeline by time",
                            at: entry.location))
                } else if !reportedRollOver, !entry.hasExplicitDate, minute / 1440 > earlierMinute / 1440,
                    minute - earlierMinute > Self.maximumRollOverGap
                {
                    reportedRollOver = true  // the rest of a reversed timeline follows from the first
                    // A time of day earlier than the previous one is read as the next day; a
                    // long gap across midnight is more likely a timeline written out of order.
                    findings.append(
                        Finding(
                            "'\(entry.stamp ?? "")' is earlier than '\(earlier.stamp ?? "")' (line \(earlier.location.line)); read as the next day that leaves a \(MinutesText.format(minute - earlierMinute)) gap. Order the timeline by time, or use a full stamp like `[2024-03-06 09:00]` for a later day",
                            at: entry.location))
                }
            }
            previous = entry
        }
        return findings
    }
}

/// `timeline-span`: times of day without a date, rolled over midnight, span at
/// most 7 days past the last dated entry (dated entries may span any length).
struct TimelineSpanRule: PostMortemRule {
    let id = RuleID.timelineSpan
    static let maximumSpanDays = 7

    func findings(in postMortem: PostMortem, context: ValidationContext) -> [Finding] {
        var anchor: TimelineEntry?  // the first entry, then each entry with a date
        var previousMinute: Int?
        for entry in postMortem.timeline {
            guard let minute = entry.minute else { continue }
            defer { previousMinute = minute }
            // A roll-over leaving a gap of over 12 hours is `timeline-order`'s, and the span follows from it.
            if !entry.hasExplicitDate, let previousMinute, minute / 1440 > previousMinute / 1440,
                minute - previousMinute > TimelineOrderRule.maximumRollOverGap
            {
                return []
            }
            guard let start = anchor, let startMinute = start.minute, !entry.hasExplicitDate else {
                anchor = entry
                continue
            }
            if minute - startMinute > Self.maximumSpanDays * 1440 {
                return [
                    Finding(
                        "times of day without a date, each earlier one read as the next day, run \(MinutesText.format(minute - startMinute, precise: true)) past '\(start.stamp ?? "")' (line \(start.location.line)), over \(Self.maximumSpanDays) days; check the order, or give the entries full dates like `[2024-03-12 09:00]`",
                        at: entry.location)
                ]
            }
        }
        return []
    }
}

/// `timeline-unreadable` and `actions-unreadable`: a table under Timeline or
/// Action Items that lacks the column the section needs.
struct UnreadableTableRule: PostMortemRule {
    let id: RuleID
    let section: SectionKind
    func findings(in postMortem: PostMortem, context: ValidationContext) -> [Finding] {
        postMortem.unreadableTables.filter { $0.section == section }.map { table in
            let rows = table.rows == 1 ? "1 row" : "\(table.rows) rows"
            let columns = table.columns.map { "'\($0)'" }.joined(separator: ", ")
            return Finding(
                "found a table with \(rows) under \(table.heading) (columns \(columns)), but \(table.problem), so it was not read; \(table.fix)",
                at: table.location)
        }
    }
}

/// `missing-milestone`: time to restore needs *first detected* and *verified as stable*.
struct MissingMilestoneRule: PostMortemRule {
    let id = RuleID.missingMilestone
    func findings(in postMortem: PostMortem, context: ValidationContext) -> [Finding] {
        guard let section = postMortem.section(.timeline), !postMortem.timeline.isEmpty else { return [] }
        return [
            (Milestone.detected, "Issue first detected."),
            (Milestone.stable, "System verified as stable."),
        ]
        .compactMap { milestone, defaultExample in
            guard postMortem.entry(for: milestone) == nil else { return nil }
            let phrase = context.milestones.primary(milestone)
            let example = phrase == milestone.phrases[0] ? defaultExample : phrase.prefix(1).uppercased() + phrase.dropFirst() + "."
            return Finding(
                "no timeline entry says '\(phrase)', so time to restore cannot be computed; mark that moment, e.g. `[14:02] - \(example)`",
                at: section.location)
        }
    }
}
