import Foundation
import MACAKit
import MACATestSupport
import Testing

/// The agencies' own returns used in the room: taken whole or as defaults,
/// attributed; no rubber-stamped grade; "not involved" from `maca enter`.
@Suite("Returns used in the room")
struct ReturnDefaultsTests {
    /// The facilitator's rest of the demo day with `lines` (each standing once) replaced.
    static func replacing(_ rest: String, _ changes: [(String, String)]) -> String {
        var text = rest
        for (old, new) in changes {
            precondition(text.components(separatedBy: old).count == 2, "'\(old)' must stand once")
            text = text.replacingOccurrences(of: old, with: new)
        }
        return text
    }

    @Test("police and education return first; the facilitator takes Police's sections with Enter, and the record says whose they were")
    func takenWithEnter() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let (folder, name, rest) = try AgencyReturnTests.dayWithCases(in: sessions)
        #expect(try AgencyReturnTests.enter("police", auditor: "Auditor B", grade: "good", sessions: sessions.path, day: name).status == 0)
        #expect(try AgencyReturnTests.enter("education", auditor: "Auditor D", grade: "good", sessions: sessions.path, day: name).status == 0)
        // Police's What worked well: Enter takes the return for the whole section, passing over the one
        // optional question it does not answer; the same for its Areas for improvement.
        let script = Self.replacing(rest, [
            ("Attended a neighbour dispute and referred about home conditions.\nOfficers recorded what the child was wearing and the state of the flat the same day.\n\ntimely-response, child-seen\n", "\n"),
            ("Not invited to the strategy discussion.\n\ninformation-not-shared\n", "\n"),
        ])
        let facilitator = try runMaca(["resume", "--sessions", sessions.path, name], input: script)
        #expect(facilitator.status == 0, "\(facilitator.stderr)")
        #expect(facilitator.stdout.contains("From Police's return:"))
        #expect(facilitator.stdout.contains("Take Police's return for What worked well as it stands?"))
        #expect(facilitator.stdout.contains("Take Police's return for Areas for improvement as it stands?"))
        // Two agencies returned Good for every domain: their grade is the default.
        #expect(facilitator.stdout.contains("? [Good] "))

        let day = try DayScripts.fold(folder)
        let audit = try #require(day.caseAudit("DEMO-0101"))
        let workedWell = try #require(audit.answers[AnswerKey(ref: "DEMO-0101", question: "worked-well", agency: "police")])
        #expect(workedWell.value == .text("police shared information the same day."))
        #expect(workedWell.fromReturn == "police")
        #expect(workedWell.writer == "facilitator")
        #expect(audit.answer("agency-involvement", agency: "police") == .text("police saw the child in March (DEMO-0101)."))
        #expect(audit.answer("could-be-better", agency: "police") == .text("police could have asked the child directly."))
        // Tags: only those of the return among the question's choices.
        #expect(audit.answer("worked-well-tags", agency: "police") == .tags(["information-sharing"]))
        #expect(audit.answer("improvement-tags", agency: "police") == .tags(["delay"]))
        #expect(audit.answer("practice-to-share", agency: "police") == nil)
        #expect(audit.skipped.contains(AnswerKey(ref: "DEMO-0101", question: "practice-to-share", agency: "police")))
        #expect(facilitator.stdout.contains("passed over practice-to-share: not in Police's return"))
        #expect(facilitator.stdout.contains("To answer it after all: :edit practice-to-share police"))
        // Another agency's sections are typed as before.
        #expect(audit.answers[AnswerKey(ref: "DEMO-0101", question: "worked-well", agency: "csc")]?.fromReturn == nil)

