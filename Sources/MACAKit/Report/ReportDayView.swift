extension AuditDay {
    /// The day as a report reads it, kept while the rest of the days are
    /// read: what no report, identifier scan or pre-flight reads is dropped
    /// as soon as the day is folded (issue 18). A day of 8 cases held whole
    /// is about 240 KB; most of that is who wrote each record and when, and
    /// the earlier values a correction replaced, none of which a report shows.
    ///
    /// Dropped: the writers' activity (its record count is kept by the
    /// caller), the fold's notes, `lastActivity`, each answer's author,
    /// writer, time and history, each agreed grade's author, time and
    /// earlier levels, each action's and concern's author, time, revisions
    /// and withdrawal, and the withdrawn grades, actions and concerns.
    /// Kept: everything the report, `ReportPrivacy` and the guard's
    /// settings read (answers' values and the agency they came from, agreed
    /// grades' levels and rationales, actions' and concerns' fields,
    /// acknowledgements, skipped and starred answers, agencies not involved,
    /// agencies, auditors, finished steps, reopenings, late returns and
    /// registered names). The template's source is dropped by the caller
    /// once the template is parsed (one parse per distinct hash).
    /// The goldens and `Scripts/report-identical` hold the report to the
    /// same bytes as one made from the whole day.
    func forReport() -> AuditDay {
        var day = self
        day.writers = []
        day.notes = []
        day.lastActivity = nil
        for index in day.cases.indices {
            day.cases[index].slimForReport()
        }
        return day
    }
}

extension CaseAudit {
    fileprivate mutating func slimForReport() {
        answers = answers.compacted { answer in
            var kept = RecordedAnswer(value: answer.value, author: "", writer: "", timestamp: "")
            kept.fromReturn = answer.fromReturn
            return kept
        }
        for (domain, grade) in agreedGrades {
            agreedGrades[domain] = AgreedGrade(level: grade.level, rationale: grade.rationale, author: "", timestamp: "")
        }
        actions = actions.map { ActionPoint(id: $0.id, fields: $0.fields, author: "", timestamp: "") }
        concerns = concerns.map { Concern(id: $0.id, fields: $0.fields, raisedBy: "", raisedAt: "", acknowledgement: $0.acknowledgement) }
        withdrawnGrades = [:]
        withdrawnActions = []
        withdrawnConcerns = []
    }
}
