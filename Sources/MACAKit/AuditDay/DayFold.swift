/// The one pure function from a day's journals to the day's state.
///
/// Records of all writers are merged into a single order that depends only
/// on the records themselves (time, then writer, then sequence, keeping each
/// writer's own order), so the same files give the same day however they
/// are listed or read.
public enum DayFold {
    public static func fold(_ journals: [JournalFile]) -> AuditDay {
        fold(records: journals.map(\.records))
    }

    /// A sealed day folds only what its seal lists (``DaySeal``): a record
    /// written after the close changes nothing until the day is reopened.
    public static func fold(records all: [[JournalRecord]]) -> AuditDay {
        var day = AuditDay()
        let perWriter = DaySeal.counted(writers: all)
        day.lateReturns = DaySeal.lateReturns(writers: perWriter)
        // A record a writer took back with `:undo` is passed over, as if never written.
        let (undone, undoNotes) = undoneRecords(perWriter)
        day.notes += undoNotes
        let records = merged(perWriter).filter { !undone.contains(Written(writer: $0.writer, sequence: $0.sequence)) }
        // Cases first: an auditor's answer about a case stands even if that
        // auditor's clock ran ahead of the facilitator who added the case.
        for record in records {
            if case let .caseAdded(added) = record.event { addCase(added, from: record, to: &day) }
        }
        for record in records {
            apply(record, to: &day)
        }
        day.writers = activity(perWriter)
        return day
    }

    /// A k-way merge by (timestamp, writer, hash): each writer's records
    /// stay in sequence order even if its clock stepped back.
    public static func merged(_ perWriter: [[JournalRecord]]) -> [JournalRecord] {
        let queues = perWriter.filter { !$0.isEmpty }.sorted { order($0[0], before: $1[0]) }
        var positions = Array(repeating: 0, count: queues.count)
        var out: [JournalRecord] = []
        out.reserveCapacity(queues.reduce(0) { $0 + $1.count })
        while true {
            var best: Int?
            for index in queues.indices where positions[index] < queues[index].count {
                let candidate = queues[index][positions[index]]
                if let current = best {
                    let leader = queues[current][positions[current]]
                    if order(candidate, before: leader) { best = index }
                } else {
                    best = index
                }
            }
            guard let index = best else { break }
            out.append(queues[index][positions[index]])
            positions[index] += 1
        }
        return out
    }

    /// A record by its writer and its place in that writer's journal.
    struct Written: Hashable {
        var writer: String
        var sequence: Int
    }

    /// The records each writer took back with `record-undone`: only its own,
    /// and only the record whose hash it names (a record-undone that names
    /// another writer's record, or a hash that does not match, undoes nothing).
    static func undoneRecords(_ perWriter: [[JournalRecord]]) -> (Set<Written>, [FoldNote]) {
        var undone: Set<Written> = []
        var notes: [FoldNote] = []
        for records in perWriter {
            for record in records {
                guard case let .recordUndone(taken) = record.event else { continue }
                guard let target = records.first(where: { $0.sequence == taken.sequence }), target.hash == taken.hash,
                      target.sequence < record.sequence, target.event.type != record.event.type else {
                    notes.append(FoldNote(writer: record.writer, sequence: record.sequence,
                                          message: "undoes record \(taken.sequence) of its own journal, which is not there as it names it; nothing was undone"))
                    continue
                }
                undone.insert(Written(writer: record.writer, sequence: taken.sequence))
            }
        }
        return (undone, notes)
    }

    private static func order(_ lhs: JournalRecord, before rhs: JournalRecord) -> Bool {
        (lhs.timestamp, lhs.writer, lhs.hash) < (rhs.timestamp, rhs.writer, rhs.hash)
    }

    private static func activity(_ perWriter: [[JournalRecord]]) -> [WriterActivity] {
        perWriter.compactMap { records -> WriterActivity? in
            guard let first = records.first, let last = records.last else { return nil }
            var authors: [String] = []
            for record in records where !authors.contains(record.author) { authors.append(record.author) }
            return WriterActivity(writer: first.writer, authors: authors, records: records.count, lastTimestamp: last.timestamp)
        }.sorted { $0.writer < $1.writer }
    }

