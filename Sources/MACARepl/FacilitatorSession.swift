import Foundation
import MACAKit

/// The facilitator's REPL for one audit day: asks the next question,
/// journals every answer before asking the next, and takes commands
/// (`:back`, `:skip`, `:undo`, `:goto`…) at any prompt.
public final class FacilitatorSession {
    let template: AuditTemplate
    let journal: JournalWriter
    let folder: String
    var reader: any LineReader
    let console: Console
    let author: String
    var candidates: CandidateList?
    let seed: UInt64
    /// Profile answers the candidate list suggests, offered as defaults.
    var candidateHints: [String: Candidate] = [:]

    /// The step being asked; commands move it.
    var current: DayStep?
    /// Set when this is an agency auditor's return rather than the facilitator's day.
    let returnAgency: String?
    /// Where to go after an out-of-order question (`:edit`, `:back`).
    var returnTo: DayStep?
    var leaving = false
    /// Set once the day is closed and sealed: the session ends there, and
    /// nothing more is asked or written (issue 17).
    var sealed = false
    /// The command that carries this day (or this return) on, for the hints
    /// printed on leaving; it names the sessions folder so it works from anywhere.
    let carryOn: String
    /// The agencies the partnership invites (its config), offered as the agencies attending.
    let invited: [Agency]
    /// What the identifier guard needs from the partnership: its reference
    /// patterns, its name key and the names registered on its other days.
    var privacy: GuardSettings
    /// Where `:name` adds a name for every later day; nil: this day only.
    var nameRegistry: NameRegistry?
    /// Where `:name` makes the partnership key when there is none yet.
    let keysFolder: String?
    /// Where the day's seal is witnessed when it closes.
    let witness: SealWitness?
    /// Text written in the editor and not saved (the facilitator said no, or
    /// a maca stopped while its editor was open): the next `:editor` opens it.
    var editorDraft: String?
    /// The per-agency sections (case, section, agency) whose agency's return has been offered whole.
    var offeredReturns: Set<String> = []
    /// How many records this writer's journal held when this session began:
    /// `:undo` takes back only records written after them.
    let sessionStart: Int
    /// Records `:undo` took back in this session, and the records it wrote
    /// to do so (by sequence number): the next `:undo` walks past both.
    var undoneRecords: Set<Int> = []
    var undoRecords: Set<Int> = []
    /// The step asked again after `:undo`: only the room's own earlier value
    /// (if any) is its default, never a return's or a template's suggestion.
    var undoneAt: DayStep?
    /// The multi-field items (an action point, a concern) being typed, the
    /// innermost last, and whether `:back` was typed in one (``askField``).
    var entryNames: [String] = []
    /// True while a command asks for something of its own (a withdrawal's
    /// reason): `:back` there leaves the command, and moves the room nowhere.
    var inCommandPrompt = false
    var entryBack = false
    /// An action point `:undo` took back, offered to mend at its case's
    /// next action point: its text on the line, each field's answer its default.
    var undoneAction: CaseEntry?
    /// A case reference typed at "Why was … selected?" and taken as the next case (``askReason(for:suggested:)``).
    var nextCaseRef: String?
    /// The refused answer last put back on the line, so a command typed after it is still a command.
    var putBack: String?

    public init(
        template: AuditTemplate, journal: JournalWriter, reader: any LineReader, console: Console = Console(),
        candidates: CandidateList? = nil, seed: UInt64 = 1, returnAgency: String? = nil,
        carryOn: String? = nil, invited: [Agency] = [], privacy: GuardSettings = GuardSettings(),
        nameRegistry: NameRegistry? = nil, keysFolder: String? = nil, witness: SealWitness? = nil
    ) {
        self.nameRegistry = nameRegistry
        self.keysFolder = keysFolder
        self.privacy = privacy
        self.witness = witness
        self.returnAgency = returnAgency
        self.carryOn = carryOn ?? "maca resume \((FilePaths.parent(of: journal.path) as NSString).lastPathComponent)"
        self.invited = invited
        self.template = template
        self.journal = journal
        self.folder = FilePaths.parent(of: journal.path)
        self.reader = reader
        self.console = console
        self.author = journal.records.first?.author ?? "facilitator"
        self.candidates = candidates
        self.seed = seed
        self.sessionStart = journal.records.count
    }

