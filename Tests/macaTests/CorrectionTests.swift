import Foundation
import MACAKit
import MACATestSupport
import Testing

/// Corrections in the room, from a pipe: `:edit` of every stored item,
/// `:withdraw`, `:undo` and `:back` inside an action point, each checked
/// through the journal and the fold of the day the scripted run wrote.
@Suite("Correcting a live day")
struct CorrectionTests {
    static let action = "Repeat the Graded Care Profile before any step-down from a plan for neglect."
    static let measure = "Dip sample of 10 step-downs shows a GCP within 3 months before each."
    static let rationale = "Practice now is improving; earlier drift is recorded under impact."
    /// The demo's first action point, typed whole, as the room would add a second.
    static let secondAction = ["yes", "Audit 10 step-down plans for a current chronology.", "Head of service, safeguarding", "csc", "None needed.", measure, "2027-02-28"]

    /// The demo with `lines` typed at "Action point 2 for DEMO-0101", the action prompt, after its first action is saved.
    static func afterFirstAction(_ lines: [String]) throws -> String {
        try DayScripts.demo(replacing: "2027-03-31", with: ["2027-03-31"] + lines)
    }

    static func journal(_ folder: String) throws -> [JournalRecord] {
        try JournalReader.read(path: "\(folder)/facilitator.jsonl").records
    }

