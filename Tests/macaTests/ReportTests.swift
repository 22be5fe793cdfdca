import Foundation
import MACAKit
import MACATestSupport
import Testing

/// `maca report` over a fixture set of invented days: two template versions,
/// a day copied into two folders, a damaged day, and a previous audit.
@Suite("The theme report", .serialized)
struct ReportTests {
    static let golden = "\(packageRoot)/Tests/macaTests/Golden"

    /// Builds the fixture sessions folder; returns it with the damaged day's name.
    static func fixtures(in root: TemporaryFolder) throws -> (sessions: String, damaged: String) {
        let sessions = root.file("sessions")
        // The previous audit of the theme (October), and this one (November).
        try ExampleDay.write(into: sessions, templates: "\(packageRoot)/audit-templates")
        let (result, demo) = try DayScripts.run(try DayScripts.demo(), sessions: sessions)
        #expect(result.status == 0)
        let demoFolder = try #require(demo)
        // A day recorded against a later version of the template (the shipped one is 2), which rewords a question.
        let templates = root.file("templates-v2")
        try OwnerOnlyFiles.makeFolder(templates)
        let version2 = try String(contentsOfFile: "\(packageRoot)/audit-templates/neglect.yaml", encoding: .utf8)
            .replacingOccurrences(of: "\nversion: 2\n", with: "\nversion: 3\n")
            .replacingOccurrences(of: "What was life like for this child?", with: "What was a day in this child's life like?")
        try version2.write(toFile: "\(templates)/neglect.yaml", atomically: true, encoding: .utf8)
        let template = try TemplateLoader.load(path: "\(templates)/neglect.yaml")
        #expect(template.version == 3)
        let script = DayScripts.generated(for: template, date: "2026-11-21")
        let v2 = try runMaca(["run", "--template", "neglect", "--templates", templates, "--sessions", sessions], input: script)
        #expect(v2.status == 0)
        // The demo day copied into a second folder: one day, counted once.
        try FileManager.default.copyItem(atPath: demoFolder, toPath: "\(sessions)/copy-of-demo")
        // A damaged day: a copy of the demo with a changed answer, under its own day id.
        let damaged = "\(sessions)/damaged-day"
        try FileManager.default.createDirectory(atPath: damaged, withIntermediateDirectories: true)
        let text = try String(contentsOfFile: "\(demoFolder)/facilitator.jsonl", encoding: .utf8)
        let dayID = try #require(DayScripts.fold(demoFolder).id)
        try text.replacingOccurrences(of: dayID, with: "00000000-0000-4000-8000-00000000dead")
            .write(toFile: "\(damaged)/facilitator.jsonl", atomically: true, encoding: .utf8)
        return (sessions, "damaged-day")
    }

    static let arguments = ["report", "--theme", "neglect", "--from", "2026-11-01", "--to", "2026-11-30", "--date", "2026-11-22"]

    @Test("a damaged day stops the report, naming it; --skip-invalid leaves it out and lists it; golden Markdown and CSV")
    func goldenReport() throws {
        let root = try TemporaryFolder()
        defer { root.remove() }
        let (sessions, damaged) = try Self.fixtures(in: root)
        let out = root.file("reports")

        let refused = try runMaca(Self.arguments + ["--sessions", sessions, "--out", out])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("\(damaged)/facilitator.jsonl:1: the record's contents do not match its hash"))
        #expect(refused.stderr.contains("no report was written"))
        #expect(!FileManager.default.fileExists(atPath: out))

