/// `too-many-values`: a list field (Tags, Services, Aliases, Recurrence Of)
/// holds at most ``TooManyValuesRule/limit`` values.
///
/// Each value becomes a page, a link or a chip on other pages, so one file
/// with thousands of tags would make a site that grows with their square. The
/// metrics and the site use the first values up to the limit, and say so here.
struct TooManyValuesRule: PostMortemRule {
    let id = RuleID.tooManyValues
    static let limit = 50

    func findings(in postMortem: PostMortem, context: ValidationContext) -> [Finding] {
        let lists: [(field: MetadataField?, values: [String])] = [
            (postMortem.field(key: "tags"), postMortem.tags),
            (postMortem.field(key: "services") ?? postMortem.field(key: "service"), postMortem.services),
            (postMortem.field(key: "aliases"), postMortem.aliases),
            (postMortem.field(key: "recurrenceof"), postMortem.recurrenceOf),
        ]
        return lists.compactMap { field, values in
            guard let field, values.count > Self.limit else { return nil }
            return Finding(
                "\(field.name) has \(values.count) values, more than the \(Self.limit) allowed; the site and the metrics use "
                    + "only the first \(Self.limit) (through '\(values[Self.limit - 1])') and ignore the other \(values.count - Self.limit); "
                    + "keep the \(Self.limit) that matter most",
                at: field.valueLocation)
        }
    }
}

extension PostMortem {
    /// The post-mortem as the metrics and the site use it: Tags and Services cut
    /// to their first ``TooManyValuesRule/limit`` values (`too-many-values` says so).
    /// Aliases and Recurrence Of are read through `.prefix(TooManyValuesRule.limit)`.
    var withinValueLimits: PostMortem {
        guard tags.count > TooManyValuesRule.limit || services.count > TooManyValuesRule.limit else { return self }
        var limited = self
        limited.tags = Array(tags.prefix(TooManyValuesRule.limit))
        limited.services = Array(services.prefix(TooManyValuesRule.limit))
        return limited
    }
}
