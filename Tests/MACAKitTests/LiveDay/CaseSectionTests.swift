import Foundation
import MACAKit
import MACATestSupport
import Testing

/// A case in the room's order (issue 17): its sections and their state,
/// `:goto`'s words, and completeness whatever the order of the answers.
@Suite("Sections of a case, in any order")
struct CaseSectionTests {
    let setUp: [Event] = [
        .stepFinished(StepFinished(step: "agencies")), .stepFinished(StepFinished(step: "auditors")), .stepFinished(StepFinished(step: "cases")),
    ]

    func plan(_ events: [Event]) throws -> DayPlan {
        try DayPlanTests().plan(setUp + events)
    }

    func given(_ question: String, _ value: AnswerValue, agency: String? = nil, ref: String = "TEST-0001") -> Event {
        .answerGiven(AnswerGiven(key: AnswerKey(ref: ref, question: question, agency: agency), value: value))
    }

    /// Every answer case TEST-0001 needs, in the template's order.
    var everyAnswer: [Event] {
        [
            given("age-band", .choice("5-10")), given("plan-type", .choice("child-in-need")), given("lived-day", .text("Quiet at home.")),
            given("seen-alone", .yesPartlyNo(.yes, evidence: "at school")),
            given("worked-well", .text("Visited weekly."), agency: "csc"), given("worked-well", .text("Attended."), agency: "police"),
            given("could-be-better", .text("Late."), agency: "csc"), given("could-be-better", .text("Not shared."), agency: "police"),
            .gradeAgreed(GradeAgreed(ref: "TEST-0001", domain: "overall", level: "good", rationale: "Safe now.", previous: nil)),
            .stepFinished(StepFinished(step: "actions:TEST-0001")), .stepFinished(StepFinished(step: "concerns:TEST-0001")),
        ]
    }

    @Test("the sections of a case, numbered in the template's order, each done, partly or not started")
    func states() throws {
        let plan = try plan([given("age-band", .choice("0-4")), given("worked-well", .text("Seen."), agency: "police")])
        let audit = try #require(plan.day.caseAudit("TEST-0001"))
        let sections = plan.sections(of: audit)
        #expect(sections.map(\.id) == ["profile", "lived", "voice", "well", "better", "grades", "actions", "concerns"])
        #expect(sections.map(\.state) == [.partly, .notStarted, .notStarted, .partly, .notStarted, .notStarted, .notStarted, .notStarted])
        #expect(sections[3].steps.count == 2)  // one question for each of two agencies
        let done = try self.plan(everyAnswer)
        #expect(done.sections(of: try #require(done.day.caseAudit("TEST-0001"))).allSatisfy { $0.state == .done && $0.missingRequired == 0 })
    }

    @Test("a required answer skipped leaves its section done but counted as missing, and the case incomplete")
    func skippedRequired() throws {
        var events = everyAnswer
        events.removeAll { if case .gradeAgreed = $0 { true } else { false } }
        events.append(.answerSkipped(AnswerSkipped(key: AnswerKey(ref: "TEST-0001", question: "overall"))))
        let plan = try plan(events)
        let audit = try #require(plan.day.caseAudit("TEST-0001"))
        let grades = try #require(plan.sections(of: audit).first { $0.id == "grades" })
        #expect(grades.state == .done && grades.missingRequired == 1)
        #expect(!plan.isComplete(audit))
    }

