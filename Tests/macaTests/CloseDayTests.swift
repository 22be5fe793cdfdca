import Foundation
import MACAKit
import MACATestSupport
import Testing

/// The cold facilitator trial of issue 17 ("the live day, version 2"):
/// the day closed with a case's required answers missing, then went on
/// asking and wrote after its seal; a yes/no question took other words as
/// no; a bare `n` at a yes/partly/no question asked no evidence, so the
/// room's next answer was saved in its place.
@Suite("Closing the day, yes/no questions and the evidence for an answer")
struct CloseDayTests {
    /// The demo with case 1 left at its first question (`:goto DEMO-0102`),
    /// case 2 answered in full, `close` typed at "Close the day?", then the
    /// lines the room meant for case 1.
    static func leftCaseScript(close: String) throws -> String {
        let demo = try DayScripts.demo()
        let caseOne = try #require(demo.range(of: "# ---- Case 1: DEMO-0101 ----\n"))
        let caseTwo = try #require(demo.range(of: "# ---- Case 2: DEMO-0102 ----\n"))
        let closing = try #require(demo.range(of: "# Close the day.\nyes\n"))
        return String(demo[..<caseOne.lowerBound]) + ":goto DEMO-0102\n"
            + String(demo[caseTwo.lowerBound..<closing.lowerBound])
            + "\(close)\n1\nchild-protection\n"
    }

