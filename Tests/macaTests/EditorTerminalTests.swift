import Foundation
import MACAKit
import MACATestSupport
import Testing

/// `:editor` in a real terminal (tmux): the editor gets the terminal and
/// the keys, maca gets them back, Ctrl-C and Ctrl-\ reach the editor only,
/// and the private `.editing-PID.txt` never outlives the edit.
@Suite("`:editor` in a real terminal")
struct EditorTerminalTests {
    private let terminalTests = TerminalTests()
    private static let firstQuestion = "What was life like for this child?"
    private static let nextQuestion = "What did the records show about the child's basic care"

    /// An editor: a shell script doing `body` with the answer's file as $1.
    private func editor(_ body: String, in sessions: TemporaryFolder) throws -> String {
        let path = sessions.file("editor-\(UUID().uuidString.prefix(8)).sh")
        try Data("#!/bin/sh\n\(body)\n".utf8).write(to: URL(fileURLWithPath: path))
        chmod(path, 0o755)
        return path
    }

    /// What an editor (or maca) left in the day folder: its private file, vi's swap file.
    private func editingFiles(_ folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix(".editing") }
    }

    /// Answers the next question, leaves, and checks the session took both.
    private func answerNextAndQuit(_ terminal: TmuxSession, saved: Int) throws {
        #expect(try terminal.wait(for: Self.nextQuestion))
        try terminal.enter("Invented: breakfast at nursery most days.")
        #expect(try terminal.wait(for: "✓ saved", count: saved + 1))
        try terminal.enter(":quit")
        #expect(try terminal.wait(for: "To carry on: maca resume"))
    }

    private func answers(_ folder: String) throws -> (life: AnswerValue?, daily: AnswerValue?) {
        let audit = try DayScripts.fold(folder).caseAudit("DEMO-0101")
        return (audit?.answer("life-for-child"), audit?.answer("daily-care"))
    }

    /// What a crash of maca prints: the Swift runtime's backtrace.
    private func expectNoCrash(_ screen: String) {
        for sign in ["crashed", "Backtrace", "Fatal error", "Stack dump"] {
            #expect(!screen.contains(sign), "the terminal shows '\(sign)':\n\(screen)")
        }
    }

    @Test("an editor (EDITOR with an argument) that writes the file and exits 0: saved, and the next prompt takes its answer")
    func editorWrites() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let script = try editor("printf 'Written in the editor,\\nover two lines.\\n' > \"$1\"", in: sessions)
        let (terminal, folder, _) = try terminalTests.resumedAtLivedExperience(in: sessions, environment: "EDITOR='sh \(script)'")
        defer { terminal.close() }
        try terminal.enter(":editor")
        #expect(try terminal.wait(for: "✓ saved"))
        try answerNextAndQuit(terminal, saved: 1)
        let (life, daily) = try answers(folder)
        #expect(life == .text("Written in the editor,\nover two lines."))
        #expect(daily == .text("Invented: breakfast at nursery most days."))
        #expect(try editingFiles(folder).isEmpty)
    }

    @Test("what the editor gave is shown before ✓ saved, so a slip made in the editor is seen")
    func editedTextShown() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        // A slip of the kind vi makes easy: a stray command letter left in the text.
        let script = try editor("printf 'Hungry by the afternoon;x\\nno coat in winter.\\n' > \"$1\"", in: sessions)
        let (terminal, folder, _) = try terminalTests.resumedAtLivedExperience(in: sessions, environment: "EDITOR='sh \(script)'")
        defer { terminal.close() }
        try terminal.enter(":editor")
        #expect(try terminal.wait(for: "✓ saved"))
        let screen = try terminal.screen()
        let shown = try #require(screen.range(of: "From the editor:\n    Hungry by the afternoon;x\n    no coat in winter.\n"), "\(screen)")
        #expect(shown.upperBound <= (screen.range(of: "✓ saved")?.lowerBound ?? screen.startIndex))
        #expect(!screen.contains("characters in all"))
        try answerNextAndQuit(terminal, saved: 1)
        #expect(try answers(folder).life == .text("Hungry by the afternoon;x\nno coat in winter."))
    }

    @Test("a long edited answer is shown by its first lines, then … and its length")
    func longEditedTextShownInPart() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        // Ten numbered lines: six are shown.
        let script = try editor("for n in 1 2 3 4 5 6 7 8 9 10; do echo \"Invented line $n of the room's notes.\"; done > \"$1\"", in: sessions)
        let (terminal, folder, _) = try terminalTests.resumedAtLivedExperience(in: sessions, environment: "EDITOR='sh \(script)'")
        defer { terminal.close() }
        try terminal.enter(":editor")
        #expect(try terminal.wait(for: "✓ saved"))
        let screen = try terminal.screen()
        #expect(screen.contains("    Invented line 6 of the room's notes.\n    …\n"), "\(screen)")
        #expect(!screen.contains("    Invented line 7 of"))
        let life = try answers(folder).life
        guard case let .text(text)? = life else { Issue.record("no answer saved: \(String(describing: life))"); return }
        #expect(screen.contains("(\(text.count) characters in all, over 10 lines)"))
        try terminal.enter(":quit")
    }

    @Test("real vi, driven by keys (i, text, Escape, :wq): saved, and the session goes on")
    func realVi() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let (terminal, folder, _) = try terminalTests.resumedAtLivedExperience(in: sessions, environment: "EDITOR=vi")
        defer { terminal.close() }
        try terminal.enter(":editor")
        // vi's last line names the file it opened.
        #expect(try terminal.wait(for: ".editing-"), "\((try? terminal.screen()) ?? "")")
        try terminal.press("i")
        try terminal.type("Typed in vi: the child was often hungry by the afternoon.")
        try terminal.press("Escape")
        try terminal.type(":wq")
        try terminal.press("Enter")
        #expect(try terminal.wait(for: "✓ saved"), "\((try? terminal.screen()) ?? "")")
        try answerNextAndQuit(terminal, saved: 1)
        #expect(try answers(folder).life == .text("Typed in vi: the child was often hungry by the afternoon."))
        #expect(try editingFiles(folder).isEmpty)
    }

    @Test("an editor that exits 1: maca asks before saving; no keeps the text for the next :editor, yes saves it")
    func editorFails() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let seen = sessions.file("what-the-editor-was-given.txt")
        let script = try editor("cp \"$1\" '\(seen)'\nprintf 'Draft from an editor that failed.' > \"$1\"\nexit 1", in: sessions)
        let (terminal, folder, _) = try terminalTests.resumedAtLivedExperience(in: sessions, environment: "EDITOR=\(script)")
        defer { terminal.close() }
        try terminal.enter(":editor")
        let question = "The editor exited with status 1: save what the file holds? [y/N]"
        #expect(try terminal.wait(for: question))
        try terminal.enter("n")
        #expect(try terminal.wait(for: "Not saved."))
        // Asked again, and nothing saved behind the facilitator's back.
        #expect(try terminal.wait(for: Self.firstQuestion, count: 2))
        #expect(try answers(folder).life == nil)
        #expect(try editingFiles(folder).isEmpty)

        try terminal.enter(":editor")
        #expect(try terminal.wait(for: question, count: 2))
        #expect(try String(contentsOfFile: seen, encoding: .utf8) == "Draft from an editor that failed.")
        try terminal.enter("y")
        #expect(try terminal.wait(for: "✓ saved"))
        try answerNextAndQuit(terminal, saved: 1)
        #expect(try answers(folder).life == .text("Draft from an editor that failed."))
        #expect(try editingFiles(folder).isEmpty)
    }

    @Test("Ctrl-C and Ctrl-\\ while the editor runs stop the editor only: maca goes on, prints no backtrace, leaves no file")
    func interruptedEditor() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let script = try editor("echo editor-is-waiting\nsleep 60", in: sessions)
        let (terminal, folder, _) = try terminalTests.resumedAtLivedExperience(in: sessions, environment: "EDITOR=\(script)")
        defer { terminal.close() }
        let maca = try #require(try terminal.foregroundPID())

        try terminal.enter(":editor")
        #expect(try terminal.wait(for: "editor-is-waiting"))
        #expect(try editingFiles(folder).count == 1)
        try terminal.press("C-c")
        #expect(try terminal.wait(for: "the editor was stopped by Ctrl-C and its file is empty: nothing was saved"), "\((try? terminal.screen()) ?? "")")
        #expect(try terminal.wait(for: Self.firstQuestion, count: 2))
        #expect(try editingFiles(folder).isEmpty)

        try terminal.enter(":editor")
        #expect(try terminal.wait(for: "editor-is-waiting", count: 2))
        try terminal.press("C-\\")
        #expect(try terminal.wait(for: "the editor was stopped by signal 3 (Quit)"), "\((try? terminal.screen()) ?? "")")
        #expect(try terminal.wait(for: Self.firstQuestion, count: 3))
        #expect(try editingFiles(folder).isEmpty)
        #expect(kill(maca, 0) == 0)

        // The same maca takes the next answers.
        try terminal.enter("Invented: a toddler often hungry by the afternoon.")
        #expect(try terminal.wait(for: "✓ saved"))
        try answerNextAndQuit(terminal, saved: 1)
        expectNoCrash(try terminal.screen())
        #expect(try answers(folder).life == .text("Invented: a toddler often hungry by the afternoon."))
        #expect(try editingFiles(folder).isEmpty)
    }

    @Test("maca killed while its editor is open: the next maca on the day reports the text, removes the file, and :editor opens it")
    func killedWhileEditing() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let script = try editor("printf 'Written before maca was killed.' > \"$1\"\necho editor-is-waiting\nsleep 60", in: sessions)
        let (terminal, folder, name) = try terminalTests.resumedAtLivedExperience(in: sessions, environment: "EDITOR=\(script)")
        defer { terminal.close() }
        let maca = try #require(try terminal.foregroundPID())
        try terminal.enter(":editor")
        #expect(try terminal.wait(for: "editor-is-waiting"))
        #expect(kill(maca, SIGKILL) == 0)
        #expect(TerminalTests.gone(maca))
        #expect(try editingFiles(folder) == [".editing-\(maca).txt"])
        // The shell has the terminal again; its modes are mended as after any kill -9.
        try terminal.type("stty sane; echo terminal-mended-$((40+2))")
        try terminal.press("C-j")
        #expect(try terminal.wait(for: "terminal-mended-42"))

        // `true` leaves the file as it is given: the kept text.
        try terminal.enter("EDITOR=true " + terminalTests.maca("resume --sessions \(sessions.path) \(name)"))
        #expect(try terminal.wait(for: "An answer was open in the editor when maca stopped, and was not saved (31 characters)"))
        #expect(try editingFiles(folder).isEmpty)
        #expect(try terminal.wait(for: Self.firstQuestion, count: 2))
        try terminal.enter(":editor")
        #expect(try terminal.wait(for: "The editor opens on the text kept from before"))
        #expect(try terminal.wait(for: "✓ saved"))
        try answerNextAndQuit(terminal, saved: 1)
        #expect(try answers(folder).life == .text("Written before maca was killed."))
        #expect(try editingFiles(folder).isEmpty)
    }
}
