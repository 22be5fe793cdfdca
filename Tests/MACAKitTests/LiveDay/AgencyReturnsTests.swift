import Foundation
import MACAKit
import MACATestSupport
import Testing

/// What the room is offered from the agencies' own returns.
@Suite("Agency returns in the room")
struct AgencyReturnsTests {
    static let template = try! TemplateLoader.load(path: "\(packageRoot)/audit-templates/neglect.yaml")

    func grades(_ levels: [String]) -> [AgencyReturns.Grade] {
        levels.enumerated().map { AgencyReturns.Grade(agency: "agency-\($0.offset)", level: $0.element, rationale: "because \($0.offset)", author: "A") }
    }

    @Test("the room's default grade needs two or more agencies, all agreeing", arguments: [
        ([String](), nil as String?),
        (["good"], nil),
        (["inadequate"], nil),
        (["good", "good"], "good"),
        (["good", "requires-improvement"], nil),
        (["good", "good", "good"], "good"),
        (["good", "good", "inadequate"], nil),
    ])
    func defaultGrade(levels: [String], expected: String?) {
        #expect(AgencyReturns.defaultGrade(grades(levels)) == expected)
    }

    /// A day of the neglect template as the events leave it, with one case, DEMO-0001.
    func day(_ events: [Event]) throws -> AuditDay {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let journal = try SessionStore(directory: folder.path).startDay(template: Self.template, date: "2026-11-20", area: "A", facilitator: "F")
        for event in [
            .agencyAttending(AgencyAttending(agency: Agency(id: "csc", name: "Children's social care"))),
            .agencyAttending(AgencyAttending(agency: Agency(id: "police", name: "Police"))),
            .agencyAttending(AgencyAttending(agency: Agency(id: "youth-service", name: "Youth service"))),
            .auditorAdded(AuditorAdded(name: "B", agency: "police")), .auditorAdded(AuditorAdded(name: "Y", agency: "youth-service")),
            .caseAdded(CaseAdded(ref: "DEMO-0001", reason: "r")),
        ] + events {
            try journal.append(event, author: "F")
        }
        return DayFold.fold(records: [journal.records])
    }

    func key(_ question: String, _ agency: String? = nil) -> AnswerKey { AnswerKey(ref: "DEMO-0001", question: question, agency: agency) }

    @Test("returned text stands as text; returned tags only those among the question's choices")
    func returnedAnswers() throws {
        let day = try day([
            .answerGiven(AnswerGiven(key: key("return-worked-well", "police"), value: .text("Seen the same day."))),
            .answerGiven(AnswerGiven(key: key("return-tags", "police"), value: .tags(["timely-response", "delay", "our-own-tag"]))),
        ])
        let audit = try #require(day.caseAudit("DEMO-0001"))
        let workedWell = try #require(Self.template.question("worked-well"))
        let goodTags = try #require(Self.template.question("worked-well-tags"))
        let badTags = try #require(Self.template.question("improvement-tags"))
        #expect(AgencyReturns.returnedAnswer(for: workedWell, agency: "police", in: audit) == .text("Seen the same day."))
        #expect(AgencyReturns.returnedAnswer(for: workedWell, agency: "csc", in: audit) == nil)
        #expect(AgencyReturns.returnedAnswer(for: goodTags, agency: "police", in: audit) == .tags(["timely-response"]))
        #expect(AgencyReturns.returnedAnswer(for: badTags, agency: "police", in: audit) == .tags(["delay"]))
        #expect(AgencyReturns.returnedAnswer(for: try #require(Self.template.question("barriers")), agency: "police", in: audit) == nil)
    }

    @Test("an answer taken from a return keeps its provenance through the journal and into the record")
    func provenance() throws {
        let day = try day([
            .answerGiven(AnswerGiven(key: key("worked-well", "police"), value: .text("Seen the same day."), fromReturn: "police")),
            .answerGiven(AnswerGiven(key: key("could-be-better", "police"), value: .text("Typed in the room."))),
        ])
        let audit = try #require(day.caseAudit("DEMO-0001"))
        #expect(audit.answers[key("worked-well", "police")]?.fromReturn == "police")
        #expect(audit.answers[key("could-be-better", "police")]?.fromReturn == nil)
        let record = DayRecord.markdown(day)
        #expect(record.contains("Seen the same day. _(from Police's return)_"))
        #expect(!record.contains("Typed in the room. _(from"))
    }

