import Foundation
import MACAKit
import MACATestSupport
import Testing

/// What only a terminal shows: readline's editing and completion, Ctrl-C and
/// Ctrl-D, and a resume after the process is killed. Run in tmux.
@Suite("The REPL in a real terminal")
struct TerminalTests {
    /// A day folder prepared by a piped run of the demo, cut off after `line`.
    func preparedDay(after line: String, in sessions: TemporaryFolder) throws -> String {
        let (first, _) = try DayScripts.demoSplit(after: line)
        let (_, folder) = try DayScripts.run(first, sessions: sessions.path)
        return try #require(folder)
    }

    /// A demo day stopped before the lived experience, resumed in a terminal
    /// at its first question; `environment` (`EDITOR=…`) goes before the command.
    func resumedAtLivedExperience(in sessions: TemporaryFolder, environment: String = "") throws -> (TmuxSession, String, String) {
        let folder = try preparedDay(after: "used-once", in: sessions)
        let name = (folder as NSString).lastPathComponent
        let terminal = try TmuxSession()
        try terminal.enter((environment.isEmpty ? "" : environment + " ") + maca("resume --sessions \(sessions.path) \(name)"))
        #expect(try terminal.wait(for: "What was life like for this child?"))
        return (terminal, folder, name)
    }

    func maca(_ arguments: String) -> String {
        "\(macaBinary) \(arguments)"
    }

    @Test("line editing and tab completion of agencies; Ctrl-D asks before leaving; no history file")
    func editingAndAgencies() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let terminal = try TmuxSession()
        defer { terminal.close() }
        try terminal.enter(maca("run --template neglect --templates \(packageRoot)/audit-templates --sessions \(sessions.path)"))
        #expect(try terminal.wait(for: "Date of the audit day"))
        try terminal.press("Enter")
        #expect(try terminal.wait(for: "Partnership or area"))
        // A typo mended with the arrow keys: "Exampleshre" becomes "Exampleshire".
        try terminal.type("Exampleshre Partnership")
        try terminal.press(contentsOf: Array(repeating: "Left", count: 14))
        try terminal.type("i")
        try terminal.press("Enter")
        #expect(try terminal.wait(for: "Facilitator"))
        try terminal.enter("Test Facilitator")
        #expect(try terminal.wait(for: "Agencies attending "))
        try terminal.type("pol")
        try terminal.press("Tab")
        try terminal.type(", edu")
        try terminal.press("Tab")
        try terminal.press("Enter")
        #expect(try terminal.wait(for: "saved: 2 agencies attending"))
        #expect(try terminal.wait(for: "Auditor"))
        try terminal.press("C-d")
        #expect(try terminal.wait(for: "Leave the day now?"))
        try terminal.enter("yes")
        #expect(try terminal.wait(for: "To carry on: maca resume"))

