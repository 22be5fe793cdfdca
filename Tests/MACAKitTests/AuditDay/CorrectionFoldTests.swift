import Foundation
import MACAKit
import MACATestSupport
import Testing

/// The fold of the correction events: an action point's or a concern's field
/// changed, an item withdrawn, a case's reason changed, and a record undone.
@Suite("Folding corrections")
struct CorrectionFoldTests {
    static let ref = "TEST-0001"
    static let fields: [String: AnswerValue] = [
        "action": .text("Audit 10 step-down plans for a chronology."), "lead-role": .text("Service manager"), "due-date": .date("2027-03-31"),
    ]

    static let neglect = try! TemplateLibrary(directory: "\(packageRoot)/audit-templates").template(id: "neglect")

    /// A facilitator's journal on the neglect template with one case, an action point A1 and a concern C1.
    static func journal(in folder: TemporaryFolder) throws -> JournalWriter {
        let opened = Event.dayOpened(DayOpened(day: SampleJournals.dayID, template: TemplateStamp(neglect), date: "2026-10-14", area: "Sampleshire", facilitator: "F"))
        let journal = try JournalWriter.create(path: folder.file("facilitator.jsonl"), day: SampleJournals.dayID, writer: "facilitator", first: opened, author: "F", clock: SteppingClock(step: 1))
        try journal.append(.caseAdded(CaseAdded(ref: ref, reason: "spread of ages")), author: "F")
        try journal.append(.actionAdded(CaseEntry(ref: ref, id: "t-A1", fields: fields)), author: "F")
        try journal.append(.concernRaised(CaseEntry(ref: ref, id: "t-C1", fields: ["concern": .text("Left alone overnight.")])), author: "F")
        return journal
    }

    /// The journal with `events` appended, folded.
    static func day(in folder: TemporaryFolder, then events: [Event]) throws -> (AuditDay, JournalFile) {
        let journal = try journal(in: folder)
        defer { journal.close() }
        for event in events { try journal.append(event, author: "F") }
        let file = try JournalReader.read(path: journal.path)
        return (DayFold.fold([file]), file)
    }

