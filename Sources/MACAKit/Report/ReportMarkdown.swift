/// The theme report as Markdown.
public enum ReportMarkdown {
    public static func render(_ report: ThemeReport) -> String {
        render(ReportDocument.blocks(report))
    }

    public static func render(_ blocks: [ReportBlock]) -> String {
        var parts: [String] = []
        for block in blocks {
            switch block {
            case let .title(text): parts.append("# \(text)")
            case let .heading(text): parts.append("## \(text)")
            case let .subheading(text): parts.append("### \(text)")
            case let .paragraph(text): parts.append(text)
            case let .bullets(items): if !items.isEmpty { parts.append(items.map { "- \($0.replacingNewlines())" }.joined(separator: "\n")) }
            case let .table(header, rows):
                var table = "| " + header.map(\.tableCell).joined(separator: " | ") + " |\n|" + header.map { _ in "---|" }.joined()
                for row in rows { table += "\n| " + row.map(\.tableCell).joined(separator: " | ") + " |" }
                parts.append(table)
            case .chart:
                continue  // the table beside it holds the same counts
            }
        }
        return parts.joined(separator: "\n\n") + "\n"
    }
}
