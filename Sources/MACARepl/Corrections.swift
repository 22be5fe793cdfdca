import Foundation
import MACAKit

/// Corrections in the room: `:edit` of any stored item of a case, `:withdraw`
/// of an action point or a concern, and `:undo` of the last record this
/// session wrote. Each is a new journal record; nothing is rewritten.
extension FacilitatorSession {
    /// The two kinds of multi-field item a case holds.
    enum EntryKind: String {
        case action, concern

        var sectionKind: SectionKind { self == .action ? .actionPoints : .immediateConcerns }
        var noun: String { self == .action ? "action point" : "concern" }
        /// The letter of its short id: `A3`, `C1`.
        var letter: String { self == .action ? "A" : "C" }

        func corrected(_ correction: EntryCorrected) -> Event {
            self == .action ? .actionCorrected(correction) : .concernCorrected(correction)
        }

        func withdrawn(_ withdrawal: EntryWithdrawn) -> Event {
            self == .action ? .actionWithdrawn(withdrawal) : .concernWithdrawn(withdrawal)
        }
    }

    /// An action point or a concern found by its id.
    struct FoundEntry {
        var ref: String
        var id: String
        var fields: [String: AnswerValue]
        /// The short id people say in the room: `A3`.
        var short: String
    }

    /// An id's short form: what follows the day's prefix (`A3` of `neglect-2026-11-20-A3`).
    func shortID(_ id: String) -> String {
        id.hasPrefix(entryPrefix + "-") ? String(id.dropFirst(entryPrefix.count + 1)) : id
    }

    /// The entries of a kind on the day, this case's first: (case, entry id, fields, withdrawal).
    private func entries(_ kind: EntryKind) -> [(ref: String, id: String, fields: [String: AnswerValue], withdrawal: Withdrawal?)] {
        let day = self.day
        let here = current?.ref
        let cases = day.cases.filter { $0.ref == here } + day.cases.filter { $0.ref != here }
        return cases.flatMap { audit in
            switch kind {
            case .action:
                (audit.actions + audit.withdrawnActions).map { (audit.ref, $0.id, $0.fields, $0.withdrawal) }
            case .concern:
                (audit.concerns + audit.withdrawnConcerns).map { (audit.ref, $0.id, $0.fields, $0.withdrawal) }
            }
        }
    }

    /// The entry `typed` names, by its full id or its short one; nil (after
    /// saying why, and naming the rule) when there is none, or it was withdrawn.
    func findEntry(_ kind: EntryKind, _ typed: String, for command: String) -> FoundEntry? {
        let all = entries(kind)
        let wanted = typed.lowercased()
        guard !wanted.isEmpty, let match = all.first(where: { $0.id.lowercased() == wanted || shortID($0.id).lowercased() == wanted }) else {
            let open = all.filter { $0.withdrawal == nil }.map { shortID($0.id) }
            let known = open.isEmpty ? "there are none today" : "today's are \(open.joined(separator: ", "))"
            console.problem(typed.isEmpty
                ? "give the \(kind.noun)'s id: :\(command) \(kind.rawValue) \(open.first ?? "\(kind.letter)1") (\(known))"
                : "there is no \(kind.noun) '\(typed)' today: \(known)")
            return nil
        }
        if let withdrawal = match.withdrawal {
            console.problem("\(kind.noun) \(shortID(match.id)) was withdrawn (\(withdrawal.reason)): a withdrawn \(kind.noun) cannot be changed; add a new one, or :undo straight after a withdrawal to take it back")
            return nil
        }
        return FoundEntry(ref: match.ref, id: match.id, fields: match.fields, short: shortID(match.id))
    }

