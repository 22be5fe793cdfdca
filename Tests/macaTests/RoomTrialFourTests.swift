import Foundation
import MACAKit
import MACATestSupport
import Testing

/// A later cold facilitator trial of `maca run` (issue 17, "the live day,
/// version 2"): a date saved as who acknowledged a concern, a command run
/// with text after it, the guard's edit and :recommend's put-back, and a
/// case reference saved as a grade's rationale. Each test fails without its fix.
@Suite("The room's fourth trial: acknowledgements, trailing text, put-backs and rationales")
struct RoomTrialFourTests {
    static let closing = "# Close the day.\nyes\n"

    /// The demo day up to its close, with who acknowledged concern C1 typed as `acknowledgement`.
    static func dayBeforeClose(acknowledgement: [String], in sessions: TemporaryFolder) throws -> (String, String) {
        var script = try DayScripts.demo(replacing: "Children's social care duty manager", with: acknowledgement)
        #expect(script.hasSuffix(closing))
        script = String(script.dropLast(closing.count))
        let (result, folder) = try DayScripts.run(script, sessions: sessions.path)
        return (result.stdout, try #require(folder))
    }

    @Test("who acknowledged a concern is refused when it is only a date, a number or punctuation, at the prompt and in :ack")
    func acknowledgementIsARole() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let (out, folder) = try Self.dayBeforeClose(acknowledgement: ["04/12/2026", "17", "-", "Thursday 4th Dec", "Duty manager, early help"], in: sessions)
        #expect(out.contains("'04/12/2026' is a date, not who acknowledged the concern: who acknowledged it is a role, like 'Duty team manager, CSC'"), "\(out.suffix(2000))")
        #expect(out.contains("'17' is a number, not who acknowledged the concern"))
        #expect(out.contains("'-' is only punctuation, not who acknowledged the concern"))
        #expect(out.contains("'Thursday 4th Dec' is a date"))
        let concern = try #require(try DayScripts.fold(folder).cases.flatMap(\.concerns).first)
        #expect(concern.acknowledgement?.by == "Duty manager, early help")
        #expect(concern.acknowledgement?.previous == nil)
        // Roles with digits or a date-like word in them are still roles.
        for role in ["MASH team manager", "Team 2 manager", "Duty officer, May team", "CSC"] { #expect(AcknowledgingRole.problem(role) == nil, "\(role)") }
        for typed in ["2026-12-04", "4 December 2026", "Dec 4", "today", "12.30", "?", "no", "Not yet"] { #expect(AcknowledgingRole.problem(typed) != nil, "\(typed)") }
    }

    @Test("an acknowledgement is corrected with :ack C1 ROLE (asked first) or :edit concern C1 acknowledged-by; the old value is kept and shown")
    func acknowledgementCorrected() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let (_, folder) = try Self.dayBeforeClose(acknowledgement: ["Facilitator on the phone"], in: sessions)
        let name = (folder as NSString).lastPathComponent
        let before = try JournalReader.read(path: "\(folder)/facilitator.jsonl").records.count
        let input = [
            ":ack C1 05/12/2026",
            ":ack C1",
            ":ack C1 Duty team manager, CSC", "n",
            ":ack C1 Duty team manager, CSC", "y",
            ":edit concern C1 acknowledged-by", "31/12", "MASH team manager",
            ":quit",
        ].joined(separator: "\n") + "\n"
        let resumed = try runMaca(["resume", "--sessions", sessions.path, name], input: input)
        #expect(resumed.status == 0, "\(resumed.stderr)")
        let out = resumed.stdout
        #expect(out.contains("'05/12/2026' is a date, not who acknowledged the concern"), "\(out)")
        #expect(out.contains("C1 was acknowledged already, by Facilitator on the phone. To correct it: :ack C1 ROLE, or :edit concern C1 acknowledged-by."))
        #expect(out.contains("C1 was acknowledged already, by Facilitator on the phone: replace that with Duty team manager, CSC? (y/n) [n]"))
        #expect(out.contains("Kept: C1 acknowledged by Facilitator on the phone."))
        #expect(out.contains("saved (corrected): C1 acknowledged by Duty team manager, CSC, no longer by Facilitator on the phone"))
        #expect(out.contains("(role; Enter keeps it) [Duty team manager, CSC]:"))
        #expect(out.contains("'31/12' is a date"))
        let records = try JournalReader.read(path: "\(folder)/facilitator.jsonl").records
        let acknowledgements = records.dropFirst(before).compactMap { record -> ConcernAcknowledged? in
            if case let .concernAcknowledged(acknowledged) = record.event { return acknowledged }
            return nil
        }
        // Two corrections, each a new record keeping the value it replaced.
        #expect(acknowledgements.map(\.by) == ["Duty team manager, CSC", "MASH team manager"])
        #expect(acknowledgements.map(\.previous) == ["Facilitator on the phone", "Duty team manager, CSC"])
        let day = try DayScripts.fold(folder)
        #expect(day.cases.flatMap(\.concerns).first?.acknowledgement?.by == "MASH team manager")
        #expect(DayRecord.markdown(day).contains("acknowledged by MASH team manager (corrected; was Duty team manager, CSC)"))
    }

    @Test("a command that takes nothing refuses text after it and does nothing; alone it runs")
    func trailingText() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let answer = "Breakfast at nursery most days; no routine at home for bedtime."
        let folder = try TerminalTests().preparedDay(after: answer, in: sessions)
        let name = (folder as NSString).lastPathComponent
        let before = try JournalReader.read(path: "\(folder)/facilitator.jsonl").records
        let input = [":undo (21 days)", ":cases all", ":summary please", ":help me", ":quit now", ":quit"].joined(separator: "\n") + "\n"
        let resumed = try runMaca(["resume", "--sessions", sessions.path, name], input: input)
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stdout.contains(":undo takes nothing after it, and '(21 days)' was typed after it: nothing was done. Type :undo alone to run it"), "\(resumed.stdout)")
        for (command, text) in [("cases", "all"), ("summary", "please"), ("help", "me"), ("quit", "now")] {
            #expect(resumed.stdout.contains(":\(command) takes nothing after it, and '\(text)' was typed after it"))
        }
        #expect(!resumed.stdout.contains("undone:"))
        #expect(try JournalReader.read(path: "\(folder)/facilitator.jsonl").records.filter { $0.event.type != "writer-joined" }.count
            == before.filter { $0.event.type != "writer-joined" }.count)
        #expect(try DayScripts.fold(folder).caseAudit("DEMO-0101")?.answer("daily-care") == .text(answer))
    }

    @Test("a case reference typed as a grade's rationale is refused, on its own line or after the level")
    func referenceAsRationale() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let rationale = "Attendance information reached early help late."
        let script = try DayScripts.demo(replacing: "requires-improvement\n\(rationale)", with: ["requires-improvement DEMO-0102", "demo-0117", "DEMO-0101", rationale])
        let (result, folder) = try DayScripts.run(script, sessions: sessions.path)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("'DEMO-0102' is a case reference, not a rationale: say why the grade is Requires improvement"), "\(result.stdout.suffix(3000))")
        #expect(result.stdout.contains("'demo-0117' is a case reference, not a rationale"))
        #expect(result.stdout.contains("'DEMO-0101' is a case reference, not a rationale"))
        let day = try DayScripts.fold(try #require(folder))
        #expect(day.isClosed)
        let rationales = day.cases.flatMap { $0.agreedGrades.values.map(\.rationale) }
        #expect(rationales.contains(rationale))
        #expect(!rationales.contains { CaseReference.problem($0) == nil })
    }

    // MARK: - In a terminal

    @Test("in a terminal, :undo of an answer puts its text back on the line: Enter saves it again")
    func undoOffersAnswer() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let (terminal, folder, _) = try TerminalTests().resumedAtLivedExperience(in: sessions)
        defer { terminal.close() }
        let answer = "Cold flat, often hungry by the afternoon"
        try terminal.enter(answer)
        #expect(try terminal.wait(for: "saved"))
        try terminal.enter(":undo")
        #expect(try terminal.wait(for: "Its answer is on the line to mend"), "\((try? terminal.screen()) ?? "")")
        #expect(try terminal.wait(for: answer, count: 2), "\((try? terminal.screen()) ?? "")")  // typed, and put back on the line
        try terminal.press("BSpace")
        try terminal.enter("n, most days")
        #expect(try terminal.wait(for: answer + ", most days"))
        try terminal.enter(":quit")
        #expect(try terminal.wait(for: "To carry on: maca resume"))
        #expect(try DayScripts.fold(folder).caseAudit("DEMO-0101")?.answer("life-for-child") == .text("Cold flat, often hungry by the afternoon, most days"))
    }

    @Test("in a terminal, e at the identifier guard puts the answer back on the line to mend, naming the question in words")
    func guardEditPutsBack() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let (terminal, folder, _) = try TerminalTests().resumedAtLivedExperience(in: sessions)
        defer { terminal.close() }
        let kept = "Cold flat, hungry by the afternoon"
        let tail = "; mum on 07700 900123"
        try terminal.enter(kept + tail)
        #expect(try terminal.wait(for: "(in the answer to 'What was life like for this child?')"), "\((try? terminal.screen()) ?? "")")
        try terminal.enter("e")
        #expect(try terminal.wait(for: "The answer to 'What was life like for this child?', again, without it"), "\((try? terminal.screen()) ?? "")")
        #expect(try terminal.wait(for: kept + tail, count: 2), "\((try? terminal.screen()) ?? "")")  // typed, and put back
        for _ in 0..<tail.count { try terminal.press("BSpace") }
        try terminal.press("Enter")
        #expect(try terminal.wait(for: "saved"))
        try terminal.enter(":quit")
        #expect(try terminal.wait(for: "To carry on: maca resume"))
        #expect(try DayScripts.fold(folder).caseAudit("DEMO-0101")?.answer("life-for-child") == .text(kept))
    }

    @Test("in a terminal, a field of :recommend put back after a refusal is replaced by a fresh answer typed over it, never joined to it")
    func recommendPutBackReplaced() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let (terminal, _, _) = try TerminalTests().resumedAtLivedExperience(in: sessions)
        defer { terminal.close() }
        try terminal.enter(":recommend")
        #expect(try terminal.wait(for: "Recommendation: "))
        try terminal.enter("Audit the use of the Graded Care Profile in early help")
        try terminal.enter("Quality sub-group chair")
        #expect(try terminal.wait(for: "Due (yyyy-mm-dd): "))
        let vague = "by the end of next year"
        try terminal.enter(vague)
        #expect(try terminal.wait(for: "Due (yyyy-mm-dd): " + vague, count: 2), "\((try? terminal.screen()) ?? "")")  // put back
        try terminal.enter("2027-06-30")
        #expect(try terminal.wait(for: "Measure of success: "), "\((try? terminal.screen()) ?? "")")
        try terminal.enter("Dip sample of 20 early help cases shows a GCP in each")
        try terminal.enter("none needed")
        #expect(try terminal.wait(for: "saved: neglect-R1, amber, due 2027-06-30"), "\((try? terminal.screen()) ?? "")")
        try terminal.enter(":quit")
        #expect(try terminal.wait(for: "To carry on: maca resume"))
    }
}
