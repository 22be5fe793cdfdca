import Foundation

/// The theme report as Markdown, in the order a board expects.
public enum ReportMarkdown {
    public static func render(_ report: ThemeReport) -> String {
        let template = report.template
        let days = report.inputs.days
        let cases = report.cases
        let audits = cases.map(\.audit)
        let levels = template.scale.levels
        var out = "# \(template.title): multi-agency theme audit report\n\n"
        out += "- Theme: \(template.title) (`\(template.id)`)\n"
        out += "- Period: \(report.period)\n"
        out += "- Produced: \(report.produced)\n"
        out += "- Audit days: \(days.count); cases audited: \(cases.count)\n"

        out += "\n## 1. Purpose\n\n\(template.theme)\n\nLines of enquiry:\n\n"
        out += template.linesOfEnquiry.map { "- \($0)\n" }.joined()

        out += "\n## 2. Method\n\n"
        out += "| Audit day | Date | Area | Cases | Agencies attending | Agencies returning |\n|---|---|---|---|---|---|\n"
        for (index, day) in days.enumerated() {
            let returning = Set(day.day.cases.flatMap { AgencyReturns.returned($0, template: day.template, day: day.day) })
            let attending = day.day.agencies.map(\.name).joined(separator: ", ")
            let returned = day.day.agencies.filter { returning.contains($0.id) }.map(\.name).joined(separator: ", ")
            let mark = day.day.isClosed ? "" : " (unfinished)"
            out += "| Day \(index + 1)\(mark) | \(day.day.date ?? "") | \((day.day.area ?? "").tableCell) | \(day.day.cases.count) | \(attending.tableCell) | \(returned.isEmpty ? "none" : returned.tableCell) |\n"
        }
        out += "\nCases were chosen from the agencies' records for the theme; "
        let sampled = audits.filter { $0.reasonSelected.hasPrefix("Random sample") }.count
        out += "\(sampled) of \(audits.count) by a seeded random sample from a candidate list, the rest by reference with a recorded reason.\n\n"
        out += "Age bands: " + report.counts(of: "age-band", in: audits).map { "\($0.label) \($0.count)" }.joined(separator: "; ") + "\n\n"
        out += "Plan types: " + report.counts(of: "plan-type", in: audits).map { "\($0.label) \($0.count)" }.joined(separator: "; ") + "\n\n"
        out += "Grading: \(template.scale.name) (\(levels.map(\.label).joined(separator: ", "))). Each agency graded its own practice; the room agreed one grade per domain, with a rationale.\n"

        out += "\n## 3. Executive summary\n\n"
        let strengths = report.tags(.workedWell).prefix(3)
        let improvements = report.tags(.areasForImprovement).prefix(3)
        out += "Key strengths: " + (strengths.isEmpty ? "none tagged" : strengths.map { "\($0.tag) (\($0.count))" }.joined(separator: ", ")) + "\n\n"
        out += "Key areas for improvement: " + (improvements.isEmpty ? "none tagged" : improvements.map { "\($0.tag) (\($0.count))" }.joined(separator: ", ")) + "\n\n"
        out += "Overall agreed grades: " + zip(levels, report.gradeCounts("overall", days: days)).map { "\($0.label) \($1)" }.joined(separator: ", ") + "\n"
        if !report.inputs.previous.isEmpty {
            let dates = report.inputs.previous.compactMap(\.day.date)
            out += "\nCompared with the previous audit of this theme (\(dates.min() ?? "") to \(dates.max() ?? ""), \(report.inputs.previous.flatMap(\.day.cases).count) cases):\n\n"
            out += "| Overall grade | Then | Now |\n|---|---|---|\n"
            let then = report.gradeCounts("overall", days: report.inputs.previous), now = report.gradeCounts("overall", days: days)
            for (index, level) in levels.enumerated() { out += "| \(level.label) | \(then[index]) | \(now[index]) |\n" }
        }

        out += "\n## 4. The cases\n\n| Case | Age band | Plan type | Agencies involved | Overall grade | Key learning |\n|---|---|---|---|---|---|\n"
        for (number, day, audit) in cases {
            let age = label(audit.answer("age-band"), "age-band", template)
            let plan = label(audit.answer("plan-type"), "plan-type", template)
            var agencies = "not recorded"
            if case let .choices(ids)? = audit.answer("agencies-involved") { agencies = ids.map(report.agencyName).joined(separator: ", ") }
            let overall = audit.agreedGrades["overall"].map { day.template.scale.level($0.level)?.label ?? $0.level } ?? "not agreed"
            var learning = Set<String>()
            for (key, answer) in audit.answers where template.section(.areasForImprovement)?.questions.contains(where: { $0.id == key.question && $0.type == .tags }) == true {
                if case let .tags(tags)? = answer.value { learning.formUnion(tags) }
            }
            out += "| Case \(number) | \(age) | \(plan) | \(agencies.tableCell) | \(overall) | \(learning.isEmpty ? "" : learning.sorted().joined(separator: ", ")) |\n"
        }

        out += "\n## 5. Thematic findings\n\n### What worked well\n\n"
        out += findingsByAgency(report, kind: .workedWell)
        out += "\n### Areas for improvement\n\n"
        out += findingsByAgency(report, kind: .areasForImprovement)
        out += "\n### The voice of the child\n\n| Question | Yes | Partly | No | Not recorded |\n|---|---|---|---|---|\n"
        for question in template.section(.voiceOfTheChild)?.questions.filter({ $0.type == .yesPartlyNo }) ?? [] {
            var counts = [YesPartlyNo.yes: 0, .partly: 0, .no: 0]
            var missing = 0
            for audit in audits {
                if case let .yesPartlyNo(answer, _)? = audit.answer(question.id) { counts[answer, default: 0] += 1 } else { missing += 1 }
            }
            out += "| \(question.prompt.tableCell) | \(counts[.yes]!) | \(counts[.partly]!) | \(counts[.no]!) | \(missing) |\n"
        }
        out += "\n### The child's lived experience\n\n"
        let livedQuestion = template.section(.livedExperience)?.questions.first?.id
        for (number, _, audit) in cases {
            if let livedQuestion, case let .text(text)? = audit.answer(livedQuestion) {
                out += "- Case \(number): \(extract(text))\n"
            }
        }

        out += "\n## 6. Grades\n\n### Agreed grades per domain\n\n"
        out += "| Domain | " + levels.map(\.label).joined(separator: " | ") + " |\n|---|" + levels.map { _ in "---|" }.joined() + "\n"
        for question in template.section(.gradedDomains)?.questions ?? [] {
            out += "| \(question.prompt.tableCell) | " + report.gradeCounts(question.id, days: days).map(String.init).joined(separator: " | ") + " |\n"
        }
        let agencyGrades = report.agencyGradeCounts("overall")
        if !agencyGrades.isEmpty {
            out += "\n### Agencies' own overall grades\n\n| Agency | " + levels.map(\.label).joined(separator: " | ") + " |\n|---|" + levels.map { _ in "---|" }.joined() + "\n"
            for row in agencyGrades {
                out += "| \(row.agency.tableCell) | " + row.counts.map(String.init).joined(separator: " | ") + " |\n"
            }
        }

        out += "\n## 7. Action plan\n\n| Action | Owner agency | Lead role | Due | Measure of success | Status |\n|---|---|---|---|---|---|\n"
        for action in ActionTracker.rows(report) {
            out += "| \(action.id): \(action.action.tableCell) | \(action.agency.tableCell) | \(action.leadRole.tableCell) | \(action.due) | \(action.measure.tableCell) | \(action.status) |\n"
        }

        let concerns = audits.flatMap(\.concerns)
        out += "\n## 8. Immediate concerns\n\n"
        out += "\(concerns.count) immediate concern\(concerns.count == 1 ? " was" : "s were") raised during the audit and referred to the agency concerned at the time; "
        out += "\(concerns.filter { $0.acknowledgement != nil }.count) \(concerns.count == 1 ? "was" : "were") acknowledged. Details are held by the agencies, not in this report.\n"

        out += "\n## 9. Dissemination and re-audit\n\n"
        out += "Findings are to be shared with each agency's safeguarding leads and through the partnership's learning briefings. "
        if let last = days.compactMap(\.day.date).max() {
            out += "Suggested re-audit of this theme: \(CalendarDate.adding(months: template.reauditMonths, to: last)) (\(template.reauditMonths) months after the last audit day).\n"
        }

        out += "\n## Appendix: data quality\n\n"
        let versions = Set(days.map { "\($0.template.id) version \($0.template.version)" }).sorted()
        out += "- Template versions combined: \(versions.joined(separator: ", ")) (answers are merged by question id)\n"
        // Folder names only: where the sessions folder lives is not the board's business.
        let name = { (path: String) in (path as NSString).lastPathComponent }
        out += "- Days left out: " + (report.inputs.leftOut.isEmpty ? "none" : report.inputs.leftOut.map { "\(name($0.folder)) (\($0.reason))" }.joined(separator: "; ")) + "\n"
        out += "- The same day found twice and counted once: " + (report.inputs.duplicates.isEmpty ? "none" : report.inputs.duplicates.map(name).joined(separator: ", ")) + "\n"
        let missing = missingAnswers(report)
        out += "- Required answers missing: " + (missing.isEmpty ? "none" : missing.map { "\($0.question) (\($0.count))" }.joined(separator: ", ")) + "\n"
        return out
    }

    static func label(_ value: AnswerValue?, _ question: String, _ template: AuditTemplate) -> String {
        guard case let .choice(id)? = value else { return "not recorded" }
        return template.question(question)?.choice(id)?.label ?? id
    }

    /// Findings per agency: how many cases had one, and the tags given.
    static func findingsByAgency(_ report: ThemeReport, kind: SectionKind) -> String {
        guard let section = report.template.section(kind) else { return "" }
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
        guard !findings.isEmpty else { return "None recorded.\n" }
        var out = "| Agency | Cases with findings | Recurring themes |\n|---|---|---|\n"
        for (agency, finding) in findings.sorted(by: { $0.key < $1.key }) {
            let tags = finding.tags.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { "\($0.key) (\($0.value))" }
            out += "| \(agency.tableCell) | \(finding.cases.count) | \(tags.joined(separator: ", ")) |\n"
        }
        return out
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