    /// The words tab completion offers after `:edit` and `:withdraw` and
    /// their first words, keyed by the words typed so far (lower case):
    /// `:edit action` → this day's action ids, `:edit action a3` → its fields.
    func correctionArguments(_ day: AuditDay) -> [String: [String]] {
        var arguments: [String: [String]] = [":withdraw": ["action", "concern"]]
        let here = current?.ref
        let cases = day.cases.filter { $0.ref == here } + day.cases.filter { $0.ref != here }
        for kind in [EntryKind.action, .concern] {
            let ids = cases.flatMap { kind == .action ? $0.actions.map(\.id) : $0.concerns.map(\.id) }
            let fields = (template.section(kind.sectionKind)?.questions.map(\.id) ?? []) + (kind == .concern ? ["acknowledged-by"] : [])
            arguments[":edit \(kind.rawValue)"] = ids.map(shortID)
            arguments[":withdraw \(kind.rawValue)"] = ids.map(shortID)
            for id in ids {
                arguments[":edit \(kind.rawValue) \(shortID(id).lowercased())"] = fields
                arguments[":edit \(kind.rawValue) \(id.lowercased())"] = fields
            }
        }
        arguments[":edit grade"] = template.section(.gradedDomains)?.questions.map(\.id) ?? []
        let asked = template.sections.filter { ![.gradedDomains, .actionPoints, .immediateConcerns, .agencyReturn].contains($0.kind) }
        arguments[":edit tags"] = tagQuestions
        arguments[":edit case"] = ["reason"] + (template.section(.caseProfile)?.questions.map(\.id) ?? [])
        for question in asked.filter(\.perAgency).flatMap(\.questions) {
            arguments[":edit \(question.id.lowercased())"] = day.agencies.map(\.id)
            arguments[":edit tags \(question.id.lowercased())"] = day.agencies.map(\.id)
        }
        return arguments
    }

    /// The tag questions `:edit tags` takes: in an agency's return (`maca
    /// enter`) its return's own, in the room every other section's.
    var tagQuestions: [String] {
        template.sections.filter { (returnAgency == nil) == ($0.kind != .agencyReturn) }.flatMap(\.questions).filter { $0.type == .tags }.map(\.id)
    }

    // MARK: - :withdraw

    /// `:withdraw action A3 REASON…` or `:withdraw concern C1 REASON…`; the reason is asked for when not typed.
    func withdraw(_ argument: String) throws {
        let parts = argument.split(separator: " ", maxSplits: 2).map(String.init)
        guard let word = parts.first, let kind = EntryKind(rawValue: word.lowercased()) else {
            console.problem("say what to withdraw: :withdraw action ID REASON, or :withdraw concern ID REASON")
            return
        }
        guard let entry = findEntry(kind, parts.count > 1 ? parts[1] : "", for: "withdraw") else { return }
        var reason = parts.count > 2 ? parts[2].trimmed(.whitespaces) : ""
        if reason.isEmpty {
            console.note("A withdrawal keeps the \(kind.noun) in the day's record, with why it was withdrawn.")
            inCommandPrompt = true
            defer { inCommandPrompt = false }
            guard let given = try askText("Reason for withdrawing \(kind.noun) \(entry.short)", required: true) else {
                console.note("Nothing withdrawn: \(kind.noun) \(entry.short) stands.")
                return
            }
            reason = given
        }
        try record(kind.withdrawn(EntryWithdrawn(ref: entry.ref, id: entry.id, reason: reason)),
                   confirm: "withdrawn: \(kind.noun) \(entry.short) of \(entry.ref) (\(reason)); it stays in the record as withdrawn")
    }

    // MARK: - :edit