    @Test("with a case's required answers missing, Enter at the close does not close the day: what is missing is named, and no is the default")
    func enterDoesNotClose() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let (result, folder) = try DayScripts.run(try Self.leftCaseScript(close: ""), sessions: sessions.path)
        #expect(result.status == 0, "\(result.stderr)")
        let dayFolder = try #require(folder)
        let day = try DayScripts.fold(dayFolder)
        #expect(!day.isClosed, "\(result.stdout.suffix(2500))")
        #expect(result.stdout.contains("! DEMO-0101 has "), "\(result.stdout.suffix(2500))")
        #expect(result.stdout.contains("required answers missing: age-band, plan-type"))
        #expect(result.stdout.contains("To finish: Enter (no) goes to the first missing answer of DEMO-0101"))
        #expect(result.stdout.contains("required answers missing? (y/n) [no]"))
        #expect(!result.stdout.contains("Day closed"))
        // Nothing of case 1 was taken from the lines after it: the day stayed open, and piped input left.
        #expect(day.caseAudit("DEMO-0101")?.answer("age-band") == nil)
        #expect(try runMaca(["verify", "--sessions", sessions.path, (dayFolder as NSString).lastPathComponent]).status == 0)
    }

    @Test("in a terminal, Enter at the close with answers missing goes to the first of them, and the day stays open")
    func enterGoesToTheFirstMissing() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        // Piped up to the close, where the end of input leaves the day open.
        let script = try Self.leftCaseScript(close: "")
        let cut = try #require(script.range(of: ":goto DEMO-0102\n"))
        let upToClose = String(script[..<script.index(script.endIndex, offsetBy: -"\n1\nchild-protection\n".count)])
        #expect(upToClose.hasPrefix(script[..<cut.upperBound]))
        let (_, dayFolder) = try DayScripts.run(upToClose, sessions: sessions.path)
        let folder = try #require(dayFolder)
        let terminal = try TmuxSession()
        defer { terminal.close() }
        try terminal.enter("\(macaBinary) resume --sessions \(sessions.path) \((folder as NSString).lastPathComponent)")
        #expect(try terminal.wait(for: "required answers missing? (y/n) [no]"), "\((try? terminal.screen()) ?? "")")
        try terminal.press("Enter")
        #expect(try terminal.wait(for: "How old was the child"), "\((try? terminal.screen()) ?? "")")
        #expect(try !terminal.screen().contains("Day closed"))
        try terminal.enter(":quit")
        #expect(try terminal.wait(for: "Everything is saved"))
        #expect(try !DayScripts.fold(folder).isClosed)
    }

    @Test("yes at the close with answers missing seals the day and ends the session: nothing more is asked or written, and verify passes")
    func sealEndsTheSession() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let (result, folder) = try DayScripts.run(try Self.leftCaseScript(close: "yes"), sessions: sessions.path)
        #expect(result.status == 0, "\(result.stderr)")
        let dayFolder = try #require(folder)
        #expect(try DayScripts.fold(dayFolder).isClosed)
        // After the seal: the day's record and summary, and no question (no marker, no prompt).
        let after = try #require(result.stdout.components(separatedBy: "saved: the day is closed and sealed").last)
        #expect(!after.contains(" › case "), "\(after)")
        #expect(!after.contains("?"), "\(after)")
        // The closing record is the facilitator's last.
        let journal = try JournalReader.read(path: "\(dayFolder)/facilitator.jsonl")
        guard case .dayClosed = try #require(journal.records.last).event else {
            Issue.record("a record was written after the seal: \(String(describing: journal.records.last?.event))")
            return
        }
        let verify = try runMaca(["verify", "--sessions", sessions.path, (dayFolder as NSString).lastPathComponent])
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
    }

    @Test("a yes/no question refuses words that are neither, says so and asks again; Enter takes the default")
    func yesNoRefusesOtherWords() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        // Graded inadequate, the room typed the next grade's answer at the concern question.
        let graded = "\n3\nConcerns recognised by health, but the pattern across three plans was not.\n"
        let demo = try DayScripts.demo()
        #expect(demo.components(separatedBy: graded).count == 2)
        let script = demo.replacingOccurrences(
            of: graded, with: "\n4 Concerns recognised by health, but the pattern across three plans was not.\n3 little change\nmaybe\n\n"
        )
        let (result, folder) = try DayScripts.run(script, sessions: sessions.path)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Graded Inadequate: is there an immediate concern for this child now? (yes/no) [no]"))
        #expect(result.stdout.contains("'3 little change' is not yes or no: answer y or n (Enter takes no); nothing was saved"), "\(result.stdout.suffix(3000))")
        #expect(result.stdout.contains("'maybe' is not yes or no"))
        let day = try DayScripts.fold(try #require(folder))
        #expect(day.isClosed)
        let audit = try #require(day.caseAudit("DEMO-0101"))
        // The refused words were not lost into the next grade, nor a concern raised.
        let domains = try #require(TemplateLoader.load(path: "\(packageRoot)/audit-templates/neglect.yaml").section(.gradedDomains)).questions.map(\.id)
        #expect(audit.agreedGrades[domains[0]]?.level == "inadequate")
        #expect(audit.agreedGrades[domains[1]]?.level == "requires-improvement")
        #expect(audit.agreedGrades[domains[1]]?.rationale == "Assessments were updated but did not draw on the history.")
        #expect(audit.concerns.isEmpty)
        #expect(!(try String(contentsOfFile: "\(try #require(folder))/facilitator.jsonl", encoding: .utf8)).contains("little change"))
    }

    @Test("a bare n asks for its evidence as a bare p does, naming the question; a bare answer word is refused as evidence")
    func evidenceForNo() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let prompt = try #require(TemplateLoader.load(path: "\(packageRoot)/audit-templates/neglect.yaml").question("shaped-plan")).prompt
        let script = try DayScripts.demo(replacing: "no: the plan listed parental actions only", with: ["n", "n", "the plan listed parental actions only"])
        let (result, folder) = try DayScripts.run(script, sessions: sessions.path)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Evidence for 'no' (the answer to \"\(prompt)\"):"), "\(result.stdout.suffix(3000))")
        #expect(result.stdout.contains("'n' is an answer, not evidence"))
        let day = try DayScripts.fold(try #require(folder))
        #expect(day.isClosed)
        let audit = try #require(day.caseAudit("DEMO-0101"))
        #expect(audit.answer("shaped-plan") == .yesPartlyNo(.no, evidence: "the plan listed parental actions only"))
        #expect(audit.answer("voice-captured") == .text("Through observation at nursery and at home visits."))
    }
}
