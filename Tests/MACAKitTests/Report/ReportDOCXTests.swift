import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import MACAKit
import Testing
import ZIPFoundation

/// The Word writer: every part is XML a parser accepts, text from the days
/// comes out as the same text (less what XML cannot hold), and the
/// document has Word's own structure: headings, a cover section, repeating
/// table headers, bullets from a numbering definition, charts with alt text.
@Suite("The board paper as a Word document")
struct ReportDOCXTests {
    /// Controls (NUL, ESC, DEL, C1), a CDATA end, a WordprocessingML tag, an
    /// entity, both quotes, an emoji, a right-to-left mark and override, a non-character.
    static let hostile = "A\u{0}\u{1}\u{1B}[2J\u{7F}\u{9B} ]]> <w:p>&amp; \"q\" 'a' 😀 \u{200F}rtl\u{202E}x\u{FFFE}"
    /// The same as a reader sees it in Word.
    static let visible = "A[2J ]]> <w:p>&amp; \"q\" 'a' 😀 \u{200F}rtl\u{202E}x"

    static let twelve = ReportCount(key: "twelve", label: .exact(12))
    static let small = ReportCount(key: "small", label: .small(below: 5))
    static let secondary = ReportCount(key: "secondary", label: .secondary(atLeast: 5))
    static let zero = ReportCount(key: "zero", label: .exact(0))

    static func document(cover: Bool = true, hidden: ReportCount = ReportDOCXTests.small) -> ReportDocument {
        let hostile = Self.hostile
        return ReportDocument(
            title: "Neglect: theme report \(hostile)", threshold: 5,
            blocks: [
                .title("Neglect: theme report"),
                .heading("1. Purpose \(hostile)"),
                .paragraph("Cases audited: \(twelve); immediate concerns: \(hidden). \(hostile)"),
                .bullets(["one \(hostile)", "two\tcolumns\nsecond line\r\nthird"]),
                .subheading("Grades"),
                .table(ReportTable(
                    header: ["Domain \(hostile)", "Good", "Inadequate"],
                    rows: [["A", "\(twelve)", "\(hidden)"], ["B \(hostile)", "\(secondary)", "\(zero)"]], rowBasis: .categories
                )),
                .chart(ReportChart(
                    title: "Grades \(hostile)", categories: ["A", "B \(hostile)"], levels: ["Good", "Inadequate \(hostile)"],
                    counts: [[twelve, hidden], [secondary, zero]]
                )),
                .note(ReportDocument.secondaryNote(threshold: 5)),
                .heading("2. Actions"),
                .chart(ReportChart(
                    title: "Actions", categories: ["Police"], levels: ["Red", "Amber", "Green", "Complete"],
                    counts: [[twelve, twelve, zero, twelve]], scheme: .rag
                )),
                .quote(ReportQuote("We listened to her at last. \(hostile)", source: "Health \(hostile)")),
                .table(ReportTable(header: ["Action", "Status"], rows: [["A1", "Open"]], rowBasis: .items)),
            ],
            cover: cover
                ? ReportCover(
                    title: "Neglect: theme report", partnership: "Northshire \(hostile)", theme: "Neglect", period: "November 2026",
                    author: nil, date: "2026-11-22", version: "1", marking: "OFFICIAL-SENSITIVE", logoText: "NSCP"
                ) : nil,
            marking: "OFFICIAL-SENSITIVE \(hostile)"
        )
    }

    static func part(_ path: String, of document: ReportDocument = document()) throws -> Node {
        let xml = try #require(ReportDOCX.parts(document).first { $0.path == path }?.xml, "no part \(path)")
        return try #require(Node.parse(xml), "\(path) is not well-formed XML")
    }

    @Test("every part is well-formed XML, and none holds a character XML 1.0 forbids")
    func wellFormed() throws {
        // The parser refuses what Word refuses: the check can fail.
        #expect(Node.parse("<a>\u{1}</a>") == nil)
        #expect(Node.parse("<a>&#1;</a>") == nil)
        let parts = ReportDOCX.parts(Self.document())
        #expect(parts.count == 13)
        for part in parts {
            #expect(Node.parse(part.xml) != nil, "\(part.path)")
            let forbidden = part.xml.unicodeScalars.filter { ($0.value < 0x20 && !["\t", "\n", "\r"].contains($0)) || (0x7F...0x9F).contains($0.value) || $0.value == 0xFFFE }
            #expect(forbidden.isEmpty, "\(part.path): \(forbidden.map { String(format: "U+%04X", $0.value) })")
        }
    }