    /// `:edit` in all its forms. True when the current step was moved
    /// (to a question or a grade); an item edited in place leaves it.
    func edit(_ argument: String) throws -> Bool {
        let parts = argument.split(separator: " ", maxSplits: 1).map(String.init)
        let rest = parts.count > 1 ? parts[1].trimmed(.whitespaces) : ""
        if returnAgency != nil, ["action", "concern", "case"].contains(parts.first?.lowercased() ?? "") {
            console.problem("action points, concerns and the case's details are the room's: the facilitator changes them; your return's answers and grades are yours to :edit")
            return false
        }
        switch parts.first?.lowercased() {
        case "action", "concern":
            try editEntry(EntryKind(rawValue: parts[0].lowercased())!, rest)
            return false
        case "case":
            return try editCase(rest)
        case "grade":
            let domains = template.section(.gradedDomains)?.questions.map(\.id) ?? []
            // A domain by its id, or the start of only one (`:edit grade recog`), as :goto takes a section.
            let typed = rest.split(separator: " ").first.map { $0.lowercased() } ?? ""
            let starting = domains.filter { $0.lowercased().hasPrefix(typed) }
            guard !typed.isEmpty, let domain = domains.first(where: { $0.lowercased() == typed }) ?? (starting.count == 1 ? starting[0] : nil) else {
                console.problem("give a graded domain: :edit grade \(domains.first ?? "DOMAIN") (the domains: \(domains.joined(separator: ", ")))")
                return false
            }
            return editAnswer(domain)
        case "answer":
            return editAnswer(rest)
        case "tags":
            if let first = rest.split(separator: " ").first, tagQuestions.contains(String(first)) { return editAnswer(rest) }
            guard tagQuestions.count == 1 else {
                console.problem("say which tags: :edit tags QUESTION [AGENCY], one of \(tagQuestions.joined(separator: ", "))")
                return false
            }
            return editAnswer(([tagQuestions[0]] + (rest.isEmpty ? [] : [rest])).joined(separator: " "))
        default:
            return editAnswer(argument)
        }
    }

    /// `:edit action A3 [FIELD]`: one field, or each field in turn, of a saved
    /// action point or concern, its current value offered as the default and
    /// checked as when it was first typed. Each field changed is one record.
    func editEntry(_ kind: EntryKind, _ argument: String) throws {
        let words = argument.split(separator: " ").map(String.init)
        guard let entry = findEntry(kind, words.first ?? "", for: "edit"), let section = template.section(kind.sectionKind) else { return }
        var questions = section.questions
        let acknowledgement = kind == .concern ? day.cases.flatMap { $0.concerns + $0.withdrawnConcerns }.first { $0.id == entry.id }?.acknowledgement : nil
        if kind == .concern, words.count > 1, ["acknowledged-by", "acknowledged", "acknowledgement", "ack"].contains(words[1].lowercased()) {
            try askAcknowledgement(entry.id, replacing: acknowledgement)
            return
        }
        if words.count > 1 {
            let field = words[1].lowercased()
            guard let question = section.questions.first(where: { $0.id.lowercased() == field })
                ?? Int(field).flatMap({ section.questions.indices.contains($0 - 1) ? section.questions[$0 - 1] : nil }) else {
                console.problem("\(kind.noun)s have no field '\(words[1])': the fields are \((section.questions.map(\.id) + (kind == .concern ? ["acknowledged-by"] : [])).joined(separator: ", "))")
                return
            }
            questions = [question]
        }
        console.note("Editing \(kind.noun) \(entry.short) of \(entry.ref): Enter keeps a field as it is; :back goes to the field before.")
        var fields = entry.fields
        var index = 0
        entryNames.append(kind.noun)
        defer { entryNames.removeLast() }
        while index < questions.count {
            let question = questions[index]
            switch try askField(question, current: fields[question.id], smart: kind == .action) {
            case .stopped:
                return
            case .back:
                guard index > 0 else {
                    console.note("Left \(kind.noun) \(entry.short) as it was saved.")
                    return
                }
                index -= 1
            case let .value(value):
                let old = fields[question.id]
                if value != old {
                    guard try record(kind.corrected(EntryCorrected(ref: entry.ref, id: entry.id, field: question.id, old: old, new: value)),
                                     confirm: "saved (corrected): \(kind.noun) \(entry.short), \(question.id)") != nil else { continue }
                    fields[question.id] = day.caseAudit(entry.ref).flatMap { audit in
                        (kind == .action ? audit.actions.first { $0.id == entry.id }?.fields : audit.concerns.first { $0.id == entry.id }?.fields)?[question.id]
                    } ?? value
                }
                index += 1
            }
        }
        // Editing every field of a concern ends with who acknowledged it (Enter keeps it).
        if kind == .concern, words.count == 1 { try askAcknowledgement(entry.id, replacing: acknowledgement) }
    }

