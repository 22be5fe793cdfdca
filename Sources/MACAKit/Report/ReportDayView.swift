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
    ///
    /// Each case's answers are packed (`AnswerTable.packed`): their keys
    /// numbered in the day's question and agency ids, their values as
    /// bytes, read back as a report asks for them. The other ids a day
    /// repeats (case references, grades' domains and levels, skipped and
    /// starred answers' keys) are kept once a day: each record's decoder
    /// made its own copy, and an id longer than 15 bytes is a string of its
    /// own on the heap, where a shorter one is held in place.
    func forReport() -> AuditDay {
        var day = self
        day.writers = []
        day.notes = []
        day.lastActivity = nil
        let ids = SharedIDs()
        // The questions and agencies the day's answers are keyed by, numbered once for all its cases' packed answers.
        var keyIDs: [String] = []
        for audit in day.cases {
            for (key, _) in audit.answers {
                keyIDs.append(key.question)
                if let agency = key.agency { keyIDs.append(agency) }
            }
        }
        let numbered = PackedAnswers.IDs(keyIDs)
        for index in day.cases.indices {
            day.cases[index].slimForReport(ids, numbered: numbered)
        }
        return day
    }
}

/// One copy of each id a day repeats (issue 18): an id is looked up once
/// it is long enough to be on the heap, and the first copy seen is kept.
final class SharedIDs {
    private var seen: Set<String> = []

    /// The same string, as the first copy of it seen with the same bytes.
    /// Only the same bytes: Swift holds "é" as one character equal to "e"
    /// and an accent, and a report prints (and the guard hashes) the bytes
    /// a day recorded, so such a string is kept as it came.
    func callAsFunction(_ id: String) -> String {
        // At most 15 bytes of UTF-8 is held in the string itself: nothing to share.
        guard id.utf8.count > 15 else { return id }
        if let index = seen.firstIndex(of: id) {
            return seen[index].utf8.elementsEqual(id.utf8) ? seen[index] : id
        }
        seen.insert(id)
        return id
    }

    func callAsFunction(_ key: AnswerKey) -> AnswerKey {
        AnswerKey(ref: self(key.ref), question: self(key.question), agency: key.agency.map { self($0) })
    }
}

extension CaseAudit {
    fileprivate mutating func slimForReport(_ ids: SharedIDs, numbered: PackedAnswers.IDs) {
        ref = ids(ref)
        // Packed, the keys are numbers into the day's ids and the values bytes: nothing of them to share.
        answers = answers.compacted { answer in
            var kept = RecordedAnswer(value: answer.value, author: "", writer: "", timestamp: "")
            kept.fromReturn = answer.fromReturn
            return kept
        }.packed(numbered)
        var grades: [String: AgreedGrade] = [:]
        grades.reserveCapacity(agreedGrades.count)
        for (domain, grade) in agreedGrades {
            grades[ids(domain)] = AgreedGrade(level: ids(grade.level), rationale: grade.rationale, author: "", timestamp: "")
        }
        agreedGrades = grades
        actions = actions.map { ActionPoint(id: $0.id, fields: $0.fields, author: "", timestamp: "") }
        concerns = concerns.map { Concern(id: $0.id, fields: $0.fields, raisedBy: "", raisedAt: "", acknowledgement: $0.acknowledgement) }
        skipped = Set(skipped.map { ids($0) })
        starred = Set(starred.map { ids($0) })
        withdrawnGrades = [:]
        withdrawnActions = []
        withdrawnConcerns = []
    }
}
