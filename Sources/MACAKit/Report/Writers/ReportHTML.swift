/// A report document as one self-contained HTML file for a board paper:
/// inline CSS, SVG charts drawn here, and a print stylesheet for A4.
/// Every piece of text is escaped, counts' labels too; nothing is loaded
/// from anywhere, and a Content-Security-Policy lets nothing load or run.
public enum ReportHTML {
    public static func render(_ document: ReportDocument) -> String {
        let text = { (text: ReportText) in HTMLText.escaped(text.plain) }
        var body = ""
        if let cover = document.cover {
            body += "<section class=\"cover\">\n"
            if let logo = cover.logoText { body += "<p class=\"logo\">\(HTMLText.escaped(logo))</p>\n" }
            body += "<p class=\"marking\">\(HTMLText.escaped(cover.marking))</p>\n<h1>\(HTMLText.escaped(cover.title))</h1>\n<dl>\n"
            body += cover.lines.map { "<dt>\(HTMLText.escaped($0.label))</dt><dd>\(HTMLText.escaped($0.value))</dd>\n" }.joined()
            body += "</dl>\n</section>\n"
        }
        for block in document.blocks {
            switch block {
            case let .title(title): body += "<h1>\(HTMLText.escaped(title))</h1>\n"
            case let .heading(heading): body += "<h2>\(HTMLText.escaped(heading))</h2>\n"
            case let .subheading(heading): body += "<h3>\(HTMLText.escaped(heading))</h3>\n"
            case let .paragraph(paragraph):
                if !paragraph.text.spans.isEmpty { body += "<p>\(text(paragraph.text))</p>\n" }
            case let .bullets(list):
                if !list.items.isEmpty { body += "<ul>\n" + list.items.map { "<li>\(text($0))</li>\n" }.joined() + "</ul>\n" }
            case let .table(table):
                body += "<table>\n<thead><tr>" + table.header.map { "<th>\(HTMLText.escaped($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
                body += table.rows.map { "<tr>" + $0.map { "<td>\(text($0))</td>" }.joined() + "</tr>\n" }.joined()
                body += "</tbody>\n</table>\n"
            case let .chart(chart):
                body += svg(chart)
            case let .note(note):
                body += "<p class=\"note\">\(HTMLText.escaped(note))</p>\n"
            case let .quote(quote):
                body += "<blockquote><p>\(HTMLText.escaped(quote.text))</p>" + (quote.source.map { "<footer>\(HTMLText.escaped($0))</footer>" } ?? "") + "</blockquote>\n"
            }
        }
        let title = document.title
        return """
            <!DOCTYPE html>
            <html lang="en-GB">
            <head>
            <meta charset="utf-8">
            \(HTMLText.contentSecurityPolicyTag)
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTMLText.escaped(title))</title>
            <style>
            \(style)
            </style>
            </head>
            <body>
            <main>
            \(body)</main>
            </body>
            </html>

            """
    }

    /// Colours of the levels, best to worst, readable in greyscale print too.
    static let palette = ["#1b7837", "#7fbf7b", "#f1a340", "#b2182b", "#762a83", "#999999"]

    /// A horizontal stacked bar per category, one segment per level, with a
    /// legend. Drawn only from counts printed as they are: the document
    /// leaves out a chart with a hidden count.
    static func svg(_ chart: ReportChart) -> String {
        let chart = (title: chart.title, categories: chart.categories, levels: chart.levels, counts: chart.counts.map { row in
            row.map { count -> Int in
                if case let .exact(value) = count.label { return value }
                return 0
            }
        })
        let labelWidth = 190, barWidth = 420, rowHeight = 26, top = 30
        let height = top + chart.categories.count * rowHeight + 40
        let total = max(1, chart.counts.map { $0.reduce(0, +) }.max() ?? 1)
        var out = "<figure class=\"chart\">\n<svg role=\"img\" aria-label=\"\(HTMLText.escaped(chart.title))\" viewBox=\"0 0 \(labelWidth + barWidth + 40) \(height)\" width=\"100%\" xmlns=\"http://www.w3.org/2000/svg\">\n"
        out += "<title>\(HTMLText.escaped(chart.title))</title>\n"
        for (row, category) in chart.categories.enumerated() {
            let y = top + row * rowHeight
            out += "<text x=\"\(labelWidth - 8)\" y=\"\(y + 16)\" text-anchor=\"end\" class=\"label\">\(HTMLText.escaped(category))</text>\n"
            var x = labelWidth
            for (level, count) in chart.counts[row].enumerated() where count > 0 {
                let width = count * barWidth / total
                let colour = palette[min(level, palette.count - 1)]
                out += "<rect x=\"\(x)\" y=\"\(y + 2)\" width=\"\(width)\" height=\"\(rowHeight - 6)\" fill=\"\(colour)\"><title>\(HTMLText.escaped(category)): \(HTMLText.escaped(chart.levels[level])) \(count)</title></rect>\n"
                if width >= 18 { out += "<text x=\"\(x + width / 2)\" y=\"\(y + 17)\" text-anchor=\"middle\" class=\"count\">\(count)</text>\n" }
                x += width
            }
        }
        var legendX = labelWidth
        let legendY = top + chart.categories.count * rowHeight + 14
        for (level, name) in chart.levels.enumerated() {
            out += "<rect x=\"\(legendX)\" y=\"\(legendY)\" width=\"12\" height=\"12\" fill=\"\(palette[min(level, palette.count - 1)])\"/>"
            out += "<text x=\"\(legendX + 16)\" y=\"\(legendY + 11)\" class=\"legend\">\(HTMLText.escaped(name))</text>\n"
            legendX += 16 + name.count * 7 + 18
        }
        out += "</svg>\n<figcaption>\(HTMLText.escaped(chart.title))</figcaption>\n</figure>\n"
        return out
    }

    static let style = """
        body { font-family: "Segoe UI", Arial, Helvetica, sans-serif; color: #1a1a1a; margin: 0; background: #fff; }
        main { max-width: 60rem; margin: 0 auto; padding: 2rem 1.5rem; line-height: 1.45; }
        h1 { font-size: 1.7rem; border-bottom: 3px solid #1d3557; padding-bottom: .4rem; }
        h2 { font-size: 1.3rem; color: #1d3557; margin-top: 2rem; }
        h3 { font-size: 1.05rem; margin-top: 1.4rem; }
        table { border-collapse: collapse; width: 100%; margin: .8rem 0; font-size: .9rem; }
        th, td { border: 1px solid #c8c8c8; padding: .3rem .5rem; text-align: left; vertical-align: top; }
        thead th { background: #eef2f7; }
        tbody tr:nth-child(even) { background: #fafafa; }
        figure.chart { margin: 1rem 0; }
        figure.chart figcaption { font-size: .85rem; color: #555; }
        p.note { font-size: .85rem; color: #444; margin-top: -.4rem; }
        svg .label, svg .legend { font-size: 12px; fill: #1a1a1a; }
        svg .count { font-size: 11px; fill: #fff; font-weight: bold; }
        @page { size: A4; margin: 18mm 16mm 20mm; }
        @media print {
          body { font-size: 10.5pt; }
          main { max-width: none; padding: 0; }
          h2 { break-before: page; }
          h1 + ul + h2 { break-before: auto; }
          table, figure, tr { break-inside: avoid; }
          thead { display: table-header-group; }
          a { color: inherit; text-decoration: none; }
        }
        """
}