    /// `:edit case [reason | QUESTION [AGENCY]]`: why the case was selected, or one of its profile answers.
    func editCase(_ argument: String) throws -> Bool {
        guard let ref = current?.ref, let audit = day.caseAudit(ref) else {
            console.problem(":edit case is for the case being audited: :goto one first")
            return false
        }
        guard argument.isEmpty || argument.lowercased() == "reason" else { return editAnswer(argument) }
        guard let reason = try askText("Why was \(ref) selected?", required: true, defaultText: audit.reasonSelected) else { return false }
        guard reason != audit.reasonSelected else {
            console.note("The reason is unchanged.")
            return false
        }
        try record(.caseCorrected(CaseCorrected(ref: ref, reason: reason, previous: audit.reasonSelected)), confirm: "saved (corrected): why \(ref) was selected")
        return false
    }

    /// What a field of an item was given: a value (nil for an optional field
    /// left empty), `:back`, or nothing (the input ended, or `:quit`).
    enum FieldReply {
        case value(AnswerValue?)
        case back
        case stopped
    }

    /// One field of an action point or a concern, checked as it is typed
    /// (SMART for an action point). `current` is offered as the default:
    /// what was typed before `:back`, or the saved value being edited. A
    /// refused text is offered again for editing.
    /// `typed`: the answer already typed at an earlier prompt, taken as if typed here.
    func askField(_ question: Question, current: AnswerValue?, smart: Bool, typed given: String? = nil) throws -> FieldReply {
        let options = AnswerParser.options(for: question, context: context)
        if given == nil { console.options(options) }
        let shown = current.map { summary($0, question) }
        let prompt = question.prompt + (shown.map { " [\($0)]" } ?? (question.required ? "" : " [skip]")) + " "
        var pending = given
        while true {
            entryBack = false  // only a :back typed at this prompt counts
            let reply: Reply
            if let line = pending {
                reply = .text(line)
                pending = nil
            } else {
                reply = try read(prompt, guidance: question.guidance, completions: options.map(\.id))
            }
            guard case let .text(typed) = reply else {
                if case .handled = reply, entryBack {
                    entryBack = false
                    return .back
                }
                return .stopped
            }
            let text = try continuation(of: typed, question: question)
            if text.trimmed(.whitespaces).isEmpty {
                if let current { return .value(current) }
                if question.required {
                    console.problem(smart ? "an action point needs this: it is not SMART without it" : "this needs an answer")
                    continue
                }
                return .value(nil)
            }
            switch AnswerParser.parse(text, for: question, context: context) {
            case let .failure(problem):
                refuse(problem.message, typed: text)
            case let .success(value):
                if smart, let problem = ActionPointRules.problem(with: value, for: question, context: context) {
                    refuse(problem.message, typed: text)
                    continue
                }
                // A command at the question (none moves the day while an item is typed) asks the field again.
                guard let confirmed = try confirmedNewTags(value, question: question, typed: text) else {
                    if leaving { return .stopped }
                    continue
                }
                guard confirmed else { continue }
                // The whole entry passes the identifier guard when it is saved.
                return .value(value)
            }
        }
    }

    // MARK: - :undo