    @Test("answers given in any order complete the case only when the last is in, and agree with missingRequired", arguments: Array(UInt64(1)...12))
    func anyOrder(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        let shuffled = everyAnswer.shuffled(using: &random)
        for count in 0...shuffled.count {
            let plan = try plan(Array(shuffled.prefix(count)))
            let audit = try #require(plan.day.caseAudit("TEST-0001"))
            #expect(plan.isComplete(audit) == (count == shuffled.count), "seed \(seed), \(count) answers")
            if plan.isComplete(audit) { #expect(plan.missingRequired(audit).isEmpty) }
            // The next step of the case is never one already done.
            if let next = plan.nextStep(from: .question(ref: "TEST-0001", section: 0, question: 0, agency: nil)), next.ref == "TEST-0001" {
                #expect(!plan.isDone(next))
            }
        }
    }

    @Test("after a later section, the day returns to what is left of the same case before the next case")
    func returnsToWhatIsLeft() throws {
        // The room went straight to the grades and agreed the overall grade.
        let plan = try plan([.gradeAgreed(GradeAgreed(ref: "TEST-0001", domain: "overall", level: "good", rationale: "Safe.", previous: nil))])
        let grade = DayStep.grade(ref: "TEST-0001", question: 0)
        // Forward to the action points first, then round to the start of the case; never to case 2.
        #expect(plan.nextStep(from: grade) == .actions(ref: "TEST-0001"))
        let finished = try self.plan([
            .gradeAgreed(GradeAgreed(ref: "TEST-0001", domain: "overall", level: "good", rationale: "Safe.", previous: nil)),
            .stepFinished(StepFinished(step: "actions:TEST-0001")), .stepFinished(StepFinished(step: "concerns:TEST-0001")),
        ])
        #expect(finished.nextStep(from: DayStep.concerns(ref: "TEST-0001")) == .question(ref: "TEST-0001", section: 0, question: 0, agency: nil))
        // With the case complete, the next case follows.
        let complete = try self.plan(everyAnswer)
        #expect(complete.nextStep(from: DayStep.concerns(ref: "TEST-0001")) == .question(ref: "TEST-0002", section: 0, question: 0, agency: nil))
    }

    @Test(":goto reads a section by number, id or title, an agency after a per-agency one, or a case", arguments: [
        ("3", "TEST-0001", "voice", nil as String?),
        ("voice", "TEST-0001", "voice", nil),
        ("Voice of", "TEST-0001", "voice", nil),
        ("what worked", "TEST-0001", "well", nil),
        ("well police", "TEST-0001", "well", "police"),
        ("what worked well Pol", "TEST-0001", "well", "police"),
        ("TEST-0002", "TEST-0002", nil, nil),
        ("case 2", "TEST-0002", nil, nil),
        ("test-0002 grades", "TEST-0002", "grades", nil),
    ])
    func gotoWords(typed: String, ref: String, section: String?, agency: String?) throws {
        let plan = try plan([])
        let target = try plan.gotoTarget(typed, currentRef: "TEST-0001").get()
        #expect(target.ref == ref)
        #expect(target.section?.id == section)
        #expect(target.agency == agency)
        if let agency {
            #expect(target.step(in: plan) == .question(ref: "TEST-0001", section: 3, question: 0, agency: agency))
        }
    }

    @Test("a bare number is a section while in a case (and says so when it could be a case), a case otherwise")
    func gotoNumbers() throws {
        let plan = try plan([])
        let section = try plan.gotoTarget("2", currentRef: "TEST-0001").get()
        #expect(section.section?.id == "lived")
        #expect(section.chosen == "section 2 of TEST-0001; :goto case 2 goes to case TEST-0002")
        let bare = try plan.gotoTarget("2", currentRef: nil).get()
        #expect(bare.ref == "TEST-0002" && bare.section == nil && bare.chosen == nil)
    }

    @Test(":goto refuses what names neither a section nor a case, saying what there is", arguments: [
        ("9", "TEST-0001 has no section '9' (1 to 8, :sections lists them); or a case: TEST-0001, TEST-0002"),
        ("nowhere", "TEST-0001 has no section 'nowhere' (1 to 8, :sections lists them); or a case: TEST-0001, TEST-0002"),
        ("grades police", "Grades is not asked per agency: :goto grades"),
        ("well fire", "'fire' is not an agency involved in TEST-0001: use csc, police"),
        ("", "say where to go: :goto CASE, or :goto SECTION of this case (:sections lists them)"),
        ("case 7", "no case '7' today: give its reference or number (TEST-0001, TEST-0002)"),
    ])
    func gotoRefused(typed: String, message: String) throws {
        let plan = try plan([])
        guard case let .failure(problem) = plan.gotoTarget(typed, currentRef: "TEST-0001") else {
            Issue.record("'\(typed)' accepted")
            return
        }
        #expect(problem.message == message)
    }
}