        let folder = "\(sessions.path)/\(try #require(try SessionStore(directory: sessions.path).dayFolders().first))"
        let day = try DayScripts.fold(folder)
        #expect(day.area == "Exampleshire Partnership")
        #expect(day.agencies.map(\.id) == ["police", "education"])
        #expect(day.date == Timestamp.localDay(Date()))
        // Answers are sensitive: nothing was written to the home directory.
        #expect(try FileManager.default.contentsOfDirectory(atPath: terminal.home.path).isEmpty)
    }

    @Test("tab completion of a grade level, and Ctrl-C clears a half-typed rationale without leaving")
    func gradeAndInterrupt() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let folder = try preparedDay(after: "None for this case.", in: sessions)
        let terminal = try TmuxSession()
        defer { terminal.close() }
        try terminal.enter(maca("resume --sessions \(sessions.path) \((folder as NSString).lastPathComponent)"))
        // The rest of health visiting's improvement questions are optional: Enter passes them.
        #expect(try terminal.wait(for: "Resuming"))
        try terminal.press("Enter")
        #expect(try terminal.wait(for: "skipped", count: 1))
        try terminal.press("Enter")
        #expect(try terminal.wait(for: "How well was neglect recognised"))
        try terminal.type("req")
        try terminal.press("Tab")
        try terminal.press("Enter")
        #expect(try terminal.wait(for: "Rationale for Requires improvement"))
        try terminal.type("half a thought that should not be saved")
        try terminal.press("C-c")
        // The line is cleared and the same prompt shown afresh; maca goes on.
        #expect(try terminal.wait(for: "Rationale for Requires improvement", count: 2))
        try terminal.enter("Recognised by health; the pattern across plans was not.")
        #expect(try terminal.wait(for: "saved: Requires improvement"))
        #expect(try terminal.wait(for: "How good was the assessment"))
        // Completing a case reference after :goto: the common start, then the rest typed.
        try terminal.type(":goto demo-01")
        try terminal.press("Tab")
        try terminal.type("2")
        try terminal.press("Enter")
        #expect(try terminal.wait(for: "case 2 of 2 (DEMO-0102)"))
        try terminal.enter(":quit")
        #expect(try terminal.wait(for: "To carry on: maca resume"))

        let grade = try #require(try DayScripts.fold(folder).caseAudit("DEMO-0101")?.agreedGrades["recognition"])
        #expect(grade.level == "requires-improvement")
        #expect(grade.rationale == "Recognised by health; the pattern across plans was not.")
        let journal = try String(contentsOfFile: "\(folder)/facilitator.jsonl", encoding: .utf8)
        #expect(!journal.contains("half a thought"))
    }

    @Test("after kill -9 mid-case, resume has every acknowledged answer and asks the next question")
    func resumeAfterKill() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let (terminal, folder, name) = try resumedAtLivedExperience(in: sessions)
        defer { terminal.close() }
        let answers = [
            "Invented: a toddler often hungry by the afternoon.",
            "Invented: breakfast at nursery most days.",
            "yes: each plan was judged on its own",
        ]
        for (index, answer) in answers.enumerated() {
            try terminal.enter(answer)
            #expect(try terminal.wait(for: "✓ saved", count: index + 1))
        }
        // Half an answer typed, then the process dies without warning.
        #expect(try terminal.wait(for: "Did the child's circumstances improve and stay improved?"))
        try terminal.type("no: it did not last")
        let pid = try #require(try terminal.foregroundPID())
        #expect(kill(pid, SIGKILL) == 0)
        #expect(Self.gone(pid))
        // The dead process left the terminal raw (no echo, Enter not a newline): mend it first,
        // and wait until the shell has run that (its output, not the typed line, says so),
        // or the next command can be typed into a terminal still being mended.
        try terminal.type("stty sane; echo terminal-mended-$((40+2))")
        try terminal.press("C-j")
        #expect(try terminal.wait(for: "terminal-mended-42"))

        let day = try DayScripts.fold(folder)
        let audit = try #require(day.caseAudit("DEMO-0101"))
        #expect(audit.answer("life-for-child") == .text(answers[0]))
        #expect(audit.answer("daily-care") == .text(answers[1]))
        #expect(audit.answer("cumulative-harm") == .yesPartlyNo(.yes, evidence: "each plan was judged on its own"))
        #expect(audit.answer("sustained-change") == nil)

        try terminal.enter(maca("resume --sessions \(sessions.path) \(name)"))
        #expect(try terminal.wait(for: "Resuming \(name) at case DEMO-0101, sustained-change"))
        try terminal.enter(":quit")
        #expect(try terminal.wait(for: "To carry on: maca resume"))
        let verify = try runMaca(["verify", "--sessions", sessions.path, name])
        #expect(verify.status == 0)
    }
}

extension TerminalTests {
    /// Waits until the process has ended and its shell has reaped it: a line
    /// typed before then would be read by maca, not by the shell.
    static func gone(_ pid: pid_t) -> Bool {
        let deadline = Date().addingTimeInterval(10)
        while kill(pid, 0) == 0 && Date() < deadline { usleep(10_000) }
        return kill(pid, 0) != 0
    }