        let record = try String(contentsOfFile: "\(folder)/record.md", encoding: .utf8)
        #expect(record.contains("police shared information the same day. _(from Police's return)_"))
        #expect(record.contains("Police: Good (differs) — police rationale for DEMO-0101."))
        let journal = try String(contentsOfFile: "\(folder)/facilitator.jsonl", encoding: .utf8)
        #expect(journal.contains(#""fromReturn":"police""#))
    }

    @Test("'edit' goes question by question: Enter takes the return's answer, typed words are the room's own")
    func editQuestionByQuestion() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let (folder, name, rest) = try AgencyReturnTests.dayWithCases(in: sessions)
        #expect(try AgencyReturnTests.enter("police", auditor: "Auditor B", grade: "good", sessions: sessions.path, day: name).status == 0)
        let script = Self.replacing(rest, [
            ("Attended a neighbour dispute and referred about home conditions.\nOfficers recorded what the child was wearing and the state of the flat the same day.\n\ntimely-response, child-seen\n",
             "edit\n\nThe room's own words on what worked.\n\n\n"),
        ])
        let facilitator = try runMaca(["resume", "--sessions", sessions.path, name], input: script)
        #expect(facilitator.status == 0, "\(facilitator.stderr)")
        #expect(facilitator.stdout.contains("From Police's return: police shared information the same day."))
        #expect(facilitator.stdout.contains("[Police's return]"))
        let audit = try #require(try DayScripts.fold(folder).caseAudit("DEMO-0101"))
        func answer(_ question: String) -> RecordedAnswer? { audit.answers[AnswerKey(ref: "DEMO-0101", question: question, agency: "police")] }
        #expect(answer("agency-involvement")?.value == .text("police saw the child in March (DEMO-0101)."))
        #expect(answer("agency-involvement")?.fromReturn == "police")
        #expect(answer("worked-well")?.value == .text("The room's own words on what worked."))
        #expect(answer("worked-well")?.fromReturn == nil)
        #expect(answer("practice-to-share")?.value == nil)
        #expect(answer("worked-well-tags")?.value == .tags(["information-sharing"]))
        #expect(answer("worked-well-tags")?.fromReturn == "police")
    }

    @Test("a slip for yes, no or edit, or a line too short to be a finding, at the offer of a return is refused and the offer asked again; a real answer still answers the question in hand")
    func slipAtOfferRefused() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let (folder, name, rest) = try AgencyReturnTests.dayWithCases(in: sessions)
        #expect(try AgencyReturnTests.enter("police", auditor: "Auditor B", grade: "good", sessions: sessions.path, day: name).status == 0)
        // At Police's What worked well: four slips, then Enter. Its Areas for improvement are typed as the
        // demo types them: the first line is the room's own answer to the question in hand.
        let script = Self.replacing(rest, [
            ("Attended a neighbour dispute and referred about home conditions.\nOfficers recorded what the child was wearing and the state of the flat the same day.\n\ntimely-response, child-seen\n",
             "yse\nyes pls\nNo thanks.\nedt\nq\n\n"),
        ])
        let facilitator = try runMaca(["resume", "--sessions", sessions.path, name], input: script)
        #expect(facilitator.status == 0, "\(facilitator.stderr)")
        #expect(facilitator.stdout.contains("'yse' looks like a slip for yes, not an answer"))
        #expect(facilitator.stdout.contains("'yes pls' looks like a slip for yes"))
        #expect(facilitator.stdout.contains("'No thanks.' looks like a slip for no"))
        #expect(facilitator.stdout.contains("'edt' looks like a slip for edit"))
        #expect(facilitator.stdout.contains("'q' is too short to be a finding"))
        #expect(facilitator.stdout.components(separatedBy: "Take Police's return for What worked well as it stands?").count - 1 == 6)

        let audit = try #require(try DayScripts.fold(folder).caseAudit("DEMO-0101"))
        func answer(_ question: String) -> RecordedAnswer? { audit.answers[AnswerKey(ref: "DEMO-0101", question: question, agency: "police")] }
        // The return was taken by the Enter after the slips; none of them was saved.
        #expect(answer("agency-involvement")?.value == .text("police saw the child in March (DEMO-0101)."))
        #expect(answer("agency-involvement")?.fromReturn == "police")
        #expect(answer("worked-well")?.value == .text("police shared information the same day."))
        // A finding typed at the offer is still the answer to the question in hand.
        #expect(answer("could-be-better")?.value == .text("Not invited to the strategy discussion."))
        #expect(answer("could-be-better")?.fromReturn == nil)
        let journal = try String(contentsOfFile: "\(folder)/facilitator.jsonl", encoding: .utf8)
        for slip in ["yse", "yes pls", "No thanks.", "edt"] { #expect(!journal.contains("\"\(slip)\""), "\(slip) was saved") }
    }

    @Test("in a terminal, a slip at the offer of a return is said and the offer asked again; Enter then takes the return")
    func slipAtOfferInTerminal() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let (folder, name, rest) = try AgencyReturnTests.dayWithCases(in: sessions)
        #expect(try AgencyReturnTests.enter("police", auditor: "Auditor B", grade: "good", sessions: sessions.path, day: name).status == 0)
        // The room as far as Police's What worked well, then resumed at a terminal.
        let cut = try #require(rest.range(of: "Attended a neighbour dispute"))
        #expect(try runMaca(["resume", "--sessions", sessions.path, name], input: String(rest[..<cut.lowerBound]) + ":quit\n").status == 0)
        let terminal = try TmuxSession()
        defer { terminal.close() }
        try terminal.enter("\(macaBinary) resume --sessions \(sessions.path) \(name)")
        let offer = "Take Police's return for What worked well as it stands?"
        #expect(try terminal.wait(for: offer))
        try terminal.enter("yse")
        #expect(try terminal.wait(for: "'yse' looks like a slip for yes"))
        #expect(try terminal.wait(for: offer, count: 2))
        try terminal.enter("yes pls")
        #expect(try terminal.wait(for: "'yes pls' looks like a slip for yes"))
        #expect(try terminal.wait(for: offer, count: 3))
        try terminal.press("Enter")
        #expect(try terminal.wait(for: "saved worked-well (from Police's return)"))
        try terminal.enter(":quit")
        #expect(try terminal.wait(for: "To carry on: maca resume"))
        let audit = try #require(try DayScripts.fold(folder).caseAudit("DEMO-0101"))
        #expect(audit.answers[AnswerKey(ref: "DEMO-0101", question: "worked-well", agency: "police")]?.value == .text("police shared information the same day."))
    }

    @Test("one agency's return gives the room no default grade: Enter is refused and the room types its own")
    func oneReturnNoDefault() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let (folder, name, rest) = try AgencyReturnTests.dayWithCases(in: sessions)
        #expect(try AgencyReturnTests.enter("police", auditor: "Auditor B", grade: "requires-improvement", sessions: sessions.path, day: name).status == 0)
        // An Enter before the first grade of case 1.
        let script = Self.replacing(rest, [("\n3\nConcerns recognised by health", "\n\n3\nConcerns recognised by health")])
        let facilitator = try runMaca(["resume", "--sessions", sessions.path, name], input: script)
        #expect(facilitator.status == 0, "\(facilitator.stderr)")
        #expect(facilitator.stdout.contains("  Police: Requires improvement. police rationale for DEMO-0101."))
        #expect(facilitator.stdout.contains("Only Police graded this: the room types its own grade."))
        #expect(facilitator.stdout.contains("agree a grade (1 to 4), or :skip to come back to it"))
        #expect(!facilitator.stdout.contains("[Requires improvement]"))
        let day = try DayScripts.fold(folder)
        #expect(day.caseAudit("DEMO-0101")?.agreedGrades["recognition"]?.level == "requires-improvement")
        #expect(day.caseAudit("DEMO-0101")?.agreedGrades["recognition"]?.rationale == "Concerns recognised by health, but the pattern across three plans was not.")
    }

    @Test("maca enter starts at the first case its agency is in, and 'not involved' is recorded and ends the case's questions")
    func notInvolved() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        // Case 1's profile names the agency added on the day (+Youth service); the facilitator stops there.
        let demo = try DayScripts.demo(replacing: "csc, health-hv-sn, health-gp, police", with: ["csc, police, youth-service"])
        let cut = try #require(demo.range(of: "\ncsc, police, youth-service\n"))
        let (_, made) = try DayScripts.run(String(demo[..<cut.upperBound]) + ":quit\n", sessions: sessions.path)
        let folder = try #require(made)
        let name = (folder as NSString).lastPathComponent
        let involved = try DayScripts.fold(folder)
        let plan = DayPlan(template: try TemplateLoader.load(path: "\(packageRoot)/audit-templates/neglect.yaml"), day: involved)
        #expect(plan.agencies(for: try #require(involved.caseAudit("DEMO-0101"))) == ["csc", "police", "youth-service"])

        // Education is not in case 1: its return starts at case 2, where it says it had no part.
        let education = try runMaca(["enter", "--sessions", sessions.path, "--day", name, "--agency", "education", "--auditor", "Auditor D"], input: "not involved\n")
        #expect(education.status == 0, "\(education.stderr)")
        #expect(education.stdout.contains("(DEMO-0102)"))
        #expect(!education.stdout.contains("(DEMO-0101)"))
        #expect(education.stdout.contains("answer: not involved"))
        #expect(education.stdout.contains("not involved in DEMO-0102; nothing more is asked about it"))
        #expect(education.stdout.contains("return is complete for 0 cases (2 others not involving it)"))
        // The agency added on the day is in case 1, so its return starts there.
        let youth = try runMaca(["enter", "--sessions", sessions.path, "--day", name, "--agency", "youth-service", "--auditor", "Auditor Y"], input: "")
        #expect(youth.status == 0, "\(youth.stderr)")
        #expect(youth.stdout.contains("case 1 of 2 (DEMO-0101)"))

        let day = try DayScripts.fold(folder)
        let second = try #require(day.caseAudit("DEMO-0102"))
        #expect(second.notInvolved == ["education"])
        #expect(!second.answers.keys.contains { $0.agency == "education" })
        // Asked again, education has nothing left to enter.
        let again = try runMaca(["enter", "--sessions", sessions.path, "--day", name, "--agency", "education", "--auditor", "Auditor D"], input: "")
        #expect(!again.stdout.contains("(DEMO-0102)"))

        let show = try runMaca(["show", "--sessions", sessions.path, name])
        #expect(show.stdout.contains("Not involved, by their own return: Education"))
        let returns = try runMaca(["resume", "--sessions", sessions.path, name], input: ":goto DEMO-0102\n:returns\n:quit\n")
        #expect(returns.stdout.contains("Not involved, by their own return: Education"))
        #expect(!returns.stdout.contains("No return yet from: Education"))
    }
}
