import Foundation
@testable import MACAKit
import MACATestSupport
import Testing

/// The day a report keeps while it reads the rest (`AuditDay.forReport`,
/// issue 18): cut down to what a report reads, it must give the same
/// report, byte for byte, as the whole day.
@Suite("A day cut down for the report")
struct ReportDayViewTests {
    /// Every file a report writes from these inputs (docx aside: it zips
    /// the same document the HTML renders), and the identifier scan.
    static func everything(_ inputs: ReportInputs) throws -> [String] {
        let report = ThemeReport(
            inputs: inputs, produced: "2027-01-01", from: inputs.days.compactMap(\.day.date).min(), to: nil,
            actionProgress: [:]
        )
        let paper = BoardPaper.document(report)
        let briefing = LearningBriefing.document(report)
        return [
            ReportMarkdown.render(paper), ReportHTML.render(paper),
            ReportMarkdown.render(briefing), ReportHTML.render(briefing),
            ReportMarkdown.render(CaseAnnex.document(report)),
            String(decoding: try ActionTracker.csv(report), as: UTF8.self),
        ] + ReportPrivacy.scan(inputs).map(\.description)
            + ReportPrivacy.redacted(inputs).days.map { String(describing: $0.day.cases.map(\.answers.count)) }
    }

    static func cutDown(_ inputs: ReportInputs) -> ReportInputs {
        var out = inputs
        out.days = inputs.days.map { day in
            var copy = day
            copy.day = day.day.forReport()
            copy.day.template?.source = ""
            return copy
        }
        out.previous = inputs.previous.map { day in
            var copy = day
            copy.day = day.day.forReport()
            return copy
        }
        return out
    }

    @Test("the example day's report is the same from the day cut down as from the whole day")
    func exampleDay() throws {
        let folder = "\(packageRoot)/examples/sessions/2026-10-14-neglect"
        let day = DayFold.fold(try SessionStore.readDay(folder))
        let template = try TemplateLoader.parse(try #require(day.template).source, file: folder)
        let inputs = ReportInputs(days: [ReportInputs.Day(folder: folder, day: day, template: template)])
        let cut = Self.cutDown(inputs)
        #expect(try Self.everything(cut) == Self.everything(inputs))
        // It was cut down: who wrote each answer and when is gone, what was answered is not.
        let whole = try #require(day.cases.first)
        let kept = try #require(cut.days[0].day.cases.first)
        #expect(whole.answers.values.contains { !$0.author.isEmpty })
        #expect(kept.answers.values.allSatisfy { $0.author.isEmpty && $0.timestamp.isEmpty && $0.writer.isEmpty && $0.history.isEmpty })
        #expect(kept.answers.mapValues(\.value) == whole.answers.mapValues(\.value))
        #expect(cut.days[0].day.writers.isEmpty && !day.writers.isEmpty)
        #expect(cut.days[0].records == inputs.days[0].records)
    }

    @Test("random sets of days (with a previous audit half the time) give the same report cut down", arguments: 1...24)
    func randomSets(seed: Int) throws {
        let set = RandomDaySets.make(seed: UInt64(seed), templates: try RandomDaySets.shippedTemplates())
        #expect(try Self.everything(Self.cutDown(set.inputs)) == Self.everything(set.inputs))
    }

    @Test("a day with corrected and withdrawn answers, grades, actions and concerns gives the same report cut down")
    func corrections() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let ref = CorrectionFoldTests.ref
        let (day, _) = try CorrectionFoldTests.day(in: folder, then: [
            .answerGiven(AnswerGiven(key: AnswerKey(ref: ref, question: "reason-selected"), value: .text("Four siblings, one school."))),
            .answerCorrected(AnswerCorrected(
                key: AnswerKey(ref: ref, question: "reason-selected"), old: .text("Four siblings, one school."), new: .text("Four siblings, two schools.")
            )),
            .actionCorrected(EntryCorrected(ref: ref, id: "t-A1", field: "lead-role", old: .text("Service manager"), new: .text("Head of service"))),
            .concernWithdrawn(EntryWithdrawn(ref: ref, id: "t-C1", reason: "Raised in error.")),
            .dayClosed(DayClosed()),
        ])
        let inputs = ReportInputs(days: [ReportInputs.Day(folder: folder.path, day: day, template: CorrectionFoldTests.neglect)])
        #expect(try Self.everything(Self.cutDown(inputs)) == Self.everything(inputs))
        #expect(day.caseAudit(ref)?.answers.values.contains { !$0.history.isEmpty } == true)
    }
}
