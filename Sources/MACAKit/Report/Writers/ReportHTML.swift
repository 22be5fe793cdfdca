/// A report document as one self-contained HTML file for a board paper:
/// inline CSS, SVG charts drawn here, and a print stylesheet for A4 (the
/// protective marking and "Page N of M" on every page, headings kept with
/// what follows them, table headers repeated, the cover sheet a page of its
/// own). Every piece of text is escaped, counts' labels too; nothing is
/// loaded from anywhere, and a Content-Security-Policy lets nothing load or run.
public enum ReportHTML {
    public static func render(_ document: ReportDocument) -> String {
        let text = { (text: ReportText) in HTMLText.escaped(text.plain) }
        var body = ""
        if let marking = document.marking {
            body += "<p class=\"marking\">\(HTMLText.escaped(marking))</p>\n"
        }
        if let cover = document.cover {
            body += "<section class=\"cover\">\n"
            if let logo = cover.logoText { body += "<p class=\"logo\">\(HTMLText.escaped(logo))</p>\n" }
            body += "<p class=\"cover-marking\">\(HTMLText.escaped(cover.marking))</p>\n<h1>\(HTMLText.escaped(cover.title))</h1>\n<dl>\n"
            body += cover.lines.map { "<dt>\(HTMLText.escaped($0.label))</dt><dd>\(HTMLText.escaped($0.value))</dd>\n" }.joined()
            body += "</dl>\n"
            if !cover.boardAskedTo.isEmpty {
                body += "<h2>\(HTMLText.escaped(ReportCover.askedHeading))</h2>\n<ul>\n" + cover.boardAskedTo.map { "<li>\(HTMLText.escaped($0))</li>\n" }.joined() + "</ul>\n"
            }
            body += "</section>\n"
        }
        var charts = 0
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
                charts += 1
                body += svg(chart, number: charts)
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
            \(style(marking: document.marking))
            </style>
            </head>
            <body>
            <main>
            \(body)</main>
            </body>
            </html>

            """
    }

    /// A horizontal stacked bar per category, one segment per level, with a
    /// legend, its text alternative visible under it, and `<title>` and
    /// `<desc>` inside. A count printed as it is draws a segment in
    /// proportion to it; a hidden count (`<5`, `[c]`) draws a hatched segment
    /// of one fixed width with its figure on it, since the writer has only
    /// the label and never the true value. `number` makes the ids unique in the page.
    static func svg(_ chart: ReportChart, number: Int = 1) -> String {
        let id = "chart-\(number)"
        let swatches = ChartPalette.swatches(chart.scheme, levels: chart.levels.count)
        let labelWidth = 190.0, barWidth = 420.0, rowHeight = 26.0, top = 8.0, hiddenWidth = 32.0
        // One scale for every bar: the longest row of printed counts, beside the most hidden segments in a row, fills the bar.
        let exact = chart.counts.map { row in row.reduce(0) { sum, count in if case let .exact(value) = count.label { sum + value } else { sum } } }
        let hidden = chart.counts.map { row in row.filter(\.label.isHidden).count }
        let mostHidden = Double(hidden.max() ?? 0)
        let unit = (exact.max() ?? 0) > 0 ? max(0, barWidth - mostHidden * hiddenWidth) / Double(exact.max() ?? 1) : 0
        let width = labelWidth + max(barWidth, mostHidden * hiddenWidth) + 20

        // The legend, wrapped onto as many lines as it needs.
        var legend: [(x: Double, line: Int, name: String, fill: String)] = []
        var legendX = labelWidth, line = 0
        let entries = zip(chart.levels, swatches).map { name, swatch in (name, swatch.dotted ? "url(#\(id)-dots-\(swatch.fill.dropFirst()))" : swatch.fill) }
            + (chart.hasHidden ? [("hidden (small numbers)", "url(#\(id)-hidden)")] : [])
        for (name, fill) in entries {
            let entryWidth = 16 + Double(name.count) * 7 + 18
            if legendX > labelWidth, legendX + entryWidth > width { legendX = labelWidth; line += 1 }
            legend.append((legendX, line, name, fill))
            legendX += entryWidth
        }
        let legendY = top + Double(chart.categories.count) * rowHeight + 12
        let height = legendY + Double(line + 1) * 20 + 4

        var out = "<figure class=\"chart\">\n"
        out += "<svg role=\"img\" aria-labelledby=\"\(id)-title\" aria-describedby=\"\(id)-alt\" viewBox=\"0 0 \(dimension(width)) \(dimension(height))\" width=\"100%\" xmlns=\"http://www.w3.org/2000/svg\">\n"
        out += "<title id=\"\(id)-title\">\(HTMLText.escaped(chart.title))</title>\n<desc>\(HTMLText.escaped(chart.alternative))</desc>\n"
        // Hatching: grey for the legend, and over each level's own colour where that level has a hidden count.
        func hatching(_ name: String, ground: String, lines: String) -> String {
            "<pattern id=\"\(id)-\(name)\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
                + "<rect width=\"6\" height=\"6\" fill=\"\(ground)\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"\(lines)\" stroke-width=\"1.5\"/></pattern>\n"
        }
        var patterns = ""
        if chart.hasHidden {
            patterns += hatching("hidden", ground: ChartPalette.hiddenGround, lines: ChartPalette.hiddenLines)
            for (level, swatch) in swatches.enumerated() where chart.counts.contains(where: { $0[level].label.isHidden }) {
                patterns += hatching("hidden-\(level)", ground: swatch.fill, lines: swatch.label)
            }
        }
        var dotted: Set<String> = []
        for swatch in swatches where swatch.dotted && dotted.insert(swatch.fill).inserted {
            patterns += "<pattern id=\"\(id)-dots-\(swatch.fill.dropFirst())\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\">"
            patterns += "<rect width=\"6\" height=\"6\" fill=\"\(swatch.fill)\"/><circle cx=\"3\" cy=\"3\" r=\"1.2\" fill=\"\(swatch.label)\"/></pattern>\n"
        }
        if !patterns.isEmpty { out += "<defs>\n\(patterns)</defs>\n" }

        for (row, category) in chart.categories.enumerated() {
            let y = top + Double(row) * rowHeight
            out += "<text x=\"\(dimension(labelWidth - 8))\" y=\"\(dimension(y + 16))\" text-anchor=\"end\" class=\"label\">\(HTMLText.escaped(category))</text>\n"
            var x = labelWidth
            for (level, count) in chart.counts[row].enumerated() {
                let swatch = swatches[level]
                let segment: (width: Double, fill: String, ink: String)
                switch count.label {
                case let .exact(value) where value > 0:
                    segment = (Double(value) * unit, swatch.dotted ? "url(#\(id)-dots-\(swatch.fill.dropFirst()))" : swatch.fill, swatch.label)
                case .small, .secondary:
                    segment = (hiddenWidth, "url(#\(id)-hidden-\(level))", swatch.label)
                case .exact, .pending:
                    continue
                }
                let name = "\(HTMLText.escaped(category)): \(HTMLText.escaped(chart.levels[level])) \(HTMLText.escaped(count.text))"
                out += "<rect x=\"\(dimension(x))\" y=\"\(dimension(y + 2))\" width=\"\(dimension(segment.width))\" height=\"\(dimension(rowHeight - 6))\" fill=\"\(segment.fill)\""
                out += " stroke=\"\(ChartPalette.outline)\" stroke-width=\"0.5\"><title>\(name)</title></rect>\n"
                // A figure goes on its segment where it fits (a hidden one always does), over hatching or dots with a halo of the level's colour.
                if Double(count.text.count) * 7 + 6 <= segment.width {
                    out += "<text x=\"\(dimension(x + segment.width / 2))\" y=\"\(dimension(y + 17))\" text-anchor=\"middle\" class=\"count\" fill=\"\(segment.ink)\""
                    out += (count.label.isHidden || swatch.dotted ? " stroke=\"\(swatch.fill)\" stroke-width=\"3\" paint-order=\"stroke\"" : "") + ">\(HTMLText.escaped(count.text))</text>\n"
                }
                x += segment.width
            }
        }
        for entry in legend {
            let y = legendY + Double(entry.line) * 20
            out += "<rect x=\"\(dimension(entry.x))\" y=\"\(dimension(y))\" width=\"12\" height=\"12\" fill=\"\(entry.fill)\" stroke=\"\(ChartPalette.outline)\" stroke-width=\"0.5\"/>"
            out += "<text x=\"\(dimension(entry.x + 16))\" y=\"\(dimension(y + 11))\" class=\"legend\">\(HTMLText.escaped(entry.name))</text>\n"
        }
        out += "</svg>\n<figcaption id=\"\(id)-alt\">\(HTMLText.escaped(chart.alternative))</figcaption>\n</figure>\n"
        return out
    }

    /// A length in the SVG, to a tenth of a unit: `12`, `12.5`.
    static func dimension(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10).\(abs(tenths % 10))"
    }

    /// The style sheet: the screen, then A4 print with the marking and page
    /// numbers in the page's margins (CSS margin boxes, Chromium 131 and later).
    static func style(marking: String?) -> String {
        let running = marking.map { "    @top-center { content: \(HTMLText.cssString($0)); font-size: 9pt; font-weight: bold; color: #1a1a1a; }\n"
            + "    @bottom-center { content: \(HTMLText.cssString($0)); font-size: 9pt; font-weight: bold; color: #1a1a1a; }\n" } ?? ""
        return """
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
            figure.chart figcaption { font-size: .85rem; color: #444; }
            p.note { font-size: .85rem; color: #444; margin-top: -.4rem; }
            p.marking { margin: 0 0 1rem; padding: .3rem .6rem; border: 2px solid #1a1a1a; font-weight: bold; text-align: center; letter-spacing: .05em; }
            section.cover { border: 1px solid #c8c8c8; padding: 2rem; margin-bottom: 2rem; }
            section.cover .logo { font-size: 1.2rem; color: #1d3557; font-weight: bold; }
            section.cover .cover-marking { font-weight: bold; letter-spacing: .05em; }
            section.cover h1 { font-size: 2rem; }
            section.cover dl { display: grid; grid-template-columns: max-content 1fr; gap: .4rem 1.5rem; }
            section.cover dt { font-weight: bold; }
            section.cover dd { margin: 0; }
            blockquote { margin: 1rem 0; padding: .4rem 1rem; border-left: 4px solid #1d3557; background: #f5f7fa; font-style: italic; }
            blockquote p { margin: .2rem 0; }
            blockquote footer { font-style: normal; font-size: .85rem; color: #444; }
            blockquote footer::before { content: "\\2014\\00a0"; }
            svg .label, svg .legend { font-size: 12px; fill: #1a1a1a; }
            svg .count { font-size: 11px; font-weight: bold; }
            @page { size: A4; margin: 15mm 15mm 15mm; font-family: "Segoe UI", Arial, Helvetica, sans-serif;
            \(running)    @bottom-right { content: "Page " counter(page) " of " counter(pages); font-size: 9pt; color: #1a1a1a; }
            }
            @media print {
              body { font-size: 10pt; }
              main { max-width: none; padding: 0; line-height: 1.3; }
              p, ul { margin: .35rem 0; }
              h2 { font-size: 13pt; }
              h3 { font-size: 11pt; margin-top: .8rem; margin-bottom: .3rem; }
              blockquote { margin: .4rem 0; padding: .2rem .8rem; }
              figure.chart { margin: .5rem 0; }
              table { font-size: 9pt; margin: .5rem 0; }
              th, td { padding: .15rem .35rem; }
              p.marking { display: none; }
              section.cover { border: none; padding: 20mm 0 0; margin: 0; break-after: page; }
              h1, h2, h3 { break-after: avoid; break-inside: avoid; }
              h2 { margin-top: 1rem; margin-bottom: .4rem; }
              figure, blockquote, tr, li { break-inside: avoid; }
              thead { display: table-header-group; }
              p { orphans: 3; widows: 3; }
              a { color: inherit; text-decoration: none; }
            }
            """
    }
}
