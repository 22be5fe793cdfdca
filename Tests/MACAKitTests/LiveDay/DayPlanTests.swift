import Foundation
import MACAKit
import MACATestSupport
import Testing

@Suite("The order of a day's steps")
struct DayPlanTests {
    static let template = try! TemplateLoader.load(path: "\(packageRoot)/Tests/MACAKitTests/Fixtures/minimal.yaml")

    /// A day with two cases and two agencies attending, as the given events leave it.
    func plan(_ events: [Event] = []) throws -> DayPlan {
        try planAndRecords(events).plan
    }

    func planAndRecords(_ events: [Event]) throws -> (plan: DayPlan, records: [JournalRecord]) {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let journal = try SessionStore(directory: folder.path).startDay(template: Self.template, date: "2026-11-20", area: "A", facilitator: "F")
        for event in [
            .agencyAttending(AgencyAttending(agency: Agency(id: "csc", name: "Children's social care"))),
            .agencyAttending(AgencyAttending(agency: Agency(id: "police", name: "Police"))),
            .caseAdded(CaseAdded(ref: "TEST-0001", reason: "r")), .caseAdded(CaseAdded(ref: "TEST-0002", reason: "r")),
        ] + events {
            try journal.append(event, author: "F")
        }
        return (DayPlan(template: Self.template, day: DayFold.fold(records: [journal.records])), journal.records)
    }

    @Test("set-up, then each case's questions in the template's order, per-agency ones for each agency, then closing")
    func order() throws {
        let steps = try plan().steps
        #expect(steps.prefix(3) == [.agencies, .auditors, .cases])
        #expect(steps.last == .close)
        let first = steps.filter { $0.ref == "TEST-0001" }
        // age-band, plan-type, lived-day, seen-alone, worked-well ×2 agencies, could-be-better ×2, overall, actions, concerns
        #expect(first.count == 11)
        #expect(first[4] == .question(ref: "TEST-0001", section: 3, question: 0, agency: "csc"))
        #expect(first[5] == .question(ref: "TEST-0001", section: 3, question: 0, agency: "police"))
        #expect(first[8] == .grade(ref: "TEST-0001", question: 0))
    }

    @Test("answered and skipped steps are done; the next step is after the current one, wrapping round")
    func nextStep() throws {
        let plan = try plan([
            .stepFinished(StepFinished(step: "agencies")), .stepFinished(StepFinished(step: "auditors")),
            .stepFinished(StepFinished(step: "cases")),
            .answerGiven(AnswerGiven(key: AnswerKey(ref: "TEST-0001", question: "age-band"), value: .choice("0-4"))),
            .answerSkipped(AnswerSkipped(key: AnswerKey(ref: "TEST-0001", question: "plan-type"))),
        ])
        #expect(plan.nextStep() == .question(ref: "TEST-0001", section: 1, question: 0, agency: nil))
        let secondCase = try #require(plan.steps.firstIndex(of: .question(ref: "TEST-0002", section: 0, question: 0, agency: nil)))
        #expect(plan.nextStep(from: secondCase) == .question(ref: "TEST-0002", section: 0, question: 0, agency: nil))
        // The close is asked when reached, even with steps left before it.
        #expect(plan.nextStep(from: plan.steps.count - 1) == .close)
        // Of the first case's required answers only the overall grade is missing (plan type is optional here).
        #expect(plan.missingRequired(plan.day.caseAudit("TEST-0001")!) == [.grade(ref: "TEST-0001", question: 0)])
    }

    @Test("a resumed day continues after the step its last record answered")
    func resume() throws {
        let (plan, records) = try planAndRecords([
            .stepFinished(StepFinished(step: "agencies")), .stepFinished(StepFinished(step: "auditors")),
            .stepFinished(StepFinished(step: "cases")),
            .answerGiven(AnswerGiven(key: AnswerKey(ref: "TEST-0002", question: "age-band"), value: .choice("5-10"))),
        ])
        #expect(plan.resumeStep(lastRecord: records.last) == .question(ref: "TEST-0002", section: 0, question: 1, agency: nil))
        #expect(plan.resumeStep(lastRecord: nil) == .question(ref: "TEST-0001", section: 0, question: 0, agency: nil))
    }

    @Test("a day stopped while its cases were being chosen resumes at choosing cases, not at the first case's questions")
    func resumeDuringCaseSelection() throws {
        // Found by the crash harness: the case added last sent the resumed day into that case.
        let (plan, records) = try planAndRecords([
            .stepFinished(StepFinished(step: "agencies")), .stepFinished(StepFinished(step: "auditors")),
            .caseAdded(CaseAdded(ref: "TEST-0003", reason: "r")),
        ])
        #expect(plan.resumeStep(lastRecord: records.last) == .cases)
        // Once the choosing is finished, a case added later is where its questions start.
        let (chosen, chosenRecords) = try planAndRecords([
            .stepFinished(StepFinished(step: "agencies")), .stepFinished(StepFinished(step: "auditors")),
            .stepFinished(StepFinished(step: "cases")), .caseAdded(CaseAdded(ref: "TEST-0003", reason: "r")),
        ])
        #expect(chosen.resumeStep(lastRecord: chosenRecords.last) == .question(ref: "TEST-0003", section: 0, question: 0, agency: nil))
    }

    @Test("per-agency questions follow the agencies involved in the case, when the profile names them")
    func agenciesInvolved() throws {
        let neglect = try TemplateLibrary(directory: "\(packageRoot)/audit-templates").template(id: "neglect")
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let journal = try SessionStore(directory: folder.path).startDay(template: neglect, date: "2026-11-20", area: "A", facilitator: "F")
        try journal.append(.agencyAttending(AgencyAttending(agency: Agency(id: "csc", name: "CSC"))), author: "F")
        try journal.append(.caseAdded(CaseAdded(ref: "TEST-0001", reason: "r")), author: "F")
        try journal.append(.answerGiven(AnswerGiven(key: AnswerKey(ref: "TEST-0001", question: "agencies-involved"), value: .choices(["police", "csc"]))), author: "F")
        let plan = DayPlan(template: neglect, day: DayFold.fold(records: [journal.records]))
        #expect(plan.agencies(for: plan.day.caseAudit("TEST-0001")!) == ["csc", "police"])
    }
}

extension DayPlanTests {
    @Test("after the last case's steps are done, the next step wraps round to what an earlier case left")
    func wrapsRound() throws {
        let secondDone: [Event] = ["age-band", "plan-type", "lived-day", "seen-alone"].map {
            .answerSkipped(AnswerSkipped(key: AnswerKey(ref: "TEST-0002", question: $0)))
        } + ["csc", "police"].flatMap { agency in
            ["worked-well", "could-be-better"].map { Event.answerSkipped(AnswerSkipped(key: AnswerKey(ref: "TEST-0002", question: $0, agency: agency))) }
        } + [
            .answerSkipped(AnswerSkipped(key: AnswerKey(ref: "TEST-0002", question: "overall"))),
            .stepFinished(StepFinished(step: "actions:TEST-0002")), .stepFinished(StepFinished(step: "concerns:TEST-0002")),
            .stepFinished(StepFinished(step: "agencies")), .stepFinished(StepFinished(step: "auditors")),
            .stepFinished(StepFinished(step: "cases")), .dayClosed(DayClosed()),
        ]
        let plan = try plan(secondDone)
        let second = try #require(plan.steps.firstIndex(of: .question(ref: "TEST-0002", section: 0, question: 0, agency: nil)))
        #expect(plan.nextStep(from: second) == .question(ref: "TEST-0001", section: 0, question: 0, agency: nil))
    }
}
