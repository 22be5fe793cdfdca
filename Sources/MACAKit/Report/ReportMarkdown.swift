/// The theme report as Markdown. Every text of the document leaves through
/// the Markdown exit (`MarkdownText`): the report's own markup is added
/// around it, never taken from it.
public enum ReportMarkdown {
    public static func render(_ report: ThemeReport) -> String {
        render(ReportDocument.blocks(report))
    }

    public static func render(_ blocks: [ReportBlock]) -> String {
        let text = MarkdownText.escaped, cell = MarkdownText.cell
        var parts: [String] = []
        for block in blocks {
            switch block {
            case let .title(title): parts.append("# \(text(title))")
            case let .heading(heading): parts.append("## \(text(heading))")
            case let .subheading(heading): parts.append("### \(text(heading))")
            case let .paragraph(paragraph): parts.append(text(paragraph))
            case let .bullets(items): if !items.isEmpty { parts.append(items.map { "- \(text($0.replacingNewlines()))" }.joined(separator: "\n")) }
            case let .table(header, rows):
                var table = "| " + header.map(cell).joined(separator: " | ") + " |\n|" + header.map { _ in "---|" }.joined()
                for row in rows { table += "\n| " + row.map(cell).joined(separator: " | ") + " |" }
                parts.append(table)
            case .chart:
                continue  // the table beside it holds the same counts
            }
        }
        return parts.joined(separator: "\n\n") + "\n"
    }
}
