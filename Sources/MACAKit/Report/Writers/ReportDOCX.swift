import Foundation
import ZIPFoundation

/// A report document as a Word document (.docx): WordprocessingML parts in
/// a ZIP container, for a board paper that is edited, commented on and
/// filed as Word documents are.
///
/// Like the other writers it decides nothing: every count is printed as its
/// label reads (`ReportCount.text`), and every piece of text leaves through
/// the Word exit (`WordText`). What it adds is Word's own structure:
///
/// - Word's built-in styles (Title, Heading 1 and 2, Quote, Caption, List
///   Bullet), so the navigation pane and a table of contents work, and the
///   report's own (Note, Quote Source, Table Text);
/// - the cover sheet in a section of its own, so it has a page to itself;
/// - the protective marking in the header of every page, and the marking
///   with "Page N of M" (PAGE and NUMPAGES fields) in the footer; A4;
/// - tables whose header row repeats on every page and whose rows never
///   split; bullets from a numbering definition;
/// - each chart as a DrawingML chart part (horizontal stacked bars), with
///   its text alternative as alt text and as a caption under it. A hidden
///   count (`<5`, `[c]`) is drawn as a hatched segment of one fixed size,
///   whatever its true value, labelled with its figure, with a legend entry
///   "hidden (small numbers)"; the value axis is not drawn, so no segment
///   is read against a scale, and every segment is labelled with its figure
///   (a count of 0 has no segment and no label).
///
/// The same document gives the same bytes: the parts are written in one
/// order with one fixed date in the ZIP container, and the document
/// properties carry no date.
public enum ReportDOCX {
    /// One part of the package: its path in the ZIP container and its XML.
    public struct Part: Sendable, Equatable {
        public var path: String
        public var xml: String
    }

