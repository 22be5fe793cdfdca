import Foundation
import MACAKit
import MACATestSupport
import Testing

/// Corrections with real keys in a real terminal (tmux): Tab completes
/// `:edit action`'s id and field, a refused edit is asked again, and `:undo` walks back one record at a time.
@Suite("Corrections in a real terminal")
struct CorrectionTerminalTests {
    private let terminalTests = TerminalTests()

    @Test(":edit action A1 lead-role by Tab, a short refused value asked again on an empty line, then :undo back to where this session began")
    func editAndUndoByKeys() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        // The demo stopped just after its first action point was saved.
        let folder = try terminalTests.preparedDay(after: "2027-03-31", in: sessions)
        let terminal = try TmuxSession()
        defer { terminal.close() }
        try terminal.enter(terminalTests.maca("resume --sessions \(sessions.path) \((folder as NSString).lastPathComponent)"))
        #expect(try terminal.wait(for: "Action point 2 for DEMO-0101: What will be done? [Enter: no more]"))

        // ":edit action A" + Tab gives the one action's short id; "lead" + Tab the fields' common start; "r" + Tab the field.
        try terminal.type(":edit action A")
        try terminal.press("Tab")
        try terminal.type("lead")
        try terminal.press("Tab")
        try terminal.type("r")
        try terminal.press("Tab")
        // A completed word is followed by a space, so "lead" is typed straight after it.
        #expect(try terminal.wait(for: ":edit action A1 lead-role"))
        try terminal.press("Enter")
        #expect(try terminal.wait(for: "Who will lead it (role, not name)? [Service manager, safeguarding]"))

        // A lead that is not one role is refused. So short an answer is not put back on the line
        // (it is typed again, not mended): the line is empty for the right one.
        try terminal.enter("TBC")
        #expect(try terminal.wait(for: "Assignable: the lead role 'TBC' is not one role"))
        #expect(try terminal.wait(for: "Who will lead it (role, not name)? [Service manager, safeguarding]", count: 2))
        #expect(try terminal.screen().components(separatedBy: "[Service manager, safeguarding] TBC").count - 1 == 1)
        try terminal.enter("Head of service, children's safeguarding")
        #expect(try terminal.wait(for: "saved (corrected): action point A1, lead-role"))
        var action = try #require(try DayScripts.fold(folder).caseAudit("DEMO-0101")?.actions.first)
        #expect(action.fields["lead-role"] == .text("Head of service, children's safeguarding"))

        // :undo takes back the correction; the action itself was saved by an earlier session, so the next :undo has nothing to take back.
        try terminal.enter(":undo")
        #expect(try terminal.wait(for: "undone: the change to lead-role of action point A1; its earlier value is back"))
        try terminal.enter(":undo")
        #expect(try terminal.wait(for: "nothing more to undo"))
        try terminal.enter(":quit")
        #expect(try terminal.wait(for: "To carry on: maca resume"))

        let audit = try #require(try DayScripts.fold(folder).caseAudit("DEMO-0101"))
        action = try #require(audit.actions.first)
        #expect(action.fields["lead-role"] == .text("Service manager, safeguarding"))
        #expect(action.revisions.map(\.value) == [.text("Service manager, safeguarding"), .text("Head of service, children's safeguarding")])
        #expect(audit.withdrawnActions.isEmpty)
        let journal = try String(contentsOfFile: "\(folder)/facilitator.jsonl", encoding: .utf8)
        #expect(!journal.contains("TBC"))
    }

    @Test(":undo of an agreed grade puts the level's name and its rationale back on the line, named by its question, never as a default")
    func undoGradePutsItBack() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        // The demo stopped at case 1's first agreed grade.
        let folder = try terminalTests.preparedDay(after: "# Grades: the level (number, id or name), then its rationale.", in: sessions)
        let terminal = try TmuxSession()
        defer { terminal.close() }
        try terminal.enter(terminalTests.maca("resume --sessions \(sessions.path) \((folder as NSString).lastPathComponent)"))
        let prompt = "Agreed grade: How well was neglect recognised and responded to early?"
        #expect(try terminal.wait(for: prompt))
        try terminal.enter("3")
        #expect(try terminal.wait(for: "Rationale"))
        let rationale = "Invented: each referral was judged on its own until the third plan"
        try terminal.enter(rationale)
        #expect(try terminal.wait(for: "✓ saved: Requires improvement"))
        try terminal.enter(":undo")
        #expect(try terminal.wait(for: "undone: the agreed grade for “How well was neglect recognised and responded to early?” of DEMO-0101"), "\((try? terminal.screen()) ?? "")")
        #expect(try terminal.wait(for: "Its grade and rationale are on the line to mend"))
        // Asked again with no grade offered as a default, and the grade typed out on the line.
        #expect(try terminal.wait(for: prompt, count: 2))
        #expect(try terminal.wait(for: "Requires improvement: " + rationale), "\((try? terminal.screen()) ?? "")")
        #expect(!(try terminal.screen().contains("[Requires improvement]")))
        // Enter saves it as it was put back, with no second question for the rationale.
        try terminal.press("Enter")
        #expect(try terminal.wait(for: "✓ saved: Requires improvement", count: 2))
        try terminal.enter(":quit")
        #expect(try terminal.wait(for: "To carry on: maca resume"))
        let audit = try #require(try DayScripts.fold(folder).caseAudit("DEMO-0101"))
        #expect(audit.agreedGrades["recognition"]?.level == "requires-improvement")
        #expect(audit.agreedGrades["recognition"]?.rationale == rationale)
    }
}