    /// Takes back the last record this session wrote that is not taken back
    /// yet, whatever it was, and says in one line what it undid. An answer or
    /// a grade is asked again with the room's earlier value (or none) as its
    /// default. True when the current step moved.
    func undo() throws -> Bool {
        guard let target = lastUndoable() else {
            let written = journal.records.count - sessionStart
            console.problem(written == 0
                ? "nothing to undo: :undo takes back only what this session saved, and it has saved nothing yet"
                : "nothing more to undo: everything this session saved that :undo can take back is taken back")
            return false
        }
        let day = self.day
        let plan = self.plan
        var moveTo: DayStep?
        let undoing: Event
        var said: String
        switch target.event {
        case let .answerGiven(given):
            undoing = .answerCorrected(AnswerCorrected(key: given.key, old: day.caseAudit(given.key.ref)?.answers[given.key]?.value ?? given.value, new: nil))
            said = "the answer to \(describe(given.key)); asked again"
            moveTo = plan.step(for: given.key)
        case let .answerCorrected(corrected):
            undoing = .answerCorrected(AnswerCorrected(key: corrected.key, old: corrected.new, new: corrected.old))
            said = "the change to \(describe(corrected.key)); " + (corrected.old == nil ? "asked again" : "its earlier answer is back")
            // The earlier answer is back, so nothing need be asked: the day stays where it is.
            if corrected.old == nil { moveTo = plan.step(for: corrected.key) }
        case let .gradeAgreed(agreed) where agreed.previous == nil:
            undoing = .gradeWithdrawn(GradeWithdrawn(ref: agreed.ref, domain: agreed.domain, previous: agreed.level))
            said = "the agreed grade for \(domainName(agreed.domain)) of \(agreed.ref); asked again, with no grade offered"
            moveTo = plan.step(for: AnswerKey(ref: agreed.ref, question: agreed.domain))
        case let .gradeAgreed(agreed):
            // The room's grade before this one stands again, with its own rationale.
            undoing = .recordUndone(RecordUndone(sequence: target.sequence, hash: target.hash, undone: target.event.type))
            said = "the change of grade for \(domainName(agreed.domain)) of \(agreed.ref); the room's earlier grade is back"
        case let .actionAdded(entry):
            undoing = .actionWithdrawn(EntryWithdrawn(ref: entry.ref, id: entry.id, reason: "taken back with :undo"))
            said = "action point \(shortID(entry.id)) of \(entry.ref) (kept in the record as withdrawn)"
            moveTo = .actions(ref: entry.ref)
        case let .concernRaised(entry):
            undoing = .concernWithdrawn(EntryWithdrawn(ref: entry.ref, id: entry.id, reason: "taken back with :undo"))
            said = "concern \(shortID(entry.id)) of \(entry.ref) (kept in the record as withdrawn)"
        case let .actionCorrected(corrected):
            undoing = .actionCorrected(EntryCorrected(ref: corrected.ref, id: corrected.id, field: corrected.field, old: corrected.new, new: corrected.old))
            said = "the change to \(corrected.field) of action point \(shortID(corrected.id)); its earlier value is back"
        case let .concernCorrected(corrected):
            undoing = .concernCorrected(EntryCorrected(ref: corrected.ref, id: corrected.id, field: corrected.field, old: corrected.new, new: corrected.old))
            said = "the change to \(corrected.field) of concern \(shortID(corrected.id)); its earlier value is back"
        case let .caseCorrected(corrected):
            undoing = .caseCorrected(CaseCorrected(ref: corrected.ref, reason: corrected.previous, previous: corrected.reason))
            said = "the change to why \(corrected.ref) was selected; the earlier reason is back"
        case let .caseAdded(added):
            if let audit = day.caseAudit(added.ref), !audit.answers.isEmpty || !audit.agreedGrades.isEmpty || !audit.actions.isEmpty || !audit.concerns.isEmpty {
                console.problem("case \(added.ref) has answers recorded by others since it was added: a case with answers is not taken back; nothing was undone")
                return false
            }
            undoing = .recordUndone(RecordUndone(sequence: target.sequence, hash: target.hash, undone: target.event.type))
            said = "case \(added.ref) added"
            moveTo = .cases
        default:
            undoing = .recordUndone(RecordUndone(sequence: target.sequence, hash: target.hash, undone: target.event.type))
            said = describeUndone(target.event)
            moveTo = plan.step(touchedBy: target.event)
            if case .concernAcknowledged = target.event { moveTo = nil }
            if case .answerStarred = target.event { moveTo = nil }
            if case .actionWithdrawn = target.event { moveTo = nil }
            if case .concernWithdrawn = target.event { moveTo = nil }
        }
        // An answer taken back and asked again is offered to mend, as an action point is (issue 17).
        var mend: String?
        switch target.event {
        case let .answerGiven(given): mend = typedAgain(day.caseAudit(given.key.ref)?.answers[given.key]?.value ?? given.value, given.key)
        case let .answerCorrected(corrected) where corrected.old == nil: mend = corrected.new.flatMap { typedAgain($0, corrected.key) }
        // A grade as its prompt takes it, level and rationale on one line: on the line to mend, never a default.
        case let .gradeAgreed(agreed) where agreed.previous == nil: mend = typedGrade(agreed.level, rationale: agreed.rationale)
        default: break
        }
        guard let written = try record(undoing, confirm: "undone: \(said)") else { return false }
        // An action taken back is usually one to mend (a wrong date), not to type again.
        if case let .actionAdded(entry) = target.event { undoneAction = entry }
        undoneRecords.insert(target.sequence)
        undoRecords.insert(written.sequence)
        guard let moveTo, entryNames.isEmpty else { return false }
        // Piped input has no line to put it on.
        if let mend, !mend.trimmed(.whitespaces).isEmpty, reader.isInteractive {
            if case .gradeAgreed = target.event {
                console.note("Its grade and rationale are on the line to mend (Up brings them back too); typing a fresh grade replaces them.")
            } else {
                console.note("Its answer is on the line to mend (Up brings it back too); typing a fresh answer replaces it.")
            }
            reader.offerAgain(mend)
        }
        returnTo = nil
        current = moveTo
        undoneAt = moveTo
        return true
    }

