import Foundation
import MACAKit
import MACATestSupport
import Testing

/// The second cold facilitator trial of the REPL (issue 17, "the live day,
/// version 2"): a case reference typed where its reason was asked, the way
/// back to the case selection, leaving a case with required answers
/// missing, live counts, plurals, `:ack C1`, grades from another scale and a
/// corrected reason that must be the one shown.
@Suite("The room's third trial: case selection, closing a case, counts, :ack and reasons")
struct RoomTrialThreeTests {
    static let reason1 = "Third child protection plan in four years; youngest age band in the sample."

    @Test("the next case's reference typed as a case's reason is offered as the next case; the reason is asked again")
    func referenceAsReason() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        // The room typed DEMO-0102 where DEMO-0101's reason was asked, said yes, then gave the reason.
        var script = try DayScripts.demo()
        let selection = "DEMO-0101\n\(Self.reason1)\nDEMO-0102\n"
        #expect(script.components(separatedBy: selection).count == 2)
        script = script.replacingOccurrences(of: selection, with: "DEMO-0101\nDEMO-0102\ny\n\(Self.reason1)\n")
        let (result, folder) = try DayScripts.run(script, sessions: sessions.path)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("'DEMO-0102' looks like a case reference, not a reason: take it as the next case, once DEMO-0101's reason is given? (y/n) [y]"))
        let day = try DayScripts.fold(try #require(folder))
        #expect(day.isClosed)
        #expect(day.cases.map(\.ref) == ["DEMO-0101", "DEMO-0102"])
        #expect(day.caseAudit("DEMO-0101")?.reasonSelected == Self.reason1)
        #expect(day.caseAudit("DEMO-0102")?.reasonSelected == "Adolescent neglect known only to early help and school.")
        // "=" at case 2 is offered with the agencies' names, not their ids.
        #expect(result.stdout.contains("= gives the same as DEMO-0101: Children's social care, Health visiting and school nursing, GP practice, Police"))
        // A reason that is a sentence, or a reference written unlike the case's, is never asked about.
        #expect(!CaseReference.isPlainly("Repeat referrals in 2025", like: "DEMO-0101"))
        #expect(!CaseReference.isPlainly("Y10", like: "DEMO-0101"))
        #expect(CaseReference.isPlainly("demo-0107", like: "DEMO-0101"))
        #expect(CaseReference.isPlainly("C-77", like: "DEMO-0101", known: ["C-77"]))
    }

    @Test("leaving a case with a required answer skipped asks, [no] by default, lists it, and goes back to it; the header counts what is saved")
    func closingACase() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let (first, rest) = try DayScripts.demoSplit(after: "Adolescent neglect known only to early help and school.")
        // The age band is skipped at the start of case 1, and given when the room is asked at the end of it.
        var after = rest.replacingOccurrences(of: "# Case profile: age band, plan, agencies involved (by number or id).\n1\n",
                                              with: "# Case profile\n:skip\n")
        let end = "# Immediate concerns: none for this child.\nno\n"
        #expect(after.components(separatedBy: end).count == 2)
        after = after.replacingOccurrences(of: end, with: end + "\n1\n")
        let (result, folder) = try DayScripts.run(first + after, sessions: sessions.path)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("! DEMO-0101 has 1 required answer missing: age-band"), "\(result.stdout.suffix(3000))")
        #expect(result.stdout.contains("Close DEMO-0101 with it missing and go on? (y/n) [no]"))
        let day = try DayScripts.fold(try #require(folder))
        #expect(day.isClosed)
        #expect(day.caseAudit("DEMO-0101")?.answer("age-band") == .choice("0-4"))
        // The header: counts from the fold, singular for one.
        let concernsMarker = try #require(result.stdout.components(separatedBy: "\n").first { $0.contains("(DEMO-0101) › Immediate concerns") })
        #expect(concernsMarker.contains(", 1 action, 0 concerns"), "\(concernsMarker)")
        #expect(!result.stdout.contains("1 actions") && !result.stdout.contains("1 auditors") && !result.stdout.contains("1 concerns"))
    }

    @Test("the header's counts follow a withdrawal and its :undo; :ack C1 asks who acknowledged the concern")
    func countsAndAck() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let (first, _) = try DayScripts.demoSplit(after: "2027-03-31")
        let (_, folder) = try DayScripts.run(first + "no\n", sessions: sessions.path)
        let dayFolder = try #require(folder)
        let name = (dayFolder as NSString).lastPathComponent
        let prefix = "neglect-2026-11-20"
        let input = [
            // A concern raised and not acknowledged yet.
            "yes", "Bruising seen at nursery today, not yet explained.", "csc", "Nursery manager", "2026-11-20", "", "no",
            ":goto DEMO-0101 actions",
            ":withdraw action A1 added to the wrong case",
            ":goto DEMO-0101 concerns",
            ":undo",
            // Going where the room already is asks the same again, and does not pass over it.
            ":goto DEMO-0101 concerns",
            ":goto DEMO-0101 actions",
            ":ack C9", ":ack C1", "MASH team manager",
            // A grade's domain by the start of its id, as :goto takes a section's.
            ":edit grade overa",
            ":quit",
        ].joined(separator: "\n") + "\n"
        let resumed = try runMaca(["resume", "--sessions", sessions.path, name], input: input)
        #expect(resumed.status == 0, "\(resumed.stderr)")
        let markers = resumed.stdout.components(separatedBy: "\n").filter { $0.contains("(DEMO-0101) › ") }
        #expect(markers.contains { $0.hasSuffix(", 0 actions, 1 concern") }, "\(markers)")
        #expect(markers.last?.hasSuffix(", 1 action, 1 concern") == true, "\(markers)")
        #expect(resumed.stdout.contains("→ this is case DEMO-0101, immediate concerns already"))
        #expect(resumed.stdout.components(separatedBy: "(DEMO-0102) › ").count == 2)  // once, when the concerns were first finished
        #expect(resumed.stdout.contains("there is no concern 'C9' today; give the concern: :ack C1"))
        #expect(resumed.stdout.contains("Who acknowledged concern C1 for the receiving agency?"))
        #expect(resumed.stdout.contains("Agreed grade: Overall, how good was the multi-agency response to this child?"))
        let audit = try #require(try DayScripts.fold(dayFolder).caseAudit("DEMO-0101"))
        #expect(audit.concerns.first { $0.id == "\(prefix)-C1" }?.acknowledgement?.by == "MASH team manager")
        #expect(audit.actions.map(\.id) == ["\(prefix)-A1"])
    }

    @Test("a concern not acknowledged is named by its short id, which :ack takes, in the summary and the close's refusal")
    func unacknowledgedAtClose() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let script = try DayScripts.demo(replacing: "Children's social care duty manager", with: [""]) + "\n"
        let (result, folder) = try DayScripts.run(script, sessions: sessions.path)
        #expect(result.stdout.contains("NOT YET ACKNOWLEDGED: C1 (case DEMO-0102; :ack C1 when it is)"), "\(result.stdout.suffix(2500))")
        #expect(result.stdout.contains("the day cannot close while C1 is not acknowledged"))
        #expect(try !DayScripts.fold(try #require(folder)).isClosed)
    }

    @Test("in a terminal, :ack then Tab completes the short id of the concern waiting, and the day then closes")
    func ackCompletes() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        var script = try DayScripts.demo(replacing: "Children's social care duty manager", with: [""])
        let close = "# Close the day.\nyes\n"
        #expect(script.hasSuffix(close))
        script = String(script.dropLast(close.count))
        let (_, dayFolder) = try DayScripts.run(script, sessions: sessions.path)
        let folder = try #require(dayFolder)
        let terminal = try TmuxSession()
        defer { terminal.close() }
        try terminal.enter("\(macaBinary) resume --sessions \(sessions.path) \((folder as NSString).lastPathComponent)")
        #expect(try terminal.wait(for: "Close the day? [yes]"))
        try terminal.type(":ack ")
        try terminal.press("Tab")
        #expect(try terminal.wait(for: ":ack C1"), "\((try? terminal.screen()) ?? "")")
        try terminal.press("Enter")
        #expect(try terminal.wait(for: "Who acknowledged concern C1 for the receiving agency?"))
        try terminal.enter("Duty manager, social care")
        #expect(try terminal.wait(for: "saved: C1 acknowledged"))
        try terminal.enter("yes")
        #expect(try terminal.wait(for: "Day closed"))
        #expect(try DayScripts.fold(folder).isClosed)
    }

    @Test("a reason corrected after selection is the one the profile, :show, the fold and record.md give")
    func correctedReason() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let (first, _) = try DayScripts.demoSplit(after: "physical, nutritional, medical")
        let (_, folder) = try DayScripts.run(first, sessions: sessions.path)
        let dayFolder = try #require(folder)
        let name = (dayFolder as NSString).lastPathComponent
        let corrected = "Fourth referral in a year; moved into the sample by the chair."
        let resumed = try runMaca(["resume", "--sessions", sessions.path, name], input: ":edit case reason\n\(corrected)\n:show\n:quit\n")
        #expect(resumed.status == 0, "\(resumed.stderr)")
        let shown = try #require(resumed.stdout.components(separatedBy: "Selected because:").last)
        #expect(shown.hasPrefix(" \(corrected)"))
        #expect(shown.contains("selected for the neglect audit?** \(corrected)"), "\(shown.prefix(1500))")
        // The first reason stays only as what the correction replaced.
        #expect(shown.contains("was: \(Self.reason1)"))
        let audit = try #require(try DayScripts.fold(dayFolder).caseAudit("DEMO-0101"))
        #expect(audit.reasonSelected == corrected)
        #expect(audit.answer("reason-selected") == .text(corrected))
        // Corrected the other way, through the profile's question, the case's reason follows too.
        let again = "Chosen by the board for the sample."
        let other = try runMaca(["resume", "--sessions", sessions.path, name], input: ":edit case reason-selected\n\(again)\n:quit\n")
        #expect(other.status == 0, "\(other.stderr)")
        #expect(try DayScripts.fold(dayFolder).caseAudit("DEMO-0101")?.reasonSelected == again)
    }

    @Test("a grade from another scale is refused with the scale's levels and the nearest of them")
    func otherScales() throws {
        let library = TemplateLibrary(directory: "\(packageRoot)/audit-templates")
        func refusal(_ typed: String, _ template: AuditTemplate) throws -> String {
            let question = try #require(template.section(.gradedDomains)?.questions.first)
            let context = AnswerContext(template: template, attending: [], today: "2026-11-20")
            guard case let .failure(problem) = AnswerParser.parse(typed, for: question, context: context) else { return "accepted" }
            return problem.message
        }
        let ofsted = try library.template(id: "domestic-abuse")
        let levels = "whose levels are 1 Outstanding, 2 Good, 3 Requires improvement, 4 Inadequate"
        #expect(try refusal("amber", ofsted) == "'amber' is not a level of the \(ofsted.scale.name), \(levels): the nearest is Requires improvement (3); choose one by its number or name")
        #expect(try refusal("Red: no plan for months", ofsted).contains("the nearest is Inadequate (4)"))
        #expect(try refusal("good+", ofsted).contains("\(levels): the nearest are Outstanding (1) or Good (2)"))
        #expect(try refusal("green", ofsted).contains("the nearest are Outstanding (1) or Good (2)"))
        let rag = try library.template(id: "children-missing")
        #expect(rag.scale.levels.count == 3)
        #expect(try refusal("outstanding", rag).contains("the nearest is Green (1)"))
        #expect(try refusal("requires improvement", rag).contains("the nearest is Amber (2)"))
        // A slip of the keys at a choice names the one meant.
        let agencies = ofsted.agencies.map { Choice(id: $0.id, label: $0.name) }
        guard case let .failure(slip) = AnswerParser.match("polcie", in: agencies, what: "choice") else { Issue.record("polcie accepted"); return }
        #expect(slip.message.hasPrefix("'polcie' is not a choice: did you mean police (Police)? Use csc,"), "\(slip.message)")
        guard case let .failure(far) = AnswerParser.match("fire", in: agencies, what: "choice") else { Issue.record("fire accepted"); return }
        #expect(!far.message.contains("did you mean"))
        // A word of no scale keeps the ordinary refusal.
        #expect(!(try refusal("splendid", ofsted)).contains("nearest"))
    }

    @Test("in a terminal, :back at the first case's first question and :goto cases (tab completed) reach the case selection, and Enter comes back")
    func backToSelection() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let terminal = try RoomTrialTests().atAgencies(sessions, width: 70)
        defer { terminal.close() }
        try terminal.enter("csc, police, +Youth justice service")
        #expect(try terminal.wait(for: "saved: 3 agencies attending"))
        try terminal.enter("A. Auditor, police")
        try terminal.enter("")
        #expect(try terminal.wait(for: "saved: 1 auditor\n"), "\((try? terminal.screen()) ?? "")")
        try terminal.enter("DEMO-0101")
        try terminal.enter("Repeat referrals.")
        try terminal.enter("")
        #expect(try terminal.wait(for: "saved: 1 case selected"))
        #expect(try terminal.wait(for: "How old was the child"))
        try terminal.enter(":back")
        #expect(try terminal.wait(for: "› case selection", count: 2), "\((try? terminal.screen()) ?? "")")
        try terminal.enter("DEMO-0102")
        try terminal.enter("Missing from school.")
        try terminal.enter("")
        #expect(try terminal.wait(for: "saved: 2 cases selected"))
        #expect(try terminal.wait(for: "How old was the child", count: 2))
        try terminal.type(":goto cas")
        try terminal.press("Tab")
        try terminal.press("Enter")
        #expect(try terminal.wait(for: "› case selection", count: 3), "\((try? terminal.screen()) ?? "")")
        try terminal.enter("")
        #expect(try terminal.wait(for: "How old was the child", count: 3))
        // The spread names the agencies as the room does, the one added today included.
        try terminal.enter(":summary")
        #expect(try terminal.wait(for: "Youth justice service"))
        try terminal.enter(":quit")
        #expect(try terminal.wait(for: "To carry on: maca resume"))
        let name = try #require(try SessionStore(directory: sessions.path).dayFolders().first)
        #expect(try DayScripts.fold("\(sessions.path)/\(name)").cases.map(\.ref) == ["DEMO-0101", "DEMO-0102"])
    }

    @Test("in a terminal, a command typed after a refused answer put back on the line is run, and the answer comes back; a mistyped command is named, and its unique start is enough")
    func commandAfterPutBack() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let folder = try TerminalTests().preparedDay(after: "Breakfast at nursery most days; no routine at home for bedtime.", in: sessions)
        let terminal = try TmuxSession(width: 60)
        defer { terminal.close() }
        try terminal.enter("\(macaBinary) resume --sessions \(sessions.path) \((folder as NSString).lastPathComponent)")
        #expect(try terminal.wait(for: "or y/p/n)"))
        let refused = "judged as a whole over the years"
        try terminal.enter(refused)
        #expect(try terminal.wait(for: "answer yes, partly or no"))
        // The refused text is on the line; the hurried facilitator types a command after it.
        try terminal.enter(":sections")
        #expect(try terminal.wait(for: "Sections of DEMO-0101"), "\((try? terminal.screen()) ?? "")")
        // Run as a command, not refused again as an answer with ":sections" on its end.
        #expect(try terminal.screen().components(separatedBy: "answer yes, partly or no").count == 2)
        try terminal.press("C-a")
        try terminal.type("yes: ")
        try terminal.press("Enter")
        #expect(try terminal.wait(for: "saved"))
        try terminal.enter(":sectoins")
        #expect(try terminal.wait(for: "did you mean :sections?"))
        try terminal.enter(":sect")
        #expect(try terminal.wait(for: "Sections of DEMO-0101", count: 2))
        try terminal.enter(":quit")
        #expect(try terminal.wait(for: "To carry on: maca resume"))
        #expect(try DayScripts.fold(folder).caseAudit("DEMO-0101")?.answer("cumulative-harm") == .yesPartlyNo(.yes, evidence: refused))
    }

    @Test("counts say one thing in the singular", arguments: [
        (1, "action", "1 action"), (2, "action", "2 actions"), (1, "agency", "1 agency"), (3, "agency", "3 agencies"),
        (1, "case", "1 case"), (0, "concern", "0 concerns"), (2, "required answer", "2 required answers"), (2, "day", "2 days"),
    ])
    func plurals(count: Int, noun: String, said: String) {
        #expect(Plural.of(count, noun) == said)
    }
}