    @Test("SIGTERM and SIGHUP leave the terminal usable and a journal that verifies and resumes", arguments: [SIGTERM, SIGHUP])
    func terminatedBySignal(signal: Int32) throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let (terminal, _, name) = try resumedAtLivedExperience(in: sessions)
        defer { terminal.close() }
        try terminal.enter("Invented: answered just before the signal.")
        #expect(try terminal.wait(for: "✓ saved"))
        let pid = try #require(try terminal.foregroundPID())
        #expect(kill(pid, signal) == 0)
        #expect(Self.gone(pid))
        // readline put the terminal back before the process ended: the shell echoes again.
        try terminal.enter("echo shell-is-back")
        #expect(try terminal.wait(for: "shell-is-back", count: 2))
        #expect(try runMaca(["verify", "--sessions", sessions.path, name]).status == 0)
        try terminal.enter(maca("resume --sessions \(sessions.path) \(name)"))
        #expect(try terminal.wait(for: "Resuming \(name) at case DEMO-0101, daily-care"))
        try terminal.enter(":quit")
        #expect(try terminal.wait(for: "To carry on: maca resume"))
    }
}

extension TerminalTests {
    @Test("while one maca runs a day, a second maca on the same day is refused and changes nothing")
    func secondProcessRefused() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let (terminal, folder, name) = try resumedAtLivedExperience(in: sessions)
        defer { terminal.close() }
        // While the day is open, the process can write no core dump holding its answers.
        let pid = try #require(try terminal.foregroundPID())
        let limits = try String(contentsOfFile: "/proc/\(pid)/limits", encoding: .utf8)
        let core = try #require(limits.split(separator: "\n").first { $0.hasPrefix("Max core file size") })
        #expect(core.split(separator: " ", omittingEmptySubsequences: true).dropFirst(4).prefix(2) == ["0", "0"])
        let before = try Data(contentsOf: URL(fileURLWithPath: "\(folder)/facilitator.jsonl"))
        let second = try runMaca(["resume", "--sessions", sessions.path, name], input: "Invented answer from a second process.\n")
        #expect(second.status == 64)
        #expect(second.stderr.contains("another maca is writing this file; close it there first (one writer per file)"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: "\(folder)/facilitator.jsonl")) == before)
        try terminal.enter(":quit")
        #expect(try terminal.wait(for: "To carry on: maca resume"))
    }
}

extension TerminalTests {
    @Test("maca report shows its progress on a terminal, and is quiet when not on one")
    func reportProgress() throws {
        let root = try TemporaryFolder()
        defer { root.remove() }
        let sessions = root.file("sessions")
        try ExampleDay.write(into: sessions, templates: "\(packageRoot)/audit-templates")
        // Fifty folders holding one day: enough to show progress, counted once.
        for copy in 2...50 {
            try FileManager.default.copyItem(atPath: "\(sessions)/\(ExampleDay.name)", toPath: "\(sessions)/copy-\(copy)")
        }
        let command = "report --theme neglect --sessions \(sessions) --out \(root.file("out"))"
        let piped = try runMaca(command.split(separator: " ").map(String.init))
        #expect(piped.status == 0)
        #expect(!piped.stderr.contains("Reading audit days"))
        let terminal = try TmuxSession()
        defer { terminal.close() }
        try terminal.enter(maca(command) + " 2>&1 | cat; " + maca(command))
        #expect(try terminal.wait(for: "Reading audit days: 50 of 50"))
        #expect(try terminal.wait(for: "Wrote", count: 6))
        #expect(try terminal.screen().components(separatedBy: "Reading audit days: 50 of 50").count - 1 == 1)
    }
}

extension TmuxSession {
    func press(contentsOf keys: [String]) throws {
        for key in keys { try press(key) }
    }
}

extension TerminalTests {
    @Test("resume with several unfinished days asks which, and asks again after a number that is not listed")
    func resumeAsksAgain() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let (first, _) = try DayScripts.demoSplit(after: "used-once")
        for date in ["2026-11-20", "2026-11-27"] {
            let (result, _) = try DayScripts.run(first.replacingOccurrences(of: "2026-11-20", with: date), sessions: sessions.path)
            #expect(result.status == 0)
        }
        let terminal = try TmuxSession()
        defer { terminal.close() }
        try terminal.enter("\(macaBinary) resume --sessions \(sessions.path)")
        #expect(try terminal.wait(for: "Which day?"))
        try terminal.enter("9")
        #expect(try terminal.wait(for: "'9' is not one of the numbers shown: choose a number from 1 to"))
        #expect(try terminal.wait(for: "Which day?", count: 2))
        try terminal.enter("2026-11-20-neglect")
        let resumed = try terminal.wait(for: "What was life like for this child?")
        #expect(resumed, "\((try? terminal.screen()) ?? "")")
    }
}