    /// An answer as it would be typed at its question (a grade with its rationale on the line).
    private func typedAgain(_ value: AnswerValue, _ key: AnswerKey) -> String? {
        if case let .grade(level, rationale) = value { return rationale.isEmpty ? level : "\(level) \(rationale)" }
        guard let question = template.question(key.question) else { return nil }
        return summary(value, question)
    }

    /// An agreed grade as the grade prompt takes it: the level's name, a colon, the rationale.
    private func typedGrade(_ level: String, rationale: String) -> String {
        let label = template.scale.level(level)?.label ?? level
        return rationale.isEmpty ? label : "\(label): \(rationale)"
    }

    /// A graded domain by its question, as the room sees it asked, rather than its id.
    private func domainName(_ domain: String) -> String {
        template.question(domain).map { "“\($0.prompt)”" } ?? domain
    }

    /// The last record of this session that `:undo` can still take back:
    /// neither taken back already nor written by `:undo`. The guard's
    /// records (an identifier choice, a registered name) are passed over:
    /// they only ever keep text safer, so `:undo` never loosens them.
    func lastUndoable() -> JournalRecord? {
        for record in journal.records.dropFirst(sessionStart).reversed() {
            if undoneRecords.contains(record.sequence) || undoRecords.contains(record.sequence) { continue }
            switch record.event {
            case .identifierChoice, .nameRegistered, .recordUndone, .gradeWithdrawn: continue
            case .dayOpened, .writerJoined, .dayClosed, .dayReopened: return nil
            default: return record
            }
        }
        return nil
    }

    private func describe(_ key: AnswerKey) -> String {
        "\(key.question)\(key.agency.map { " (\(agencyName($0)))" } ?? "") of \(key.ref)"
    }

    /// What a record taken back with `record-undone` had done, in a few words.
    private func describeUndone(_ event: Event) -> String {
        switch event {
        case let .answerSkipped(skipped): "the skip of \(describe(skipped.key)); asked again"
        case let .answerStarred(starred): "the star on \(describe(starred.key))"
        case let .stepFinished(finished): "\(plan.steps.first { $0.finishedName == finished.step }.map(describe) ?? finished.step) finished; asked again"
        case let .concernAcknowledged(acknowledged): "the acknowledgement of concern \(shortID(acknowledged.id)) by \(acknowledged.by)"
        case let .actionWithdrawn(withdrawn): "the withdrawal of action point \(shortID(withdrawn.id)); it is back"
        case let .concernWithdrawn(withdrawn): "the withdrawal of concern \(shortID(withdrawn.id)); it is back"
        case let .agencyAttending(attending): "\(attending.agency.name) attending"
        case let .auditorAdded(added): "auditor \(added.name)"
        default: "the last record (\(event.type))"
        }
    }
}
