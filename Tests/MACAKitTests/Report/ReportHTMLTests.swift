import Foundation
import MACAKit
import Testing

/// The HTML writer's charts and print style sheet, on small documents made here.
@Suite("The HTML board paper: charts that stay readable, and a print style that keeps the marking")
struct ReportHTMLTests {
    /// A one-chart paper whose first count is `hidden` (1 to 4: it reads `<5`) and whose others are printed.
    static func paper(hidden: Int, printed: [Int] = [12, 24], scheme: ReportChart.Scheme = .grades, categories: [String] = ["Overall"]) -> String {
        var book = CountBook()
        let levels = ["Outstanding", "Good", "Requires improvement"]
        let rows = categories.enumerated().map { row, _ in
            zip(levels, [hidden] + printed).map { level, value in book.count(CountKey(["grade", String(row), level]), value) }
        }
        let chart = ReportChart(title: "Overall grades", categories: categories, levels: levels, counts: rows, scheme: scheme)
        return ReportHTML.render(decided([chart], book))
    }

    /// The paper of these charts, each after the table of its counts (a chart draws only counts printed elsewhere), every count decided.
    static func decided(_ charts: [ReportChart], _ book: CountBook) -> ReportDocument {
        let blocks = charts.flatMap { chart -> [ReportBlock] in
            let rows = zip(chart.categories, chart.counts).map { category, row in [ReportText(category)] + row.map { "\($0)" } }
            return [.table(ReportTable(header: ["Category"] + chart.levels, rows: rows, rowBasis: .categories)), .chart(chart)]
        }
        return ReportDraft(title: "Paper", threshold: 5, blocks: blocks, book: book).decided()
    }

    /// The `<svg>` element of the first chart.
    static func svg(_ html: String) throws -> String {
        let start = try #require(html.range(of: "<svg"))
        let end = try #require(html.range(of: "</svg>"))
        return String(html[start.lowerBound..<end.upperBound])
    }

    /// The `width` of each bar segment (`<rect ... stroke-width="0.5"><title>`), in order.
    static func segmentWidths(_ svg: String) -> [String] {
        svg.components(separatedBy: "<rect ").dropFirst().filter { $0.contains("><title>") }.compactMap { rect in
            rect.components(separatedBy: "width=\"").dropFirst().first?.components(separatedBy: "\"").first
        }
    }

    @Test("a hidden count is a hatched segment of one width, whatever its true value, labelled with its figure; printed counts stay proportional")
    func hiddenSegment() throws {
        let one = try Self.svg(Self.paper(hidden: 1)), four = try Self.svg(Self.paper(hidden: 4))
        // The writer has only the label: the whole chart is the same for a true 1 and a true 4.
        #expect(one == four)
        #expect(one.contains("fill=\"url(#chart-1-hidden-0)\""))
        #expect(one.contains("<pattern id=\"chart-1-hidden-0\""))
        #expect(one.contains(">&lt;5</text>"))
        let widths = Self.segmentWidths(one)
        #expect(widths.count == 3)
        #expect(widths.first == "32")
        // 12 and 24 printed: the second is twice the first.
        let printed = widths.dropFirst().compactMap(Double.init)
        #expect(printed.count == 2 && abs(printed[1] - 2 * printed[0]) < 0.2)
        // A printed count that changes does change its segment: the comparison above can fail.
        #expect(try Self.svg(Self.paper(hidden: 1, printed: [12, 30])) != one)
    }

    @Test("the legend says what hatching means when a chart has a hidden count, and only then")
    func legend() throws {
        #expect(try Self.svg(Self.paper(hidden: 2)).contains(">hidden (small numbers)</text>"))
        #expect(try !Self.svg(Self.paper(hidden: 7)).contains("hidden (small numbers)"))
    }

    @Test("every chart has a text alternative: a visible caption the svg is described by, and <title> and <desc> inside it")
    func alternative() throws {
        var book = CountBook()
        let chart = { (title: String, key: String) in
            ReportChart(title: title, categories: ["Then", "Now"], levels: ["Good", "Inadequate"], counts: [
                [book.count(CountKey(key + "/then/good"), 9), book.count(CountKey(key + "/then/bad"), 0)],
                [book.count(CountKey(key + "/now/good"), 11), book.count(CountKey(key + "/now/bad"), 6)],
            ])
        }
        let document = Self.decided([chart("Overall grades", "a"), chart("Domain grades", "b")], book)
        let html = ReportHTML.render(document)
        let first = try #require(document.blocks.lazy.compactMap { if case let .chart(chart) = $0 { chart } else { nil } }.first)
        #expect(first.alternative == "Overall grades. Then: Good 9, Inadequate 0; Now: Good 11, Inadequate 6.")
        #expect(html.contains("aria-labelledby=\"chart-1-title\" aria-describedby=\"chart-1-alt\""))
        #expect(html.contains("<title id=\"chart-1-title\">Overall grades</title>\n<desc>\(first.alternative)</desc>"))
        #expect(html.contains("<figcaption id=\"chart-1-alt\">\(first.alternative)</figcaption>"))
        // Ids are unique in the page.
        #expect(html.contains("<figcaption id=\"chart-2-alt\">Domain grades."))
        // A zero draws nothing.
        #expect(Self.segmentWidths(try Self.svg(html)).count == 3)
    }

