import Foundation

/// One piece of the report, independent of its format: the Markdown and
/// HTML renderers draw the same document, so they never disagree.
public enum ReportBlock: Sendable, Equatable {
    case title(String)
    case heading(String)
    case subheading(String)
    case paragraph(String)
    case bullets([String])
    case table(header: [String], rows: [[String]])
    /// Counts per category and level, drawn as stacked bars in HTML.
    case chart(ReportChart)
}

public struct ReportChart: Sendable, Equatable {
    public var title: String
    public var categories: [String]
    public var levels: [String]
    /// One row of counts per category, one count per level.
    public var counts: [[Int]]
}

/// The theme report as a document, in the order a board expects.
public enum ReportDocument {
    public static func blocks(_ report: ThemeReport) -> [ReportBlock] {
        let template = report.template
        let days = report.inputs.days
        let cases = report.cases
        let audits = cases.map(\.audit)
        let levels = template.scale.levels
        let small = report.smallNumbers
        /// A chart only where no count in it is hidden: a bar's length would show it.
        func chart(_ chart: ReportChart, _ shown: [[String]]) -> ReportBlock {
            shown.joined().contains(small.hidden)
                ? .paragraph("(The chart is left out: it would show counts below \(small.threshold).)")
                : .chart(chart)
        }
        var blocks: [ReportBlock] = [
            .title(report.title),
            .bullets(
                ["Protective marking: \(report.masthead.marking)"]
                    + (report.masthead.partnership.map { ["Partnership: \($0)"] } ?? [])
                    + (report.masthead.author.map { ["From: \($0)"] } ?? [])
                    + [
                        "Theme: \(template.title) (\(template.id))", "Period: \(report.period)", "Produced: \(report.produced)",
                        "Audit days: \(days.count); cases audited: \(small.show(cases.count))",
                    ]
            ),
            .heading("1. Purpose"), .paragraph(template.theme), .paragraph("Lines of enquiry:"), .bullets(template.linesOfEnquiry),
            .heading("2. Method"),
        ]
        let casesPerDay = small.table(days.map { [$0.day.cases.count] })
        blocks.append(.table(
            header: ["Audit day", "Date", "Area", "Cases", "Agencies attending", "Agencies returning"],
            rows: days.enumerated().map { index, day in
                let returning = Set(day.day.cases.flatMap { AgencyReturns.returned($0, template: day.template, day: day.day) })
                let returned = day.day.agencies.filter { returning.contains($0.id) }.map(\.name).joined(separator: ", ")
                return [
                    "Day \(index + 1)" + (day.day.isClosed ? "" : " (unfinished)"), day.day.date ?? "", day.day.area ?? "",
                    casesPerDay[index][0], day.day.agencies.map(\.name).joined(separator: ", "), returned.isEmpty ? "none" : returned,
                ]
            }
        ))
        let sampled = audits.filter { $0.reasonSelected.hasPrefix("Random sample") }.count
        blocks += [
            .paragraph("Cases were chosen from the agencies' records for the theme; \(small.row([sampled, audits.count - sampled])[0]) of \(small.show(audits.count)) by a seeded random sample from a candidate list, the rest by reference with a recorded reason."),
            .paragraph("Age bands: " + shownRow(report.counts(of: "age-band", in: audits), small)),
            .paragraph("Plan types: " + shownRow(report.counts(of: "plan-type", in: audits), small)),
            .paragraph("Grading: \(template.scale.name) (\(levels.map(\.label).joined(separator: ", "))). Each agency graded its own practice; the room agreed one grade per domain, with a rationale."),
        ]

        blocks.append(.heading("3. Executive summary"))
        let strengths = report.tags(.workedWell).prefix(3)
        let improvements = report.tags(.areasForImprovement).prefix(3)
        blocks += [
            .paragraph("Key strengths: " + (strengths.isEmpty ? "none tagged" : strengths.map { "\($0.tag) (\(small.show($0.count)))" }.joined(separator: ", "))),
            .paragraph("Key areas for improvement: " + (improvements.isEmpty ? "none tagged" : improvements.map { "\($0.tag) (\(small.show($0.count)))" }.joined(separator: ", "))),
            .paragraph("Overall agreed grades: " + zip(levels, small.row(report.gradeCounts("overall", days: days))).map { "\($0.label) \($1)" }.joined(separator: ", ")),
        ]
        if !report.inputs.previous.isEmpty {
            let dates = report.inputs.previous.compactMap(\.day.date)
            let then = report.gradeCounts("overall", days: report.inputs.previous), now = report.gradeCounts("overall", days: days)
            let shown = small.table(levels.indices.map { [then[$0], now[$0]] })
            blocks += [
                .paragraph("Compared with the previous audit of this theme (\(dates.min() ?? "") to \(dates.max() ?? ""), \(small.show(report.inputs.previous.flatMap(\.day.cases).count)) cases):"),
                .table(header: ["Overall grade", "Then", "Now"], rows: levels.indices.map { [levels[$0].label] + shown[$0] }),
                chart(ReportChart(title: "Overall agreed grades, then and now", categories: ["Then", "Now"], levels: levels.map(\.label), counts: [then, now]), shown),
            ]
        }

        blocks.append(.heading("4. The cases"))
        blocks.append(.table(
            header: ["Case", "Age band", "Plan type", "Agencies involved", "Overall grade", "Key learning"],
            rows: cases.map { number, day, audit in
                var agencies = "not recorded"
                if case let .choices(ids)? = audit.answer("agencies-involved") { agencies = ids.map(report.agencyName).joined(separator: ", ") }
                var learning = Set<String>()
                let tagQuestions = Set((template.section(.areasForImprovement)?.questions ?? []).filter { $0.type == .tags }.map(\.id))
                for (key, answer) in audit.answers where tagQuestions.contains(key.question) {
                    if case let .tags(tags)? = answer.value { learning.formUnion(tags) }
                }
                return [
                    "Case \(number)", label(audit.answer("age-band"), "age-band", template), label(audit.answer("plan-type"), "plan-type", template),
                    agencies, audit.agreedGrades["overall"].map { day.template.scale.level($0.level)?.label ?? $0.level } ?? "not agreed",
                    learning.sorted().joined(separator: ", "),
                ]
            }
        ))

        blocks += [.heading("5. Thematic findings"), .subheading("What worked well")] + findingsByAgency(report, kind: .workedWell)
        blocks += [.subheading("Areas for improvement")] + findingsByAgency(report, kind: .areasForImprovement)
        blocks.append(.subheading("The voice of the child"))
        let voiceQuestions = template.section(.voiceOfTheChild)?.questions.filter { $0.type == .yesPartlyNo } ?? []
        let voiceCounts = small.table(voiceQuestions.map { question in
            var counts = [YesPartlyNo.yes: 0, .partly: 0, .no: 0]
            var missing = 0
            for audit in audits {
                if case let .yesPartlyNo(answer, _)? = audit.answer(question.id) { counts[answer, default: 0] += 1 } else { missing += 1 }
            }
            return [counts[.yes]!, counts[.partly]!, counts[.no]!, missing]
        })
        blocks.append(.table(
            header: ["Question", "Yes", "Partly", "No", "Not recorded"],
            rows: zip(voiceQuestions, voiceCounts).map { [$0.prompt] + $1 }
        ))
        blocks.append(.subheading("The child's lived experience"))
        let livedQuestion = template.section(.livedExperience)?.questions.first?.id
        blocks.append(.bullets(cases.compactMap { number, _, audit in
            guard let livedQuestion, case let .text(text)? = audit.answer(livedQuestion) else { return nil }
            return "Case \(number): \(extract(text))"
        }))

        blocks.append(.heading("6. Grades"))
        blocks.append(.subheading("Agreed grades per domain"))
        let domains = template.section(.gradedDomains)?.questions ?? []
        let domainCounts = domains.map { report.gradeCounts($0.id, days: days) }
        let domainShown = small.table(domainCounts)
        blocks.append(.table(header: ["Domain"] + levels.map(\.label), rows: zip(domains, domainShown).map { [$0.prompt] + $1 }))
        blocks.append(chart(ReportChart(title: "Agreed grades per domain", categories: domains.map { DaySummary.shortName($0) }, levels: levels.map(\.label), counts: domainCounts), domainShown))
        let agencyGrades = report.agencyGradeCounts("overall")
        if !agencyGrades.isEmpty {
            let shown = small.table(agencyGrades.map(\.counts))
            blocks.append(.subheading("Agencies' own overall grades"))
            blocks.append(.table(header: ["Agency"] + levels.map(\.label), rows: zip(agencyGrades, shown).map { [$0.agency] + $1 }))
            blocks.append(chart(ReportChart(title: "Agencies' own overall grades", categories: agencyGrades.map(\.agency), levels: levels.map(\.label), counts: agencyGrades.map(\.counts)), shown))
        }
        let byInvolvement = report.agreedByAgencyInvolved("overall")
        if !byInvolvement.isEmpty {
            let shown = small.table(byInvolvement.map(\.counts))
            blocks.append(.subheading("Agreed overall grade of the cases each agency was involved in"))
            blocks.append(.table(header: ["Agency"] + levels.map(\.label), rows: zip(byInvolvement, shown).map { [$0.agency] + $1 }))
        }

        blocks.append(.heading("7. Action plan"))
        blocks.append(.table(
            header: ["Action", "Owner agency", "Lead role", "Due", "Measure of success", "Status"],
            rows: ActionTracker.rows(report).map { ["\($0.id): \($0.action)", $0.agency, $0.leadRole, $0.due, $0.measure, $0.status] }
        ))

        let concerns = audits.flatMap(\.concerns)
        blocks.append(.heading("8. Immediate concerns"))
        let acknowledged = concerns.filter { $0.acknowledgement != nil }.count
        let concernCounts = small.row([acknowledged, concerns.count - acknowledged])
        blocks.append(.paragraph(
            "\(small.show(concerns.count)) immediate concern\(concerns.count == 1 ? " was" : "s were") raised during the audit and referred to the agency concerned at the time; "
                + "\(concernCounts[0]) \(concerns.count == 1 ? "was" : "were") acknowledged. Details are held by the agencies, not in this report."
        ))

        blocks.append(.heading("9. Dissemination and re-audit"))
        var dissemination = "Findings are to be shared with each agency's safeguarding leads and through the partnership's learning briefings."
        if let last = days.compactMap(\.day.date).max() {
            dissemination += " Suggested re-audit of this theme: \(CalendarDate.adding(months: template.reauditMonths, to: last)) (\(template.reauditMonths) months after the last audit day)."
        }
        blocks.append(.paragraph(dissemination))
        if !report.inputs.previous.isEmpty {
            blocks.append(.subheading("Re-audit: the previous audit's actions"))
            let previousActions = report.inputs.previous.flatMap { day in day.day.cases.flatMap(\.actions) }
            blocks.append(previousActions.isEmpty ? .paragraph("The previous audit agreed no action points.") : .table(
                header: ["Action", "Due", "Status", "Evidence of change"],
                rows: previousActions.map { action in
                    var due = ""
                    if case let .date(date)? = action.fields["due-date"] { due = date }
                    let progress = report.actionProgress[action.id]
                    return ["\(action.id): \(action.fields["action"]?.summary ?? "")", due,
                            (progress?.status ?? .notStarted).rawValue.replacingOccurrences(of: "-", with: " "), progress?.evidence ?? ""]
                }
            ))
            blocks.append(.subheading("Re-audit: areas for improvement then and now"))
            let then = Dictionary(report.tags(.areasForImprovement, previous: true).map { ($0.tag, $0.count) }, uniquingKeysWith: +)
            let now = Dictionary(report.tags(.areasForImprovement).map { ($0.tag, $0.count) }, uniquingKeysWith: +)
            let earlier = then.keys.sorted()
            blocks.append(earlier.isEmpty ? .paragraph("The previous audit tagged no areas for improvement.") : .table(
                header: ["Area for improvement", "Then", "Now", "Finding"],
                rows: earlier.map { tag in
                    [tag, small.show(then[tag] ?? 0), small.show(now[tag] ?? 0), (now[tag] ?? 0) > 0 ? "still needing development" : "improved"]
                }
            ))
        }


        // Folder names only: where the sessions folder lives is not the board's business.
        let name = { (path: String) in (path as NSString).lastPathComponent }
        let versions = Set(days.map { "\($0.template.id) version \($0.template.version)" }).sorted()
        let missing = missingAnswers(report)
        // A day reopened after its close, and the returns that came in late because of it.
        let reopened = days.enumerated().filter { !$0.element.day.reopenings.isEmpty }.map { index, day in
            let late = day.day.lateReturns
            return "Day \(index + 1), \(late) late return\(late == 1 ? "" : "s")"
        }
        // What verifying the days proved: every report's days pass verify; the signatures say more.
        let checked = days.filter { $0.signatures.isChecked }.count
        let unchecked = days.filter { $0.signatures == .unchecked }.count
        let integrity = "Record integrity: every day's journals verified (hash chains, and seals of closed days); "
            + (checked == days.count ? "all \(days.count) signed with the partnership's key, and every signature checked"
                : [checked > 0 ? "\(checked) signed with the partnership's key and checked" : nil,
                   unchecked > 0 ? "\(unchecked) signed, but NOT checked (the key was not on the machine that wrote this report)" : nil,
                   days.count - checked - unchecked > 0
                    ? "\(days.count - checked - unchecked) not signed (opened before the partnership's key existed, or without it)" : nil]
                    .compactMap { $0 }.joined(separator: "; "))
        blocks += [.heading("Appendix: data quality"), .bullets([
            integrity,
            "Template versions combined: \(versions.joined(separator: ", ")) (answers are merged by question id)",
            "Days left out: " + (report.inputs.leftOut.isEmpty ? "none" : report.inputs.leftOut.map { "\(name($0.folder)) (\($0.reason))" }.joined(separator: "; ")),
            "Days reopened after closing: " + (reopened.isEmpty ? "none" : reopened.joined(separator: "; ")),
            "Required answers missing: " + (missing.isEmpty ? "none" : missing.map { "\($0.question) (\(small.show($0.count)))" }.joined(separator: ", ")),
            "Counts from 1 to \(small.threshold - 1) are shown as \(small.hidden), with further cells hidden where they would let one be worked out.",
        ])]
        return blocks
    }