    /// The day as all its journals say it is now: this writer's own records,
    /// and whatever the other writers (facilitator, auditors) have saved so far.
    var day: AuditDay {
        var others = otherJournals()
        for damaged in others where damaged.isDamaged && !warnedDamaged.contains(damaged.path) {
            warnedDamaged.insert(damaged.path)
            damaged.damage.forEach { console.warn("\($0); only its records before the damage are used") }
        }
        // A journal copied or renamed, or unsigned in a signed day, is not part of the day at all.
        others.removeAll { other in
            let problem = DayVerification.nameProblem(other) ?? DayVerification.signingProblem(other, daySigned: journal.isSigned)
            guard let problem else { return false }
            if warnedDamaged.insert(other.path).inserted { console.warn("\(problem); it is left out of the day") }
            return true
        }
        return DayFold.fold(records: [journal.records] + others.map(\.records))
    }

    /// Other writers' damaged journals already reported, so each is said once.
    private var warnedDamaged: Set<String> = []
    /// Other writers' journals as last read, re-read only when their size changes.
    private var othersRead: [String: (size: Int, file: JournalFile)] = [:]

    /// The other writers' journals in the day's folder, read again only when one has grown.
    func otherJournals() -> [JournalFile] {
        let paths = ((try? SessionStore.journalPaths(in: folder)) ?? []).filter { $0 != journal.path }
        return paths.compactMap { path -> JournalFile? in
            let size = ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? -1
            if let cached = othersRead[path], cached.size == size { return cached.file }
            // In a signed day, the others' journals are checked with the key as they are read.
            guard let file = try? JournalReader.read(path: path, signer: journal.signer) else { return nil }
            othersRead[path] = (size, file)
            return file
        }
    }

    var plan: DayPlan { DayPlan(template: template, day: day, returnAgency: returnAgency) }
    var dayName: String { (folder as NSString).lastPathComponent }

    var context: AnswerContext {
        let day = self.day
        return AnswerContext(template: template, attending: day.agencies, today: day.date ?? Timestamp.localDay(Date()))
    }

    /// Runs the day from where its journal stands until it is closed or left.
    public func run() throws {
        recoverAbandonedEdits()
        current = plan.resumeStep(lastRecord: journal.records.last)
        if journal.records.count > 1, let current {
            console.note("Resuming \(dayName) at \(describe(current)).")
        }
        while !leaving, let step = current {
            do {
                try ask(step)
            } catch let error as JournalError {
                if case .writeFailed = error {
                    // The error itself follows on stderr; say first what is safe and how to go on.
                    console.say()
                    console.problem("That answer could not be saved; every answer before it marked ✓ is safe.")
                    let again = carryOn
                    console.note("When the cause is put right (room on the disk, the drive back), \(again) carries on at this question.")
                }
                throw error
            }
            if leaving || sealed { break }
            advance(from: step)
        }
        if let draft = editorDraft {
            console.warn("The text written in the editor and not saved (\(Plural.of(draft.count, "character"))) is not kept once maca ends.")
        }
        if let agency = returnAgency {
            console.say()
            if current == nil {
                let day = self.day
                let asked = day.cases.filter { AgencyReturns.asks(agency, about: $0) }.count
                let passed = day.cases.count - asked
                let others = passed == 0 ? "" : " (\(passed) other\(passed == 1 ? "" : "s") not involving it)"
                console.say("The \(agencyName(agency)) return is complete for \(asked) case\(asked == 1 ? "" : "s")\(others). If the facilitator adds cases, carry on with: \(carryOn)")
            } else {
                console.say("Everything is saved. To carry on: \(carryOn)")
            }
        } else if !day.isClosed {
            console.say()
            if let draft = ActionDraft.read(in: folder) {
                console.note("The action point being typed for \(draft.ref) is kept as a draft, and offered again at its action points.")
            }
            console.say("Everything is saved. To carry on: \(carryOn)")
        }
    }