    @Test("RAG charts are red, amber, green and then complete, in that order, in colours that read as such")
    func ragOrder() throws {
        var book = CountBook()
        let levels = ["Red", "Amber", "Green", "Complete"]
        let counts = [levels.enumerated().map { book.count(CountKey("rag/\($0.offset)"), 10 + $0.offset) }]
        let chart = ReportChart(title: "Actions", categories: ["Actions"], levels: levels, counts: counts, scheme: .rag)
        let svg = try Self.svg(ReportHTML.render(Self.decided([chart], book)))
        let fills = svg.components(separatedBy: "><title>").dropLast().compactMap { $0.components(separatedBy: "fill=\"").last?.components(separatedBy: "\"").first }
        #expect(fills == ChartPalette.rag)
        // Hues: red 0–15°, amber 30–50°, green 80–150°; complete is none of them (a dark blue).
        let hues = ChartPalette.rag.map(Self.hue)
        #expect((0...15).contains(hues[0]) || hues[0] >= 350)
        #expect((30...50).contains(hues[1]))
        #expect((80...150).contains(hues[2]))
        #expect((200...260).contains(hues[3]))
    }

    @Test("the contrast formula gives WCAG's own figures")
    func contrastFormula() {
        #expect(abs(ChartPalette.contrast("#000000", "#ffffff") - 21) < 0.001)
        #expect(abs(ChartPalette.contrast("#ffffff", "#ffffff") - 1) < 0.001)
        // #777777 on white is the well-known just-fails grey: 4.48:1.
        #expect(abs(ChartPalette.contrast("#777777", "#ffffff") - 4.48) < 0.01)
        #expect(abs(ChartPalette.relativeLuminance("#808080") - 0.2159) < 0.001)
    }

    @Test("every figure on a bar has at least 4.5:1 contrast with its fill, and a scheme's colours stay 0.08 apart in greyscale")
    func palette() {
        var report: [String] = []
        for (name, scheme, most) in [("grades", ReportChart.Scheme.grades, 7), ("rag", .rag, 4)] {
            for levels in 1...most {
                let swatches = ChartPalette.swatches(scheme, levels: levels)
                for swatch in swatches {
                    let ratio = ChartPalette.contrast(swatch.fill, swatch.label)
                    #expect(ratio >= 4.5, "\(name) \(swatch.fill) with \(swatch.label): \(ratio)")
                }
                let luminances = swatches.map { ChartPalette.relativeLuminance($0.fill) }
                for (index, first) in luminances.enumerated() {
                    for second in luminances.dropFirst(index + 1) {
                        #expect(abs(first - second) >= 0.08, "\(name), \(levels) levels: \(luminances)")
                    }
                }
            }
            for swatch in ChartPalette.swatches(scheme, levels: most) {
                let luminance = String(format: "%.3f", ChartPalette.relativeLuminance(swatch.fill))
                report.append("\(swatch.fill) L=\(luminance) \(swatch.label) " + String(format: "%.2f:1", ChartPalette.contrast(swatch.fill, swatch.label)))
            }
        }
        // The legend's hatching: grey lines that show on their pale ground.
        #expect(ChartPalette.contrast(ChartPalette.hiddenGround, ChartPalette.hiddenLines) >= 4.5)
        print("Chart palette: " + report.joined(separator: "; "))
        // More levels than shades can keep apart: every other one is dotted too, so neighbours always differ.
        let eight = ChartPalette.swatches(.grades, levels: 8)
        for (left, right) in zip(eight, eight.dropFirst()) {
            #expect(left.fill != right.fill || left.dotted != right.dotted)
        }
        let four = ChartPalette.swatches(.grades, levels: 4).map(\.dotted)
        #expect(four == [false, false, false, false])
    }

    @Test("category and level names are escaped in the chart, its legend, its titles and its caption")
    func hostileNames() throws {
        var book = CountBook()
        let chart = ReportChart(
            title: "Grades </svg><script>alert(1)</script>", categories: ["<img src=x onerror=alert(1)>", "\"quoted\" & 'single'"],
            levels: ["</text><script>", "Good"],
            counts: [[book.count("a/1", 10), book.count("a/2", 3)], [book.count("b/1", 8), book.count("b/2", 9)]]
        )
        let html = ReportHTML.render(Self.decided([chart], book))
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        #expect(html.components(separatedBy: "</svg>").count == 2)
        #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;"))
        #expect(html.contains("&quot;quoted&quot; &amp; &#39;single&#39;"))
        #expect(html.contains(">&lt;/text&gt;&lt;script&gt;</text>"))
    }

