import Foundation
import MACAKit

/// Synthetic closed audit days of the neglect template, written as real
/// journals (without fsync: this makes test data, not answers) with invented
/// cases: `maca-bench days` times `maca report` over them, and the print
/// tests count the board paper's A4 pages for a few cases and for many.
public enum SyntheticDays {
    /// Writes `count` days of `cases` cases each into `folder`, dated a month apart from 2025-01-15.
    /// With `sample`, the answers are invented but read like an auditor's
    /// (``SamplePhrases``), one answer a day is starred, and the area is
    /// Exampleshire: the days of the sample board paper.
    public static func write(count: Int, into folder: String, cases: Int, templates: String, sample: Bool = false) throws {
        let template = try TemplateLibrary(directory: templates).template(id: "neglect")
        let store = SessionStore(directory: folder)
        var random = SplitMix64(seed: 42)
        for index in 0..<count {
            let date = CalendarDate.adding(months: index % 24, to: "2025-01-15")
            let journal = try store.startDay(
                template: template, date: date, area: sample ? "Exampleshire (invented)" : "Benchshire (invented)", facilitator: "Bench Facilitator",
                dayID: String(format: "00000000-0000-4000-8000-%012d", index), io: UnsyncedJournalIO(), clock: SystemClock()
            )
            defer { journal.close() }
            let agencies = Array(template.agencies.prefix(4))
            for agency in agencies { try journal.append(.agencyAttending(AgencyAttending(agency: agency)), author: "Bench") }
            for step in ["agencies", "auditors"] { try journal.append(.stepFinished(StepFinished(step: step)), author: "Bench") }
            for number in 0..<cases {
                let ref = String(format: "BENCH-%05d-%02d", index, number)
                try journal.append(.caseAdded(CaseAdded(ref: ref, reason: sample ? "Chosen from the partnership's neglect cohort for the theme." : "Synthetic case for benchmarking.")), author: "Bench")
                for section in template.sections where ![.gradedDomains, .actionPoints, .immediateConcerns, .agencyReturn].contains(section.kind) {
                    let keys: [String?] = section.perAgency ? agencies.prefix(2).map(\.id) : [nil]
                    for agency in keys {
                        for question in section.questions {
                            let value: AnswerValue
                            switch question.type {
                            case .choice: value = .choice(question.choices.randomElement(using: &random)!.id)
                            case .multiChoice: value = .choices([question.choices.randomElement(using: &random)!.id])
                            case .agency: value = .choice(agencies[0].id)
                            case .tags: value = .tags([question.choices.randomElement(using: &random)?.id ?? "synthetic"])
                            case .yesPartlyNo:
                                value = .yesPartlyNo(YesPartlyNo.allCases.randomElement(using: &random)!, evidence: sample ? SamplePhrases.evidence(using: &random) : "Synthetic evidence.")
                            case .date: value = .date(date)
                            case .grade: value = .grade(level: "good", rationale: "Synthetic.")
                            case .shortText, .longText:
                                value = .text((sample ? SamplePhrases.answer(question.id, using: &random) : nil) ?? "Synthetic answer to \(question.id) for a benchmark; no real child.")
                            }
                            let key = AnswerKey(ref: ref, question: question.id, agency: agency)
                            try journal.append(.answerGiven(AnswerGiven(key: key, value: value)), author: "Bench")
                            // The facilitator stars one example of practice to share each day.
                            if sample, number == 0, question.id == "practice-to-share", agency == agencies.first?.id {
                                try journal.append(.answerStarred(AnswerStarred(key: key)), author: "Bench")
                            }
                        }
                    }
                }
                for domain in template.section(.gradedDomains)?.questions ?? [] {
                    let level = template.scale.levels.randomElement(using: &random)!.id
                    let rationale = sample ? SamplePhrases.rationale(using: &random) : "Synthetic rationale."
                    try journal.append(.gradeAgreed(GradeAgreed(ref: ref, domain: domain.id, level: level, rationale: rationale)), author: "Bench")
                }
                try journal.append(.actionAdded(CaseEntry(ref: ref, id: "bench-\(index)-\(number)", fields: [
                    "action": .text(sample ? "Repeat the Graded Care Profile before any step-down from a plan for neglect." : "Synthetic action."),
                    "lead-role": .text("Team manager"), "lead-agency": .choice(agencies[number % agencies.count].id),
                    "outcome-measure": .text(sample ? "A dip sample of step-downs shows a profile within three months before each." : "Synthetic measure."), "due-date": .date(CalendarDate.adding(months: 6, to: date)),
                ])), author: "Bench")
                for step in ["actions:\(ref)", "concerns:\(ref)"] { try journal.append(.stepFinished(StepFinished(step: step)), author: "Bench") }
            }
            try journal.append(.stepFinished(StepFinished(step: "cases")), author: "Bench")
            try DaySeal.close(journal, author: "Bench")
        }
    }
}
