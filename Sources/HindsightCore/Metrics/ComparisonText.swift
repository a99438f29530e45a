/// A comparison in words, for the table and the pages:
/// "Restoring faster: median 1h 12m, p90 2h (n=9) in the last 90 days vs median 2h 05m, p90 3h 10m (n=11) the 90 days before".
extension PeriodComparison {
    public var sentence: String {
        "\(lead): \(figures(current)) \(currentName) vs \(figures(previous)) \(previousName)"
    }

    /// The verdict in words, naming the measure.
    public var lead: String {
        let measure: String
        switch self.measure {
        case .timeToRestore: measure = "time to restore"
        case .actionItemCompletion: measure = "action items done"
        case .repeatRate: measure = "repeat rate"
        }
        switch verdict {
        case .faster: return "Restoring faster"
        case .slower: return "Restoring slower"
        case .higher: return "Higher " + measure
        case .lower: return "Lower " + measure
        case .noClearChange: return "No clear change in " + measure
        case .tooFew: return "Too few to judge " + measure
        }
    }

    /// One side's figures with its n.
    public func figures(_ side: ComparisonSide) -> String {
        guard side.count > 0 else { return "none (n=0)" }
        switch measure {
        case .timeToRestore:
            return "median \(Format.minutes(side.timeToRestore.median)), p90 \(Format.minutes(side.timeToRestore.p90)) (n=\(side.count))"
        case .actionItemCompletion:
            return
                "\(Format.percent(side.actionItems.completionRate)) of \(Format.plural(side.actionItems.total, "item")) (n=\(side.count))"
        case .repeatRate:
            let rate = side.count == 0 ? nil : Double(side.repeats) / Double(side.count)
            return "\(Format.percent(rate)), \(Format.plural(side.repeats, "repeat")) (n=\(side.count))"
        }
    }

    public var currentName: String {
        switch period {
        case .last90Days: return "in the last 90 days"
        case .quarter, .halfYear: return "in " + periodName(current.from)
        }
    }

    public var previousName: String {
        switch period {
        case .last90Days: return "the 90 days before"
        case .quarter, .halfYear: return "in " + periodName(previous.from)
        }
    }

    /// `2026-Q3` or `2026-H2`.
    func periodName(_ start: Day) -> String {
        period == .quarter ? start.quarterKey : "\(start.year)-H\(start.month <= 6 ? 1 : 2)"
    }
}
