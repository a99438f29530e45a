import Testing

@testable import HindsightCore

/// An incident restored in `minutes`, with action items done or open.
private func restored(_ slug: String, _ date: String, _ minutes: Int, done: [Bool] = []) -> IncidentBuilder {
    var builder = IncidentBuilder.restored(slug, date, minutes)
    builder.actions = done.map { ($0, "Ana", "2024-12-01") }
    return builder
}

/// Incidents restored in `minutes`, one a day from `first`.
private func period(_ name: String, from first: String, _ minutes: [Int]) -> [IncidentBuilder] {
    minutes.enumerated().map { index, minutes in
        restored("\(name)-\(index + 1)", Day.of(first).adding(days: index).description, minutes)
    }
}

/// The `comparison` member of metrics.json, compact.
private func comparisonJSON(_ builders: [IncidentBuilder]) -> String {
    let json = report(builders).json
    guard case .object(let members) = json, let comparison = members.first(where: { $0.0 == "comparison" }) else { return "" }
    return comparison.1.serialized()
}

// As of 2024-06-01: the last 90 days are 2024-03-04 to 2024-06-01, the 90 before 2023-12-05 to 2024-03-03.
@Suite("Period comparison")
struct ComparisonTests {
    @Test("clearly faster: every resampled median difference is below zero")
    func faster() {
        let json = comparisonJSON(
            period("old", from: "2024-01-10", [100, 101, 102, 103, 104]) + period("new", from: "2024-04-10", [10, 11, 12, 13, 14]))
        #expect(
            json
                == #"{"current":{"from":"2024-03-04","to":"2024-06-01","count":5,"medianMinutes":12,"p90Minutes":14},"previous":{"from":"2023-12-05","to":"2024-03-03","count":5,"medianMinutes":102,"p90Minutes":104},"difference":-90,"interval":{"low":-92,"high":-88},"verdict":"faster"}"#
        )
    }

    @Test("clearly slower: the whole interval is above zero")
    func slower() {
        let json = comparisonJSON(
            period("old", from: "2024-01-10", [10, 11, 12, 13, 14]) + period("new", from: "2024-04-10", [100, 101, 102, 103, 104]))
        #expect(
            json
                == #"{"current":{"from":"2024-03-04","to":"2024-06-01","count":5,"medianMinutes":102,"p90Minutes":104},"previous":{"from":"2023-12-05","to":"2024-03-03","count":5,"medianMinutes":12,"p90Minutes":14},"difference":90,"interval":{"low":88,"high":92},"verdict":"slower"}"#
        )
    }

    @Test("overlapping periods: a lower median alone is no clear change")
    func overlapping() {
        let json = comparisonJSON(
            period("old", from: "2024-01-10", [20, 60, 110, 150, 400]) + period("new", from: "2024-04-10", [15, 50, 90, 160, 380]))
        #expect(
            json
                == #"{"current":{"from":"2024-03-04","to":"2024-06-01","count":5,"medianMinutes":90,"p90Minutes":380},"previous":{"from":"2023-12-05","to":"2024-03-03","count":5,"medianMinutes":110,"p90Minutes":400},"difference":-20,"interval":{"low":-240,"high":230},"verdict":"no-clear-change"}"#
        )
    }

    @Test("fewer than 3 incidents on a side is too few, with no interval")
    func tooFew() {
        let json = comparisonJSON(period("old", from: "2024-01-10", [100, 101, 102]) + period("new", from: "2024-04-10", [10, 11]))
        #expect(
            json
                == #"{"current":{"from":"2024-03-04","to":"2024-06-01","count":2,"medianMinutes":10.5,"p90Minutes":11},"previous":{"from":"2023-12-05","to":"2024-03-03","count":3,"medianMinutes":101,"p90Minutes":102},"difference":-90.5,"interval":null,"verdict":"too-few"}"#
        )
    }

    @Test("the bootstrap is deterministic: the same input gives the same interval, byte for byte")
    func deterministic() {
        let builders =
            period("old", from: "2024-01-10", [20, 60, 110, 150, 400, 33, 47])
            + period("new", from: "2024-04-10", [15, 50, 90, 160, 380, 12])
        let first = report(builders).json.serialized()
        let second = report(builders.reversed()).json.serialized()
        #expect(first == second)
        #expect(first.contains(#""interval":{"low":-97.5,"high":160}"#))
    }

    @Test("the default comparison reads as a sentence with both medians, p90s and n")
    func sentence() throws {
        let comparison = try #require(
            report(period("old", from: "2024-01-10", [100, 101, 102, 103, 104]) + period("new", from: "2024-04-10", [70, 71, 72, 73, 74]))
                .defaultComparison)
        #expect(
            comparison.sentence
                == "Restoring faster: median 1h 12m, p90 1h 14m (n=5) in the last 90 days vs median 1h 42m, p90 1h 44m (n=5) the 90 days before"
        )
    }

    @Test("the table prints the default comparison in one line, after recurrence")
    func tableLine() {
        let table = report(
            period("old", from: "2024-01-10", [100, 101, 102, 103, 104]) + period("new", from: "2024-04-10", [70, 71, 72, 73, 74])
        )
        .table.split(separator: "\n")
        let line = table.firstIndex { $0.hasPrefix("Compared") }
        #expect(
            line.map { String(table[$0]) }
                == "Compared      Restoring faster: median 1h 12m, p90 1h 14m (n=5) in the last 90 days vs median 1h 42m, p90 1h 44m (n=5) the 90 days before"
        )
        #expect(line.map { table[$0 - 1].hasPrefix("Recurrence") } == true)
    }

    @Test("quarters and half-years compare the last complete calendar periods")
    func calendarPeriods() {
        let windows = ComparisonPeriod.quarter.windows(asOf: .of("2024-06-01"))
        #expect(
            "\(windows.current.from) \(windows.current.to) \(windows.previous.from) \(windows.previous.to)"
                == "2024-01-01 2024-03-31 2023-10-01 2023-12-31")
        let halves = ComparisonPeriod.halfYear.windows(asOf: .of("2024-07-01"))
        #expect(
            "\(halves.current.from) \(halves.current.to) \(halves.previous.from) \(halves.previous.to)"
                == "2024-01-01 2024-06-30 2023-07-01 2023-12-31")
    }

    @Test("completion compares the share of action items done, resampling incidents")
    func completion() throws {
        let old = (1...4).map { restored("old-\($0)", "2024-01-1\($0)", 30, done: [false, false, false, true]) }
        let new = (1...4).map { restored("new-\($0)", "2024-04-1\($0)", 30, done: [true, true, true, true]) }
        let comparison = try #require(
            report(old + new).comparisons.first { $0.period == .last90Days && $0.measure == .actionItemCompletion })
        #expect(comparison.verdict == .higher)
        #expect(comparison.difference == 0.75)
        #expect(comparison.lead == "Higher action items done")
    }

    @Test("dropped action items count in neither side of the completion interval")
    func completionWithoutDropped() throws {
        let old = (1...4).map { restored("old-\($0)", "2024-01-1\($0)", 30, done: [false, false]) }
        let new = (1...4).map { number -> IncidentBuilder in
            var builder = restored("new-\(number)", "2024-04-1\(number)", 30, done: [true, true])
            builder.droppedActions = 2
            return builder
        }
        let comparison = try #require(
            report(old + new).comparisons.first { $0.period == .last90Days && $0.measure == .actionItemCompletion })
        #expect(comparison.difference == 1.0)
        #expect(comparison.interval?.low == 1.0)
        #expect(comparison.interval?.high == 1.0)
    }

    @Test("the resample median: the middle draw, or the mean of the two middle draws")
    func resampleMedian() {
        #expect(Bootstrap.median(of: [1, 2, 3], draws: [0, 1, 2]) == 3)
        #expect(Bootstrap.median(of: [1, 2, 3], draws: [2, 0, 2]) == 2)
        #expect(Bootstrap.median(of: [1, 2, 3], draws: [1, 1, 1]) == 2)
    }

    @Test("more than 2,000 incidents in the two periods draw fewer resamples, at least 100")
    func resampleBudget() {
        #expect(Bootstrap.resampleCount(5, 5) == 2000)
        #expect(Bootstrap.resampleCount(1000, 1000) == 2000)
        #expect(Bootstrap.resampleCount(10_000, 10_000) == 200)
        #expect(Bootstrap.resampleCount(100_000, 100_000) == 100)
    }
}
