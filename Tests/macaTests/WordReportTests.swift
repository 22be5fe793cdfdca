import Foundation
import MACAKit
import MACATestSupport
import Testing

/// `maca report --format docx` opened by programs that are not maca:
/// LibreOffice lays the document out and prints it to PDF, whose pages and
/// text poppler reads back, and python-docx reads its structure as a
/// script of a partnership's would. `make test` installs all three.
@Suite("The board paper as a Word document, opened by LibreOffice and python-docx", .serialized)
struct WordReportTests {
    static let soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice"].first { FileManager.default.isExecutableFile(atPath: $0) }
    static let poppler = ["/usr/bin/pdfinfo", "/usr/bin/pdftotext"].allSatisfy { FileManager.default.isExecutableFile(atPath: $0) }
    /// A Python with python-docx: Debian's, where python3-docx puts it, or any on the PATH.
    static let python: String? = ["/usr/bin/python3", "python3"].first { python in
        ((try? run("/usr/bin/env", [python, "-c", "import docx"]))?.status ?? 1) == 0
    }

    /// The fixture days' board paper as .docx and .md, with suppression on.
    static func report(in root: TemporaryFolder) throws -> (docx: String, markdown: String) {
        let (sessions, _) = try ReportTests.fixtures(in: root)
        let out = root.file("reports")
        let result = try runMaca(ReportTests.arguments + ["--sessions", sessions, "--out", out, "--skip-invalid", "--format", "docx,md"])
        #expect(result.status == 0, "\(result.stderr)")
        let base = "\(out)/neglect-report-2026-11-01-to-2026-11-30"
        #expect(result.stdout.contains("Wrote \(base).docx"))
        let mode = ((try FileManager.default.attributesOfItem(atPath: "\(base).docx")[.posixPermissions] as? Int) ?? 0) & 0o777
        #expect(mode == 0o600)
        return ("\(base).docx", try String(contentsOfFile: "\(base).md", encoding: .utf8))
    }

    /// The PDF LibreOffice prints a .docx to, with its number of pages and each page's text.
    static func printed(_ docx: String, in root: TemporaryFolder) throws -> (pages: Int, pageSize: String, text: [String]) {
        let soffice = try #require(Self.soffice)
        let pdfFolder = root.file("pdf")
        // A profile of its own, so that parallel runs and a person's LibreOffice do not clash.
        let arguments = ["-env:UserInstallation=file://\(root.file("libreoffice-profile"))", "--headless", "--convert-to", "pdf", "--outdir", pdfFolder, docx]
        let converted = try run(soffice, rawArguments: arguments.map { Array($0.utf8) }, input: nil, environment: ["HOME": root.path], timeLimit: 300)
        #expect(converted.status == 0 && !converted.timedOut, "\(converted.stdout)\(converted.stderr)")
        let pdf = "\(pdfFolder)/\(((docx as NSString).lastPathComponent as NSString).deletingPathExtension).pdf"
        #expect(String(decoding: try Data(contentsOf: URL(fileURLWithPath: pdf)).prefix(5), as: UTF8.self) == "%PDF-")
        let info = try run("/usr/bin/pdfinfo", [pdf]).stdout
        let field = { (name: String) in
            info.split(separator: "\n").first { $0.hasPrefix("\(name):") }.map { $0.dropFirst(name.count + 1).trimmingCharacters(in: .whitespaces) } ?? ""
        }
        let pages = Int(field("Pages")) ?? 0
        let text = try (1...max(1, pages)).map { page in
            try run("/usr/bin/pdftotext", ["-f", "\(page)", "-l", "\(page)", pdf, "-"]).stdout
        }
        return (pages, field("Page size"), text)
    }

