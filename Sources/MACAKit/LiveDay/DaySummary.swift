/// The short summary shown by `:summary` and when the day closes: cases,
/// how the agreed grades spread per domain, actions by agency, concerns,
/// and what is still missing.
public enum DaySummary {
    public static func lines(_ plan: DayPlan) -> [String] {
        let day = plan.day, template = plan.template
        var lines = ["Cases: \(day.cases.count)" + (day.cases.isEmpty ? "" : " (\(day.cases.map(\.ref).joined(separator: ", ")))")]
        let profiles = day.cases.map(profile)
        if profiles.contains(where: { $0.ageBand != nil || $0.planType != nil }) {
            let spread = SelectionSpread(cases: profiles, template: template, attending: day.agencies)
            lines += spread.lines.map { "  " + $0 } + spread.warnings.map { "  ! " + $0 }
        }

        if let grades = template.section(.gradedDomains) {
            lines.append("Agreed grades:")
            let width = grades.questions.map { shortName($0).count }.max() ?? 0
            for question in grades.questions {
                let counts = template.scale.levels.map { level in
                    (level, day.cases.filter { $0.agreedGrades[question.id]?.level == level.id }.count)
                }
                let cells = counts.filter { $0.1 > 0 }.map { "\($0.0.label) \($0.1)" }
                let name = shortName(question).padding(toLength: width, withPad: " ", startingAt: 0)
                lines.append("  \(name)  \(cells.isEmpty ? "none yet" : cells.joined(separator: ", "))")
            }
        }

        let actions = day.cases.flatMap(\.actions)
        lines.append("Action points: \(actions.count)")
        var byAgency: [String: Int] = [:]
        let agencyField = template.section(.actionPoints)?.questions.first { $0.type == .agency }?.id
        for action in actions {
            if let agencyField, case let .choice(agency)? = action.fields[agencyField] {
                byAgency[agency, default: 0] += 1
            }
        }
        for (agency, count) in byAgency.sorted(by: { ($0.value, $1.key) > ($1.value, $0.key) }) {
            lines.append("  \(day.agencyName(agency)): \(count)")
        }

        let concerns = day.cases.flatMap(\.concerns)
        let open = plan.unacknowledgedConcerns
        lines.append("Immediate concerns: \(concerns.count) raised, \(concerns.count - open.count) acknowledged")
        for (ref, concern) in open {
            // The short id the room says (C1), which :ack takes.
            let short = concern.id.split(separator: "-").last.map(String.init) ?? concern.id
            lines.append("  NOT YET ACKNOWLEDGED: \(short) (case \(ref); :ack \(short) when it is)")
        }

        if !day.auditors.isEmpty {
            lines.append("Agency returns:")
            for audit in day.cases {
                let partly = Set(AgencyReturns.partial(audit, template: template, day: day))
                let returned = AgencyReturns.returned(audit, template: template, day: day).map { partly.contains($0) ? "\(day.agencyName($0)) (in part)" : day.agencyName($0) }
                let missing = AgencyReturns.missing(audit, template: template, day: day).map(day.agencyName)
                var line = "  \(audit.ref): " + (returned.isEmpty ? "none yet" : returned.joined(separator: ", "))
                if !missing.isEmpty { line += "; not returned: \(missing.joined(separator: ", "))" }
                let notInvolved = AgencyReturns.notInvolved(audit, day: day).map(day.agencyName)
                if !notInvolved.isEmpty { line += "; not involved: \(notInvolved.joined(separator: ", "))" }
                let differing = (template.section(.gradedDomains)?.questions ?? []).filter { question in
                    guard let agreed = audit.agreedGrades[question.id] else { return false }
                    return AgencyReturns.grades(audit, domain: question.id, day: day).contains { $0.level != agreed.level }
                }
                if !differing.isEmpty { line += "; agreed grade differs from an agency's on \(differing.map(\.id).joined(separator: ", "))" }
                lines.append(line)
            }
        }
        for audit in day.cases {
            let missing = plan.missingRequired(audit)
            if !missing.isEmpty {
                lines.append("Case \(audit.ref): \(missing.count) required answer\(missing.count == 1 ? "" : "s") missing")
            }
        }
        return lines
    }

    /// What the case profile says of a case, for the spread of the selection.
    public static func profile(_ audit: CaseAudit) -> Candidate {
        var candidate = Candidate(ref: audit.ref)
        if case let .choice(band)? = audit.answer("age-band") { candidate.ageBand = band }
        if case let .choice(plan)? = audit.answer("plan-type") { candidate.planType = plan }
        if case let .choices(agencies)? = audit.answer("agencies-involved") { candidate.agencies = agencies }
        return candidate
    }

    /// A grade domain's name for a table: its id, made readable.
    static func shortName(_ question: Question) -> String {
        let words = question.id.split(separator: "-").joined(separator: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }
}
