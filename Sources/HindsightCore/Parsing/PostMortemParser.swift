import CommonMark
import Foundation

/// The parse stage: Markdown text → ``PostMortem``.
///
/// cmark builds the tree; this walks its top-level blocks once, splitting the
/// document into a header (title and fields) and sections, and hands each
/// template section to its extractor.
public struct PostMortemParser: Sendable {
    /// Whether to keep cmark's HTML of each section (needed by the site only).
    public var rendersHTML: Bool
    /// The severity scale, milestone phrases and default timezone to read with.
    public var settings: ParseSettings

    public init(rendersHTML: Bool = false, settings: ParseSettings = .default) {
        self.rendersHTML = rendersHTML
        self.settings = settings
    }

    /// The post-mortem written in `file`, or the diagnostic saying why its Markdown
    /// was not parsed (too complex for cmark to parse in reasonable time).
    public func read(_ file: SourceFile) -> Result<PostMortem, Diagnostic> {
        let options = ParseOptions(renderBlocks: rendersHTML, rewriteLink: rendersHTML ? PostMortemLinks.pageLink(for:) : nil)
        let (frontMatter, markdown) = FrontMatterReader.split(file.text)
        let document = CommonMark.parse(markdown, options: options)
        if let problem = document.tooComplex {
            return .failure(
                Diagnostic(
                    path: file.path, location: SourceLocation(line: problem.line, column: problem.column), rule: .markdownTooComplex,
                    message: problem.message))
        }
        return .success(postMortem(in: document, of: file, frontMatter: frontMatter))
    }

    /// The post-mortem written in `file`; never fails: what cannot be read is left
    /// out for the rules to report (Markdown too complex to parse leaves it empty).
    public func parse(_ file: SourceFile) -> PostMortem {
        switch read(file) {
        case .success(let postMortem): return postMortem
        case .failure: return PostMortem(slug: file.slug, path: file.path, relativePath: file.relativePath)
        }
    }

    private func postMortem(in document: MarkdownDocument, of file: SourceFile, frontMatter: FrontMatter?) -> PostMortem {
        var postMortem = PostMortem(slug: file.slug, path: file.path, relativePath: file.relativePath)
        postMortem.frontMatter = frontMatter
        guard !document.nodes.isEmpty else {
            postMortem.title = frontMatter?.title
            postMortem.fields = frontMatter?.fields ?? []
            HeaderFieldReader.applyKnownFields(to: &postMortem, settings: settings)
            return postMortem
        }

        let blocks = document.topLevelBlocks
        var sectionBlocks: [(section: Section, blocks: [Int])] = []
        var preamble: [Int] = []
        var openSection: (section: Section, blocks: [Int])?

        for block in blocks {
            let node = document.nodes[block]
            if let level = node.kind.headingLevel {
                let text = document.plainText(of: block)
                let kind = SectionClassifier.kind(ofHeading: text)
                if kind == nil, postMortem.title == nil, sectionBlocks.isEmpty, openSection == nil,
                    !SectionClassifier.isProse(heading: text)
                {
                    postMortem.title = TitleReader.title(fromHeading: text, at: document.location(of: block))
                    continue
                }
                if let current = openSection, kind == nil || kind == current.section.kind, level > current.section.level {
                    // A sub-heading inside a section: `## Lessons learned` → `### What went well`.
                    openSection?.blocks.append(block)
                    continue
                }
                if let current = openSection { sectionBlocks.append(current) }
                let section = Section(
                    heading: SectionClassifier.headingName(text), kind: kind, level: level,
                    location: document.location(of: block))
                openSection = (section, [])
            } else if openSection != nil {
                openSection?.blocks.append(block)
            } else {
                preamble.append(block)
            }
        }
        if let current = openSection { sectionBlocks.append(current) }

        var consumed = Set<Int>()
        var tableRowIDs: [Int: [String]] = [:]  // tables read as a timeline or action list, shown with row anchors
        // Front matter first: where it and a bold field disagree, its value is read (and `conflicting-field` says so).
        postMortem.fields = (frontMatter?.fields ?? []) + HeaderFieldReader.fields(in: preamble, of: document, consumed: &consumed)
        if let title = frontMatter?.title {
            postMortem.headingTitle = postMortem.title
            postMortem.title = title
        }
        HeaderFieldReader.applyKnownFields(to: &postMortem, settings: settings)

        for (section, blocks) in sectionBlocks {
            switch section.kind {
            case .timeline:
                if postMortem.timeline.isEmpty {
                    var tables = SectionTables(heading: section.heading)
                    postMortem.timeline = TimelineReader.entries(in: blocks, of: document, consumed: &consumed, tables: &tables)
                    tableRowIDs.merge(tables.rowIDs) { first, _ in first }
                    postMortem.timelineZone = tables.zone
                    postMortem.unreadableTables += tables.unreadable
                    TimelineReader.resolveTimes(&postMortem.timeline, incidentDate: postMortem.date)
                    TimelineReader.assignMilestones(&postMortem.timeline, phrases: settings.milestones)
                }
            case .rootCause:
                let text = blocks.map { document.plainText(of: $0) }.joined(separator: " ")
                if let first = postMortem.rootCause {
                    // Contributing factors and the trigger are part of the analysis.
                    if !text.isEmpty {
                        postMortem.rootCause = Located(first.value + (first.value.isEmpty ? "" : " ") + text, at: first.location)
                    }
                } else {
                    postMortem.rootCause = Located(text, at: section.location)
                }
            case .impact:
                ImpactReader.read(blocks, of: document, into: &postMortem.impact, consumed: &consumed)
            case .lessons:
                postMortem.lessons += LessonReader.lessons(in: blocks, of: document)
            case .actions:
                let firstIndex = postMortem.actionItems.count + 1
                var tables = SectionTables(heading: section.heading)
                postMortem.actionItems += ActionItemReader.items(
                    in: blocks, of: document, firstIndex: firstIndex,
                    consumed: &consumed, tables: &tables)
                tableRowIDs.merge(tables.rowIDs) { first, _ in first }
                postMortem.unreadableTables += tables.unreadable
            case nil:
                break
            }
        }

        let rewriteLink = rendersHTML ? PostMortemLinks.pageLink(for:) : nil
        postMortem.sections = sectionBlocks.map { section, blocks in
            var section = section
            if rendersHTML {
                section.bodyHTML = blocks.filter { !consumed.contains($0) }.compactMap { block in
                    // A timeline or action table stays a table on the page, its rows the entries' anchors.
                    if let rowIDs = tableRowIDs[block], let table = document.tables[block] {
                        return table.html(rowIDs: rowIDs, rewriteLink: rewriteLink)
                    }
                    return document.nodes[block].html
                }.joined()
            }
            return section
        }
        if rendersHTML {
            postMortem.preambleHTML = preamble.filter { !consumed.contains($0) }.compactMap { document.nodes[$0].html }.joined()
        }
        postMortem.proseLines = ProseReader.lines(of: document)
        postMortem.disabledRules = DirectiveReader.disabledRules(in: document)
        return postMortem
    }
}