    @Test("a hostile protective marking stays a CSS string in the page's margins, and escaped text at the top of the screen")
    func hostileMarking() throws {
        let marking = "OFFICIAL \"x\"; } body { display: none } </style><script>alert(1)</script> \\ end\nline 'two'"
        let document = ReportDocument(title: "Paper", threshold: 5, blocks: [.paragraph("Text.")], marking: marking)
        let html = ReportHTML.render(document)
        #expect(html.components(separatedBy: "</style>").count == 2)
        #expect(html.lowercased().components(separatedBy: "</style").count == 2)
        #expect(!html.contains("<script"))
        #expect(html.contains("<p class=\"marking\">OFFICIAL &quot;x&quot;; } body { display: none } &lt;/style&gt;"))
        // The margin box's string reads back, once unescaped as CSS would, as the marking itself.
        let line = try #require(html.components(separatedBy: "\n").first { $0.contains("@top-center") })
        let string = try #require(line.components(separatedBy: "content: ").dropFirst().first?.components(separatedBy: "; font-size").first)
        #expect(Self.unescapeCSS(string) == marking)
        #expect(!string.dropFirst().dropLast().contains("\""))
        #expect(!string.contains("\n") && !string.contains("<"))
        #expect(html.contains("@bottom-right { content: \"Page \" counter(page) \" of \" counter(pages);"))
    }

    @Test("no forced page break but after the cover sheet; headings stay with what follows; table headers repeat")
    func printStyle() {
        let cover = ReportCover(
            title: "Neglect", partnership: "Exampleshire (invented)", theme: "Neglect", period: "2026", author: nil,
            date: "2026-11-22", version: "1", marking: "OFFICIAL", logoText: "Exampleshire"
        )
        let html = ReportHTML.render(ReportDocument(title: "Paper", threshold: 5, blocks: [.heading("1. Purpose")], cover: cover, marking: "OFFICIAL"))
        #expect(!html.contains("break-before: page"))
        #expect(html.components(separatedBy: "break-after: page").count == 2)
        #expect(html.contains("section.cover { border: none; padding: 20mm 0 0; margin: 0; break-after: page; }"))
        #expect(html.contains("h1, h2, h3 { break-after: avoid;"))
        #expect(html.contains("thead { display: table-header-group; }"))
        #expect(html.contains("<section class=\"cover\">\n<p class=\"logo\">Exampleshire</p>"))
        #expect(html.contains("<dt>Partnership</dt><dd>Exampleshire (invented)</dd>"))
        // Without a marking, no margin box for it; page numbers still.
        let unmarked = ReportHTML.render(ReportDocument(title: "Paper", threshold: 5, blocks: []))
        #expect(!unmarked.contains("@top-center"))
        #expect(!unmarked.contains("<p class=\"marking\">"))
        #expect(unmarked.contains("counter(pages)"))
    }

    @Test("a quotation is a blockquote, its source a footer, both escaped")
    func quote() {
        let html = ReportHTML.render(ReportDocument(title: "Paper", threshold: 5, blocks: [.quote(ReportQuote("We saw <the child> alone.", source: "Health & education"))]))
        #expect(html.contains("<blockquote><p>We saw &lt;the child&gt; alone.</p><footer>Health &amp; education</footer></blockquote>"))
    }

    /// The hue of `#rrggbb` in degrees.
    static func hue(_ hex: String) -> Int {
        let digits = Array(hex.dropFirst())
        let (r, g, b) = (0..<3).map { Double(Int(String(digits[$0 * 2...$0 * 2 + 1]), radix: 16)!) / 255 }.splat
        let high = max(r, g, b), low = min(r, g, b), span = high - low
        guard span > 0 else { return 0 }
        let sector = high == r ? (g - b) / span : high == g ? (b - r) / span + 2 : (r - g) / span + 4
        return (Int((sector * 60).rounded()) + 360) % 360
    }

    /// A double-quoted CSS string as CSS reads it: `\` and 1 to 6 hex digits (and one space after fewer) is that character.
    static func unescapeCSS(_ quoted: String) -> String {
        var scalars = Array(quoted.unicodeScalars.dropFirst().dropLast())[...]
        var out = String.UnicodeScalarView()
        while let scalar = scalars.popFirst() {
            guard scalar == "\\" else { out.append(scalar); continue }
            var hex = ""
            while hex.count < 6, let next = scalars.first, next.properties.isASCIIHexDigit { hex.unicodeScalars.append(next); scalars.removeFirst() }
            if hex.isEmpty { if let next = scalars.popFirst() { out.append(next) }; continue }
            if hex.count < 6, scalars.first == " " { scalars.removeFirst() }
            out.append(Unicode.Scalar(UInt32(hex, radix: 16)!)!)
        }
        return String(out)
    }
}

private extension Array where Element == Double {
    var splat: (Double, Double, Double) { (self[0], self[1], self[2]) }
}
