import Foundation
import MACAKit

/// The shipped example day (`examples/sessions/2026-10-14-neglect`): an
/// invented neglect audit of two invented cases, written through the same
/// journal API the REPL uses, with a fixed clock and day id so that it
/// comes out byte for byte the same each time.
public enum ExampleDay {
    public static let name = "2026-10-14-neglect"
    public static let dayID = "6f1d8a52-0c7e-4b39-9a51-3e2f00d0e001"
    public static let facilitator = "Sam Demo (facilitator)"

    /// Writes the day into `sessions` and returns the path of its journal.
    @discardableResult
    public static func write(into sessions: String, templates: String) throws -> String {
        let template = try TemplateLibrary(directory: templates).template(id: "neglect")
        let store = SessionStore(directory: sessions)
        let clock = SteppingClock(start: "2026-10-14T09:30:00Z", step: 37)
        let journal = try store.startDay(
            template: template, date: "2026-10-14", area: "Exampleshire Safeguarding Children Partnership (invented)",
            facilitator: facilitator, dayID: dayID, clock: clock
        )
        defer { journal.close() }
        let me = facilitator
        func append(_ event: Event, by author: String = me) throws { try journal.append(event, author: author) }
        func answer(_ ref: String, _ question: String, _ value: AnswerValue, agency: String? = nil, by author: String = me) throws {
            try append(.answerGiven(AnswerGiven(key: AnswerKey(ref: ref, question: question, agency: agency), value: value)), by: author)
        }

        for id in ["csc", "police", "health-hv-sn", "education"] {
            try append(.agencyAttending(AgencyAttending(agency: template.agency(id)!)))
        }
        try append(.auditorAdded(AuditorAdded(name: "Auditor A", agency: "csc")))
        try append(.auditorAdded(AuditorAdded(name: "Auditor B", agency: "police")))
        try append(.auditorAdded(AuditorAdded(name: "Auditor C", agency: "health-hv-sn")))
        try append(.auditorAdded(AuditorAdded(name: "Auditor D", agency: "education")))

        // Case 1: a toddler on a child protection plan.
        let first = "DEMO-0001"
        try append(.caseAdded(CaseAdded(ref: first, reason: "Long involvement with repeated step-downs; youngest age band in the sample.")))
        try answer(first, "age-band", .choice("0-4"))
        try answer(first, "plan-type", .choice("child-protection"))
        try answer(first, "agencies-involved", .choices(["csc", "health-hv-sn", "health-gp", "police"]))
        try answer(first, "reason-selected", .text("Third child protection plan in four years for neglect; selected to test whether chronicity was recognised."))
        try answer(first, "neglect-types", .choices(["physical", "nutritional", "medical"]))
        try answer(first, "neglect-duration", .choice("over-2-years"))
        try answer(first, "graded-care-profile", .choice("used-once"))
        try answer(first, "life-for-child", .text("A toddler in a cold flat, often hungry by the afternoon, with nappy rash noted at three visits.\nMissed two developmental checks; speech delayed at 2.5 years."))
        try answer(first, "seen-alone", .yesPartlyNo(.partly, evidence: "Observed at nursery twice; too young to be seen alone at home."))
        try answer(first, "wishes-recorded", .yesPartlyNo(.yes, evidence: "Health visitor recorded how the child responded to each carer."))
        try answer(first, "shaped-plan", .yesPartlyNo(.no, evidence: "The plan listed parental actions only."))
        try answer(first, "worked-well", .text("Health visitor escalated missed checks within a week and shared growth charts at conference."), agency: "health-hv-sn")
        try answer(first, "worked-well", .text("Officers attending a neighbour dispute recorded the home conditions and made a referral the same day."), agency: "police")
        try answer(first, "could-be-better", .text("The second step-down was agreed without a repeat Graded Care Profile."), agency: "csc")
        try answer(first, "could-be-better", .text("GP was not invited to the core group."), agency: "health-hv-sn")
        // A correction, as the room agrees a better wording: kept with the old value.
        try append(.answerCorrected(AnswerCorrected(
            key: AnswerKey(ref: first, question: "could-be-better", agency: "health-hv-sn"),
            old: .text("GP was not invited to the core group."),
            new: .text("The GP held growth concerns but was not invited to the core group, so they were not heard.")
        )))
        try append(.gradeAgreed(GradeAgreed(ref: first, domain: "recognition", level: "requires-improvement", rationale: "Concerns recognised by health, but the pattern across plans was not.")))
        try append(.gradeAgreed(GradeAgreed(ref: first, domain: "overall", level: "inadequate", rationale: "Four years of neglect without sustained change for the child.")))
        try append(.gradeAgreed(GradeAgreed(ref: first, domain: "overall", level: "requires-improvement", rationale: "The current plan is making progress; earlier drift is recorded under impact.", previous: "inadequate")))
        try append(.actionAdded(CaseEntry(ref: first, id: "neglect-2026-10-14-A1", fields: [
            "action": .text("Repeat the Graded Care Profile before any step-down from a plan for neglect."),
            "lead-role": .text("Service manager, safeguarding"),
            "lead-agency": .choice("csc"),
            "outcome-measure": .text("Dip sample of 10 step-downs shows a GCP within 3 months before each."),
            "due-date": .date("2027-03-31"),
        ])))

        // Case 2: a teenager in early help.
        let second = "DEMO-0002"
        try append(.caseAdded(CaseAdded(ref: second, reason: "Adolescent neglect; early help only.")))
        try answer(second, "age-band", .choice("11-15"))
        try answer(second, "plan-type", .choice("early-help"))
        try answer(second, "agencies-involved", .choices(["early-help", "education"]))
        try answer(second, "life-for-child", .text("Caring for a younger sibling most mornings; late to school; said \"nobody asks about home\"."))
        try answer(second, "seen-alone", .yesPartlyNo(.yes, evidence: "Seen alone at school by the early help worker."))
        try answer(second, "worked-well", .text("Form tutor noticed lateness and tiredness and asked the young person directly."), agency: "education")
        try append(.gradeAgreed(GradeAgreed(ref: second, domain: "overall", level: "good", rationale: "Early recognition by school and a plan shaped with the young person.")))
        try append(.concernRaised(CaseEntry(ref: second, id: "neglect-2026-10-14-C1", fields: [
            "concern": .text("Records show no adult at home overnight last week; needs checking today."),
            "referred-to": .choice("csc"),
            "referred-by": .text("Facilitator"),
            "referred-on": .date("2026-10-14"),
        ])))
        try append(.concernAcknowledged(ConcernAcknowledged(id: "neglect-2026-10-14-C1", by: "Children's social care duty manager", note: "Visit arranged for today.")))
        // The agencies' returns come in before the close, which seals them with the day.
        try writeReturns(folder: FilePaths.parent(of: journal.path), template: template)
        try DaySeal.close(journal, author: me)
        return journal.path
    }