    /// The .docx file's bytes.
    public static func render(_ document: ReportDocument) throws -> Data {
        let archive = try Archive(accessMode: .create)
        for part in parts(document) {
            let bytes = Data(part.xml.utf8)
            try archive.addEntry(
                with: part.path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: zipDate,
                permissions: 0o644, compressionMethod: .deflate
            ) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }

    /// Every entry's date in the ZIP container: 1980-01-01, the first a ZIP date can hold.
    static let zipDate = Date(timeIntervalSince1970: 315_532_800)

    /// The package's parts, `[Content_Types].xml` first.
    public static func parts(_ document: ReportDocument) -> [Part] {
        var body = Body()
        body.cover(document.cover)
        for (index, block) in document.blocks.enumerated() {
            body.block(block, next: document.blocks.dropFirst(index + 1).first)
        }
        let charts = body.charts.enumerated().map { index, chart in
            Part(path: "word/charts/chart\(index + 1).xml", xml: chartXML(chart))
        }
        return [
            Part(path: "[Content_Types].xml", xml: contentTypes(charts: charts.count)),
            Part(path: "_rels/.rels", xml: packageRelationships),
            Part(path: "docProps/core.xml", xml: coreProperties(document)),
            Part(path: "docProps/app.xml", xml: appProperties(document)),
            Part(path: "word/document.xml", xml: body.xml),
            Part(path: "word/_rels/document.xml.rels", xml: documentRelationships(charts: charts.count)),
            Part(path: "word/styles.xml", xml: styles),
            Part(path: "word/numbering.xml", xml: numbering),
            Part(path: "word/settings.xml", xml: settings),
            Part(path: "word/header1.xml", xml: header(document.marking)),
            Part(path: "word/footer1.xml", xml: footer(document.marking)),
        ] + charts
    }

    // MARK: The body

    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

    enum Namespace {
        static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
        static let r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        static let wp = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
        static let a = "http://schemas.openxmlformats.org/drawingml/2006/main"
        static let c = "http://schemas.openxmlformats.org/drawingml/2006/chart"
        static let relationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    }

    /// A4 (210 × 297 mm) in twentieths of a point, and its margins: 2 cm at
    /// the sides, 2.5 cm at the top and bottom.
    enum Page {
        static let width = 11906, height = 16838
        static let side = 1134, topAndBottom = 1134
        /// The width text runs in, in twips, and in EMUs (635 to the twip) for a drawing.
        static let textWidth = width - 2 * side
        static let textWidthEMU = textWidth * 635
    }

    /// The document's body as it is written, and the charts it refers to.
    struct Body {
        var content = ""
        var charts: [ReportChart] = []
        /// Whether a table was the last thing written: the paragraph after it gets a little space before.
        var afterTable = false

        mutating func paragraph(_ style: String?, _ runs: String, properties: String = "") {
            var properties = properties
            if afterTable, !["Title", "Heading1", "Heading2"].contains(style ?? ""), !properties.contains("<w:spacing"), !properties.contains("<w:sectPr") {
                properties += "<w:spacing w:before=\"160\"/>"
            }
            afterTable = false
            let pPr = (style.map { "<w:pStyle w:val=\"\($0)\"/>" } ?? "") + properties
            content += "<w:p>" + (pPr.isEmpty ? "" : "<w:pPr>\(pPr)</w:pPr>") + runs + "</w:p>\n"
        }

        mutating func cover(_ cover: ReportCover?) {
            guard let cover else { return }
            if let logo = cover.logoText { paragraph("CoverLogo", WordText.runs(logo)) }
            paragraph("ProtectiveMarking", WordText.runs(cover.marking))
            paragraph("Title", WordText.runs(cover.title), properties: "<w:spacing w:before=\"2880\"/>")
            for line in cover.lines {
                paragraph("CoverDetail", WordText.runs("\(line.label): ", properties: "<w:rPr><w:b/></w:rPr>") + WordText.runs(line.value))
            }
            if !cover.boardAskedTo.isEmpty {
                paragraph("Heading1", WordText.runs(ReportCover.askedHeading))
                for ask in cover.boardAskedTo {
                    paragraph("ListBullet", WordText.runs(ask), properties: "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>")
                }
            }
            // The cover's section ends here: the body starts on a new page.
            paragraph(nil, "", properties: ReportDOCX.sectionProperties)
        }

        mutating func block(_ block: ReportBlock, next: ReportBlock?) {
            switch block {
            case let .title(title): paragraph("Title", WordText.runs(title))
            case let .heading(heading): paragraph("Heading1", WordText.runs(heading))
            case let .subheading(heading): paragraph("Heading2", WordText.runs(heading))
            case let .paragraph(paragraph):
                if !paragraph.text.spans.isEmpty { self.paragraph(nil, WordText.runs(paragraph.text.plain)) }
            case let .bullets(list):
                for item in list.items {
                    paragraph("ListBullet", WordText.runs(item.plain), properties: "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>")
                }
            case let .table(table):
                self.table(table)
                // Two tables side by side would be joined into one; a document may not end on a table.
                if next == nil || next.map({ if case .table = $0 { true } else { false } }) == true {
                    paragraph("TableText", "")
                }
            case let .chart(chart):
                charts.append(chart)
                content += ReportDOCX.drawing(chart, number: charts.count)
                afterTable = false
                paragraph("Caption", WordText.runs(chart.alternative))
            case let .note(note):
                paragraph("Note", WordText.runs(note))
            case let .quote(quote):
                paragraph("Quote", WordText.runs(quote.text), properties: quote.source == nil ? "" : "<w:keepNext/>")
                if let source = quote.source { paragraph("QuoteSource", WordText.runs("— \(source)")) }
            }
        }

        /// A table the width of the text, its header row repeated on each
        /// page, no row split across pages.
        mutating func table(_ table: ReportTable) {
            let rows = table.rows.map { $0.map(\.plain) }
            let columns = max(table.header.count, rows.map(\.count).max() ?? 0)
            guard columns > 0 else { return }
            let padded = { (row: [String]) in row + Array(repeating: "", count: columns - row.count) }
            let all = [padded(table.header)] + rows.map(padded)
            let widths = ReportDOCX.columnWidths(all)

            let border = { (side: String) in "<w:\(side) w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"8C8C8C\"/>" }
            content += "<w:tbl><w:tblPr><w:tblStyle w:val=\"ReportTable\"/><w:tblW w:w=\"\(Page.textWidth)\" w:type=\"dxa\"/>"
            content += "<w:tblBorders>" + ["top", "left", "bottom", "right", "insideH", "insideV"].map(border).joined() + "</w:tblBorders>"
            content += "<w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:left w:w=\"85\" w:type=\"dxa\"/><w:right w:w=\"85\" w:type=\"dxa\"/></w:tblCellMar>"
            content += "<w:tblLook w:val=\"0420\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/></w:tblPr>\n"
            content += "<w:tblGrid>" + widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>\n"
            for (index, row) in all.enumerated() {
                let header = index == 0
                content += "<w:tr><w:trPr><w:cantSplit/>" + (header ? "<w:tblHeader/>" : "") + "</w:trPr>"
                for (cell, width) in zip(row, widths) {
                    content += "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>"
                        + (header ? "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"E7ECF3\"/>" : "") + "</w:tcPr>"
                    content += "<w:p><w:pPr><w:pStyle w:val=\"\(header ? "TableHeading" : "TableText")\"/></w:pPr>\(WordText.runs(cell))</w:p></w:tc>"
                }
                content += "</w:tr>\n"
            }
            content += "</w:tbl>\n"
            afterTable = true
        }

        var xml: String {
            ReportDOCX.declaration
                + "<w:document xmlns:w=\"\(Namespace.w)\" xmlns:r=\"\(Namespace.r)\" xmlns:wp=\"\(Namespace.wp)\" xmlns:a=\"\(Namespace.a)\" xmlns:c=\"\(Namespace.c)\">\n<w:body>\n"
                + content + ReportDOCX.sectionProperties + "\n</w:body>\n</w:document>\n"
        }
    }

    /// Column widths in twips that add up to the text's width: each column
    /// at least as wide as its longest word (a word is never broken), and
    /// what is left shared by how much more its longest text wants, up to
    /// 36 characters. About 125 twips a character at the tables' 9.5 pt (bold in the header),
    /// and 280 for the cell's margins and a little to spare.
    static func columnWidths(_ rows: [[String]]) -> [Int] {
        let columns = rows.first?.count ?? 0
        let perCharacter = 125, margins = 280
        let cells = (0..<columns).map { column in rows.map { $0[column] } }
        let floors = cells.map { texts in
            margins + perCharacter * max(1, texts.flatMap { $0.split(whereSeparator: \.isWhitespace) }.map(\.count).max() ?? 1)
        }
        let wants = zip(cells, floors).map { texts, floor in
            max(0, margins + perCharacter * min(36, texts.map(\.count).max() ?? 0) - floor)
        }
        var widths: [Int]
        let spare = Page.textWidth - floors.reduce(0, +)
        let wanted = wants.reduce(0, +)
        if spare <= 0 {
            widths = floors.map { $0 * Page.textWidth / floors.reduce(0, +) }
        } else if wanted == 0 {
            widths = floors.map { $0 + spare / columns }
        } else {
            widths = zip(floors, wants).map { $0 + $1 * spare / wanted }
        }
        widths[columns - 1] += Page.textWidth - widths.reduce(0, +)
        return widths
    }

    /// A section's page: A4 portrait with its margins, the one header and footer.
    static let sectionProperties = "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdHeader\"/><w:footerReference w:type=\"default\" r:id=\"rIdFooter\"/>"
        + "<w:type w:val=\"nextPage\"/><w:pgSz w:w=\"\(Page.width)\" w:h=\"\(Page.height)\"/>"
        + "<w:pgMar w:top=\"\(Page.topAndBottom)\" w:right=\"\(Page.side)\" w:bottom=\"\(Page.topAndBottom)\" w:left=\"\(Page.side)\" w:header=\"709\" w:footer=\"709\" w:gutter=\"0\"/>"
        + "<w:cols w:space=\"708\"/><w:docGrid w:linePitch=\"360\"/></w:sectPr>"

    /// The paragraph that holds a chart: inline, the text's width, kept with its caption.
    static func drawing(_ chart: ReportChart, number: Int) -> String {
        let height = (chart.categories.count * 9 + 34) * 36_000  // 9 mm a bar, 34 mm for the title and legend
        let description = WordText.escaped(chart.alternative)
        return "<w:p><w:pPr><w:keepNext/><w:spacing w:before=\"160\"/></w:pPr><w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\">"
            + "<wp:extent cx=\"\(Page.textWidthEMU)\" cy=\"\(height)\"/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/>"
            + "<wp:docPr id=\"\(number)\" name=\"Chart \(number)\" title=\"\(WordText.escaped(chart.title))\" descr=\"\(description)\"/>"
            + "<wp:cNvGraphicFramePr/><a:graphic><a:graphicData uri=\"\(Namespace.c)\"><c:chart r:id=\"rIdChart\(number)\"/></a:graphicData></a:graphic>"
            + "</wp:inline></w:drawing></w:r></w:p>\n"
    }

    // MARK: Charts

    /// A level's fill and the colour of a figure written on it, at least 4.5:1 apart.
    struct Fill: Sendable, Equatable {
        var fill: String
        var text: String
    }

    /// Grades, best first: one hue from dark to light, apart in greyscale.
    static let gradeFills = [
        Fill(fill: "08306B", text: "FFFFFF"), Fill(fill: "2171B5", text: "FFFFFF"), Fill(fill: "6BAED6", text: "000000"),
        Fill(fill: "C6DBEF", text: "000000"), Fill(fill: "FFFFFF", text: "000000"),
    ]
    /// Red, amber, green, then complete.
    static let ragFills = [
        Fill(fill: "B2182B", text: "FFFFFF"), Fill(fill: "F1A340", text: "000000"), Fill(fill: "1B7837", text: "FFFFFF"),
        Fill(fill: "4D4D4D", text: "FFFFFF"),
    ]
    /// A hidden count's segment: grey diagonal hatching on white, its figure in black.
    static let hiddenFill = Fill(fill: "767676", text: "000000")
    static let hiddenLegend = "hidden (small numbers)"
    /// Marks a cached value that is a hidden count's fixed size, not a count.
    static let hiddenMark = "hidden:"

    static func fills(_ scheme: ReportChart.Scheme) -> [Fill] {
        switch scheme {
        case .grades: gradeFills
        case .rag: ragFills
        }
    }

    static func fill(_ scheme: ReportChart.Scheme, level: Int) -> Fill {
        let fills = fills(scheme)
        return fills[min(level, fills.count - 1)]
    }

    /// A spreadsheet column's name (A, B, … Z, AA, …) for the cache's references.
    static func column(_ index: Int) -> String {
        var index = index, name = ""
        repeat {
            name = String(UnicodeScalar(UInt8(65 + index % 26))) + name
            index = index / 26 - 1
        } while index >= 0
        return name
    }

    static func shape(_ fill: Fill, hidden: Bool) -> String {
        let paint = hidden
            ? "<a:pattFill prst=\"wdUpDiag\"><a:fgClr><a:srgbClr val=\"\(fill.fill)\"/></a:fgClr><a:bgClr><a:srgbClr val=\"FFFFFF\"/></a:bgClr></a:pattFill>"
            : "<a:solidFill><a:srgbClr val=\"\(fill.fill)\"/></a:solidFill>"
        return "<c:spPr>\(paint)<a:ln w=\"6350\"><a:solidFill><a:srgbClr val=\"404040\"/></a:solidFill></a:ln></c:spPr>"
    }

    static func richText(_ text: String, colour: String, size: Int, bold: Bool) -> String {
        "<c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"\(size)\" b=\"\(bold ? 1 : 0)\"/></a:pPr><a:r><a:rPr lang=\"en-GB\" sz=\"\(size)\" b=\"\(bold ? 1 : 0)\">"
            + "<a:solidFill><a:srgbClr val=\"\(colour)\"/></a:solidFill></a:rPr><a:t>\(WordText.escaped(text))</a:t></a:r></a:p></c:rich>"
    }

    static let labelFlags = "<c:showLegendKey val=\"0\"/><c:showVal val=\"1\"/><c:showCatName val=\"0\"/><c:showSerName val=\"0\"/><c:showPercent val=\"0\"/><c:showBubbleSize val=\"0\"/>"

    /// A chart part: a horizontal bar per category, one stacked segment per
    /// level. A printed count's segment is as long as the count; a hidden
    /// one's is an eighth of the longest bar of printed counts, whatever it
    /// hides. Each segment's label is the count as it reads.
    static func chartXML(_ chart: ReportChart) -> String {
        let exact = chart.counts.map { row in
            row.map { count -> Int? in if case let .exact(value) = count.label { value } else { nil } }
        }
        let longest = max(1, exact.map { $0.compactMap { $0 }.reduce(0, +) }.max() ?? 1)
        let hiddenSize = String(Double(longest) / 8)
        let anyHidden = exact.joined().contains(nil)
        let categoryCount = chart.categories.count
        let lastRow = categoryCount + 1
        let categoryCache = "<c:strCache><c:ptCount val=\"\(categoryCount)\"/>"
            + chart.categories.enumerated().map { "<c:pt idx=\"\($0)\"><c:v>\(WordText.escaped($1))</c:v></c:pt>" }.joined() + "</c:strCache>"
        let categories = "<c:cat><c:strRef><c:f>Sheet1!$A$2:$A$\(lastRow)</c:f>\(categoryCache)</c:strRef></c:cat>"

        func series(index: Int, name: String, body: String) -> String {
            "<c:ser><c:idx val=\"\(index)\"/><c:order val=\"\(index)\"/>"
                + "<c:tx><c:strRef><c:f>Sheet1!$\(column(index + 1))$1</c:f><c:strCache><c:ptCount val=\"1\"/><c:pt idx=\"0\"><c:v>\(WordText.escaped(name))</c:v></c:pt></c:strCache></c:strRef></c:tx>"
                + body
                + "</c:ser>\n"
        }
        func values(_ points: [String?], series: Int) -> String {
            "<c:val><c:numRef><c:f>Sheet1!$\(column(series + 1))$2:$\(column(series + 1))$\(lastRow)</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val=\"\(categoryCount)\"/>"
                + points.enumerated().compactMap { index, value in
                    value.map { value in
                        // A hidden count's size stands for no number: anything that formats the value reads "hidden".
                        value.hasPrefix(Self.hiddenMark)
                            ? "<c:pt idx=\"\(index)\" formatCode=\"&quot;hidden&quot;\"><c:v>\(value.dropFirst(Self.hiddenMark.count))</c:v></c:pt>"
                            : "<c:pt idx=\"\(index)\"><c:v>\(value)</c:v></c:pt>"
                    }
                }.joined()
                + "</c:numCache></c:numRef></c:val>"
        }

        var allSeries = ""
        for (level, name) in chart.levels.enumerated() {
            let fill = fill(chart.scheme, level: level)
            var points = "", labels = "", cache: [String?] = []
            for (category, row) in chart.counts.enumerated() {
                guard level < row.count else { cache.append(nil); continue }
                let count = row[level]
                switch exact[category][level] {
                case 0?:
                    cache.append("0")
                    labels += "<c:dLbl><c:idx val=\"\(category)\"/><c:delete val=\"1\"/></c:dLbl>"
                case let value?:
                    cache.append(String(value))
                    labels += "<c:dLbl><c:idx val=\"\(category)\"/><c:tx>\(richText(count.text, colour: fill.text, size: 900, bold: true))</c:tx>"
                        + "<c:dLblPos val=\"ctr\"/>\(labelFlags)</c:dLbl>"
                case nil:
                    cache.append(Self.hiddenMark + hiddenSize)
                    points += "<c:dPt><c:idx val=\"\(category)\"/><c:invertIfNegative val=\"0\"/><c:bubble3D val=\"0\"/>\(shape(hiddenFill, hidden: true))</c:dPt>"
                    labels += "<c:dLbl><c:idx val=\"\(category)\"/><c:tx>\(richText(count.text, colour: hiddenFill.text, size: 900, bold: true))</c:tx>"
                        + "<c:spPr><a:solidFill><a:srgbClr val=\"FFFFFF\"/></a:solidFill></c:spPr><c:dLblPos val=\"ctr\"/>\(labelFlags)</c:dLbl>"
                }
            }
            let body = shape(fill, hidden: false) + "<c:invertIfNegative val=\"0\"/>" + points
                + "<c:dLbls>\(labels)<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr><c:dLblPos val=\"ctr\"/>\(labelFlags)</c:dLbls>"
                + categories + values(cache, series: level)
            allSeries += series(index: level, name: name, body: body)
        }
        if anyHidden {
            // Only for the legend: no values, so no segment.
            let body = shape(hiddenFill, hidden: true) + "<c:invertIfNegative val=\"0\"/><c:dLbls><c:delete val=\"1\"/></c:dLbls>"
                + categories + values(Array(repeating: nil, count: categoryCount), series: chart.levels.count)
            allSeries += series(index: chart.levels.count, name: hiddenLegend, body: body)
        }

        let axisText = "<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"900\"><a:solidFill><a:srgbClr val=\"1A1A1A\"/></a:solidFill></a:defRPr></a:pPr><a:endParaRPr lang=\"en-GB\"/></a:p></c:txPr>"
        return declaration
            + "<c:chartSpace xmlns:c=\"\(Namespace.c)\" xmlns:a=\"\(Namespace.a)\" xmlns:r=\"\(Namespace.r)\">\n"
            + "<c:date1904 val=\"0\"/><c:lang val=\"en-GB\"/><c:roundedCorners val=\"0\"/>\n<c:chart>\n"
            + "<c:title><c:tx>\(richText(chart.title, colour: "1A1A1A", size: 1100, bold: true))</c:tx><c:overlay val=\"0\"/></c:title><c:autoTitleDeleted val=\"0\"/>\n"
            + "<c:plotArea><c:layout/>\n<c:barChart><c:barDir val=\"bar\"/><c:grouping val=\"stacked\"/><c:varyColors val=\"0\"/>\n"
            + allSeries
            + "<c:gapWidth val=\"60\"/><c:overlap val=\"100\"/><c:axId val=\"1001\"/><c:axId val=\"1002\"/></c:barChart>\n"
            // Categories top to bottom in the document's order.
            + "<c:catAx><c:axId val=\"1001\"/><c:scaling><c:orientation val=\"maxMin\"/></c:scaling><c:delete val=\"0\"/><c:axPos val=\"l\"/>"
            + "<c:numFmt formatCode=\"General\" sourceLinked=\"0\"/><c:majorTickMark val=\"none\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/>"
            + "<c:spPr><a:ln w=\"6350\"><a:solidFill><a:srgbClr val=\"404040\"/></a:solidFill></a:ln></c:spPr>\(axisText)"
            + "<c:crossAx val=\"1002\"/><c:crosses val=\"autoZero\"/><c:auto val=\"1\"/><c:lblAlgn val=\"ctr\"/><c:lblOffset val=\"100\"/><c:noMultiLvlLbl val=\"0\"/></c:catAx>\n"
            // No scale: every segment carries its figure, and a hidden one has no length to read.
            + "<c:valAx><c:axId val=\"1002\"/><c:scaling><c:orientation val=\"minMax\"/><c:min val=\"0\"/></c:scaling><c:delete val=\"1\"/><c:axPos val=\"t\"/>"
            + "<c:numFmt formatCode=\"General\" sourceLinked=\"0\"/><c:majorTickMark val=\"none\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"none\"/>"
            + "<c:crossAx val=\"1001\"/><c:crosses val=\"autoZero\"/><c:crossBetween val=\"between\"/></c:valAx>\n"
            + "</c:plotArea>\n<c:legend><c:legendPos val=\"b\"/><c:overlay val=\"0\"/>\(axisText)</c:legend><c:plotVisOnly val=\"1\"/><c:dispBlanksAs val=\"gap\"/>\n</c:chart>\n"
            + "<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>"
            + "<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"900\"><a:latin typeface=\"Arial\"/></a:defRPr></a:pPr><a:endParaRPr lang=\"en-GB\"/></a:p></c:txPr>\n"
            + "</c:chartSpace>\n"
    }

    // MARK: The package's other parts

    static func contentTypes(charts: Int) -> String {
        let main = "application/vnd.openxmlformats-officedocument.wordprocessingml"
        let overrides: [(String, String)] = [
            ("/word/document.xml", "\(main).document.main+xml"),
            ("/word/styles.xml", "\(main).styles+xml"),
            ("/word/numbering.xml", "\(main).numbering+xml"),
            ("/word/settings.xml", "\(main).settings+xml"),
            ("/word/header1.xml", "\(main).header+xml"),
            ("/word/footer1.xml", "\(main).footer+xml"),
            ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
            ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"),
        ] + (0..<charts).map { ("/word/charts/chart\($0 + 1).xml", "application/vnd.openxmlformats-officedocument.drawingml.chart+xml") }
        return declaration
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\n"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\n"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>\n"
            + overrides.map { "<Override PartName=\"\($0)\" ContentType=\"\($1)\"/>\n" }.joined()
            + "</Types>\n"
    }

    static func relationships(_ list: [(id: String, type: String, target: String)]) -> String {
        declaration + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\n"
            + list.map { "<Relationship Id=\"\($0.id)\" Type=\"\($0.type)\" Target=\"\($0.target)\"/>\n" }.joined()
            + "</Relationships>\n"
    }

    static let packageRelationships = relationships([
        ("rIdDocument", "\(Namespace.relationship)/officeDocument", "word/document.xml"),
        ("rIdCore", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"),
        ("rIdApp", "\(Namespace.relationship)/extended-properties", "docProps/app.xml"),
    ])

    static func documentRelationships(charts: Int) -> String {
        relationships([
            ("rIdStyles", "\(Namespace.relationship)/styles", "styles.xml"),
            ("rIdNumbering", "\(Namespace.relationship)/numbering", "numbering.xml"),
            ("rIdSettings", "\(Namespace.relationship)/settings", "settings.xml"),
            ("rIdHeader", "\(Namespace.relationship)/header", "header1.xml"),
            ("rIdFooter", "\(Namespace.relationship)/footer", "footer1.xml"),
        ] + (0..<charts).map { ("rIdChart\($0 + 1)", "\(Namespace.relationship)/chart", "charts/chart\($0 + 1).xml") })
    }

    /// The title, and from the cover the theme, the author and the partnership; no dates.
    static func coreProperties(_ document: ReportDocument) -> String {
        let element = { (name: String, value: String?) in value.map { "<\(name)>\(WordText.escaped($0))</\(name)>" } ?? "" }
        return declaration
            + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\">"
            + element("dc:title", document.title) + element("dc:subject", document.cover?.theme) + element("dc:creator", document.cover?.author)
            + element("cp:category", document.marking) + element("dc:language", "en-GB")
            + "</cp:coreProperties>\n"
    }

    static func appProperties(_ document: ReportDocument) -> String {
        declaration
            + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
            + "<Application>maca</Application><DocSecurity>0</DocSecurity>"
            + "<HeadingPairs><vt:vector size=\"2\" baseType=\"variant\"><vt:variant><vt:lpstr>Title</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant></vt:vector></HeadingPairs>"
            + "<TitlesOfParts><vt:vector size=\"1\" baseType=\"lpstr\"><vt:lpstr>\(WordText.escaped(document.title))</vt:lpstr></vt:vector></TitlesOfParts>"
            + (document.cover?.partnership.map { "<Company>\(WordText.escaped($0))</Company>" } ?? "")
            + "</Properties>\n"
    }

    /// The marking, centred and bold, at the head of every page.
    static func header(_ marking: String?) -> String {
        declaration + "<w:hdr xmlns:w=\"\(Namespace.w)\" xmlns:r=\"\(Namespace.r)\">"
            + "<w:p><w:pPr><w:pStyle w:val=\"Header\"/><w:jc w:val=\"center\"/></w:pPr>\(marking.map { WordText.runs($0, properties: "<w:rPr><w:b/></w:rPr>") } ?? "")</w:p>"
            + "</w:hdr>\n"
    }

    /// The marking again, and "Page N of M" from Word's own fields.
    static func footer(_ marking: String?) -> String {
        func field(_ instruction: String) -> String {
            "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> \(instruction) </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
        }
        let markingParagraph = marking.map { "<w:p><w:pPr><w:pStyle w:val=\"Footer\"/><w:jc w:val=\"center\"/></w:pPr>\(WordText.runs($0, properties: "<w:rPr><w:b/></w:rPr>"))</w:p>" } ?? ""
        return declaration + "<w:ftr xmlns:w=\"\(Namespace.w)\" xmlns:r=\"\(Namespace.r)\">" + markingParagraph
            + "<w:p><w:pPr><w:pStyle w:val=\"Footer\"/><w:jc w:val=\"center\"/></w:pPr>"
            + "<w:r><w:t xml:space=\"preserve\">Page </w:t></w:r>\(field("PAGE"))<w:r><w:t xml:space=\"preserve\"> of </w:t></w:r>\(field("NUMPAGES"))</w:p>"
            + "</w:ftr>\n"
    }

    static let numbering = declaration
        + "<w:numbering xmlns:w=\"\(Namespace.w)\">"
        + "<w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"singleLevel\"/>"
        + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"•\"/><w:lvlJc w:val=\"left\"/>"
        + "<w:pPr><w:ind w:left=\"360\" w:hanging=\"360\"/></w:pPr><w:rPr><w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\" w:hint=\"default\"/></w:rPr></w:lvl>"
        + "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>\n"

    static let settings = declaration
        + "<w:settings xmlns:w=\"\(Namespace.w)\"><w:zoom w:percent=\"100\"/><w:defaultTabStop w:val=\"720\"/>"
        + "<w:characterSpacingControl w:val=\"doNotCompress\"/>"
        + "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
        + "</w:settings>\n"

    /// Word's built-in styles under their own ids and names (so Word and
    /// LibreOffice treat them as theirs), and the report's own.
    static let styles: String = {
        func style(
            _ id: String, _ name: String, type: String = "paragraph", basedOn: String? = "Normal", next: String? = nil,
            outline: Int? = nil, paragraph: String = "", run: String = "", extra: String = ""
        ) -> String {
            "<w:style w:type=\"\(type)\" w:styleId=\"\(id)\"><w:name w:val=\"\(name)\"/>"
                + (basedOn.map { "<w:basedOn w:val=\"\($0)\"/>" } ?? "") + (next.map { "<w:next w:val=\"\($0)\"/>" } ?? "")
                + "<w:qFormat/>"
                + (paragraph.isEmpty && outline == nil ? "" : "<w:pPr>\(paragraph)\(outline.map { "<w:outlineLvl w:val=\"\($0)\"/>" } ?? "")</w:pPr>")
                + (run.isEmpty ? "" : "<w:rPr>\(run)</w:rPr>") + extra + "</w:style>\n"
        }
        let navy = "<w:color w:val=\"1D3557\"/>", grey = "<w:color w:val=\"404040\"/>"
        let size = { (halfPoints: Int) in "<w:sz w:val=\"\(halfPoints)\"/><w:szCs w:val=\"\(halfPoints)\"/>" }
        let keep = "<w:keepNext/><w:keepLines/>"
        let border = "<w:tblBorders>" + ["top", "left", "bottom", "right", "insideH", "insideV"].map { "<w:\($0) w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"8C8C8C\"/>" }.joined() + "</w:tblBorders>"
        return declaration
            + "<w:styles xmlns:w=\"\(Namespace.w)\">\n"
            + "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\" w:eastAsia=\"Arial\" w:cs=\"Arial\"/>\(size(20))<w:lang w:val=\"en-GB\" w:eastAsia=\"en-GB\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>"
            + "<w:pPrDefault><w:pPr><w:spacing w:after=\"100\" w:line=\"252\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>\n"
            + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/><w:rPr><w:color w:val=\"1A1A1A\"/></w:rPr></w:style>\n"
            + "<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\"><w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/><w:unhideWhenUsed/></w:style>\n"
            + "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/><w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/>"
            + "<w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>\n"
            + "<w:style w:type=\"numbering\" w:default=\"1\" w:styleId=\"NoList\"><w:name w:val=\"No List\"/><w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/></w:style>\n"
            + style("Title", "Title", next: "Normal", paragraph: "<w:keepNext/><w:spacing w:after=\"240\"/>", run: "<w:b/>\(navy)\(size(44))")
            + style("Heading1", "heading 1", next: "Normal", outline: 0, paragraph: "\(keep)<w:spacing w:before=\"280\" w:after=\"100\"/>", run: "<w:b/>\(navy)\(size(32))")
            + style("Heading2", "heading 2", next: "Normal", outline: 1, paragraph: "\(keep)<w:spacing w:before=\"240\" w:after=\"80\"/>", run: "<w:b/>\(navy)\(size(26))")
            + style("Quote", "Quote", next: "Normal",
                    paragraph: "<w:pBdr><w:left w:val=\"single\" w:sz=\"18\" w:space=\"8\" w:color=\"1D3557\"/></w:pBdr><w:spacing w:before=\"120\" w:after=\"120\"/><w:ind w:left=\"567\" w:right=\"567\"/>",
                    run: "<w:i/><w:iCs/>\(grey)")
            + style("QuoteSource", "Quote Source", basedOn: "Quote", next: "Normal", paragraph: "<w:spacing w:before=\"0\" w:after=\"200\"/>", run: "<w:i w:val=\"0\"/><w:iCs w:val=\"0\"/>\(size(20))")
            + style("Note", "Note", paragraph: "<w:spacing w:before=\"0\" w:after=\"160\"/>", run: "\(grey)\(size(18))")
            + style("Caption", "caption", next: "Normal", paragraph: "<w:spacing w:before=\"60\" w:after=\"200\"/>", run: "<w:i/><w:iCs/>\(grey)\(size(18))")
            + style("ListBullet", "List Bullet", paragraph: "<w:numPr><w:numId w:val=\"1\"/></w:numPr><w:spacing w:after=\"60\"/><w:ind w:left=\"360\" w:hanging=\"360\"/>")
            + style("TableText", "Table Text", paragraph: "<w:spacing w:before=\"20\" w:after=\"20\" w:line=\"240\" w:lineRule=\"auto\"/>", run: size(18))
            + style("TableHeading", "Table Heading", basedOn: "TableText", paragraph: "<w:keepNext/>", run: "<w:b/><w:bCs/>")
            + style("Header", "header", paragraph: "<w:spacing w:after=\"0\"/>", run: size(18))
            + style("Footer", "footer", paragraph: "<w:spacing w:after=\"0\"/>", run: size(18))
            + style("ProtectiveMarking", "Protective Marking", paragraph: "<w:spacing w:before=\"240\" w:after=\"240\"/><w:jc w:val=\"center\"/>", run: "<w:b/><w:bCs/>\(size(28))")
            + style("CoverLogo", "Cover Logo", run: "<w:b/>\(navy)\(size(28))")
            + style("CoverDetail", "Cover Detail", paragraph: "<w:spacing w:after=\"80\"/>", run: size(24))
            + style("ReportTable", "Report Table", type: "table", basedOn: "TableNormal", extra: "<w:tblPr>\(border)</w:tblPr>")
            + "</w:styles>\n"
    }()
}
