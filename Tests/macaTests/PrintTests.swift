import Foundation
import MACAKit
import MACATestSupport
import Testing

/// The HTML board paper printed to A4 by headless Chromium, as a board
/// member's browser would print it, and read back with poppler's pdftotext.
@Suite(
    "The board paper printed on A4", .serialized,
    .enabled(if: HeadlessBrowser.chromium != nil && HeadlessBrowser.pdftotext != nil, "chromium or pdftotext is not installed here; make test installs them with apt-get where it can")
)
struct PrintTests {
    /// `maca report` over synthetic neglect days (`maca-bench days`), printed: the PDF's pages' text.
    /// With `briefing`, the learning briefing instead of the board paper.
    static func printedReport(days: Int, casesPerDay: Int, in root: TemporaryFolder, briefing: Bool = false) throws -> [String] {
        let sessions = root.file("sessions-\(days)x\(casesPerDay)")
        if !FileManager.default.fileExists(atPath: sessions) {
            try SyntheticDays.write(count: days, into: sessions, cases: casesPerDay, templates: "\(packageRoot)/audit-templates")
        }
        let out = root.file("reports-\(days)x\(casesPerDay)-\(briefing ? "briefing" : "paper")")
        let result = try runMaca(["report", "--theme", "neglect", "--sessions", sessions, "--out", out, "--format", briefing ? "briefing" : "html", "--date", "2026-01-10"])
        #expect(result.status == 0, "\(result.stderr)")
        let suffix = briefing ? "-briefing.html" : ".html"
        let html = try #require(try FileManager.default.contentsOfDirectory(atPath: out).first { $0.hasSuffix(suffix) })
        let pdf = root.file("report-\(days)x\(casesPerDay)-\(briefing ? "briefing" : "paper").pdf")
        try HeadlessBrowser.printToPDF("\(out)/\(html)", into: pdf, profile: root.file("chromium"))
        return try HeadlessBrowser.pages(of: pdf)
    }

    @Test("2 cases print on at most 6 A4 pages and 96 cases on at most 12, numbered 'Page N of M'")
    func pageCount() throws {
        let root = try TemporaryFolder()
        defer { root.remove() }
        let few = try Self.printedReport(days: 1, casesPerDay: 2, in: root)
        let many = try Self.printedReport(days: 12, casesPerDay: 8, in: root)
        print("A4 pages: 2 cases → \(few.count), 96 cases → \(many.count)")
        #expect(few.count <= 6)
        #expect(many.count <= 12)
        // More cases, more pages: a PDF that failed to lay out the paper would not grow.
        #expect(many.count > few.count)
        for pages in [few, many] {
            for (index, page) in pages.enumerated() {
                #expect(page.contains("Page \(index + 1) of \(pages.count)"), "page \(index + 1)")
            }
        }
        #expect(few.joined().contains("cases audited: fewer than 5"))
        #expect(many.joined().contains("cases audited: 96"))
    }

    @Test("the protective marking is printed on every page, a hostile one as it reads, with 'Page 1 of' on the first")
    func markingOnEveryPage() throws {
        let root = try TemporaryFolder()
        defer { root.remove() }
        // A paper long enough to run over several pages: the first random set with 60 cases or more.
        let templates = try RandomDaySets.shippedTemplates()
        let set = try #require((0..<500).lazy.map { RandomDaySets.make(seed: $0, templates: templates) }.first { $0.report.cases.count >= 60 })
        for marking in ["OFFICIAL-SENSITIVE", "OFFICIAL \"PERSONAL\" </style><b>x</b> \\ 'end'"] {
            var document = BoardPaper.document(set.report)
            #expect(document.marking == "OFFICIAL-SENSITIVE" && document.cover?.marking == "OFFICIAL-SENSITIVE")
            document.marking = marking
            document.cover?.marking = marking
            let html = root.file("paper.html"), pdf = root.file("paper-\(marking.count).pdf")
            try ReportHTML.render(document).write(toFile: html, atomically: true, encoding: .utf8)
            try HeadlessBrowser.printToPDF(html, into: pdf, profile: root.file("chromium"))
            let pages = try HeadlessBrowser.pages(of: pdf)
            #expect(pages.count >= 3)
            #expect(pages.first?.contains("Page 1 of \(pages.count)") == true)
            for (index, page) in pages.enumerated() {
                // Above and below. pdftotext places the words of a margin box by their glyphs, so it may drop or add spaces: compare without them.
                let (text, mark) = (page.filter { !$0.isWhitespace }, marking.filter { !$0.isWhitespace })
                #expect(text.components(separatedBy: mark).count - 1 >= 2, "page \(index + 1) of \(pages.count): \(text.prefix(300))")
            }
            // The cover sheet is a page of its own: the paper's first heading starts page 2.
            #expect(pages.count > 1 && pages[0].contains("The board is asked to") && !pages[0].contains("1. Executive summary") && pages[1].contains("1. Executive summary"))
        }
    }

    @Test("the learning briefing prints on one A4 page, for 2 cases and for 96, with the marking")
    func briefingOnePage() throws {
        let root = try TemporaryFolder()
        defer { root.remove() }
        var counts: [Int] = []
        for (days, perDay) in [(1, 2), (12, 8)] {
            let pages = try Self.printedReport(days: days, casesPerDay: perDay, in: root, briefing: true)
            counts.append(pages.count)
            #expect(pages.count == 1)
            let text = pages.joined().filter { !$0.isWhitespace }
            for part in ["1.Background", "2.Whyitmatters", "3.Whatwefound", "4.Whatgoodlookslike", "5.Questionsforpractitioners", "OFFICIAL-SENSITIVE"] {
                #expect(text.contains(part), "\(part)")
            }
        }
        print("learning briefing A4 pages: 2 cases → \(counts[0]), 96 cases → \(counts[1])")
    }
}