    /// Moves to the next step not done, after `step` (or back where `:edit` came from).
    func advance(from step: DayStep) {
        guard !sealed else {
            current = nil
            return
        }
        if let current, current != step { return }  // a command moved us
        let plan = self.plan
        if let target = returnTo {
            returnTo = nil
            // A step the plan no longer asks (an agency taken out of a case's involved) is not gone back to.
            current = plan.isDone(target) || !plan.steps.contains(target) ? plan.nextStep(from: target) : target
            return
        }
        current = plan.nextStep(from: step)
        confirmLeavingCase(step, plan: plan)
    }

    /// Leaving a case with required answers missing (skipped): the room is asked, and no is the default.
    func confirmLeavingCase(_ step: DayStep, plan: DayPlan) {
        guard returnAgency == nil, let ref = step.ref, current?.ref != ref, !leaving, let audit = plan.day.caseAudit(ref) else { return }
        let missing = plan.missingRequired(audit)
        if let first = missing.first, !closeCase(ref, missing: missing) { current = first }
    }

    /// "Close the case?" when required answers are missing: they are listed, and Enter (no) goes to the first.
    func closeCase(_ ref: String, missing: [DayStep]) -> Bool {
        console.warn("\(ref) has \(Plural.of(missing.count, "required answer")) missing: \(missing.map(missingName).joined(separator: ", "))")
        guard let close = (try? confirm("Close \(ref) with \(missing.count == 1 ? "it" : "them") missing and go on? (y/n) [no] ", default: false)) ?? nil else { return true }
        if close { return true }
        console.note("→ the first missing answer of \(ref); :skip passes over it again.")
        return false
    }

    /// A missing answer as the room says it: its question id, and the agency's name for a per-agency one.
    func missingName(_ step: DayStep) -> String {
        switch step {
        case let .question(_, section, question, agency):
            template.sections[section].questions[question].id + (agency.map { " (\(agencyName($0)))" } ?? "")
        case let .grade(_, question): "grade \(plan.gradeQuestion(question)?.id ?? "?")"
        default: describe(step)
        }
    }

    // MARK: - Asking

    enum Reply {
        case text(String)
        /// A command consumed the input; the step should be left as it is.
        case handled
        case end
    }

    /// The words tab completion offers after a command, from the day as it stands.
    func commandArguments() -> [String: [String]] {
        let day = self.day
        return [
            ":goto": day.cases.map(\.ref) + gotoSections(day) + (returnAgency == nil ? ["cases"] : []),
            ":concern": day.cases.map(\.ref),
            ":edit": ["action", "concern", "grade", "tags", "case"]
                + template.sections.filter { ![.gradedDomains, .actionPoints, .immediateConcerns].contains($0.kind) }
                .flatMap(\.questions).map(\.id) + day.agencies.map(\.id),
            ":ack": DayPlan(template: template, day: day).unacknowledgedConcerns.map { shortID($0.concern.id) },
        ].merging(correctionArguments(day)) { _, new in new }
    }

    /// The section ids of the current case, then its agencies (for a per-agency
    /// section's second word), for completing `:goto`.
    func gotoSections(_ day: AuditDay) -> [String] {
        guard let ref = current?.ref, let audit = day.caseAudit(ref) else { return [] }
        let plan = DayPlan(template: template, day: day, returnAgency: returnAgency)
        return plan.sections(of: audit).map(\.id) + (returnAgency == nil ? plan.agencies(for: audit) : [])
    }