    @Test("an agency not involved is asked nothing, owes no return, and is named as not involved")
    func notInvolved() throws {
        let day = try day([.agencyNotInvolved(AgencyNotInvolved(ref: "DEMO-0001", agency: "youth-service"))])
        let audit = try #require(day.caseAudit("DEMO-0001"))
        #expect(AgencyReturns.expected(audit, day: day) == ["police"])
        #expect(AgencyReturns.missing(audit, template: Self.template, day: day) == ["police"])
        #expect(AgencyReturns.notInvolved(audit, day: day) == ["youth-service"])
        #expect(DayPlan(template: Self.template, day: day, returnAgency: "youth-service").steps.isEmpty)
        #expect(!DayPlan(template: Self.template, day: day, returnAgency: "police").steps.isEmpty)
        #expect(DayRecord.markdown(day).contains("Not involved, by their own return: Youth service"))
    }

    @Test("the grade screen's missing views: every agency involved without a return, auditor on the day or not")
    func involvedWithoutReturn() throws {
        // Nothing said of involvement yet: every agency attending.
        let open = try day([])
        #expect(AgencyReturns.involvedWithoutReturn(try #require(open.caseAudit("DEMO-0001")), template: Self.template, day: open) == ["csc", "police", "youth-service"])
        // csc has no auditor on the day, but is involved: its view is missing too
        // (the auditors' list alone named only police).
        let day = try day([
            .answerGiven(AnswerGiven(key: key("agencies-involved"), value: .choices(["csc", "police", "youth-service"]))),
            .answerGiven(AnswerGiven(key: key("return-worked-well", "youth-service"), value: .text("Seen weekly."))),
        ])
        let audit = try #require(day.caseAudit("DEMO-0001"))
        #expect(AgencyReturns.missing(audit, template: Self.template, day: day) == ["police"])
        #expect(AgencyReturns.involvedWithoutReturn(audit, template: Self.template, day: day) == ["csc", "police"])
        // One that says it had no part is not waited for.
        let without = try self.day([
            .answerGiven(AnswerGiven(key: key("agencies-involved"), value: .choices(["csc", "police"]))),
            .agencyNotInvolved(AgencyNotInvolved(ref: "DEMO-0001", agency: "police")),
        ])
        #expect(AgencyReturns.involvedWithoutReturn(try #require(without.caseAudit("DEMO-0001")), template: Self.template, day: without) == ["csc"])
    }

    @Test("an auditor is asked about a case only when the case profile involves its agency, or does not say yet")
    func involvement() throws {
        let day = try day([.answerGiven(AnswerGiven(key: key("agencies-involved"), value: .choices(["csc", "youth-service"])))])
        #expect(DayPlan(template: Self.template, day: day, returnAgency: "police").steps.isEmpty)
        #expect(!DayPlan(template: Self.template, day: day, returnAgency: "youth-service").steps.isEmpty)
        #expect(!DayPlan(template: Self.template, day: try self.day([]), returnAgency: "police").steps.isEmpty)
    }

    @Test("a return already begun for a case is asked to its end when the room then leaves its agency out")
    func begunReturnKept() throws {
        let involved = AnswerGiven(key: key("agencies-involved"), value: .choices(["csc", "youth-service"]))
        let questions = try #require(Self.template.section(.agencyReturn)?.questions)
        // Police answered its first return question before the room recorded who was involved.
        let begun = try day([.answerGiven(AnswerGiven(key: key(questions[0].id, "police"), value: .text("Invented involvement."))), .answerGiven(involved)])
        let steps = DayPlan(template: Self.template, day: begun, returnAgency: "police").steps
        #expect(steps.count == questions.count + (Self.template.section(.gradedDomains)?.questions.count ?? 0))
        #expect(DayPlan(template: Self.template, day: begun, returnAgency: "police").nextStep() == .returnQuestion(ref: "DEMO-0001", question: 1, agency: "police"))
        // A skipped question counts as begun too; an agency that never began is asked nothing.
        let skipped = try day([.answerSkipped(AnswerSkipped(key: key(questions[0].id, "police"))), .answerGiven(involved)])
        #expect(!DayPlan(template: Self.template, day: skipped, returnAgency: "police").steps.isEmpty)
        #expect(DayPlan(template: Self.template, day: try day([.answerGiven(involved)]), returnAgency: "police").steps.isEmpty)
    }

