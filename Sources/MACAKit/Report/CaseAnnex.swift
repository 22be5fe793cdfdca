/// The case-by-case table, kept out of the board paper: listing each case's
/// age band, plan type and grade would let every count the paper hides be
/// worked out by counting rows. It is written, only when asked
/// (`maca report --annex`), as a restricted annex for the quality
/// sub-group, whose first line says so; it hides nothing, and is always
/// owner-only.
public enum CaseAnnex {
    /// The annex's first line, before anything else in the file.
    public static let restriction = "RESTRICTED: NOT FOR THE BOARD. This annex lists the audited cases one by one (by number, never by reference), so counting its rows would show the small numbers the board paper hides. Keep it within the quality sub-group; do not attach it to the board paper or publish it."

    public static func document(_ report: ThemeReport) -> ReportDocument {
        let template = report.template
        let tagQuestions = Set((template.section(.areasForImprovement)?.questions ?? []).filter { $0.type == .tags }.map(\.id))
        var dayNumbers: [String: Int] = [:]
        for (index, day) in report.inputs.days.enumerated() { dayNumbers[day.folder] = index + 1 }
        let rows = report.cases.map { number, dayIndex, audit -> [ReportText] in
            let day = report.inputs.days[dayIndex]
            var agencies = "not recorded"
            if case let .choices(ids)? = audit.answer("agencies-involved") { agencies = ids.map(report.agencyName).joined(separator: ", ") }
            var learning = Set<String>()
            for (key, answer) in audit.answers where tagQuestions.contains(key.question) {
                if case let .tags(tags)? = answer.value { learning.formUnion(tags) }
            }
            return [
                ReportText("Case " + String(number)), ReportText("Day " + String(dayNumbers[day.folder] ?? 0)),
                ReportText(label(audit.answer("age-band"), "age-band", template)), ReportText(label(audit.answer("plan-type"), "plan-type", template)),
                ReportText(agencies), ReportText(audit.agreedGrades["overall"].map { day.template.scale.level($0.level)?.label ?? $0.level } ?? "not agreed"),
                ReportText(learning.sorted().joined(separator: ", ")),
            ]
        }
        let lived = template.section(.livedExperience)?.questions.first?.id
        let experiences = report.cases.compactMap { number, _, audit -> ReportText? in
            guard let lived, case let .text(text)? = audit.answer(lived) else { return nil }
            return ReportText("Case " + String(number) + ": " + BoardPaper.extract(text))
        }
        return ReportDocument(title: "\(template.title): case annex to the theme audit report", threshold: 1, blocks: [
            .paragraph(ReportText(restriction)),
            .title("\(template.title): case annex to the theme audit report"),
            .bullets([
                ReportText("Protective marking: \(report.masthead.marking)"), ReportText("Theme: \(template.title) (\(template.id))"),
                ReportText("Period: \(report.period)"), ReportText("Produced: \(report.produced)"),
            ]),
            .heading("The cases"),
            .table(ReportTable(
                header: ["Case", "Audit day", "Age band", "Plan type", "Agencies involved", "Overall grade", "Key learning"],
                rows: rows, rowBasis: .oneEach(BoardPaper.Keys.cases)
            )),
            .heading("The child's lived experience"),
            experiences.isEmpty ? .paragraph("None recorded.") : .bullets(ReportList(experiences, rows: .distinctCases(BoardPaper.Keys.cases))),
        ])
    }

    static func label(_ value: AnswerValue?, _ question: String, _ template: AuditTemplate) -> String {
        guard case let .choice(id)? = value else { return "not recorded" }
        return template.question(question)?.choice(id)?.label ?? id
    }
}