    /// Reads one line, handling Ctrl-C, Ctrl-D, `?` and commands.
    ///
    /// A reader that completes is given the words for this prompt, worked
    /// out from the day (a fold of its journals) unless `arguments` brings
    /// them from the line before: a long answer's continuation lines, which
    /// save nothing, reuse the first line's instead of folding the day again
    /// for each of thousands of lines. After a command they are worked out again.
    func read(
        _ prompt: String, guidance: String? = nil, completions: [String] = [], allowEditor: Bool = false,
        arguments: [String: [String]]? = nil
    ) throws -> Reply {
        var arguments = arguments
        while true {
            if reader.completes {
                reader.setCompletions(completions + SessionCommand.names, arguments: arguments ?? commandArguments())
            }
            arguments = nil
            switch reader.readLine(prompt: console.prompt(prompt)) {
            case .end:
                // Ctrl-D at a terminal asks once (a second Ctrl-D leaves); the end of piped input leaves.
                // Half an action point or concern is not saved until its last field: the question says so.
                // An action point is kept as a draft (ActionDraft) and offered again on resuming.
                let question = entryNames.last.map { $0 == "action point"
                    ? "Leave the day now? The action point being typed is kept as a draft, offered again when the day is resumed; everything before it is saved. (Ctrl-D again or yes leaves) [no] "
                    : "Leave the day now? The \($0) being typed is not saved; everything before it is. (Ctrl-D again or yes leaves) [no] " }
                    ?? "Leave the day now? Everything is saved. (Ctrl-D again or yes leaves) [no] "
                if reader.isInteractive, !Leaving.confirmed(question, reader: &reader, console: console) {
                    continue
                }
                leaving = true
                return .end
            case let .line(typed):
                var line = typed
                // A command typed after a refused answer put back on the line: the command is meant,
                // and the answer is put back again after it.
                let back = putBack
                putBack = nil
                if let back, line.hasPrefix(back) {
                    let rest = String(line.dropFirst(back.count)).trimmed(.whitespaces)
                    if rest.hasPrefix(":"), let word = rest.dropFirst().split(separator: " ").first, SessionCommand.named(String(word)) != nil {
                        line = rest
                        if try perform(rest) { return .handled }
                        putBack = back
                        reader.offerAgain(back)
                        continue
                    }
                }
                let trimmed = line.trimmed(.whitespaces)
                if trimmed == "?" {
                    console.say(guidance.map { "  " + $0 } ?? "  No guidance for this question.")
                    continue
                }
                if allowEditor && trimmed == ":editor" { return .text(trimmed) }
                if trimmed.hasPrefix(":") {
                    if try perform(trimmed) { return .handled }
                    // A command typed over a refused answer put back: the answer comes back after it
                    // (unless the command offered a line of its own: :draft, or the command meant).
                    let word = String(trimmed.dropFirst().prefix { $0 != " " })
                    if let back, putBack == nil, let command = SessionCommand.named(word), command != .draft {
                        putBack = back
                        reader.offerAgain(back)
                    }
                    continue
                }
                return .text(line)
            }
        }
    }

    /// Says why a typed answer was refused, and puts it back on the line
    /// to be mended when it is worth it (``LineReader/offerRefused(_:)``):
    /// every refusal of an answer goes through here.
    func refuse(_ message: String, typed: String) {
        console.problem(message)
        reader.offerRefused(typed)
        if reader.isInteractive, RefusedText.worthPuttingBack(typed) { putBack = String(typed.prefix { $0 != "\n" }) }
    }

    /// Appends one event and confirms it is saved. Its free text passes the
    /// identifier guard first (``guardedEvent(_:)``); nil when the
    /// facilitator chose not to save it.
    @discardableResult
    func record(_ event: Event, confirm: String = "saved") throws -> JournalRecord? {
        guard let event = try guardedEvent(event) else { return nil }
        let record = try journal.append(event, author: author)
        console.saved(confirm)
        return record
    }

    func ask(_ step: DayStep) throws {
        switch step {
        case .agencies: try askAgencies()
        case .auditors: try askAuditors()
        case .cases: try askCases()
        case let .question(ref, section, question, agency): try askQuestion(ref: ref, section: section, question: question, agency: agency)
        case let .grade(ref, question): try askGrade(ref: ref, question: question)
        case let .actions(ref): try askActions(ref: ref)
        case let .concerns(ref): try askConcerns(ref: ref)
        case let .returnQuestion(ref, question, agency): try askReturnQuestion(ref: ref, question: question, agency: agency)
        case let .returnGrade(ref, question, agency): try askReturnGrade(ref: ref, question: question, agency: agency)
        case .close: try askClose()
        }
    }