    @Test(
        "LibreOffice prints the report to A4 pages with its title, marking and headings, and Page N of M",
        .enabled(if: Self.soffice != nil && Self.poppler, "LibreOffice or poppler-utils is not installed here; make test installs them with apt-get")
    )
    func printsInLibreOffice() throws {
        let root = try TemporaryFolder("maca-docx")
        defer { root.remove() }
        let (docx, _) = try Self.report(in: root)
        let (pages, size, text) = try Self.printed(docx, in: root)
        #expect(pages >= 2, "\(pages) pages")
        #expect(size.hasSuffix("(A4)"), "\(size)")
        let all = text.joined(separator: "\n")
        #expect(all.contains("Neglect: multi-agency theme audit report"))
        #expect(all.contains("OFFICIAL-SENSITIVE"))
        #expect(all.contains("1. Executive summary") && all.contains("The board is asked to"))
        #expect(all.contains("Agreed grades per domain"))
        // The footer's fields, worked out by LibreOffice as it laid out the pages.
        for (index, page) in text.enumerated() {
            #expect(page.contains("Page \(index + 1) of \(pages)"), "page \(index + 1)")
        }
    }

    @Test(
        "the cover sheet has a page of its own, and the marking is in the header of every page",
        .enabled(if: Self.soffice != nil && Self.poppler, "LibreOffice or poppler-utils is not installed here; make test installs them with apt-get")
    )
    func coverAndMarking() throws {
        let root = try TemporaryFolder("maca-docx")
        defer { root.remove() }
        let cover = ReportCover(
            title: "Neglect: theme report", partnership: "Exampleshire Safeguarding Children Partnership (invented)", theme: "Neglect",
            period: "November 2026", author: "Quality sub-group", date: "2026-11-22", version: "1", marking: "OFFICIAL-SENSITIVE",
            logoText: "EXAMPLESHIRE SCP"
        )
        let count = ReportCount(key: "cases", label: .exact(7))
        let long = (1...40).map { _ in ReportBlock.paragraph("An invented paragraph that fills the page, so that the body runs onto a second page of its own.") }
        let document = ReportDocument(
            title: "Neglect: theme report", threshold: 5,
            blocks: [.heading("1. Purpose"), .paragraph("Cases audited: \(count).")] + long + [.heading("2. Method")] + long,
            cover: cover, marking: "OFFICIAL-SENSITIVE"
        )
        let docx = root.file("paper.docx")
        try ReportDOCX.render(document).write(to: URL(fileURLWithPath: docx))
        let (pages, _, text) = try Self.printed(docx, in: root)
        #expect(pages >= 3, "\(pages) pages")
        #expect(text.first?.contains("EXAMPLESHIRE SCP") == true)
        #expect(text.first?.contains("Neglect: theme report") == true)
        #expect(text.first?.contains("Author: Quality sub-group") == true)
        #expect(text.first?.contains("1. Purpose") == false)
        #expect(text.dropFirst().first?.contains("1. Purpose") == true)
        for (index, page) in text.enumerated() {
            #expect(page.components(separatedBy: "OFFICIAL-SENSITIVE").count - 1 >= 2, "page \(index + 1): header and footer")
        }
    }

    /// Reads a .docx with python-docx: the outline (Title, Heading 1 and 2 in
    /// order), each table's rows' properties, the title and the page size.
    static let reader = """
        import json, sys
        import docx
        from docx.oxml.ns import qn
        document = docx.Document(sys.argv[1])
        marks = {"Title": "#", "Heading 1": "##", "Heading 2": "###"}
        outline = [[marks[p.style.name], p.text] for p in document.paragraphs if p.style is not None and p.style.name in marks]
        def has(row, tag):
            properties = row._tr.trPr
            return properties is not None and properties.find(qn(tag)) is not None
        tables = [{"repeats": [has(row, "w:tblHeader") for row in table.rows], "cantSplit": [has(row, "w:cantSplit") for row in table.rows]} for table in document.tables]
        sections = [[int(section.page_width), int(section.page_height)] for section in document.sections]
        print(json.dumps({"outline": outline, "tables": tables, "title": document.core_properties.title, "sections": sections}))
        """

    struct Read: Decodable {
        struct Table: Decodable {
            var repeats: [Bool]
            var cantSplit: [Bool]
        }

