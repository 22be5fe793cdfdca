import Foundation
import MACAKit
import MACATestSupport
import Testing

/// Hostile text planted through the real commands (a scripted day against a
/// hostile template, an action's evidence, where findings were shared) comes
/// out of every output neutralised for its medium: CSV, terminal, Markdown
/// and HTML (Documentation/Security.md).
@Suite("Outputs that cannot attack their reader")
struct HostileTextTests {
    struct Day {
        var sessions: String
        var templates: String
        var folder: String
        var name: String
        /// What `maca run` printed while the day was run.
        var run: CommandResult
    }

    /// A closed day run against the hostile template with hostile answers,
    /// an action updated with hostile evidence by a hostile reporter, and
    /// findings shared with a hostile board.
    static func hostileDay(in root: TemporaryFolder) throws -> Day {
        let templates = root.file("templates")
        let template = try HostileText.template(into: templates)
        let sessions = root.file("sessions")
        let run = try runMaca(["run", "--template", "neglect", "--templates", templates, "--sessions", sessions], input: HostileText.dayScript(for: template))
        #expect(run.status == 0, "\(run.stderr)")
        let name = try #require(try SessionStore(directory: sessions).dayFolders().first)
        let folder = "\(sessions)/\(name)"
        #expect(try DayScripts.fold(folder).isClosed, "the hostile day did not run to its close:\n\(run.stdout.suffix(2000))")
        // Every hostile answer was taken; the one problem is the planted command.
        #expect(run.stdout.components(separatedBy: "✗").count - 1 == 1, "\(run.stdout)")
        if let dump = ProcessInfo.processInfo.environment["MACA_DUMP"] { try? run.stdout.write(toFile: dump, atomically: true, encoding: .utf8) }
        let update = try runMaca([
            "actions", "update", "--sessions", sessions, "neglect-2026-11-20-A1", "--status", "done",
            "--evidence", HostileText.argument(#"=HYPERLINK("http://x","y")"#), "--by=" + HostileText.argument("-2+3"),
        ])
        #expect(update.status == 0, "\(update.stderr)")
        let note = try runMaca(["register", "note", "--sessions", sessions, name, "--shared-with", HostileText.argument("@SUM(1)")])
        #expect(note.status == 0, "\(note.stderr)")
        return Day(sessions: sessions, templates: templates, folder: folder, name: name, run: run)
    }

    @Test("every cell of every CSV (report tracker, actions export, register) is text to a spreadsheet, never a formula")
    func csv() throws {
        let root = try TemporaryFolder()
        defer { root.remove() }
        let day = try Self.hostileDay(in: root)
        let report = try runMaca(["report", "--theme", "neglect", "--sessions", day.sessions, "--out", root.file("r"), "--format", "csv", "--redact"])
        #expect(report.status == 0, "\(report.stderr)")
        let export = try runMaca(["actions", "export", "--sessions", day.sessions, "--today", "2027-01-01"])
        let register = try runMaca(["register", "show", "--sessions", day.sessions, "--format", "csv", "--today", "2027-01-01"])
        let files: [(String, Data)] = [
            ("report tracker", try Data(contentsOf: URL(fileURLWithPath: root.file("r/neglect-report-2026-11-20-to-2026-11-20-actions.csv")))),
            ("actions export", Data(export.stdout.utf8)), ("register", Data(register.stdout.utf8)),
        ]
        for (name, data) in files {
            let cells = try HostileText.cells(ofCSV: data).joined()
            #expect(cells.count > 10, "\(name)")
            for cell in cells { #expect(!HostileText.isFormula(cell), "\(name): \(cell.debugDescription)") }
            // Planted, and arrived as text: the apostrophe, then the formula whole.
            #expect(cells.contains { $0.hasPrefix(#"'=HYPERLINK("http://x","y")"#) }, "\(name)")
        }
        let tracker = try HostileText.cells(ofCSV: files[0].1).joined()
        for lead in ["'+cmd|' /C calc'!A0", "'@SUM(1)", #"'=HYPERLINK("http://x","y") social care"#] {
            #expect(tracker.contains { $0.hasPrefix(lead) }, "report tracker: no cell starts \(lead)")
        }
        let exported = try HostileText.cells(ofCSV: files[1].1).joined()
        #expect(exported.contains { $0.hasPrefix("'-2+3") }, "the reporter's name")
        let registered = try HostileText.cells(ofCSV: files[2].1).joined()
        #expect(registered.contains { $0.hasPrefix("'@SUM(1)") }, "where the findings were shared")
    }

    @Test("show, verify, templates show and list, actions list, register show, resume, run, errors, warnings and completions print no live control or bidi character")
    func terminal() throws {
        let root = try TemporaryFolder()
        defer { root.remove() }
        let day = try Self.hostileDay(in: root)
        // A copy of the day under a hostile folder name, with a forged journal of another day in it.
        let copy = "\(day.sessions)/copy-\u{1B}[2J\u{202E}"
        try FileManager.default.copyItem(atPath: day.folder, toPath: copy)
        let forged = try JournalWriter.create(
            path: "\(copy)/extra.jsonl", day: "\u{1B}]52;c;aGVsbG8=\u{07}", writer: "extra",
            first: .writerJoined(WriterJoined(name: "\u{1B}[2J", agency: "police")), author: "\u{9B}2J"
        )
        forged.close()
        // An unfinished day of the hostile template, for resume to list.
        let unfinished = HostileText.dayScript(for: try HostileText.template(into: day.templates)).components(separatedBy: "\n").prefix(12).joined(separator: "\n")
        _ = try runMaca(["run", "--template", "neglect", "--templates", day.templates, "--sessions", day.sessions], input: unfinished + "\n:quit\n")

        let outputs: [(String, CommandResult)] = [
            ("run", day.run),
            ("show", try runMaca(["show", "--sessions", day.sessions, day.name])),
            ("verify of the forged copy", try runMaca(["verify", copy])),
            ("templates show", try runMaca(["templates", "show", "neglect", "--templates", day.templates])),
            ("templates list", try runMaca(["templates", "list", "--templates", day.templates])),
            ("actions list", try runMaca(["actions", "list", "--sessions", day.sessions])),
            ("register show", try runMaca(["register", "show", "--sessions", day.sessions])),
            ("resume", try runMaca(["resume", "--sessions", day.sessions], input: "")),
            ("report's warnings", try runMaca(["report", "--theme", "neglect", "--sessions", day.sessions, "--out", root.file("r"), "--skip-invalid", "--redact", "--include-unfinished"])),
            ("an error quoting an id", try runMaca(["actions", "update", "--sessions", day.sessions, "\u{1B}[2J\u{9B}2J\u{202E}", "--status", "done", "--evidence", "x"])),
            ("zsh completing a template", try runMaca(
                ["---completion", "run", "--", "--template", "4", "0", "maca", "run", "--templates", day.templates, "--template", ""], environment: ["SAP_SHELL": "zsh"]
            )),
        ]
        // Verifying the day itself shows only paths and times: nothing planted, nothing live.
        let verify = try runMaca(["verify", "--sessions", day.sessions, day.name])
        #expect(verify.status == 0 && HostileText.liveControls(verify.stdout + verify.stderr).isEmpty)
        for (name, result) in outputs {
            #expect(HostileText.liveControls(result.stdout).isEmpty, "\(name), stdout: \(HostileText.liveControls(result.stdout).prefix(5))")
            #expect(HostileText.liveControls(result.stderr).isEmpty, "\(name), stderr: \(HostileText.liveControls(result.stderr).prefix(5))")
            // Planted, and shown: the escape sequence is there, as text.
            #expect((result.stdout + result.stderr).contains("\\x1B"), "\(name) shows none of the planted text")
        }
        #expect(outputs[2].1.status == 65)
        #expect(outputs[7].1.stdout.contains("Unfinished audit days:"))
        #expect(outputs[8].1.stderr.contains("warning: "))
        #expect(outputs[9].1.stderr.contains("error: no action point has the id '\\x1B[2J\\x9B2J\\u{202E}'"))
        #expect(day.run.stdout.contains("✗ ':\\x1B]52;c;aGVsbG8=\\x07\\u{202E}' is not a command"))
        // A day whose name the terminal would act on is not offered for completion; the others are.
        let days = try runMaca(["---completion", "verify", "--", "positional@0", "4", "0", "maca", "verify", "--sessions", day.sessions, ""], environment: ["SAP_SHELL": "zsh"])
        #expect(days.stdout.contains("\(day.name):neglect, 1 case, closed"), "\(days.stdout)")
        #expect(!days.stdout.contains("copy-"), "\(days.stdout)")
    }

    @Test("a CSV printed on a terminal goes through the terminal exit; piped to a program, its bytes are the file's")
    func csvOnTerminal() throws {
        let root = try TemporaryFolder()
        defer { root.remove() }
        let day = try Self.hostileDay(in: root)
        let arguments = ["actions", "export", "--sessions", day.sessions, "--today", "2027-01-01"]
        let terminal = try PseudoTerminalProcess(macaBinary, arguments, environment: IsolatedHome.shared.environment.merging(["NO_COLOR": "1"]) { $1 })
        #expect(terminal.waitForExit() == 0)
        terminal.drain()
        #expect(HostileText.liveControls(terminal.transcript).isEmpty, "\(HostileText.liveControls(terminal.transcript).prefix(5))")
        #expect(terminal.transcript.contains("'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")"))
        #expect(terminal.transcript.contains("\\x1B]52;c;aGVsbG8=\\x07"))
        let piped = try runMaca(arguments)
        #expect(piped.stdout.contains("\u{1B}]52;c;aGVsbG8=\u{07}"))
    }

    @Test("record.md, show, the report's Markdown, the register and templates show hold no raw HTML, link or image from the text")
    func markdown() throws {
        let root = try TemporaryFolder()
        defer { root.remove() }
        let day = try Self.hostileDay(in: root)
        let report = try runMaca(["report", "--theme", "neglect", "--sessions", day.sessions, "--out", root.file("r"), "--redact"])
        #expect(report.status == 0, "\(report.stderr)")
        let texts = [
            ("record.md", try String(contentsOfFile: "\(day.folder)/record.md", encoding: .utf8)),
            ("show", try runMaca(["show", "--sessions", day.sessions, day.name]).stdout),
            ("report", try String(contentsOfFile: root.file("r/neglect-report-2026-11-20-to-2026-11-20.md"), encoding: .utf8)),
            ("register", try runMaca(["register", "show", "--sessions", day.sessions]).stdout),
            ("templates show", try runMaca(["templates", "show", "neglect", "--templates", day.templates]).stdout),
        ]
        for (name, text) in texts {
            #expect(HostileText.liveMarkdown(text).isEmpty, "\(name): \(HostileText.liveMarkdown(text))")
            #expect(HostileText.liveControls(text).isEmpty, "\(name): \(HostileText.liveControls(text).prefix(5))")
            // Planted, and shown as text.
            #expect(text.contains("&lt;script&gt;alert(1)&lt;/script&gt;") || text.contains("&#91;x&#93;(javascript:alert(1))"), "\(name) shows none of the planted markup")
        }
    }

    @Test("the HTML report carries the strict Content-Security-Policy and no tag from the text")
    func html() throws {
        let root = try TemporaryFolder()
        defer { root.remove() }
        let day = try Self.hostileDay(in: root)
        let report = try runMaca(["report", "--theme", "neglect", "--sessions", day.sessions, "--out", root.file("r"), "--format", "html", "--redact"])
        #expect(report.status == 0, "\(report.stderr)")
        let html = try String(contentsOfFile: root.file("r/neglect-report-2026-11-20-to-2026-11-20.html"), encoding: .utf8)
        let policy = #"<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">"#
        #expect(html.contains("<head>\n<meta charset=\"utf-8\">\n\(policy)\n"))
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.lowercased().contains("<img"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    }
}
