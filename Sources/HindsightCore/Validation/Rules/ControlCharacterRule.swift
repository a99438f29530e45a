/// `control-character`: invisible control characters and noncharacters (ESC,
/// backspace, U+FFFE …) have no place in a report. The reader has already
/// replaced them (see ``InvisibleCharacter``), so no page, feed or export
/// carries them; this says where they were, one finding per line.
struct ControlCharacterRule: PostMortemRule {
    let id = RuleID.controlCharacter
    /// Lines reported one by one before the rest are counted in one finding.
    static let reportedLines = 20

    func findings(in postMortem: PostMortem, context: ValidationContext) -> [Finding] {
        var findings: [Finding] = []
        var lines: [[InvisibleCharacter]] = []
        for character in postMortem.invisibleCharacters {
            if let last = lines.last?.last, last.location.line == character.location.line {
                lines[lines.count - 1].append(character)
            } else {
                lines.append([character])
            }
        }
        for line in lines.prefix(Self.reportedLines) {
            let first = line[0]
            let more = line.count > 1 ? " and \(line.count - 1) more on this line" : ""
            findings.append(
                Finding(
                    "invisible character \(first.name)\(more); it is shown as a space (or U+FFFD) on the site and in reports; delete it",
                    at: first.location))
        }
        if lines.count > Self.reportedLines, let next = lines.dropFirst(Self.reportedLines).first?.first {
            let count = lines.dropFirst(Self.reportedLines).reduce(0) { $0 + $1.count }
            findings.append(
                Finding(
                    "\(count) more invisible characters on \(lines.count - Self.reportedLines) more lines; delete them", at: next.location))
        }
        return findings
    }
}
