/// A report document as Markdown. Every text from the days or a template
/// leaves through the Markdown exit (`MarkdownText`); the report's own
/// markup is added around it, never taken from it. A count is printed as
/// its label reads (`12`, `<5`, `[c]`, `fewer than 5 cases`); a mark and
/// a note are maca's own words: all three pass as they are, so `[c]` reads
/// as `[c]`.
/// No link reference can make `[c]` a link: every `[` of outside text is
/// escaped, so none can be defined.
public enum ReportMarkdown {
    public static func render(_ document: ReportDocument) -> String {
        let cell = { (text: ReportText) in markdown(text, cell: true) }
        var parts: [String] = []
        if let marking = document.marking { parts.append("**\(MarkdownText.escaped(marking))**") }
        if let cover = document.cover {
            if let logo = cover.logoText { parts.append(MarkdownText.escaped(logo)) }
            parts.append("# \(MarkdownText.escaped(cover.title))")
            parts.append(cover.lines.map { "- \($0.label): \(MarkdownText.escaped($0.value))" }.joined(separator: "\n"))
            if !cover.boardAskedTo.isEmpty {
                parts.append("## \(ReportCover.askedHeading)")
                parts.append(cover.boardAskedTo.map { "- \(MarkdownText.escaped($0).replacingNewlines())" }.joined(separator: "\n"))
            }
        }
        for block in document.blocks {
            switch block {
            case let .title(title): parts.append("# \(MarkdownText.escaped(title))")
            case let .heading(heading): parts.append("## \(MarkdownText.escaped(heading))")
            case let .subheading(heading): parts.append("### \(MarkdownText.escaped(heading))")
            case let .paragraph(paragraph):
                if !paragraph.text.spans.isEmpty { parts.append(markdown(paragraph.text, cell: false)) }
            case let .bullets(list):
                if !list.items.isEmpty { parts.append(list.items.map { "- \(markdown($0, cell: false).replacingNewlines())" }.joined(separator: "\n")) }
            case let .table(table):
                var out = "| " + table.header.map(MarkdownText.cell).joined(separator: " | ") + " |\n|" + table.header.map { _ in "---|" }.joined()
                for row in table.rows { out += "\n| " + row.map(cell).joined(separator: " | ") + " |" }
                parts.append(out)
            case .chart:
                continue  // the table beside it holds the same counts
            case let .note(note):
                parts.append("_\(note)_")
            case let .quote(quote):
                parts.append("> \(MarkdownText.escaped(quote.text.replacingNewlines()))" + (quote.source.map { "\n>\n> — \(MarkdownText.escaped($0))" } ?? ""))
            }
        }
        if let marking = document.marking { parts.append("**\(MarkdownText.escaped(marking))**") }
        return parts.joined(separator: "\n\n") + "\n"
    }

    /// Text with counts: the text escaped, each count as its label reads.
    /// In a table cell, text on several lines is put on one (a span's own
    /// spaces kept, so "A1: " stays apart from what follows) and `|` escaped.
    static func markdown(_ text: ReportText, cell: Bool) -> String {
        text.spans.map { span in
            switch span {
            case let .text(text) where cell && text.contains(where: \.isNewline): MarkdownText.cell(text)
            case let .text(text) where cell: MarkdownText.escaped(text).replacingOccurrences(of: "|", with: "\\|")
            case let .text(text): MarkdownText.escaped(text)
            case .count, .mark, .share: span.printed
            }
        }.joined()
    }
}