    private static func apply(_ record: JournalRecord, to day: inout AuditDay) {
        day.lastActivity = max(day.lastActivity ?? record.timestamp, record.timestamp)
        func note(_ message: String) {
            day.notes.append(FoldNote(writer: record.writer, sequence: record.sequence, message: message))
        }
        func withCase(_ ref: String, _ change: (inout CaseAudit) -> Void) {
            guard let index = day.cases.firstIndex(where: { $0.ref == ref }) else {
                note("refers to case \(ref), which was never added")
                return
            }
            change(&day.cases[index])
        }

        switch record.event {
        case let .dayOpened(opened):
            if day.id != nil {
                note("opens the day a second time; the first opening stands")
                return
            }
            day.id = opened.day
            day.template = opened.template
            day.date = opened.date
            day.area = opened.area
            day.facilitator = opened.facilitator
        case let .writerJoined(joined):
            // An auditor who joined with their own journal is one of the day's auditors.
            if let agency = joined.agency {
                let auditor = Auditor(name: joined.name, agency: agency)
                if !day.auditors.contains(auditor) { day.auditors.append(auditor) }
            }
        case let .agencyAttending(attending):
            if !day.agencies.contains(where: { $0.id == attending.agency.id }) {
                day.agencies.append(attending.agency)
            }
        case let .auditorAdded(added):
            let auditor = Auditor(name: added.name, agency: added.agency)
            if !day.auditors.contains(auditor) { day.auditors.append(auditor) }
        case .caseAdded:
            break
        case let .answerSkipped(skipped):
            withCase(skipped.key.ref) { audit in audit.skipped.insert(skipped.key) }
        case let .answerStarred(starred):
            withCase(starred.key.ref) { audit in audit.starred.insert(starred.key) }
        case let .agencyNotInvolved(declared):
            withCase(declared.ref) { audit in audit.notInvolved.insert(declared.agency) }
        case let .gradeWithdrawn(withdrawn):
            withCase(withdrawn.ref) { audit in
                if let grade = audit.agreedGrades.removeValue(forKey: withdrawn.domain) {
                    audit.withdrawnGrades[withdrawn.domain] = grade
                }
            }
        case .identifierChoice:
            break  // a record of the choice; the answer itself follows
        case .recordUndone:
            break  // the record it names was passed over before the fold began
        case let .caseCorrected(corrected):
            withCase(corrected.ref) { audit in
                audit.reasonSelected = corrected.reason
                // The case profile's own "why selected" answer is the same reason: it follows the correction.
                let key = AnswerKey(ref: corrected.ref, question: CaseAudit.reasonQuestion)
                if let answer = audit.answers[key], answer.value != nil, answer.value != .text(corrected.reason) {
                    remember(.text(corrected.reason), for: key, in: &audit, from: record)
                }
            }
        case let .actionCorrected(corrected):
            withCase(corrected.ref) { audit in
                if let problem = Self.correct(&audit.actions, withdrawn: audit.withdrawnActions, corrected, from: record) {
                    note("corrects action \(corrected.id), which \(problem == .withdrawn ? "was withdrawn; the correction is not used" : "was never added")")
                }
            }
        case let .concernCorrected(corrected):
            withCase(corrected.ref) { audit in
                if let problem = Self.correct(&audit.concerns, withdrawn: audit.withdrawnConcerns, corrected, from: record) {
                    note("corrects concern \(corrected.id), which \(problem == .withdrawn ? "was withdrawn; the correction is not used" : "was never raised")")
                }
            }
        case let .actionWithdrawn(withdrawn):
            withCase(withdrawn.ref) { audit in
                if !Self.withdraw(withdrawn, from: &audit.actions, into: &audit.withdrawnActions, record: record) {
                    note("withdraws action \(withdrawn.id), which is not an action of case \(withdrawn.ref) (or was withdrawn already)")
                }
            }
        case let .concernWithdrawn(withdrawn):
            withCase(withdrawn.ref) { audit in
                if !Self.withdraw(withdrawn, from: &audit.concerns, into: &audit.withdrawnConcerns, record: record) {
                    note("withdraws concern \(withdrawn.id), which is not a concern of case \(withdrawn.ref) (or was withdrawn already)")
                }
            }
        case .actionUpdated, .findingsShared, .sealWitnessed, .recordRedacted, .dayDeleted, .recommendationMade, .recommendationUpdated:
            break  // kept in the tracker's journals, read by ActionRegister and AuditRegister
        case let .nameRegistered(registered):
            day.registeredNames.append(registered)
        case let .stepFinished(finished):
            if !day.finishedSteps.contains(finished.step) { day.finishedSteps.append(finished.step) }
        case let .answerGiven(given):
            withCase(given.key.ref) { audit in
                remember(given.value, for: given.key, in: &audit, from: record)
                audit.answers[given.key]?.fromReturn = given.fromReturn
                audit.followReason(given.key, given.value)
            }
        case let .answerCorrected(corrected):
            withCase(corrected.key.ref) { audit in
                remember(corrected.new, for: corrected.key, in: &audit, from: record)
                audit.followReason(corrected.key, corrected.new)
            }
        case let .gradeAgreed(agreed):
            withCase(agreed.ref) { audit in
                var grade = AgreedGrade(level: agreed.level, rationale: agreed.rationale, author: record.author, timestamp: record.timestamp)
                if let earlier = audit.agreedGrades[agreed.domain] ?? audit.withdrawnGrades[agreed.domain] {
                    grade.previousLevels = earlier.previousLevels + [earlier.level]
                }
                audit.agreedGrades[agreed.domain] = grade
                audit.withdrawnGrades[agreed.domain] = nil
                audit.skipped.remove(AnswerKey(ref: agreed.ref, question: agreed.domain))
            }
        case let .actionAdded(added):
            withCase(added.ref) { audit in
                let action = ActionPoint(id: added.id, fields: added.fields, author: record.author, timestamp: record.timestamp)
                if let index = audit.actions.firstIndex(where: { $0.id == added.id }) {
                    audit.actions[index] = action
                } else {
                    audit.actions.append(action)
                }
            }
        case let .concernRaised(raised):
            withCase(raised.ref) { audit in
                audit.concerns.append(Concern(id: raised.id, fields: raised.fields, raisedBy: record.author, raisedAt: record.timestamp))
            }
        case let .concernAcknowledged(acknowledged):
            var found = false
            for caseIndex in day.cases.indices {
                if let index = day.cases[caseIndex].concerns.firstIndex(where: { $0.id == acknowledged.id }) {
                    day.cases[caseIndex].concerns[index].acknowledgement = acknowledged
                    found = true
                }
                // A withdrawn concern may still be acknowledged by the agency it went to.
                if let index = day.cases[caseIndex].withdrawnConcerns.firstIndex(where: { $0.id == acknowledged.id }) {
                    day.cases[caseIndex].withdrawnConcerns[index].acknowledgement = acknowledged
                    found = true
                }
            }
            if !found { note("acknowledges concern \(acknowledged.id), which was never raised") }
        case .dayClosed:
            day.isClosed = true
        case let .dayReopened(reopened):
            day.isClosed = false
            day.reopenings.append(reopened.reason)
        case let .unrecognised(type):
            note("is a '\(type)' event, which this version of maca does not know; it was kept but not used")
        }
    }

