import Foundation

/// The one-page learning briefing for practitioners (the sector's
/// "7-minute briefing"): background, why it matters, what we found, what
/// good looks like, and questions for practitioners. Built from the same
/// report as the board paper, with its own counts decided by the same
/// disclosure engine, and short enough for one A4 page.
public enum LearningBriefing {
    public static func document(_ report: ThemeReport) -> ReportDocument {
        draft(report).decided()
    }

    public static func draft(_ report: ThemeReport) -> ReportDraft {
        var builder = BoardPaper.Builder(report: report)
        builder.briefing()
        return ReportDraft(
            title: "\(report.template.title): learning briefing", threshold: report.smallNumbers.threshold, blocks: builder.blocks, book: builder.book,
            marking: report.masthead.marking
        )
    }

    /// The first `count` sentences of a text.
    static func sentences(_ text: String, _ count: Int) -> String {
        var out: [String] = []
        var current = ""
        for character in text.replacingNewlines() {
            current.append(character)
            if ".!?".contains(character) {
                out.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
                if out.count == count { break }
            }
        }
        if out.count < count, !current.trimmingCharacters(in: .whitespaces).isEmpty { out.append(current.trimmingCharacters(in: .whitespaces)) }
        return out.joined(separator: " ")
    }
}

extension BoardPaper.Builder {
    /// The briefing's blocks: six short parts.
    mutating func briefing() {
        let total = book.count(BoardPaper.Keys.cases, audits.count, .noun("child's case", "children's cases"))
        blocks.append(.title("\(template.title): learning briefing"))
        let who = report.partnership.map { "\($0) " } ?? "The partnership "
        blocks += [
            .subheading("1. Background"),
            .paragraph(ReportParagraph(
                "\(who)audited \(total) of \(template.title.lowercased()) on \(String(days.count)) multi-agency audit day\(days.count == 1 ? "" : "s") (\(report.period)). Practitioners from each agency looked at the records together, graded the practice and agreed actions.",
                ifWithheld: [.paragraph(ReportText("\(who)audited children's cases of \(template.title.lowercased()) on \(String(days.count)) multi-agency audit day\(days.count == 1 ? "" : "s") (\(report.period)). Practitioners from each agency looked at the records together, graded the practice and agreed actions."))]
            )),
            .subheading("2. Why it matters"),
            .paragraph(ReportText(LearningBriefing.sentences(template.theme, 2))),
            .subheading("3. What we found"),
        ]
        var found: [ReportText] = []
        var relations: [CountRelation] = []
        let strengths = mostTagged(.workedWell), gaps = mostTagged(.areasForImprovement)
        relations += strengths.relations + gaps.relations
        if !strengths.tags.isEmpty { found.append(ReportText("Working well most often: \(strengths.tags.map(Self.words).joined(separator: ", ")).")) }
        if !gaps.tags.isEmpty { found.append(ReportText("Needing improvement most often: \(gaps.tags.map(Self.words).joined(separator: ", ")).")) }
        let scored = audits.count >= examplesFrom ? enquiryScores() : []
        if scored.count >= 2, let best = scored.max(by: { $0.score < $1.score }), let worst = scored.min(by: { $0.score < $1.score }), best.score > worst.score {
            found.append(ReportText("Strongest: \(best.text)"))
            found.append(ReportText("Weakest: \(worst.text)"))
        }
        if found.isEmpty { found.append("The audit days recorded no tagged findings.") }
        blocks.append(.bullets(ReportList(found, rows: .items, relations: relations)))

        blocks.append(.subheading("4. What good looks like"))
        let good = levels.count > 1 ? levels[1] : levels.first
        if let good {
            blocks.append(.paragraph(ReportText(LearningBriefing.sentences(good.descriptor, 2))))
        }
        let texts = template.section(.workedWell)?.questions.filter { $0.type == .longText }.map(\.id) ?? []
        // The answers written as practice to share, where the template asks for them.
        let share = texts.contains("practice-to-share") ? ["practice-to-share"] : texts
        let before = blocks.count
        quotations(share, lead: "From the audits", annex: false)
        // One quotation is enough on one page.
        if blocks.count > before + 2 { blocks.removeSubrange((before + 2)...) }

        blocks.append(.subheading("5. Questions for practitioners"))
        let weakest = scored.sorted { $0.score < $1.score }.prefix(2).map(\.text)
        let questions = (weakest.isEmpty ? Array(template.linesOfEnquiry.prefix(2)) : weakest).map { ReportText("In your own cases: \($0)") }
        blocks.append(.bullets(questions + ["What would the child say about a day in their life, and how do you know?"]))

        blocks.append(.subheading("6. What happens next"))
        var next = "Each agency shares this briefing with its teams and managers."
        if let last = days.compactMap(\.day.date).max() {
            next += " The theme will be audited again by \(CalendarDate.adding(months: template.reauditMonths, to: last))."
        }
        if !report.recommendations.isEmpty {
            next += " The partnership has made \(report.recommendations.count) recommendation\(report.recommendations.count == 1 ? "" : "s") in response; the board follows their progress."
        }
        blocks.append(.paragraph(ReportText(next)))
    }
}
