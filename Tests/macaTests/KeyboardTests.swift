import Foundation
import MACAKit
import MACATestSupport
import Testing

/// The keys a facilitator presses under pressure: Ctrl-C keeps what was
/// typed, Ctrl-D asks once, `?` and `:help` answer from the first prompt,
/// and text fits the terminal it is shown on. Run in tmux.
@Suite("Keys in a real terminal")
struct KeyboardTests {
    let lifeQuestion = "What was life like for this child?"

    /// The demo day stopped before its lived experience, resumed in a
    /// terminal of `width` columns at its first question.
    func resumed(in sessions: TemporaryFolder, width: Int = 120) throws -> (TmuxSession, String) {
        let (first, _) = try DayScripts.demoSplit(after: "used-once")
        let (_, dayFolder) = try DayScripts.run(first, sessions: sessions.path)
        let folder = try #require(dayFolder)
        let terminal = try TmuxSession(width: width)
        try terminal.enter("\(macaBinary) resume --sessions \(sessions.path) \((folder as NSString).lastPathComponent)")
        #expect(try terminal.wait(for: lifeQuestion))
        return (terminal, folder)
    }

    @Test("Ctrl-C on a typed line keeps it as a draft that :draft or Up puts back, to finish and save")
    func draftAfterInterrupt() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let (terminal, folder) = try resumed(in: sessions)
        defer { terminal.close() }
        try terminal.type("Invented: hungry by the afternoon, a long thought")
        // Ctrl-C flushes what the terminal holds unread: wait until readline has the line.
        #expect(try terminal.wait(for: "a long thought"))
        try terminal.press("C-c")
        #expect(try terminal.wait(for: "kept as a draft: :draft or Up brings it back"))
        try terminal.enter(":draft")
        // The draft is on the line again, to finish and save.
        try terminal.enter(" that went on")
        #expect(try terminal.wait(for: "✓ saved"))
        #expect(try terminal.wait(for: "basic care over time"))
        try terminal.type("Invented: breakfast at nursery")
        #expect(try terminal.wait(for: "breakfast at nursery"))
        try terminal.press("C-c")
        #expect(try terminal.wait(for: "kept as a draft", count: 2))
        try terminal.press("Up")
        try terminal.press("Enter")
        #expect(try terminal.wait(for: "✓ saved", count: 2))
        try terminal.enter(":quit")
        #expect(try terminal.wait(for: "To carry on: maca resume"))