    /// "Label count; …" for counts that add up to a published total.
    static func shownRow(_ counts: [(label: String, count: Int)], _ small: SmallNumbers) -> String {
        zip(counts, small.row(counts.map(\.count))).map { "\($0.label) \($1)" }.joined(separator: "; ")
    }

    static func label(_ value: AnswerValue?, _ question: String, _ template: AuditTemplate) -> String {
        guard case let .choice(id)? = value else { return "not recorded" }
        return template.question(question)?.choice(id)?.label ?? id
    }

    /// Findings per agency: how many cases had one, and the tags given.
    static func findingsByAgency(_ report: ThemeReport, kind: SectionKind) -> [ReportBlock] {
        guard let section = report.template.section(kind) else { return [] }
        let textIDs = Set(section.questions.filter { $0.type == .longText }.map(\.id))
        let tagIDs = Set(section.questions.filter { $0.type == .tags }.map(\.id))
        var findings: [String: (cases: Set<Int>, tags: [String: Int])] = [:]
        for (number, _, audit) in report.cases {
            for (key, answer) in audit.answers {
                guard let agency = key.agency, let value = answer.value else { continue }
                let name = report.agencyName(agency)
                if textIDs.contains(key.question) { findings[name, default: ([], [:])].cases.insert(number) }
                if tagIDs.contains(key.question), case let .tags(tags) = value {
                    tags.forEach { findings[name, default: ([], [:])].tags[$0, default: 0] += 1 }
                }
            }
        }
        guard !findings.isEmpty else { return [.paragraph("None recorded.")] }
        let small = report.smallNumbers
        let sorted = findings.sorted { $0.key < $1.key }
        let caseCounts = small.table(sorted.map { [$0.value.cases.count] })
        return [.table(header: ["Agency", "Cases with findings", "Recurring themes"], rows: sorted.enumerated().map { index, entry in
            let tags = entry.value.tags.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { "\($0.key) (\(small.show($0.value)))" }
            return [entry.key, caseCounts[index][0], tags.joined(separator: ", ")]
        })]
    }

    /// The first sentence of a free-text answer, at most 160 characters.
    static func extract(_ text: String) -> String {
        let flat = text.replacingNewlines()
        let sentence = flat.split(separator: ".", maxSplits: 1).first.map { String($0) + "." } ?? flat
        return sentence.count > 160 ? String(sentence.prefix(157)) + "…" : sentence
    }

    static func missingAnswers(_ report: ThemeReport) -> [(question: String, count: Int)] {
        var counts: [String: Int] = [:]
        for day in report.inputs.days {
            let plan = DayPlan(template: day.template, day: day.day)
            for audit in day.day.cases {
                for step in plan.missingRequired(audit) {
                    switch step {
                    case let .question(_, section, question, _): counts[day.template.sections[section].questions[question].id, default: 0] += 1
                    case let .grade(_, question): counts[plan.gradeQuestion(question)?.id ?? "?", default: 0] += 1
                    default: break
                    }
                }
            }
        }
        return counts.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }
}