    @Test("hostile text comes out as the same text: tags, ]]>, quotes, emoji and right-to-left marks kept, controls dropped")
    func hostileText() throws {
        let body = try Self.part("word/document.xml")
        let texts = body.all("w:p").map(\.paragraphText)
        #expect(texts.contains("1. Purpose \(Self.visible)"))
        #expect(texts.contains("Cases audited: 12; immediate concerns: <5. \(Self.visible)"))
        #expect(texts.contains("Partnership: Northshire \(Self.visible)"))
        #expect(texts.contains("We listened to her at last. \(Self.visible)"))
        #expect(texts.contains("— Health \(Self.visible)"))
        // A tab and line breaks are Word's own, not characters in the text.
        #expect(texts.contains("two\tcolumns\nsecond line\nthird"))
        #expect(body.all("w:t").allSatisfy { !$0.text.contains("\n") && !$0.text.contains("\t") })
        let header = try Self.part("word/header1.xml")
        #expect(header.all("w:p").map(\.paragraphText) == ["OFFICIAL-SENSITIVE \(Self.visible)"])
        let core = try Self.part("docProps/core.xml")
        #expect(core.all("dc:title").map(\.text) == ["Neglect: theme report \(Self.visible)"])
    }

    @Test("every table is the text's width, has borders, repeats its header row and never splits a row")
    func tables() throws {
        let tables = try Self.part("word/document.xml").all("w:tbl")
        #expect(tables.count == 2)
        for table in tables {
            let properties = try #require(table.first("w:tblPr"))
            #expect(properties.first("w:tblW")?.attributes["w:w"] == String(ReportDOCX.Page.textWidth))
            #expect(properties.first("w:tblBorders")?.children.count == 6)
            let rows = table.children.filter { $0.name == "w:tr" }
            #expect(rows.count >= 2)
            for (index, row) in rows.enumerated() {
                #expect(row.first("w:cantSplit") != nil)
                #expect((row.first("w:tblHeader") != nil) == (index == 0))
            }
            let grid = table.all("w:gridCol").compactMap { Int($0.attributes["w:w"] ?? "") }
            #expect(grid.reduce(0, +) == ReportDOCX.Page.textWidth)
        }
        let cells = tables[0].all("w:tc").map(\.paragraphText)
        #expect(cells == ["Domain \(Self.visible)", "Good", "Inadequate", "A", "12", "<5", "B \(Self.visible)", "[c]", "0"])
    }