    /// Two agencies' own returns for the first case, each in its auditor's journal.
    static func writeReturns(folder: String, template: AuditTemplate) throws {
        let day = DayFold.fold(try SessionStore.readDay(folder))
        let returns: [(agency: String, auditor: String, start: String, grade: String, text: [String])] = [
            ("police", "Auditor B", "2026-10-14T09:10:00Z", "good", [
                "Two attendances at the flat for neighbour disputes.",
                "Officers recorded the home conditions and referred the same day.",
                "No check was made on the child at the second attendance.",
            ]),
            ("health-hv-sn", "Auditor C", "2026-10-14T09:12:00Z", "inadequate", [
                "Monthly health visits from birth.",
                "Missed checks were escalated within a week.",
                "Growth concerns were raised three times before a plan changed anything.",
            ]),
        ]
        for entry in returns {
            let agency = try ReturnJournal.agency(entry.agency, of: day, template: template)
            let (journal, _) = try ReturnJournal.open(in: folder, day: day, agency: agency, auditor: entry.auditor, clock: SteppingClock(start: entry.start, step: 11))
            defer { journal.close() }
            let questions = ["return-involvement", "return-worked-well", "return-could-be-better"]
            for (question, text) in zip(questions, entry.text) {
                try journal.append(.answerGiven(AnswerGiven(key: AnswerKey(ref: "DEMO-0001", question: question, agency: agency.id), value: .text(text))), author: entry.auditor)
            }
            for domain in ["recognition", "overall"] {
                try journal.append(.answerGiven(AnswerGiven(
                    key: AnswerKey(ref: "DEMO-0001", question: domain, agency: agency.id),
                    value: .grade(level: entry.grade, rationale: "From \(agency.name)'s records.")
                )), author: entry.auditor)
            }
        }
    }
}