    @Test("an agency added on the day can be involved in a case and is asked its per-agency questions")
    func dayAddedAgencyInvolved() throws {
        let day = try day([])
        let question = try #require(Self.template.question("agencies-involved"))
        let context = AnswerContext(template: Self.template, attending: day.agencies, today: "2026-11-20")
        #expect(AnswerParser.options(for: question, context: context).contains(Choice(id: "youth-service", label: "Youth service")))
        let parsed = AnswerParser.parse("csc, youth-service", for: question, context: context)
        #expect(parsed == .success(.choices(["csc", "youth-service"])))
        #expect(AnswerParser.parse("csc, Youth serv", for: question, context: context) == .success(.choices(["csc", "youth-service"])))
        // Not an agency of the day nor of the template: still refused.
        #expect((try? AnswerParser.parse("csc, fire-service", for: question, context: context).get()) == nil)
        let involved = try self.day([.answerGiven(AnswerGiven(key: key("agencies-involved"), value: .choices(["csc", "youth-service"])))])
        let plan = DayPlan(template: Self.template, day: involved)
        #expect(plan.agencies(for: try #require(involved.caseAudit("DEMO-0001"))) == ["csc", "youth-service"])
        let section = try #require(Self.template.sections.firstIndex { $0.kind == .workedWell })
        #expect(plan.steps.contains(.question(ref: "DEMO-0001", section: section, question: 0, agency: "youth-service")))
    }

    @Test("the report's returns not received leaves out an agency that said it had no part", arguments: [true, false])
    func notReceived(declared: Bool) throws {
        let day = try day([
            .answerGiven(AnswerGiven(key: key("overall", "police"), value: .grade(level: "good", rationale: "Seen weekly."))),
            .gradeAgreed(GradeAgreed(ref: "DEMO-0001", domain: "overall", level: "good", rationale: "Agreed.")),
        ] + (declared ? [.agencyNotInvolved(AgencyNotInvolved(ref: "DEMO-0001", agency: "youth-service"))] : []))
        let inputs = ReportInputs(days: [ReportInputs.Day(folder: "f", day: day, template: Self.template)])
        let report = ThemeReport(inputs: inputs, produced: "2027-01-01", from: nil, to: nil, smallNumbers: SmallNumbers(threshold: 1))
        let markdown = ReportMarkdown.render(BoardPaper.document(report))
        let line = try #require(markdown.components(separatedBy: "\n").first { $0.contains("Returns not received from:") })
        #expect(line.contains("Children's social care"))
        #expect(line.contains("Youth service") == !declared)
    }

    @Test("an agency added on the day appears in the report's by-agency tables")
    func dayAddedAgencyInTables() throws {
        let day = try day([
            .answerGiven(AnswerGiven(key: key("agencies-involved"), value: .choices(["csc", "youth-service"]))),
            .answerGiven(AnswerGiven(key: key("worked-well", "youth-service"), value: .text("Kept in touch every week."))),
            .answerGiven(AnswerGiven(key: key("worked-well-tags", "youth-service"), value: .tags(["timely-response"]))),
            .answerGiven(AnswerGiven(key: key("overall", "youth-service"), value: .grade(level: "good", rationale: "Seen weekly."))),
            .gradeAgreed(GradeAgreed(ref: "DEMO-0001", domain: "overall", level: "good", rationale: "Agreed.", previous: nil)),
        ])
        let inputs = ReportInputs(days: [ReportInputs.Day(folder: "f", day: day, template: Self.template)])
        let report = ThemeReport(inputs: inputs, produced: "2027-01-01", from: nil, to: nil, smallNumbers: SmallNumbers(threshold: 1))
        let markdown = ReportMarkdown.render(BoardPaper.document(report))
        let rows = markdown.components(separatedBy: "\n").filter { $0.hasPrefix("| Youth service |") }
        // Findings by agency, the agencies' own overall grades, and the agreed grade of the cases each agency was in.
        #expect(rows.count >= 3, "\(markdown)")
        #expect(DaySummary.lines(DayPlan(template: Self.template, day: day)).contains { $0.contains("Youth service") })
    }
}