    // MARK: - Markers

    /// An agency by name wherever the room sees it: as attending, else as the
    /// template names it (involved in a case but not at the day), never its id.
    func agencyName(_ id: String) -> String {
        day.agencyName(id, template: template)
    }

    func marker(_ step: DayStep) -> [String] {
        var parts = ["\(template.title) \(day.date ?? "")"]
        if let agency = returnAgency { parts[0] += " · \(agencyName(agency)) return" }
        guard let ref = step.ref else {
            parts.append(describe(step))
            return parts
        }
        let cases = day.cases
        let number = (cases.firstIndex { $0.ref == ref } ?? 0) + 1
        parts.append("case \(number) of \(cases.count) (\(ref))")
        switch step {
        case let .question(_, section, question, agency):
            let title = template.sections[section].title
            parts.append(agency.map { "\(title): \(agencyName($0))" } ?? title)
            parts.append("\(question + 1) of \(template.sections[section].questions.count)")
        case let .grade(_, question):
            let section = template.section(.gradedDomains)
            parts.append(section?.title ?? "Grades")
            parts.append("\(question + 1) of \(section?.questions.count ?? 0)")
        case let .returnQuestion(_, question, _):
            let section = template.section(.agencyReturn)
            parts.append(section?.title ?? "Agency return")
            parts.append("\(question + 1) of \(section?.questions.count ?? 0)")
        case let .returnGrade(_, question, _):
            let section = template.section(.gradedDomains)
            parts.append(section?.title ?? "Grades")
            parts.append("\(question + 1) of \(section?.questions.count ?? 0)")
        case .actions: parts.append(template.section(.actionPoints)?.title ?? "Action points")
        case .concerns: parts.append(template.section(.immediateConcerns)?.title ?? "Immediate concerns")
        default: break
        }
        if returnAgency == nil, let audit = day.caseAudit(ref) { parts[parts.count - 1] += " · " + liveCounts(audit) }
        return parts
    }

    /// What the room has recorded for a case so far, from the fold: answers
    /// and agreed grades, action points and concerns not withdrawn, so an
    /// edit, a withdrawal or an :undo shows at the next prompt.
    func liveCounts(_ audit: CaseAudit) -> String {
        let answers = audit.answers.values.filter { $0.value != nil }.count + audit.agreedGrades.count
        return "so far \(Plural.of(answers, "answer")), \(Plural.of(audit.actions.count, "action")), \(Plural.of(audit.concerns.count, "concern"))"
    }

    func describe(_ step: DayStep) -> String {
        switch step {
        case .agencies: "agencies attending"
        case .auditors: "auditors"
        case .cases: "case selection"
        case let .question(ref, section, question, agency):
            "case \(ref), \(template.sections[section].questions[question].id)" + (agency.map { " (\(agencyName($0)))" } ?? "")
        case let .grade(ref, question): "case \(ref), grade \(plan.gradeQuestion(question)?.id ?? "?")"
        case let .actions(ref): "case \(ref), action points"
        case let .concerns(ref): "case \(ref), immediate concerns"
        case let .returnQuestion(ref, question, _): "case \(ref), \(template.section(.agencyReturn)?.questions[question].id ?? "?")"
        case let .returnGrade(ref, question, _): "case \(ref), grade \(plan.gradeQuestion(question)?.id ?? "?")"
        case .close: "closing the day"
        }
    }

    /// Every yes/no question of the day goes through here: y, yes, n or no
    /// (any case), Enter the default shown. Anything else is refused, said,
    /// put back on the line when it is long (``refuse(_:typed:)``) and asked
    /// again, never taken as no: text meant for the next question must not
    /// be lost, nor shift the room's answers. Nil when the input ended or a
    /// command moved the day.
    func confirm(_ prompt: String, default value: Bool, guidance: String? = nil) throws -> Bool? {
        while true {
            guard case let .text(typed) = try read(prompt, guidance: guidance) else { return nil }
            if let answer = YesNo.answer(typed, default: value) { return answer }
            refuse(YesNo.refusal(typed, default: value), typed: typed)
        }
    }
}