        let audit = try #require(try DayScripts.fold(folder).caseAudit("DEMO-0101"))
        #expect(audit.answer("life-for-child") == .text("Invented: hungry by the afternoon, a long thought that went on"))
        #expect(audit.answer("daily-care") == .text("Invented: breakfast at nursery"))
    }

    @Test("Ctrl-\\ at a prompt does what Ctrl-C does: the typed line is kept as a draft and the session goes on")
    func quitKeyKeepsDraft() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let (terminal, folder) = try resumed(in: sessions)
        defer { terminal.close() }
        try terminal.type("Invented: left alone after school, half typed")
        #expect(try terminal.wait(for: "half typed"))
        try terminal.press("C-\\")
        #expect(try terminal.wait(for: "kept as a draft: :draft or Up brings it back"))
        try terminal.press("Up")
        try terminal.press("Enter")
        #expect(try terminal.wait(for: "✓ saved"))
        try terminal.enter(":quit")
        #expect(try terminal.wait(for: "To carry on: maca resume"))
        #expect(!(try terminal.screen().contains("Quit")), "the session was ended by SIGQUIT")
        let audit = try #require(try DayScripts.fold(folder).caseAudit("DEMO-0101"))
        #expect(audit.answer("life-for-child") == .text("Invented: left alone after school, half typed"))
    }

    @Test("Ctrl-\\ at maca run's first prompt and at maca enter's keeps the line as a draft and asks the same question")
    func quitKeyInSetUpAndEnter() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let terminal = try TmuxSession()
        defer { terminal.close() }
        try terminal.enter("\(macaBinary) run --template neglect --templates \(packageRoot)/audit-templates --sessions \(sessions.path)")
        #expect(try terminal.wait(for: "Date of the audit day"))
        try terminal.type("2026-13-45")
        #expect(try terminal.wait(for: "2026-13-45"))
        try terminal.press("C-\\")
        #expect(try terminal.wait(for: "kept as a draft"))
        #expect(try terminal.wait(for: "Date of the audit day", count: 2))
        try terminal.press("C-d")
        // The second Ctrl-D only once the question is asked: pressed before readline reads again, it can be lost.
        #expect(try terminal.wait(for: "Leave without starting the day?"))
        try terminal.press("C-d")
        #expect(try terminal.wait(for: "nothing was saved"))

        // maca enter, for an agency of a day whose cases are set up.
        let (first, _) = try DayScripts.demoSplit(after: "csc, health-hv-sn, health-gp, police")
        let (_, made) = try DayScripts.run(first + "\n:quit\n", sessions: sessions.path)
        let folder = try #require(made)
        let name = (folder as NSString).lastPathComponent
        try terminal.enter("\(macaBinary) enter --sessions \(sessions.path) --day \(name) --agency police --auditor 'Auditor Q'")
        #expect(try terminal.wait(for: "(DEMO-0101)"))
        try terminal.type("Invented: police attended twice")
        #expect(try terminal.wait(for: "attended twice"))
        try terminal.press("C-\\")
        #expect(try terminal.wait(for: "kept as a draft", count: 2))
        try terminal.enter(":draft")
        try terminal.press("Enter")
        #expect(try terminal.wait(for: "✓ saved"))
        try terminal.enter(":quit")
        #expect(try terminal.wait(for: "maca enter"))
        let audit = try #require(try DayScripts.fold(folder).caseAudit("DEMO-0101"))
        #expect(audit.answers.contains { $0.key.agency == "police" && $0.value.value == .text("Invented: police attended twice") })
    }

    @Test(":draft with nothing kept says so and asks the same question")
    func noDraft() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let (terminal, _) = try resumed(in: sessions)
        defer { terminal.close() }
        try terminal.enter(":draft")
        #expect(try terminal.wait(for: "there is no draft: Ctrl-C on a line with something typed keeps it as one"))
        #expect(try terminal.wait(for: lifeQuestion, count: 2))
        try terminal.enter(":quit")
        #expect(try terminal.wait(for: "To carry on: maca resume"))
    }

    @Test("Ctrl-D asks once: Ctrl-D again leaves; no keeps the question, and the next answer goes to it")
    func oneConfirm() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let (terminal, folder) = try resumed(in: sessions)
        defer { terminal.close() }
        try terminal.press("C-d")
        #expect(try terminal.wait(for: "Leave the day now?"))
        try terminal.enter("no")
        #expect(try terminal.wait(for: lifeQuestion, count: 2))
        try terminal.enter("Invented: the answer after staying.")
        #expect(try terminal.wait(for: "✓ saved"))
        try terminal.press("C-d")
        #expect(try terminal.wait(for: "Leave the day now?", count: 2))
        try terminal.press("C-d")
        #expect(try terminal.wait(for: "To carry on: maca resume"))
        #expect(try terminal.screen().components(separatedBy: "Leave the day now?").count - 1 == 2, "a second confirm was asked")

        let audit = try #require(try DayScripts.fold(folder).caseAudit("DEMO-0101"))
        #expect(audit.answer("life-for-child") == .text("Invented: the answer after staying."))
        #expect(audit.answer("daily-care") == nil)
        #expect(try runMaca(["verify", "--sessions", sessions.path, (folder as NSString).lastPathComponent]).status == 0)
    }

    @Test("in set-up, ? shows the question's guidance, :help the commands, a day command says when it works, and Ctrl-D leaves with nothing written")
    func setUpHelp() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let terminal = try TmuxSession()
        defer { terminal.close() }
        try terminal.enter("\(macaBinary) run --template neglect --templates \(packageRoot)/audit-templates --sessions \(sessions.path)")
        #expect(try terminal.wait(for: "Date of the audit day"))
        try terminal.enter("?")
        #expect(try terminal.wait(for: "as 2026-11-20 or 20/11/2026; Enter takes today"))
        try terminal.enter(":help")
        #expect(try terminal.wait(for: ":draft"))
        #expect(try terminal.wait(for: "work once the day is open"))
        try terminal.enter(":back")
        #expect(try terminal.wait(for: ":back works once the day is open"))
        try terminal.press("Enter")
        #expect(try terminal.wait(for: "Partnership or area"))
        try terminal.enter("?")
        #expect(try terminal.wait(for: "Never a child's address."))
        try terminal.enter("Exampleshire (invented)")
        #expect(try terminal.wait(for: "Facilitator"))
        try terminal.press("C-d")
        #expect(try terminal.wait(for: "Leave without starting the day?"))
        try terminal.press("C-d")
        #expect(try terminal.wait(for: "nothing was saved"))
        #expect(try SessionStore(directory: sessions.path).dayFolders().isEmpty)
    }

    @Test("on a narrow terminal, guidance is broken between words, never inside one")
    func wrappedToWidth() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let (terminal, _) = try resumed(in: sessions, width: 50)
        defer { terminal.close() }
        let guidance = "Start with the child, before the agencies. Build a picture from every agency's records of what the child saw, heard, felt and went without, day to day. Describe, do not judge the family."
        // Unwrapped, the terminal itself would cut a word at its edge.
        let shown = Array("  " + guidance)
        #expect(stride(from: 50, to: shown.count, by: 50).contains { shown[$0 - 1] != " " && shown[$0] != " " })
        let rows = try terminal.rows()
        for word in guidance.split(separator: " ") {
            #expect(rows.contains { $0.contains(word) }, "'\(word)' is cut across two rows: \(rows)")
        }
        try terminal.enter(":quit")
        #expect(try terminal.wait(for: "To carry on: maca resume"))
    }
}

/// The same set-up, piped: `?` and `:help` are not taken as a date.
@Suite("Help in set-up, piped")
struct SetUpHelpPipedTests {
    @Test("? and :help at the date answer and ask again; the date is then today's")
    func pipedHelp() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let script = "?\n:help\n:goto 1\n\nExampleshire (invented)\n?\nDemo Facilitator\n:quit\n"
        let (result, folder) = try DayScripts.run(script, sessions: sessions.path)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Enter takes today"))
        #expect(result.stdout.contains(":quit               leave; nothing is saved until these three questions are answered"))
        #expect(result.stdout.contains(":goto works once the day is open"))
        #expect(result.stdout.contains("recorded as the author of the day's answers"))
        #expect(!result.stdout.contains("is not a date"))
        let day = try DayScripts.fold(try #require(folder))
        #expect(day.date == Timestamp.localDay(Date()))
        #expect(day.area == "Exampleshire (invented)")
    }
}
