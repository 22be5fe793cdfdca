import Foundation
import MACAKit
import MACATestSupport
import Testing

/// The room's order and the short ways of answering (issue 17), through the
/// built binary with piped input.
@Suite("The room's order, and fewer prompts")
struct RoomOrderTests {
    /// The demo with `old` (which must stand once) replaced by `new`.
    func demo(_ changes: [(old: String, new: String)]) throws -> String {
        var text = try DayScripts.demo()
        for (old, new) in changes {
            #expect(text.components(separatedBy: old).count == 2, "'\(old)' must stand once in the demo")
            text = text.replacingOccurrences(of: old, with: new)
        }
        return text
    }

    static let caseOneStart = "# ---- Case 1: DEMO-0101 ----\n"
    static let caseOneConcerns = "# Immediate concerns: none for this child.\nno\n"

    @Test(":sections lists the case's sections with their state; :goto a late section, then the day returns to the case's start, not the next case")
    func gotoLateSection() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let script = try demo([
            (Self.caseOneStart, Self.caseOneStart + ":sections\n:goto concerns\nno\n:sections\n"),
            (Self.caseOneConcerns, ""),
            ("# Close the day.\nyes\n", ":cases\nyes\n"),
        ])
        let (result, folder) = try DayScripts.run(script, sessions: sessions.path)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stdout.contains("✗"), "\(result.stdout)")
        #expect(result.stdout.contains("Sections of DEMO-0101 (:goto NUMBER or name):"))
        #expect(result.stdout.contains("▸ 1. Case profile (profile): not started"))
        #expect(result.stdout.contains("   8. Immediate concerns (concerns): not started"))
        #expect(result.stdout.contains("   8. Immediate concerns (concerns): done"))
        #expect(result.stdout.contains("   4. What worked well (worked-well): not started: Children's social care not started, Police not started, "))
        // After the concerns, the case's own first question, not case 2's.
        let afterConcern = try #require(result.stdout.components(separatedBy: "saved: no immediate concern").last)
        let nextMarker = try #require(afterConcern.components(separatedBy: "\n").first { $0.contains(" › case ") })
        #expect(nextMarker.contains("case 1 of 2 (DEMO-0101) › Case profile › 1 of"), "\(nextMarker)")
        // The concerns are not asked again when the case is walked: the day closes as the plain demo does.
        let day = try DayScripts.fold(try #require(folder))
        #expect(day.isClosed)
        #expect(day.caseAudit("DEMO-0101")?.concerns.isEmpty == true)
        #expect(result.stdout.components(separatedBy: "immediate concern for this child now? (y/n) [no]").count - 1 == 3)
        // :cases and the plan agree that both cases are complete.
        #expect(result.stdout.contains("  1. DEMO-0101  "), "\(result.stdout.suffix(800))")
        let casesLines = result.stdout.components(separatedBy: "\n").filter { $0.hasPrefix("  1. DEMO-0101  ") || $0.hasPrefix("  2. DEMO-0102  ") }
        #expect(casesLines.count == 2 && casesLines.allSatisfy { $0.hasSuffix(", complete") && !$0.contains("missing") }, "\(casesLines)")
    }

    @Test(":goto a section by number says what it chose when the number is also a case's; a per-agency section for one agency")
    func gotoChoices() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let (first, _) = try DayScripts.demoSplit(after: "Adolescent neglect known only to early help and school.")
        let (_, folder) = try DayScripts.run(first + "\n", sessions: sessions.path)
        let name = (try #require(folder) as NSString).lastPathComponent
        let resumed = try runMaca(["resume", "--sessions", sessions.path, name], input: ":goto 2\n:goto worked-well police\n:goto nowhere\n:goto case 2\n")
        #expect(resumed.stdout.contains("→ section 2 of DEMO-0101; :goto case 2 goes to case DEMO-0102"))
        #expect(resumed.stdout.contains("case 1 of 2 (DEMO-0101) › The child's lived experience › 1 of"))
        // No agencies named in the profile yet: every agency attending is asked; police's section is reached.
        #expect(resumed.stdout.contains("case 1 of 2 (DEMO-0101) › What worked well: Police › 1 of"))
        #expect(resumed.stdout.contains("✗ DEMO-0101 has no section 'nowhere' (1 to 8, :sections lists them); or a case: DEMO-0101, DEMO-0102"))
        #expect(resumed.stdout.contains("case 2 of 2 (DEMO-0102) › Case profile › 1 of"))
        // Moving about saved nothing.
        #expect(try DayScripts.fold(try #require(folder)).caseAudit("DEMO-0101")?.answers.isEmpty == true)
    }

    @Test("numbers, ranges, y/p/n, a grade with its rationale and an action typed at its first prompt record what the long forms record")
    func shortcutsLoseNothing() throws {
        let plain = try TemporaryFolder(), short = try TemporaryFolder()
        defer { plain.remove(); short.remove() }
        let script = try demo([
            ("csc, health-hv-sn, health-gp, police\n", "1 5 4 3\n"),
            ("physical, nutritional, medical\n", "1-3\n"),
            ("3\nConcerns recognised by health, but the pattern across three plans was not.\n", "3 Concerns recognised by health, but the pattern across three plans was not.\n"),
            ("requires-improvement\nPractice now is improving; earlier drift is recorded under impact.\n", "requires improvement: Practice now is improving; earlier drift is recorded under impact.\n"),
            ("timely-response, chronology-used\n", "1, 7\n"),
            ("yes\nRepeat the Graded Care Profile before any step-down from a plan for neglect.\n", "Repeat the Graded Care Profile before any step-down from a plan for neglect.\n"),
            ("2027-03-31\nno\n", "2027-03-31\n\n"),
            (Self.caseOneConcerns, "n\n"),
        ])
        let (plainRun, plainFolder) = try DayScripts.run(try DayScripts.demo(), sessions: plain.path)
        let (shortRun, shortFolder) = try DayScripts.run(script, sessions: short.path)
        #expect(plainRun.status == 0 && shortRun.status == 0)
        #expect(!shortRun.stdout.contains("✗"), "\(shortRun.stdout)")
        #expect(try DayScripts.fold(try #require(shortFolder)).isClosed)
        let lost = try PromptWalkthrough.lost(short: try #require(shortFolder), long: try #require(plainFolder), ref: "DEMO-0101")
        #expect(lost.isEmpty, "\(lost)")
        // Three fewer prompts: two rationales on their grades' lines, and "Add an action point?".
        let prompts = { (text: String) in text.components(separatedBy: "\n").filter { !$0.hasPrefix("#") }.count }
        #expect(prompts(try DayScripts.demo()) - prompts(script) == 3)
    }

    @Test("a number out of the range shown is refused saying the range, and the answer asked again; = gives the previous case's answer")
    func outOfRangeAndSameAsPrevious() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let script = try demo([
            ("csc, health-hv-sn, health-gp, police\n", "1, 99\n1-20\ncsc, health-hv-sn, health-gp, police\n"),
            ("11-15\nearly-help\nearly-help, education\n", "11-15\n=\nearly-help, education\n"),
            // A grade's rationale on its line, going on over a second line.
            ("good\nSchool recognised the signs early and asked the young person.\n", "1-2 nearly\ngood School recognised the signs early \\\nand asked the young person.\n"),
        ])
        let (result, folder) = try DayScripts.run(script, sessions: sessions.path)
        #expect(result.status == 0)
        #expect(result.stdout.contains("✗ '99' is not one of the numbers shown: choose numbers from 1 to 12 (as 1,4,7 or 2-4), or names"))
        #expect(result.stdout.contains("✗ '1-20' is not a range of the numbers shown: choose numbers from 1 to 12 (as 1,4,7 or 2-4), or names"))
        #expect(result.stdout.contains("= gives the same as DEMO-0101: Child protection plan"))
        let day = try DayScripts.fold(try #require(folder))
        #expect(day.isClosed)
        #expect(day.caseAudit("DEMO-0101")?.answer("agencies-involved") == .choices(["csc", "health-hv-sn", "health-gp", "police"]))
        #expect(day.caseAudit("DEMO-0102")?.answer("plan-type") == .choice("child-protection"))
        #expect(result.stdout.contains("✗ '1-2 nearly' is not a level of"))
        let grade = try #require(day.caseAudit("DEMO-0102")?.agreedGrades.values.first { $0.rationale.hasPrefix("School recognised") })
        #expect(grade.level == "good" && grade.rationale.hasSuffix("and asked the young person."), "\(grade)")
    }

    @Test("the walkthrough day meets the prompt and key targets and loses nothing (Scripts/prompt-count)")
    func promptCount() throws {
        let measured = try PromptWalkthrough.measure(maca: macaBinary)
        #expect(measured.lost.isEmpty, "\(measured.lost)")
        #expect(measured.short.prompts < measured.long.prompts && measured.short.structuredKeys < measured.long.structuredKeys)
        // Each agency section offers the agency's return in one prompt; the targets hold.
        #expect(measured.short.returnsOffered, "\(PromptWalkthrough.report(measured))")
        #expect(measured.short.prompts <= PromptWalkthrough.targetPrompts, "\(PromptWalkthrough.report(measured))")
        #expect(measured.short.structuredKeys <= PromptWalkthrough.targetKeys, "\(PromptWalkthrough.report(measured))")
        #expect(measured.met == true)
    }

    @Test("in a terminal, :goto completes a section of the case with Tab, and :sections marks where the day is")
    func gotoInTerminal() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let (terminal, folder, _) = try TerminalTests().resumedAtLivedExperience(in: sessions)
        defer { terminal.close() }
        try terminal.type(":goto vo")
        try terminal.press("Tab")
        try terminal.press("Enter")
        #expect(try terminal.wait(for: "case 1 of 2 (DEMO-0101) › The voice of the child › 1 of"))
        try terminal.enter(":sections")
        #expect(try terminal.wait(for: "▸ 3. The voice of the child (voice): not started"))
        #expect(try terminal.wait(for: "2. The child's lived experience (lived-experience): not started"))
        try terminal.enter("y: seen alone at nursery")
        #expect(try terminal.wait(for: "saved"))
        try terminal.enter(":quit")
        #expect(try terminal.wait(for: "To carry on: maca resume"))
        let audit = try #require(try DayScripts.fold(folder).caseAudit("DEMO-0101"))
        #expect(audit.answer("seen-alone") == .yesPartlyNo(.yes, evidence: "seen alone at nursery"))
    }
}
