/// What each agency's auditor returned for a case, and how their grades
/// compare: the facilitator's moderation view, `maca show` and the summary.
public enum AgencyReturns {
    /// An agency's own grade for one domain.
    public struct Grade: Sendable, Equatable {
        public var agency: String
        public var level: String
        public var rationale: String
        public var author: String

        public init(agency: String, level: String, rationale: String, author: String) {
            self.agency = agency
            self.level = level
            self.rationale = rationale
            self.author = author
        }
    }

    /// Agencies expected to return for a case: those with an auditor on the
    /// day, in the day's order, narrowed to the agencies involved in the
    /// case when its profile names them.
    public static func expected(_ audit: CaseAudit, day: AuditDay) -> [String] {
        var agencies: [String] = []
        for auditor in day.auditors where !agencies.contains(auditor.agency) { agencies.append(auditor.agency) }
        if case let .choices(involved)? = audit.answer("agencies-involved") {
            agencies = agencies.filter(involved.contains)
        }
        return agencies.filter { !audit.notInvolved.contains($0) }
    }

    /// Agencies whose auditor said they had no part in the case, in the day's order.
    public static func notInvolved(_ audit: CaseAudit, day: AuditDay) -> [String] {
        let order = day.agencies.map(\.id)
        return order.filter(audit.notInvolved.contains) + audit.notInvolved.subtracting(order).sorted()
    }

    /// Whether an agency's auditor is asked about a case: not when the
    /// case profile's agencies involved leaves it out, nor once the
    /// auditor said it had no part; every case while involvement is not yet
    /// recorded. A return already begun for the case is asked to its end,
    /// whatever the room records meanwhile, so an auditor typing while the
    /// room marks the agencies involved never has questions pulled from under them.
    public static func asks(_ agency: String, about audit: CaseAudit) -> Bool {
        if audit.notInvolved.contains(agency) { return false }
        if case let .choices(involved)? = audit.answer("agencies-involved"), !involved.contains(agency) {
            return audit.answers.keys.contains { $0.agency == agency } || audit.skipped.contains { $0.agency == agency }
        }
        return true
    }

    /// The grade the room may be offered as its default for a domain: only
    /// when at least two agencies graded it and all gave the same level. One
    /// agency's grade is never offered, so Enter cannot rubber-stamp it.
    public static func defaultGrade(_ grades: [Grade]) -> String? {
        let levels = Set(grades.map(\.level))
        guard grades.count >= 2, levels.count == 1 else { return nil }
        return levels.first
    }

    /// What an agency returned that a per-agency question takes its
    /// default from (the question's `from-return`): text as returned, tags
    /// only those among the question's choices. Nil when there is none.
    public static func returnedAnswer(for question: Question, agency: String, in audit: CaseAudit) -> AnswerValue? {
        guard let source = question.fromReturn, let value = audit.answer(source, agency: agency) else { return nil }
        switch (question.type, value) {
        case (.shortText, .text), (.longText, .text):
            return value
        case let (.tags, .tags(tags)), let (.tags, .choices(tags)):
            let offered = question.choices.isEmpty ? tags : tags.filter { tag in question.choices.contains { $0.id == tag } }
            return offered.isEmpty ? nil : .tags(offered)
        default:
            return nil
        }
    }

    /// Agencies that have returned anything for the case, in the day's order.
    public static func returned(_ audit: CaseAudit, template: AuditTemplate, day: AuditDay) -> [String] {
        let questions = Set((template.section(.agencyReturn)?.questions ?? []).map(\.id) + (template.section(.gradedDomains)?.questions ?? []).map(\.id))
        // Read in place: filtering the answers copied them into a dictionary of their own, for every case (issue 18).
        var agencies = Set<String>()
        for (key, answer) in audit.answers where questions.contains(key.question) && answer.value != nil {
            if let agency = key.agency { agencies.insert(agency) }
        }
        let ordered = day.agencies.map(\.id).filter(agencies.contains)
        return ordered + agencies.subtracting(ordered).sorted()
    }

    /// Agencies that have returned something for the case but not the whole
    /// return: a required question of the return without an answer, or a
    /// domain neither graded nor passed over. In the day's order.
    public static func partial(_ audit: CaseAudit, template: AuditTemplate, day: AuditDay) -> [String] {
        let questions = template.section(.agencyReturn)?.questions ?? []
        let domains = template.section(.gradedDomains)?.questions ?? []
        return returned(audit, template: template, day: day).filter { agency in
            questions.contains { question in
                question.required && audit.answers[AnswerKey(ref: audit.ref, question: question.id, agency: agency)]?.value == nil
            } || domains.contains { domain in
                let key = AnswerKey(ref: audit.ref, question: domain.id, agency: agency)
                return audit.answers[key]?.value == nil && !audit.skipped.contains(key)
            }
        }
    }

    /// Expected agencies that have returned nothing for the case yet.
    public static func missing(_ audit: CaseAudit, template: AuditTemplate, day: AuditDay) -> [String] {
        let returned = Set(returned(audit, template: template, day: day))
        return expected(audit, day: day).filter { !returned.contains($0) }
    }

    /// The agencies involved in a case whose view the room does not have
    /// yet, for the grade screen: those the case profile names as involved
    /// (every agency attending while it names none), with or without an
    /// auditor on the day, that have returned nothing for the case and have
    /// not said they had no part in it; in the day's order.
    public static func involvedWithoutReturn(_ audit: CaseAudit, template: AuditTemplate, day: AuditDay) -> [String] {
        let returned = Set(returned(audit, template: template, day: day))
        var involved = day.agencies.map(\.id)
        if case let .choices(named)? = audit.answer("agencies-involved") {
            involved = involved.filter(named.contains) + named.filter { !involved.contains($0) }
        }
        return involved.filter { !returned.contains($0) && !audit.notInvolved.contains($0) }
    }

    /// Every agency's own grade for a domain, in the day's agency order.
    public static func grades(_ audit: CaseAudit, domain: String, day: AuditDay) -> [Grade] {
        let grades = audit.answers.compactMap { key, answer -> Grade? in
            guard key.question == domain, let agency = key.agency, case let .grade(level, rationale)? = answer.value else { return nil }
            return Grade(agency: agency, level: level, rationale: rationale, author: answer.author)
        }
        let order = day.agencies.map(\.id)
        return grades.sorted { (order.firstIndex(of: $0.agency) ?? .max, $0.agency) < (order.firstIndex(of: $1.agency) ?? .max, $1.agency) }
    }

    /// How many levels apart the highest and lowest grades are (0 when they agree).
    public static func spread(_ grades: [Grade], scale: GradeScale) -> Int {
        let ranks = grades.compactMap { scale.rank(of: $0.level) }
        guard let low = ranks.min(), let high = ranks.max() else { return 0 }
        return high - low
    }
}