    @Test("headings in Word's styles with outline levels, the cover in a section of its own, bullets from numbering, A4 with the marking and Page N of M")
    func structure() throws {
        let styles = try Self.part("word/styles.xml").all("w:style")
        func style(_ id: String) -> Node? { styles.first { $0.attributes["w:styleId"] == id } }
        #expect(style("Heading1")?.first("w:name")?.attributes["w:val"] == "heading 1")
        #expect(style("Heading1")?.first("w:outlineLvl")?.attributes["w:val"] == "0")
        #expect(style("Heading2")?.first("w:name")?.attributes["w:val"] == "heading 2")
        #expect(style("Heading2")?.first("w:outlineLvl")?.attributes["w:val"] == "1")
        for id in ["Title", "Quote", "QuoteSource", "Note", "Caption", "ListBullet", "TableText", "TableHeading", "ReportTable"] {
            #expect(style(id) != nil, "\(id)")
        }

        let body = try #require(try Self.part("word/document.xml").first("w:body"))
        let paragraphs = body.all("w:p")
        let headings = paragraphs.compactMap { paragraph -> String? in
            guard let style = paragraph.style, style.hasPrefix("Heading") else { return nil }
            return "\(style): \(paragraph.paragraphText)"
        }
        #expect(headings == ["Heading1: 1. Purpose \(Self.visible)", "Heading2: Grades", "Heading1: 2. Actions"])

        // Two sections, the cover's and the body's, both A4 with the one header and footer.
        let sections = body.all("w:sectPr")
        #expect(sections.count == 2)
        for section in sections {
            #expect(section.first("w:pgSz")?.attributes["w:w"] == "11906")
            #expect(section.first("w:pgSz")?.attributes["w:h"] == "16838")
            #expect(section.first("w:headerReference")?.attributes["r:id"] == "rIdHeader")
            #expect(section.first("w:footerReference")?.attributes["r:id"] == "rIdFooter")
        }
        #expect(body.children.last?.name == "w:sectPr")
        let coverEnd = try #require(paragraphs.firstIndex { $0.first("w:sectPr") != nil })
        #expect(paragraphs[..<coverEnd].map(\.paragraphText) == [
            "NSCP", "OFFICIAL-SENSITIVE", "Neglect: theme report", "Partnership: Northshire \(Self.visible)", "Theme: Neglect",
            "Period: November 2026", "Date: 2026-11-22", "Version: 1",
        ])
        #expect(paragraphs[coverEnd + 1].paragraphText == "Neglect: theme report")

        // Bullets: a numbering definition, not a typed character.
        let bullets = paragraphs.filter { $0.style == "ListBullet" }
        #expect(bullets.count == 2)
        #expect(bullets.allSatisfy { $0.first("w:numId")?.attributes["w:val"] == "1" && !$0.paragraphText.hasPrefix("•") })
        let numbering = try Self.part("word/numbering.xml")
        #expect(numbering.first("w:numFmt")?.attributes["w:val"] == "bullet")
        #expect(numbering.first("w:num")?.attributes["w:numId"] == "1")

        // The quote and its source, and the note.
        let quote = try #require(paragraphs.firstIndex { $0.style == "Quote" })
        #expect(paragraphs[quote + 1].style == "QuoteSource")
        #expect(paragraphs.contains { $0.style == "Note" && $0.paragraphText.hasPrefix("[c]: a count of 5 or more") })

        let footer = try Self.part("word/footer1.xml")
        #expect(footer.all("w:instrText").map { $0.text.trimmingCharacters(in: .whitespaces) } == ["PAGE", "NUMPAGES"])
        #expect(footer.all("w:p").map(\.paragraphText) == ["OFFICIAL-SENSITIVE \(Self.visible)", "Page 1 of 1"])
    }

    @Test("without a cover the body starts the document in one section")
    func noCover() throws {
        let body = try #require(try Self.part("word/document.xml", of: Self.document(cover: false)).first("w:body"))
        #expect(body.all("w:sectPr").count == 1)
        #expect(body.all("w:p").first?.paragraphText == "Neglect: theme report")
        #expect(body.all("w:p").first?.style == "Title")
    }

    @Test("each chart is a chart part with the chart's text alternative as its alt text and its caption")
    func charts() throws {
        let document = Self.document()
        let charts = document.blocks.compactMap { if case let .chart(chart) = $0 { chart } else { nil } }
        let body = try Self.part("word/document.xml")
        let frames = body.all("wp:docPr")
        #expect(frames.count == 2)
        let paragraphs = body.all("w:p")
        for (index, (frame, chart)) in zip(frames, charts).enumerated() {
            let alternative = String(String.UnicodeScalarView(chart.alternative.unicodeScalars.filter { !WordText.isDropped($0) }))
            #expect(frame.attributes["descr"] == alternative)
            #expect(frame.attributes["id"] == String(index + 1))
            let drawing = try #require(paragraphs.firstIndex { $0.all("wp:docPr").first?.attributes["id"] == String(index + 1) })
            #expect(paragraphs[drawing + 1].style == "Caption")
            #expect(paragraphs[drawing + 1].paragraphText == alternative)
            #expect(try Self.part("word/charts/chart\(index + 1).xml").first("c:barChart") != nil)
        }
        #expect(charts[0].alternative.contains("A: Good 12, Inadequate \(Self.hostile) <5; B \(Self.hostile): Good [c], Inadequate \(Self.hostile) 0."))
    }

    /// A chart's series as drawn: name, fill, and each point's cached value, pattern and label.
    struct Series: Equatable {
        var name: String
        var fill: String?
        var values: [String]
        var hatched: [Int]
        var labels: [String]
        var unlabelled: [Int]

        init(name: String, fill: String?, values: [String], hatched: [Int], labels: [String], unlabelled: [Int]) {
            (self.name, self.fill, self.values, self.hatched, self.labels, self.unlabelled) = (name, fill, values, hatched, labels, unlabelled)
        }

        init(_ node: Node) {
            name = node.first("c:tx")?.first("c:v")?.text ?? ""
            let shape = node.children.first { $0.name == "c:spPr" }
            fill = shape?.first("a:fgClr")?.first("a:srgbClr")?.attributes["val"] ?? shape?.first("a:solidFill")?.first("a:srgbClr")?.attributes["val"]
            values = node.first("c:val")?.all("c:pt").map { $0.first("c:v")?.text ?? "" } ?? []
            hatched = node.all("c:dPt").filter { $0.first("a:pattFill") != nil }.compactMap { Int($0.first("c:idx")?.attributes["val"] ?? "") }
            labels = node.all("c:dLbl").compactMap { $0.first("c:tx").map { $0.all("a:t").map(\.text).joined() } }
            unlabelled = node.all("c:dLbl").filter { $0.first("c:delete") != nil }.compactMap { Int($0.first("c:idx")?.attributes["val"] ?? "") }
        }
    }

    @Test("a hidden count is a hatched segment of one fixed size labelled with its figure, with a legend entry; RAG is red, amber, green")
    func hiddenCounts() throws {
        let grades = try Self.part("word/charts/chart1.xml").all("c:ser").map(Series.init)
        #expect(grades.map(\.name) == ["Good", "Inadequate \(Self.visible)", "hidden (small numbers)"])
        // The longest bar of printed counts is 12: a hidden segment is an eighth of it, whatever it hides.
        #expect(grades[0] == Series(name: "Good", fill: "08306B", values: ["12", "1.5"], hatched: [1], labels: ["12", "[c]"], unlabelled: []))
        #expect(grades[1].values == ["1.5", "0"] && grades[1].hatched == [0] && grades[1].labels == ["<5"] && grades[1].unlabelled == [1])
        #expect(grades[2].values.isEmpty && grades[2].fill == ReportDOCX.hiddenFill.fill)
        #expect(try Self.part("word/charts/chart1.xml").first("c:valAx")?.first("c:delete")?.attributes["val"] == "1")
        // The fixed size stands for no number: every cached value of a hidden segment formats as "hidden", and no printed one does.
        let chart = ReportDOCX.parts(Self.document()).first { $0.path == "word/charts/chart1.xml" }!.xml
        #expect(chart.components(separatedBy: "formatCode=\"&quot;hidden&quot;\"><c:v>1.5</c:v>").count - 1 == 2)
        #expect(!chart.contains("formatCode=\"&quot;hidden&quot;\"><c:v>12</c:v>"))

        // The drawing is the same whichever hidden label stands there: only the label's text differs.
        let asSmall = ReportDOCX.parts(Self.document(hidden: Self.small)).first { $0.path == "word/charts/chart1.xml" }!.xml
        let asSecondary = ReportDOCX.parts(Self.document(hidden: Self.secondary)).first { $0.path == "word/charts/chart1.xml" }!.xml
        #expect(asSmall != asSecondary)
        #expect(asSmall.replacingOccurrences(of: "&lt;5", with: "[c]") == asSecondary)

        let rag = try Self.part("word/charts/chart2.xml").all("c:ser").map(Series.init)
        #expect(rag.map(\.name) == ["Red", "Amber", "Green", "Complete"])
        #expect(rag.map(\.fill) == ["B2182B", "F1A340", "1B7837", "4D4D4D"])
        #expect(rag.allSatisfy { $0.hatched.isEmpty })
    }

    /// WCAG 2 relative luminance of a colour written as six hex digits.
    static func luminance(_ hex: String) -> Double {
        let value = Int(hex, radix: 16)!
        let channels = [(value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF].map { channel -> Double in
            let c = Double(channel) / 255
            return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
    }

    static func contrast(_ a: String, _ b: String) -> Double {
        let (x, y) = (luminance(a), luminance(b))
        return (max(x, y) + 0.05) / (min(x, y) + 0.05)
    }

    @Test("every figure on a fill is at least 4.5:1 against it; the grades stay apart in greyscale, dark to light")
    func colours() {
        for fill in ReportDOCX.gradeFills + ReportDOCX.ragFills + [ReportDOCX.hiddenFill] {
            #expect(Self.contrast(fill.fill, fill.text) >= 4.5, "\(fill)")
        }
        // A hidden count's figure stands on white over the hatching.
        #expect(Self.contrast("FFFFFF", ReportDOCX.hiddenFill.text) >= 4.5)
        let grey = ReportDOCX.gradeFills.map { Self.luminance($0.fill) }
        for (darker, lighter) in zip(grey, grey.dropFirst()) {
            #expect(lighter - darker >= 0.1, "\(grey)")
        }
        #expect(Self.contrast("1A1A1A", "FFFFFF") >= 4.5)
    }

    @Test("the package: content types, relationships and parts agree")
    func package() throws {
        let parts = ReportDOCX.parts(Self.document())
        let paths = Set(parts.map { "/" + $0.path })
        let overrides = try Self.part("[Content_Types].xml").all("Override").compactMap { $0.attributes["PartName"] }
        #expect(Set(overrides) == paths.filter { !$0.hasSuffix(".rels") && $0 != "/[Content_Types].xml" })
        let packageTargets = try Self.part("_rels/.rels").all("Relationship").compactMap { $0.attributes["Target"] }
        #expect(packageTargets.allSatisfy { paths.contains("/" + $0) })
        let relationships = try Self.part("word/_rels/document.xml.rels").all("Relationship")
        #expect(relationships.allSatisfy { paths.contains("/word/" + ($0.attributes["Target"] ?? "")) })
        let ids = Set(relationships.compactMap { $0.attributes["Id"] })
        let xml = parts.first { $0.path == "word/document.xml" }!.xml
        let used = xml.components(separatedBy: "r:id=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        #expect(!used.isEmpty && used.allSatisfy(ids.contains))
        let app = try Self.part("docProps/app.xml")
        #expect(app.all("vt:lpstr").map(\.text).contains("Neglect: theme report \(Self.visible)"))
    }

    @Test("the same document gives the same bytes: a ZIP of the parts, deflated, dated 1980-01-01")
    func deterministic() throws {
        let document = Self.document()
        let first = try ReportDOCX.render(document)
        #expect(try ReportDOCX.render(document) == first)
        #expect(try ReportDOCX.render(Self.document(cover: false)) != first)
        let archive = try Archive(data: first, accessMode: .read)
        let parts = ReportDOCX.parts(document)
        let entries = Array(archive)
        #expect(entries.map(\.path) == parts.map(\.path))
        for (entry, part) in zip(entries, parts) {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            #expect(data == Data(part.xml.utf8), "\(entry.path)")
            #expect(entry.fileAttributes[.modificationDate] as? Date == Date(timeIntervalSince1970: 315_532_800))
            #expect(entry.isCompressed)
        }
    }

    @Test("the Word exit drops what XML forbids and escapes what would be markup")
    func wordExit() {
        #expect(WordText.escaped("a\u{0}b\u{1B}c\u{7F}d\u{85}e\u{FFFF}") == "abcde")
        #expect(WordText.escaped("<w:p>&\"'") == "&lt;w:p&gt;&amp;&quot;&apos;")
        #expect(WordText.escaped("tab\tline\n😀\u{200F}") == "tab\tline\n😀\u{200F}")
        #expect(WordText.runs("a\tb\r\nc\rd") == "<w:r><w:t xml:space=\"preserve\">a</w:t><w:tab/><w:t xml:space=\"preserve\">b</w:t><w:br/><w:t xml:space=\"preserve\">c</w:t><w:br/><w:t xml:space=\"preserve\">d</w:t></w:r>")
        #expect(WordText.runs("") == "")
    }
}

/// An element of a parsed XML part, with its prefixed name as written.
final class Node {
    let name: String
    let attributes: [String: String]
    var children: [Node] = []
    var text = ""

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    /// The part's root element, or nil if the XML is not well-formed.
    static func parse(_ xml: String) -> Node? {
        let builder = Builder()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = builder
        guard parser.parse(), let root = builder.root else { return nil }
        return root
    }

    /// Every element of this name below this one, in document order.
    func all(_ name: String) -> [Node] {
        children.flatMap { ($0.name == name ? [$0] : []) + $0.all(name) }
    }

    func first(_ name: String) -> Node? { all(name).first }

    /// A paragraph's text as Word shows it: its runs' text, tabs and breaks.
    var paragraphText: String {
        switch name {
        case "w:t": text
        case "w:tab": "\t"
        case "w:br": "\n"
        case "w:instrText": ""
        default: children.map(\.paragraphText).joined()
        }
    }

    /// A paragraph's style id.
    var style: String? { children.first { $0.name == "w:pPr" }?.children.first { $0.name == "w:pStyle" }?.attributes["w:val"] }

    final class Builder: NSObject, XMLParserDelegate {
        var root: Node?
        var stack: [Node] = []

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            let node = Node(name: name, attributes: attributes)
            stack.last?.children.append(node)
            if root == nil { root = node }
            stack.append(node)
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            stack.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.text += string
        }
    }
}