    /// A second facilitator trial put one agency's text in another's
    /// optional answer, went back with :edit, and found :skip left it there.
    @Test(":skip at an optional answer reached by :edit clears it, its old value kept in the journal; a required one is not cleared")
    func skipClearsOptional() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let script = try DayScripts.demo(replacing: "timely-response, chronology-used", with: [
            "timely-response, chronology-used",
            ":edit worked-well health-hv-sn", ":skip", "",
            ":edit practice-to-share health-hv-sn", ":skip",
        ])
        let (result, made) = try DayScripts.run(script, sessions: sessions.path)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("a required answer cannot be cleared: type the right one"), "\(result.stdout)")
        #expect(result.stdout.contains("✓ cleared (the old answer stays in the day's journal)"))
        let folder = try #require(made)
        let day = DayFold.fold(try SessionStore.readDay(folder))
        #expect(day.isClosed)
        let audit = try #require(day.caseAudit("DEMO-0101"))
        #expect(audit.answer("practice-to-share", agency: "health-hv-sn") == nil)
        #expect(audit.answer("worked-well", agency: "health-hv-sn") == .text("Escalated two missed developmental checks within a week."))
        let record = try String(contentsOfFile: "\(folder)/record.md", encoding: .utf8)
        #expect(!record.contains("Growth charts shared at conference: a model to share."), "a cleared answer is not shown as the answer")
    }

    /// A second facilitator trial typed :back at a withdrawal's reason: the
    /// withdrawal stopped, and the room was also taken to the question
    /// before, so answers typed ahead went to the wrong agency.
    @Test(":back at a withdrawal's reason leaves the withdrawal and moves the room nowhere; the day goes on as scripted")
    func backAtWithdrawalReason() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let (result, made) = try DayScripts.run(try Self.afterFirstAction([":withdraw action A1", ":back"]), sessions: sessions.path)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Nothing withdrawn: action point A1 stands."), "\(result.stdout)")
        let folder = try #require(made)
        let day = DayFold.fold(try SessionStore.readDay(folder))
        #expect(day.isClosed, "the rest of the demo went to other questions")
        #expect(day.caseAudit("DEMO-0101")?.actions.count == 1)
        #expect(day.caseAudit("DEMO-0101")?.withdrawnActions.isEmpty == true)
    }

    /// A second facilitator trial took an agency out of a case's involved
    /// while the room was at that agency's question: the question stayed,
    /// and the next answer was filed under an agency not involved.
    @Test("an agency taken out of those involved while the room is at its question: the room moves on, and the next answer is not filed under it")
    func agencyTakenOutWhileAsked() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let (first, _) = try DayScripts.demoSplit(after: "Through observation at nursery and at home visits.")
        let typed = "Officers recorded the flat's state the same day."
        let script = first + ["", ":edit case agencies-involved", "health-hv-sn, health-gp, police", typed, ":quit"].joined(separator: "\n") + "\n"
        let (result, made) = try DayScripts.run(script, sessions: sessions.path)
        #expect(result.status == 0, "\(result.stderr)")
        let folder = try #require(made)
        let audit = try #require(DayFold.fold(try SessionStore.readDay(folder)).caseAudit("DEMO-0101"))
        #expect(!audit.answers.contains { $0.key.agency == "csc" && $0.value.value != nil }, "an answer was filed under social care")
        let filed = audit.answers.filter { $0.value.value == .text(typed) }.map(\.key)
        #expect(filed.count == 1 && filed.first?.agency == "police", "\(filed)")
    }

    @Test(":edit action by short and full id changes one field as a correction carrying the old value; a vague edit is refused and nothing changes")
    func editAction() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let script = try Self.afterFirstAction([
            ":edit action A1 lead-role", "Head of service, children's safeguarding",
            ":edit action neglect-2026-11-20-A1 outcome-measure", "Staff more aware", Self.measure,
            ":edit action a1 4", "Two hours of the GCP lead's time a month",
        ])
        let (result, folder) = try DayScripts.run(script, sessions: sessions.path)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Who will lead it (role, not name)? [Service manager, safeguarding] Head of service"))
        #expect(result.stdout.contains("✓ saved (corrected): action point A1, lead-role"))
        #expect(result.stdout.contains("✗ Measurable: the outcome measure 'Staff more aware' names no evidence"))
        #expect(result.stdout.contains("✓ saved (corrected): action point A1, resources"))
        let folderPath = try #require(folder)
        let day = try DayScripts.fold(folderPath)
        #expect(day.isClosed)
        let action = try #require(day.caseAudit("DEMO-0101")?.actions.first)
        #expect(action.fields["lead-role"] == .text("Head of service, children's safeguarding"))
        #expect(action.fields["resources"] == .text("Two hours of the GCP lead's time a month"))
        #expect(action.fields["outcome-measure"] == .text(Self.measure))
        let corrections = try Self.journal(folderPath).compactMap { record -> EntryCorrected? in
            if case let .actionCorrected(corrected) = record.event { return corrected }
            return nil
        }
        // The refused measure and the unchanged one (Enter, same text) write nothing.
        #expect(corrections == [
            EntryCorrected(ref: "DEMO-0101", id: "neglect-2026-11-20-A1", field: "lead-role", old: .text("Service manager, safeguarding"), new: .text("Head of service, children's safeguarding")),
            EntryCorrected(ref: "DEMO-0101", id: "neglect-2026-11-20-A1", field: "resources", old: .text("Within existing resources"), new: .text("Two hours of the GCP lead's time a month")),
        ])
        let record = try String(contentsOfFile: "\(folderPath)/record.md", encoding: .utf8)
        #expect(record.contains("Head of service, children's safeguarding _(corrected by Demo Facilitator; was: Service manager, safeguarding)_"))
    }

    @Test("an edit of an unknown or withdrawn item, or an unknown field, is refused naming the rule, and nothing is saved", arguments: [
        ([":edit action A7 lead-role"], "there is no action point 'A7' today: today's are A1"),
        ([":edit action A1 owner-name"], "action points have no field 'owner-name': the fields are action, lead-role"),
        ([":edit concern C1 concern"], "there is no concern 'C1' today: there are none today"),
        ([":withdraw action A1 Duplicate of a partnership action.", ":edit action A1 due-date"], "action point A1 was withdrawn (Duplicate of a partnership action.): a withdrawn action point cannot be changed"),
        ([":withdraw action A1 Duplicate.", ":withdraw action A1 Again."], "action point A1 was withdrawn (Duplicate.)"),
        ([":withdraw A1 Duplicate."], "say what to withdraw: :withdraw action ID REASON"),
        ([":edit grade nosuch"], "give a graded domain: :edit grade recognition"),
        ([":edit tags"], "say which tags: :edit tags QUESTION [AGENCY]"),
        ([":edit return-involvement police"], "return-involvement is part of an agency's own return: the agency changes it with maca enter"),
        ([":edit nosuch"], "give something of this case to change: :edit QUESTION [AGENCY]"),
    ])
    func refusedEdits(lines: [String], message: String) throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let (result, folder) = try DayScripts.run(try Self.afterFirstAction(lines), sessions: sessions.path)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("✗ " + message), "\(result.stdout.suffix(3000))")
        let records = try Self.journal(try #require(folder))
        let changes = records.filter {
            switch $0.event {
            case .actionCorrected, .concernCorrected, .caseCorrected, .recordUndone: true
            default: false
            }
        }
        #expect(changes.isEmpty)
        let withdrawals = records.filter { if case .actionWithdrawn = $0.event { true } else { false } }
        #expect(withdrawals.count == (lines.first?.hasPrefix(":withdraw action") == true ? 1 : 0))
    }

    @Test(":withdraw action asks for a reason when none is typed; the action leaves the summary, the tracker and the report, and the record says why")
    func withdrawAction() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let script = try Self.afterFirstAction(Self.secondAction + [":withdraw action A1", "", "The partnership's neglect strategy already holds this action."])
        let (result, folder) = try DayScripts.run(script, sessions: sessions.path)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Reason for withdrawing action point A1: \n  ✗ this needs an answer"))
        #expect(result.stdout.contains("✓ withdrawn: action point A1 of DEMO-0101 (The partnership's neglect strategy already holds this action.)"))
        let folderPath = try #require(folder)
        let day = try DayScripts.fold(folderPath)
        let audit = try #require(day.caseAudit("DEMO-0101"))
        #expect(audit.actions.map(\.id) == ["neglect-2026-11-20-A2"])
        #expect(audit.withdrawnActions.map(\.id) == ["neglect-2026-11-20-A1"])
        #expect(audit.withdrawnActions.first?.withdrawal?.reason == "The partnership's neglect strategy already holds this action.")
        // The next action of the day is A3: a withdrawn action's id is never given again.
        #expect(day.caseAudit("DEMO-0102")?.actions.map(\.id) == ["neglect-2026-11-20-A3"])
        // The day's summary at the close counts two actions (A2 and A3), not three.
        #expect(result.stdout.contains("Action points: 2\n"))
        let list = try runMaca(["actions", "list", "--sessions", sessions.path])
        #expect(list.status == 0, "\(list.stderr)")
        #expect(list.stdout.contains("neglect-2026-11-20-A2"))
        #expect(!list.stdout.contains("neglect-2026-11-20-A1"))
        let show = try runMaca(["show", "--sessions", sessions.path, (folderPath as NSString).lastPathComponent])
        #expect(show.stdout.contains("Action neglect-2026-11-20-A1, WITHDRAWN by Demo Facilitator: The partnership's neglect strategy already holds this action."))
        // The report's action tracker and counts: A2 and A3, never the withdrawn A1.
        let out = sessions.file("reports")
        let report = try runMaca(["report", "--theme", "neglect", "--sessions", sessions.path, "--format", "md,csv", "--out", out])
        #expect(report.status == 0, "\(report.stderr)")
        let written = try FileManager.default.contentsOfDirectory(atPath: out)
        let texts = try written.map { try String(contentsOfFile: "\(out)/\($0)", encoding: .utf8) }
        #expect(texts.contains { $0.contains("neglect-2026-11-20-A2") })
        #expect(!texts.contains { $0.contains("neglect-2026-11-20-A1") })
    }

    @Test("the reported day: :undo after saving an action takes back the action, not the grade; the next :undo re-asks the grade with no agency's grade offered")
    func undoAfterActionWithAReturn() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let (folder, name, rest) = try AgencyReturnTests.dayWithCases(in: sessions)
        // Police return Good for every domain: the only return, so its grade was offered as the room's default.
        let police = try AgencyReturnTests.enter("police", auditor: "Auditor B", grade: "good", sessions: sessions.path, day: name)
        #expect(police.status == 0, "\(police.stderr)")
        let afterAction = rest.replacingOccurrences(of: "\n2027-03-31\n", with: "\n2027-03-31\n:undo\n:undo\n\nrequires-improvement\nThe room agreed: improving, after years of drift.\n")
        #expect(afterAction != rest)
        let result = try runMaca(["resume", "--sessions", sessions.path, name], input: afterAction)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("✓ undone: action point A1 of DEMO-0101 (kept in the record as withdrawn)"))
        #expect(result.stdout.contains("✓ undone: the agreed grade for “Overall, how good was the multi-agency response to this child?” of DEMO-0101; asked again, with no grade offered"))
        // Asked again: no [Good] from the police return; Enter alone is refused.
        let after = try #require(result.stdout.components(separatedBy: "asked again, with no grade offered").last)
        #expect(after.contains("Agreed grade: Overall, how good was the multi-agency response to this child? \n  ✗ agree a grade"))
        #expect(!after.prefix(600).contains("response to this child? [Good]"))
        let day = try DayScripts.fold(folder)
        let audit = try #require(day.caseAudit("DEMO-0101"))
        #expect(audit.agreedGrades["overall"]?.level == "requires-improvement")
        #expect(audit.agreedGrades["overall"]?.rationale == "The room agreed: improving, after years of drift.")
        // The other grades, untouched by the two undos.
        #expect(audit.agreedGrades["impact"]?.level == "requires-improvement")
        #expect(audit.withdrawnActions.map(\.withdrawal?.reason) == ["taken back with :undo"])
        #expect(audit.actions.isEmpty)
        #expect(day.isClosed)
    }

    @Test(":undo walks back one record of this session at a time, whatever its kind, and then says there is nothing more")
    func undoWalksBack() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let (first, rest) = try DayScripts.demoSplit(after: "Breakfast at nursery most days; no routine at home for bedtime.")
        let (_, folder) = try DayScripts.run(first + ":quit\n", sessions: sessions.path)
        let folderPath = try #require(folder)
        let name = (folderPath as NSString).lastPathComponent
        let before = try Self.journal(folderPath)
        // A new session: :undo has nothing of its own to take back, and earlier sessions' records are not its own.
        let opening = [":undo", ":star daily-care", ":undo", ":undo", ":concern",
                       "The child was left alone overnight last week; checked today.", "csc", "Facilitator", "2026-11-20", "Duty manager",
                       ":undo", ":undo", ":undo"].joined(separator: "\n")
        let result = try runMaca(["resume", "--sessions", sessions.path, name], input: opening + "\n" + rest)
        #expect(result.status == 0, "\(result.stderr)")
        let out = result.stdout
        #expect(out.contains("✗ nothing to undo: :undo takes back only what this session saved, and it has saved nothing yet"))
        #expect(out.contains("✓ undone: the star on daily-care of DEMO-0101"))
        #expect(out.contains("✗ nothing more to undo"))
        #expect(out.contains("✓ undone: the acknowledgement of concern C1 by Duty manager"))
        #expect(out.contains("✓ undone: concern C1 of DEMO-0101 (kept in the record as withdrawn)"))
        let records = try Self.journal(folderPath)
        #expect(Array(records.prefix(before.count)) == before)
        let day = try DayScripts.fold(folderPath)
        let audit = try #require(day.caseAudit("DEMO-0101"))
        #expect(audit.starred.isEmpty)
        #expect(audit.concerns.isEmpty)
        #expect(audit.withdrawnConcerns.map(\.id) == ["neglect-2026-11-20-C1"])
        // A withdrawn concern does not hold the day open, though it was acknowledged only to be undone.
        #expect(day.isClosed)
        // The earlier session's answer stands.
        #expect(audit.answer("daily-care") == .text("Breakfast at nursery most days; no routine at home for bedtime."))
    }

    @Test(":undo of a skip, of a finished step and of a changed answer each puts back exactly what was before")
    func undoKinds() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let life = "A toddler in a cold flat, often hungry by the afternoon; nappy rash noted at three visits."
        var script = try DayScripts.demo(replacing: life, with: [
            ":skip", ":undo", ":back", "used-and-repeated", ":undo", life,
        ])
        // The first case's concerns finished with "no", then taken back at the next case's first question and finished again.
        let finished = "no\n# ---- Case 2: DEMO-0102 ----\n"
        #expect(script.contains(finished))
        script = script.replacingOccurrences(of: finished, with: "no\n:undo\nno\n# ---- Case 2: DEMO-0102 ----\n")
        let (result, folder) = try DayScripts.run(script, sessions: sessions.path)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("✓ undone: the skip of life-for-child of DEMO-0101; asked again"))
        #expect(result.stdout.contains("✓ undone: the change to graded-care-profile of DEMO-0101; its earlier answer is back"))
        #expect(result.stdout.contains("✓ undone: case DEMO-0101, immediate concerns finished; asked again"))
        #expect(result.stdout.components(separatedBy: "Is there an immediate concern for this child now? (y/n) [no] no").count == 3)
        let day = try DayScripts.fold(try #require(folder))
        let audit = try #require(day.caseAudit("DEMO-0101"))
        #expect(audit.answer("graded-care-profile") == .choice("used-once"))
        #expect(audit.answer("life-for-child") == .text(life))
        #expect(!audit.skipped.contains(AnswerKey(ref: "DEMO-0101", question: "life-for-child")))
        #expect(day.isClosed)
    }

    @Test(":edit concern changes one field; :withdraw concern keeps it in the record with why, out of the counts")
    func editAndWithdrawConcern() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let script = try DayScripts.demo(replacing: "Children's social care duty manager", with: [
            "Children's social care duty manager", ":edit concern C1 referred-to", "police", ":edit concern C9",
            ":withdraw concern neglect-2026-11-20-C1 Raised in error: an adult was at home that week.",
        ])
        let (result, folder) = try DayScripts.run(script, sessions: sessions.path)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("✓ saved (corrected): concern C1, referred-to"))
        #expect(result.stdout.contains("✗ there is no concern 'C9' today: today's are C1"))
        #expect(result.stdout.contains("Immediate concerns: 0 raised, 0 acknowledged"))
        let folderPath = try #require(folder)
        let audit = try #require(try DayScripts.fold(folderPath).caseAudit("DEMO-0102"))
        #expect(audit.concerns.isEmpty)
        let concern = try #require(audit.withdrawnConcerns.first)
        #expect(concern.fields["referred-to"] == .choice("police"))
        #expect(concern.withdrawal?.reason == "Raised in error: an adult was at home that week.")
        let record = try String(contentsOfFile: "\(folderPath)/record.md", encoding: .utf8)
        #expect(record.contains("Concern neglect-2026-11-20-C1, WITHDRAWN by Demo Facilitator: Raised in error: an adult was at home that week."))
    }

    @Test(":undo in set-up takes back an auditor or a case just added, and the list is asked again")
    func undoInSetUp() throws {
        var script = try DayScripts.demo(replacing: "Auditor D, education", with: ["Auditor D, education", ":undo", "Auditor E, education"])
        let reason = "\nAdolescent neglect known only to early help and school.\n"
        script = script.replacingOccurrences(of: "\nDEMO-0102" + reason, with: "\nDEMO-0102" + reason + ":undo\nDEMO-0103" + reason)
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let (result, folder) = try DayScripts.run(script, sessions: sessions.path)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("✓ undone: auditor Auditor D"))
        #expect(result.stdout.contains("✓ undone: case DEMO-0102 added"))
        let day = try DayScripts.fold(try #require(folder))
        #expect(day.auditors.map(\.name) == ["Auditor A", "Auditor B", "Auditor C", "Auditor E"])
        #expect(day.cases.map(\.ref) == ["DEMO-0101", "DEMO-0103"])
        #expect(day.notes.isEmpty)
        #expect(day.isClosed)
    }

    @Test(":undo of a changed grade puts back the room's earlier grade with its own rationale, and asks nothing")
    func undoChangedGrade() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let script = try Self.afterFirstAction([":edit grade overall", "good", "On reflection the response was good.", ":undo"])
        let (result, folder) = try DayScripts.run(script, sessions: sessions.path)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("✓ undone: the change of grade for “Overall, how good was the multi-agency response to this child?” of DEMO-0101; the room's earlier grade is back\nAction point 2 for DEMO-0101: What will be done? [Enter: no more]"))
        let folderPath = try #require(folder)
        let grade = try #require(try DayScripts.fold(folderPath).caseAudit("DEMO-0101")?.agreedGrades["overall"])
        #expect(grade.level == "requires-improvement")
        #expect(grade.rationale == Self.rationale)
        #expect(grade.previousLevels.isEmpty)
    }

    @Test(":back inside an action point goes to its field before and keeps what was typed; at its first field it leaves it unsaved; moving commands are refused inside it")
    func backInsideAnAction() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let script = try DayScripts.demo(replacing: "Within existing resources", with: [
            ":goto DEMO-0102", ":undo", ":back", ":back", "Head of service, safeguarding", "", "Within existing resources",
        ])
        let (result, folder) = try DayScripts.run(script, sessions: sessions.path)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("✗ :goto is not available while this action point is typed"))
        #expect(result.stdout.contains("✗ :undo is not available while this action point is typed"))
        #expect(result.stdout.contains("Who will lead it (role, not name)? [Service manager, safeguarding] Head of service, safeguarding"))
        #expect(result.stdout.contains("Which agency owns the action? [csc] \n"))
        let day = try DayScripts.fold(try #require(folder))
        let action = try #require(day.caseAudit("DEMO-0101")?.actions.first)
        #expect(action.fields["action"] == .text(Self.action))
        #expect(action.fields["lead-role"] == .text("Head of service, safeguarding"))
        #expect(action.fields["lead-agency"] == .choice("csc"))
        #expect(day.caseAudit("DEMO-0101")?.actions.count == 1)
        #expect(day.isClosed)

        // At the first field, :back leaves the action, saying so; nothing of it is saved, and the room is asked again.
        let leaving = try DayScripts.demo(replacing: Self.action, with: [Self.action, ":back", ":back", "yes", Self.action])
        let (left, leftFolder) = try DayScripts.run(leaving, sessions: sessions.path)
        #expect(left.stdout.contains("Left the action point at its first field: nothing of it was saved."))
        #expect(left.stdout.components(separatedBy: "Action point 1 for DEMO-0101: What will be done? [Enter: none] yes").count == 3)
        let leftDay = try DayScripts.fold(try #require(leftFolder))
        #expect(leftDay.caseAudit("DEMO-0101")?.actions.count == 1)
        #expect(leftDay.caseAudit("DEMO-0101")?.withdrawnActions.isEmpty == true)
        #expect(leftDay.isClosed)
    }

    @Test(":edit case reason, :edit grade (its rationale) and :edit tags change what was saved, each as a new record")
    func editCaseGradeTags() throws {
        let sessions = try TemporaryFolder()
        defer { sessions.remove() }
        let script = try Self.afterFirstAction([
            ":edit case reason", "Third plan in four years; chosen for the youngest age band.",
            ":edit grade overall", "requires-improvement", "Improving now; the drift before is recorded under impact.",
            ":edit tags worked-well-tags police", "timely-response",
        ])
        let (result, folder) = try DayScripts.run(script, sessions: sessions.path)
        #expect(result.status == 0, "\(result.stderr)")
        let folderPath = try #require(folder)
        let day = try DayScripts.fold(folderPath)
        let audit = try #require(day.caseAudit("DEMO-0101"))
        #expect(audit.reasonSelected == "Third plan in four years; chosen for the youngest age band.")
        #expect(audit.agreedGrades["overall"]?.rationale == "Improving now; the drift before is recorded under impact.")
        #expect(audit.answer("worked-well-tags", agency: "police") == .tags(["timely-response"]))
        #expect(try Self.journal(folderPath).contains {
            if case let .caseCorrected(corrected) = $0.event { corrected.previous.hasPrefix("Third child protection plan") } else { false }
        })
        let record = try String(contentsOfFile: "\(folderPath)/record.md", encoding: .utf8)
        #expect(record.contains("Selected because: Third plan in four years; chosen for the youngest age band."))
        #expect(day.isClosed)
    }
}