        let result = try runMaca(Self.arguments + ["--sessions", sessions, "--out", out, "--skip-invalid"])
        #expect(result.status == 0, "\(result.stderr)")
        let base = "\(out)/neglect-report-2026-11-01-to-2026-11-30"
        let markdown = try String(contentsOfFile: "\(base).md", encoding: .utf8)
        let csv = try Data(contentsOf: URL(fileURLWithPath: "\(base)-actions.csv"))
        #expect(try matchesGolden(markdown, path: "\(Self.golden)/report.md"))
        #expect(try matchesGolden(String(decoding: csv, as: UTF8.self), path: "\(Self.golden)/report-actions.csv"))
        let html = try String(contentsOfFile: "\(base).html", encoding: .utf8)
        #expect(try matchesGolden(html, path: "\(Self.golden)/report.html"))
        // Self-contained: nothing is fetched when the board paper is opened.
        #expect(!html.contains("src=") && !html.contains("href=") && !html.contains("@import"))
        #expect(html.contains("@page { size: A4"))
        #expect(markdown.contains("Template versions combined: neglect version 2, neglect version 3"))
        #expect(markdown.contains("damaged-day (damaged at line 1 of facilitator.jsonl"))
        #expect(result.stderr.contains("the same day as another folder; counted once"))
        #expect(markdown.contains("Audit days: 2; cases audited: fewer than 5"))
        // Small numbers: no count from 1 to 4 is printed in the grades tables, and no chart is drawn from them.
        #expect(markdown.contains("| Overall, how good was the multi-agency response to this child? | 0 | <5 | <5 | 0 |"))
        #expect(!markdown.contains("(The chart is left out"))
        #expect(markdown.contains("| Overall grade | Then | Now |"))
        // In sentences, words that agree with a hidden count.
        #expect(markdown.contains("Fewer than 5 immediate concerns were raised"))
        #expect(!markdown.contains("<5 immediate concern"))
        // The case-by-case table is the restricted annex's, not the board's.
        #expect(!markdown.contains("| Case 1 |"))
        #expect(!FileManager.default.fileExists(atPath: "\(base)-annex.md"))
        // Never a case reference in the board's report.
        #expect(!markdown.contains("DEMO-0"))
        #expect(!markdown.contains("TPL-0"))
        // Excel reads the CSV as UTF-8 with quoted fields and CRLF lines.
        #expect(csv.starts(with: [0xEF, 0xBB, 0xBF]))
        #expect(String(decoding: csv, as: UTF8.self).contains("\r\n\"neglect-2026-11-20-A1\","))
        for file in [base + ".md", base + ".html", base + "-actions.csv"] {
            let mode = (try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int ?? 0) & 0o777
            #expect(mode == 0o600)
        }
    }

    @Test("the same days in any order, or with a day duplicated, give byte-identical reports")
    func deterministic() throws {
        let root = try TemporaryFolder()
        defer { root.remove() }
        let (sessions, _) = try Self.fixtures(in: root)
        let days = try SessionStore(directory: sessions).dayFolders().filter { $0 != "damaged-day" }
        let withoutCopy = days.filter { $0 != "copy-of-demo" }
        #expect(withoutCopy.count == days.count - 1)
        var outputs: [Data] = []
        for (index, order) in [days, days.reversed(), withoutCopy].enumerated() {
            let out = root.file("out-\(index)")
            let result = try runMaca(Self.arguments + ["--sessions", sessions, "--out", out] + order)
            #expect(result.status == 0, "\(result.stderr)")
            outputs.append(try Data(contentsOf: URL(fileURLWithPath: "\(out)/neglect-report-2026-11-01-to-2026-11-30.md")))
        }
        #expect(outputs[0] == outputs[1])
        #expect(outputs[0] == outputs[2])
    }

    @Test("--annex writes the case-by-case table to a restricted annex: its first line says so, and it stays owner-only with --shareable")
    func annex() throws {
        let root = try TemporaryFolder()
        defer { root.remove() }
        let (sessions, _) = try Self.fixtures(in: root)
        let out = root.file("reports")
        let result = try runMaca(Self.arguments + ["--sessions", sessions, "--out", out, "--skip-invalid", "--annex", "--shareable"])
        #expect(result.status == 0, "\(result.stderr)")
        let base = "\(out)/neglect-report-2026-11-01-to-2026-11-30"
        #expect(result.stdout.contains("Wrote \(base)-annex.md (restricted: not for the board)"))
        let annex = try String(contentsOfFile: "\(base)-annex.md", encoding: .utf8)
        #expect(annex.hasPrefix("RESTRICTED: NOT FOR THE BOARD."))
        #expect(annex.contains("| Case 3 | Day 2 |"))
        #expect(!annex.contains("DEMO-0"))
        let mode = { (file: String) in ((try? FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int) ?? 0) & 0o777 }
        #expect(mode("\(base)-annex.md") == 0o600)
        #expect(mode("\(base).md") == 0o644)
        // The board paper says where the case-by-case table went, and has none.
        let paper = try String(contentsOfFile: "\(base).md", encoding: .utf8)
        #expect(paper.contains("restricted annex (maca report --annex)"))
        #expect(!paper.contains("| Case 1 |"))
    }

    @Test("the HTML opens in a real headless browser with its charts and tables", .enabled(if: Self.chromium != nil, "chromium is not installed here; make test installs it with apt-get where it can"))
    func rendersInBrowser() throws {
        let root = try TemporaryFolder()
        defer { root.remove() }
        let (sessions, _) = try Self.fixtures(in: root)
        let out = root.file("reports")
        // Suppression off, so the few fixture cases still draw charts to render.
        #expect(try runMaca(Self.arguments + ["--sessions", sessions, "--out", out, "--skip-invalid", "--format", "html", "--suppress-below", "1"]).status == 0)
        let html = "\(out)/neglect-report-2026-11-01-to-2026-11-30.html"
        let browser = try #require(Self.chromium)
        let flags = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--user-data-dir=\(root.file("chromium"))"]
        // The DOM after the browser parsed and laid out the page.
        let dom = try run(browser, flags + ["--dump-dom", "file://\(html)"]).stdout
        #expect(dom.contains("<svg"))
        #expect(dom.components(separatedBy: "<rect").count - 1 >= 8)
        #expect(dom.contains("<td>0 to 4 (baby, toddler or pre-school)</td>"))
        #expect(dom.contains("Agreed grades per domain"))
        // A screenshot the browser drew: a real page, not an empty one.
        let shot = root.file("report.png")
        _ = try run(browser, flags + ["--window-size=1000,3000", "--screenshot=\(shot)", "file://\(html)"])
        let size = (try FileManager.default.attributesOfItem(atPath: shot)[.size] as? Int) ?? 0
        #expect(size > 50_000)
        // And it prints to A4 pages.
        let pdf = root.file("report.pdf")
        _ = try run(browser, flags + ["--no-pdf-header-footer", "--print-to-pdf=\(pdf)", "file://\(html)"])
        let pdfText = String(decoding: try Data(contentsOf: URL(fileURLWithPath: pdf)), as: UTF8.self)
        #expect(pdfText.hasPrefix("%PDF"))
        // A4 is 595 × 842 points.
        #expect(pdfText.contains("/MediaBox [0 0 594.9"))
    }

    static let chromium = HeadlessBrowser.chromium

    @Test("a report over days with a planted NHS number is refused, listing it; --redact replaces it and says so")
    func plantedIdentifier() throws {
        let root = try TemporaryFolder()
        defer { root.remove() }
        let sessions = root.file("sessions")
        let script = try DayScripts.demo().replacingOccurrences(
            of: "Breakfast at nursery most days; no routine at home for bedtime.",
            // Warned at entry, the facilitator keeps it deliberately ("k", with a reason).
            with: "Breakfast at nursery most days; NHS number 943 476 5919 on the nursery form.\nk\nThe nursery form is quoted for the audit trail."
        )
        let (_, folder) = try DayScripts.run(script, sessions: sessions)
        let name = ((try #require(folder)) as NSString).lastPathComponent
        let out = root.file("reports")
        let refused = try runMaca(["report", "--theme", "neglect", "--sessions", sessions, "--out", out, "--date", "2026-11-22"])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("error: \(name): case DEMO-0101, daily-care: looks like an NHS number"))
        #expect(refused.stderr.contains("no report was written: 1 likely identifier"))
        #expect(!FileManager.default.fileExists(atPath: out))

        let redacted = try runMaca(["report", "--theme", "neglect", "--sessions", sessions, "--out", out, "--date", "2026-11-22", "--redact"])
        #expect(redacted.status == 0, "\(redacted.stderr)")
        #expect(redacted.stderr.contains("warning: \(name): case DEMO-0101, daily-care: looks like an NHS number; replaced with its placeholder"))
        for file in try FileManager.default.contentsOfDirectory(atPath: out) {
            let text = try String(contentsOfFile: "\(out)/\(file)", encoding: .utf8)
            #expect(!text.contains("943 476 5919"), "\(file)")
        }
    }

    @Test("a version on the cover that is not one short line, or no format at all, is a usage error (64) and writes nothing", arguments: [
        ["--paper-version", "1.0\n# Injected"], ["--paper-version", "  "], ["--paper-version", String(repeating: "v", count: 41)], ["--format", ""], ["--format", ","],
    ])
    func badPaperOptions(_ options: [String]) throws {
        let root = try TemporaryFolder()
        defer { root.remove() }
        let (sessions, _) = try Self.fixtures(in: root)
        let out = root.file("reports")
        let result = try runMaca(Self.arguments + ["--sessions", sessions, "--out", out, "--skip-invalid"] + options)
        #expect(result.status == 64, "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test("no days of the theme is missing input, exit 66")
    func noDays() throws {
        let root = try TemporaryFolder()
        defer { root.remove() }
        let result = try runMaca(["report", "--theme", "domestic-abuse", "--sessions", "\(packageRoot)/examples/sessions", "--out", root.file("r")])
        #expect(result.status == 66)
        #expect(result.stderr.contains("no audit days of theme 'domestic-abuse'"))
    }
}