    private static func addCase(_ added: CaseAdded, from record: JournalRecord, to day: inout AuditDay) {
        if day.cases.contains(where: { $0.ref == added.ref }) {
            day.notes.append(FoldNote(writer: record.writer, sequence: record.sequence, message: "adds case \(added.ref) again; it is already on the day"))
        } else {
            day.cases.append(CaseAudit(ref: added.ref, reasonSelected: added.reason))
        }
    }

    private static func remember(_ value: AnswerValue?, for key: AnswerKey, in audit: inout CaseAudit, from record: JournalRecord) {
        var answer = RecordedAnswer(value: value, author: record.author, writer: record.writer, timestamp: record.timestamp)
        if let earlier = audit.answers[key] {
            answer.history = earlier.history + [AnswerRevision(value: earlier.value, author: earlier.author, timestamp: earlier.timestamp)]
        }
        audit.answers[key] = answer
        audit.skipped.remove(key)
    }

    /// Why a correction of an item was not used.
    enum ItemProblem { case withdrawn, unknown }

    /// One field of an item changed, its old value kept as a revision; the
    /// problem when the item is not among `items`.
    static func correct<Item: CaseItem>(_ items: inout [Item], withdrawn: [Item], _ corrected: EntryCorrected, from record: JournalRecord) -> ItemProblem? {
        guard let index = items.firstIndex(where: { $0.id == corrected.id }) else {
            return withdrawn.contains { $0.id == corrected.id } ? .withdrawn : .unknown
        }
        items[index].revisions.append(EntryRevision(field: corrected.field, value: items[index].fields[corrected.field], author: record.author, timestamp: record.timestamp))
        items[index].fields[corrected.field] = corrected.new
        return nil
    }

    /// An item moved from `items` to `withdrawnItems` with why; false when it is not among `items`.
    static func withdraw<Item: CaseItem>(_ withdrawn: EntryWithdrawn, from items: inout [Item], into withdrawnItems: inout [Item], record: JournalRecord) -> Bool {
        guard let index = items.firstIndex(where: { $0.id == withdrawn.id }) else { return false }
        var item = items.remove(at: index)
        item.withdrawal = Withdrawal(reason: withdrawn.reason, author: record.author, timestamp: record.timestamp)
        withdrawnItems.append(item)
        return true
    }

}