    @Test("a corrected field takes its new value and keeps the old one as a revision; a cleared optional field is gone")
    func entryCorrected() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (day, _) = try Self.day(in: folder, then: [
            .actionCorrected(EntryCorrected(ref: Self.ref, id: "t-A1", field: "lead-role", old: .text("Service manager"), new: .text("Head of service"))),
            .actionCorrected(EntryCorrected(ref: Self.ref, id: "t-A1", field: "due-date", old: .date("2027-03-31"), new: nil)),
            .concernCorrected(EntryCorrected(ref: Self.ref, id: "t-C1", field: "concern", old: .text("Left alone overnight."), new: .text("Left alone overnight twice."))),
        ])
        let audit = try #require(day.caseAudit(Self.ref))
        let action = try #require(audit.actions.first)
        #expect(action.fields["lead-role"] == .text("Head of service"))
        #expect(action.fields["due-date"] == nil)
        #expect(action.revisions.map(\.field) == ["lead-role", "due-date"])
        #expect(action.revisions.map(\.value) == [.text("Service manager"), .date("2027-03-31")])
        #expect(audit.concerns.first?.fields["concern"] == .text("Left alone overnight twice."))
        #expect(day.notes.isEmpty)
    }

    @Test("a withdrawn action or concern leaves the case's lists, is kept with why, and a later correction of it is a note, not a change")
    func withdrawn() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (day, _) = try Self.day(in: folder, then: [
            .actionWithdrawn(EntryWithdrawn(ref: Self.ref, id: "t-A1", reason: "A duplicate.")),
            .concernWithdrawn(EntryWithdrawn(ref: Self.ref, id: "t-C1", reason: "Raised for the wrong case.")),
            .actionCorrected(EntryCorrected(ref: Self.ref, id: "t-A1", field: "lead-role", old: .text("Service manager"), new: .text("Someone else"))),
            .actionWithdrawn(EntryWithdrawn(ref: Self.ref, id: "t-A1", reason: "Again.")),
        ])
        let audit = try #require(day.caseAudit(Self.ref))
        #expect(audit.actions.isEmpty)
        #expect(audit.concerns.isEmpty)
        #expect(audit.withdrawnActions.map(\.id) == ["t-A1"])
        #expect(audit.withdrawnActions.first?.withdrawal?.reason == "A duplicate.")
        #expect(audit.withdrawnActions.first?.fields["lead-role"] == .text("Service manager"))
        #expect(audit.withdrawnConcerns.first?.withdrawal?.reason == "Raised for the wrong case.")
        #expect(day.notes.map(\.message) == [
            "corrects action t-A1, which was withdrawn; the correction is not used",
            "withdraws action t-A1, which is not an action of case TEST-0001 (or was withdrawn already)",
        ])
        // Nothing withdrawn counts: the summary, the register and the report read the case's lists.
        let plan = DayPlan(template: Self.neglect, day: day)
        #expect(DaySummary.lines(plan).contains("Action points: 0"))
        #expect(plan.unacknowledgedConcerns.isEmpty)
        #expect(DayRecord.markdown(day).contains("Action t-A1, WITHDRAWN by F: A duplicate."))
    }

    @Test("a record undone is passed over as if never written: a withdrawal undone puts the item back, a star undone takes it off")
    func recordUndone() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let star = Event.answerStarred(AnswerStarred(key: AnswerKey(ref: Self.ref, question: "life-for-child")))
        let withdrawal = Event.actionWithdrawn(EntryWithdrawn(ref: Self.ref, id: "t-A1", reason: "A duplicate."))
        let writer = try Self.journal(in: folder)
        defer { writer.close() }
        let starRecord = try writer.append(star, author: "F")
        let withdrawalRecord = try writer.append(withdrawal, author: "F")
        try writer.append(.recordUndone(RecordUndone(sequence: withdrawalRecord.sequence, hash: withdrawalRecord.hash, undone: withdrawal.type)), author: "F")
        // A hash that is not the record's undoes nothing.
        try writer.append(.recordUndone(RecordUndone(sequence: starRecord.sequence, hash: String(repeating: "0", count: 64), undone: star.type)), author: "F")
        var day = DayFold.fold([try JournalReader.read(path: writer.path)])
        var audit = try #require(day.caseAudit(Self.ref))
        #expect(audit.actions.map(\.id) == ["t-A1"])
        #expect(audit.withdrawnActions.isEmpty)
        #expect(audit.starred.count == 1)
        try writer.append(.recordUndone(RecordUndone(sequence: starRecord.sequence, hash: starRecord.hash, undone: star.type)), author: "F")
        day = DayFold.fold([try JournalReader.read(path: writer.path)])
        audit = try #require(day.caseAudit(Self.ref))
        #expect(audit.starred.isEmpty)
        // The one that named a wrong hash is noted, not passed over silently.
        #expect(day.notes.map(\.message) == ["undoes record \(starRecord.sequence) of its own journal, which is not there as it names it; nothing was undone"])
    }

    @Test("a writer cannot undo another writer's record: a record-undone names a record of its own journal only")
    func undoneIsPerWriter() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (_, facilitator) = try Self.day(in: folder, then: [])
        let added = try #require(facilitator.records.first { if case .actionAdded = $0.event { true } else { false } })
        // An auditor's journal whose record-undone has the facilitator's action's sequence and hash.
        let auditor = try JournalWriter.create(
            path: folder.file("auditor-police.jsonl"), day: SampleJournals.dayID, writer: "auditor-police",
            first: .writerJoined(WriterJoined(name: "P", agency: "police")), author: "P", clock: SteppingClock(start: "2026-10-14T10:00:00Z", step: 1)
        )
        for _ in 1..<added.sequence { try auditor.append(.stepFinished(StepFinished(step: "x")), author: "P") }
        try auditor.append(.recordUndone(RecordUndone(sequence: added.sequence, hash: added.hash, undone: "action-added")), author: "P")
        let day = DayFold.fold([facilitator, try JournalReader.read(path: auditor.path)])
        #expect(day.caseAudit(Self.ref)?.actions.map(\.id) == ["t-A1"])
        #expect(day.notes.count == 1)
    }

    /// A facilitator trial took a grade back with :undo and agreed it again at
    /// the same level: the record read "Requires improvement (changed from
    /// Requires improvement)". An answer taken from a return, taken back and
    /// typed afresh read "was: no answer", hiding the answer it replaced.
    @Test("a grade taken back and agreed again at the same level is no change; an answer typed after one taken back says what it replaced")
    func undoneThenAgain() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let key = AnswerKey(ref: Self.ref, question: "life-for-child")
        let (day, _) = try Self.day(in: folder, then: [
            .gradeAgreed(GradeAgreed(ref: Self.ref, domain: "recognition", level: "requires-improvement", rationale: "Late.")),
            .gradeWithdrawn(GradeWithdrawn(ref: Self.ref, domain: "recognition", previous: "requires-improvement")),
            .gradeAgreed(GradeAgreed(ref: Self.ref, domain: "recognition", level: "requires-improvement", rationale: "Late, and not joined up.")),
            .answerGiven(AnswerGiven(key: key, value: .text("Cold house, from the return."), fromReturn: "police")),
            .answerCorrected(AnswerCorrected(key: key, old: .text("Cold house, from the return."), new: nil)),
            .answerGiven(AnswerGiven(key: key, value: .text("Cold house and no routine."))),
        ])
        let record = DayRecord.markdown(day)
        #expect(!record.contains("(changed from"), "\(record)")
        #expect(record.contains("Cold house and no routine. _(corrected by F; was: Cold house, from the return.)_"), "\(record)")
        #expect(!record.contains("was: no answer"))

        let folder2 = try TemporaryFolder()
        defer { folder2.remove() }
        let (changed, _) = try Self.day(in: folder2, then: [
            .gradeAgreed(GradeAgreed(ref: Self.ref, domain: "recognition", level: "good", rationale: "Quick.")),
            .gradeAgreed(GradeAgreed(ref: Self.ref, domain: "recognition", level: "requires-improvement", rationale: "Late.", previous: "good")),
        ])
        #expect(DayRecord.markdown(changed).contains("Requires improvement (changed from Good)"), "a real change is still named")
    }

    @Test("a case's reason changed is the reason the record gives")
    func caseCorrected() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (day, _) = try Self.day(in: folder, then: [.caseCorrected(CaseCorrected(ref: Self.ref, reason: "Chosen for its age band.", previous: "spread of ages"))])
        #expect(day.caseAudit(Self.ref)?.reasonSelected == "Chosen for its age band.")
        #expect(DayRecord.markdown(day).contains("Selected because: Chosen for its age band."))
    }

    @Test("each new event is written and read back the same, and an older maca's reader keeps it as unrecognised", arguments: [
        Event.actionCorrected(EntryCorrected(ref: "R", id: "d-A1", field: "lead-role", old: .text("a"), new: nil)),
        .concernCorrected(EntryCorrected(ref: "R", id: "d-C1", field: "concern", old: nil, new: .text("b"))),
        .actionWithdrawn(EntryWithdrawn(ref: "R", id: "d-A1", reason: "why")),
        .concernWithdrawn(EntryWithdrawn(ref: "R", id: "d-C1", reason: "why")),
        .caseCorrected(CaseCorrected(ref: "R", reason: "new", previous: "old")),
        .recordUndone(RecordUndone(sequence: 4, hash: "ab", undone: "answer-starred")),
    ])
    func roundTrip(event: Event) throws {
        let data = try JSONEncoder().encode(event)
        #expect(try JSONDecoder().decode(Event.self, from: data) == event)
        let json = try #require(String(data: data, encoding: .utf8))
        #expect(json.contains("\"type\":\"\(event.type)\""))
        // A type this maca does not know is kept as unrecognised, never an error.
        let renamed = json.replacingOccurrences(of: "\"type\":\"\(event.type)\"", with: "\"type\":\"\(event.type)-v9\"")
        #expect(try JSONDecoder().decode(Event.self, from: Data(renamed.utf8)) == .unrecognised(type: "\(event.type)-v9"))
    }
}