        var outline: [[String]]
        var tables: [Table]
        var title: String
        var sections: [[Int]]
    }

    @Test(
        "the learning briefing as Word prints on one A4 page in LibreOffice, for 2 cases and for 96, and the board paper of 96 cases on at most 12",
        .enabled(if: Self.soffice != nil && Self.poppler, "LibreOffice or poppler-utils is not installed here; make test installs them with apt-get")
    )
    func briefingOnePage() throws {
        let root = try TemporaryFolder("maca-docx")
        defer { root.remove() }
        var figures: [String] = []
        for (days, perDay) in [(1, 2), (12, 8)] {
            let sessions = root.file("sessions-\(days)")
            try SyntheticDays.write(count: days, into: sessions, cases: perDay, templates: "\(packageRoot)/audit-templates")
            let out = root.file("out-\(days)")
            let result = try runMaca(["report", "--theme", "neglect", "--sessions", sessions, "--out", out, "--format", "docx,briefing", "--date", "2026-01-10"])
            #expect(result.status == 0, "\(result.stderr)")
            let files = try FileManager.default.contentsOfDirectory(atPath: out)
            let briefing = try #require(files.first { $0.hasSuffix("-briefing.docx") })
            let paper = try #require(files.first { $0.hasSuffix(".docx") && !$0.hasSuffix("-briefing.docx") })
            let printedBriefing = try Self.printed("\(out)/\(briefing)", in: root)
            let printedPaper = try Self.printed("\(out)/\(paper)", in: root)
            #expect(printedBriefing.pages == 1)
            #expect(printedBriefing.text.joined().contains("5. Questions for practitioners"))
            if days == 12 { #expect(printedPaper.pages <= 12) }
            figures.append("\(days * perDay) cases: briefing \(printedBriefing.pages), paper \(printedPaper.pages)")
        }
        print("Word, printed by LibreOffice, A4 pages: " + figures.joined(separator: "; "))
    }

    @Test(
        "python-docx reads the headings in Word's styles in the paper's order, and every table's first row repeats",
        .enabled(if: Self.python != nil, "python-docx is not installed here; make test installs python3-docx with apt-get")
    )
    func readsWithPythonDocx() throws {
        let root = try TemporaryFolder("maca-docx")
        defer { root.remove() }
        let (docx, markdown) = try Self.report(in: root)
        let script = root.file("read.py")
        try Self.reader.write(toFile: script, atomically: true, encoding: .utf8)
        let result = try run("/usr/bin/env", [try #require(Self.python), script, docx])
        try #require(result.status == 0, "\(result.stderr)")
        let read = try JSONDecoder().decode(Read.self, from: Data(result.stdout.utf8))

        // The same outline as the Markdown writer's headings, read from the same document.
        let headings = markdown.split(separator: "\n").filter { $0.hasPrefix("# ") || $0.hasPrefix("## ") || $0.hasPrefix("### ") }.map(String.init)
        let outline = read.outline.map { "\($0[0]) \(MarkdownText.escaped($0[1]))" }
        #expect(outline == headings)
        #expect(outline.contains("## 1. Executive summary") && outline.contains("## The board is asked to") && outline.contains("### Agreed grades per domain"))

        // As many tables as the Markdown has, each header row repeating and no other, no row splitting.
        #expect(read.tables.count == markdown.split(separator: "\n").filter { $0.hasPrefix("|---") }.count)
        #expect(!read.tables.isEmpty)
        for table in read.tables {
            #expect(table.repeats.first == true && !table.repeats.dropFirst().contains(true))
            #expect(!table.cantSplit.contains(false))
        }
        #expect(read.title == "Neglect: multi-agency theme audit report")
        // A4 in EMUs: 11906 × 16838 twips, 635 EMUs to the twip.
        #expect(!read.sections.isEmpty && read.sections.allSatisfy { $0 == [11906 * 635, 16838 * 635] })
    }
}
