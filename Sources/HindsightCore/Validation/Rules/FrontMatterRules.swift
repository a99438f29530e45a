/// `front-matter`: what in the YAML block could not be read, at its line.
struct FrontMatterRule: PostMortemRule {
    let id = RuleID.frontMatter
    func findings(in postMortem: PostMortem, context: ValidationContext) -> [Finding] {
        postMortem.frontMatter?.problems.map { Finding($0.value, at: $0.location) } ?? []
    }
}

/// `conflicting-field`: the front matter and a `**Field**:` line disagree, an
/// action item's checkbox and its status word do, or a timeline table's zone and the Timezone field do.
///
/// Both are kept, the front matter's is read; the warning names both lines so
/// the author keeps the right one.
struct ConflictingFieldRule: PostMortemRule {
    let id = RuleID.conflictingField
    func findings(in postMortem: PostMortem, context: ValidationContext) -> [Finding] {
        var findings = postMortem.actionItems.compactMap(Self.checkboxConflict)
        if let zone = postMortem.timelineZone, let field = postMortem.field(key: "timezone"),
            field.value.lowercased() != zone.value.lowercased()
        {
            findings.append(
                Finding(
                    "the timeline table's header says its times are '\(zone.value)' (line \(zone.location.line)) but the timezone is '\(field.value)' on line \(field.location.line); the field is read: make them agree",
                    at: zone.location))
        }
        guard let frontMatter = postMortem.frontMatter else { return findings }
        if let title = frontMatter.title, let heading = postMortem.headingTitle, !heading.value.isEmpty,
            title.value.lowercased() != heading.value.lowercased()
        {
            findings.append(conflict("title", title, heading))
        }
        let written = postMortem.fields.filter { !frontMatter.lines.contains($0.location.line) }
        for field in frontMatter.fields {
            let key = Self.comparedKey(field.key)
            guard let other = written.first(where: { Self.comparedKey($0.key) == key }),
                Self.meaning(of: field.value, key: key, context) != Self.meaning(of: other.value, key: key, context)
            else { continue }
            findings.append(
                conflict(field.name, Located(field.value, at: field.valueLocation), Located(other.value, at: other.location)))
        }
        return findings
    }

    /// `[x] … Won't fix`: the checkbox is read.
    static func checkboxConflict(_ item: ActionItem) -> Finding? {
        guard item.hasCheckbox, let word = item.statusWord, let meaning = ActionStatusWords.meaning(of: word.value),
            meaning != item.status
        else { return nil }
        let box = item.isDone ? "`[x]` says done" : "`[ ]` says open"
        return Finding(
            "action item \(item.index)'s checkbox \(box) but '\(word.value)' says \(meaning.rawValue); the checkbox is read: change one so they agree",
            at: word.location)
    }

    private func conflict(_ name: String, _ frontMatter: Located<String>, _ other: Located<String>) -> Finding {
        Finding(
            "\(name) is '\(frontMatter.value)' in the front matter (line \(frontMatter.location.line)) but '\(other.value)' on line \(other.location.line); the front matter's is read: remove one or make them agree",
            at: other.location)
    }

    static func comparedKey(_ key: String) -> String { key == "service" ? "services" : key }

    /// What a value means for its field, so `P1` and `p1`, or `a, b` and `[a, b]`, agree.
    static func meaning(of value: String, key: String, _ context: ValidationContext) -> String {
        switch key {
        case "date": return DateParser.parse(value).map { "\($0)" } ?? value.lowercased()
        case "severity": return context.severityScale.normalize(value) ?? value.lowercased()
        case "services", "tags", "aliases", "recurrenceof": return ListValue.split(value).map(ListValue.kebab).joined(separator: ",")
        default: return value.trimmingSpaces().lowercased()
        }
    }
}
