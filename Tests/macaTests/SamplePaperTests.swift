import Foundation
import MACAKit
import MACATestSupport
import Testing

/// The sample board paper in Documentation/examples is what maca writes:
/// the same invented days, config and recommendations as
/// Scripts/make-sample-paper, reported again and compared byte for byte
/// (the Markdown, HTML and Word files; the PDFs are printed from the HTML
/// and Word files by the script).
@Suite("The sample board paper in the documentation")
struct SamplePaperTests {
    @Test("Documentation/examples holds the paper maca writes now from examples/sample-paper, in every format but the printed PDFs")
    func sampleIsCurrent() throws {
        let root = try TemporaryFolder()
        defer { root.remove() }
        let environment = ["XDG_CONFIG_HOME": root.file("config"), "XDG_DATA_HOME": root.file("data")]
        try FileManager.default.createDirectory(atPath: root.file("config/maca"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: "\(packageRoot)/examples/sample-paper/config.yaml", toPath: root.file("config/maca/config.yaml"))
        let sessions = root.file("sessions")
        try SyntheticDays.write(count: 3, into: sessions, cases: 8, templates: "\(packageRoot)/audit-templates", sample: true)
        let table = try String(contentsOfFile: "\(packageRoot)/examples/sample-paper/recommendations.tsv", encoding: .utf8)
        let lines = table.split(separator: "\n").dropFirst()
        #expect(lines.count == 3)
        for line in lines {
            let field = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            try #require(field.count == 6, "\(line)")
            let added = try runMaca([
                "recommend", "add", "--sessions", sessions, "--theme", "neglect", "--today", "2025-03-20", "--by", "Quality sub-group chair",
                "--text", field[0], "--owner", field[1], "--due", field[2], "--measure", field[3], "--resources", field[4], "--status", field[5],
            ], environment: environment)
            #expect(added.status == 0, "\(added.stderr)")
        }
        let out = root.file("reports")
        let result = try runMaca([
            "report", "--sessions", sessions, "--theme", "neglect", "--out", out, "--date", "2025-04-02", "--paper-version", "1.0 (sample)",
            "--format", "md,html,docx,briefing",
        ], environment: environment)
        #expect(result.status == 0, "\(result.stderr)")
        let base = "\(out)/neglect-report-2025-01-15-to-2025-03-15"
        let examples = "\(packageRoot)/Documentation/examples"
        for (made, committed) in [("\(base).md", "sample-board-paper.md"), ("\(base).html", "sample-board-paper.html"),
                                  ("\(base).docx", "sample-board-paper.docx"), ("\(base)-briefing.html", "sample-briefing.html")] {
            let now = try Data(contentsOf: URL(fileURLWithPath: made))
            let then = try Data(contentsOf: URL(fileURLWithPath: "\(examples)/\(committed)"))
            #expect(now == then, "\(committed) is not what maca writes now: run Scripts/make-sample-paper")
        }
        // What Reports.md says of the sample is in it.
        let markdown = try String(contentsOfFile: "\(examples)/sample-board-paper.md", encoding: .utf8)
        for part in ["## The board is asked to", "### Key messages", "## 3. Findings by line of enquiry", "## 8. Partnership recommendations", "starred in the room"] {
            #expect(markdown.contains(part), "\(part)")
        }
        for file in ["sample-board-paper.pdf", "sample-board-paper-word.pdf", "sample-briefing.pdf"] {
            #expect(FileManager.default.fileExists(atPath: "\(examples)/\(file)"), "\(file)")
        }
    }
}
