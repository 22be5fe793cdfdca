/// One thing the day asks, in the order it asks them.
public enum DayStep: Sendable, Equatable, Hashable {
    /// Which agencies are at the day.
    case agencies
    /// Who is auditing, for which agency.
    case auditors
    /// Which cases are audited, and why each was chosen.
    case cases
    /// A question of a case; `agency` for the per-agency sections.
    case question(ref: String, section: Int, question: Int, agency: String?)
    /// The room's agreed grade for one domain of a case.
    case grade(ref: String, question: Int)
    /// A case's action points, as many as the room agrees.
    case actions(ref: String)
    /// A case's immediate concerns, if any.
    case concerns(ref: String)
    /// A question of an agency's own return for a case (`maca enter`).
    case returnQuestion(ref: String, question: Int, agency: String)
    /// An agency's own grade for one domain of a case, with its rationale.
    case returnGrade(ref: String, question: Int, agency: String)
    /// Closing the day.
    case close

    public var ref: String? {
        switch self {
        case let .question(ref, _, _, _), let .grade(ref, _), let .actions(ref), let .concerns(ref),
             let .returnQuestion(ref, _, _), let .returnGrade(ref, _, _): ref
        default: nil
        }
    }

    /// The name a finished list step is journaled under.
    public var finishedName: String? {
        switch self {
        case .agencies: "agencies"
        case .auditors: "auditors"
        case .cases: "cases"
        case let .actions(ref): "actions:\(ref)"
        case let .concerns(ref): "concerns:\(ref)"
        default: nil
        }
    }
}

/// The order of a day's steps and which are done, derived from the
/// template and the fold alone, so the REPL and `maca resume` agree on
/// where the day stands.
public struct DayPlan: Sendable {
    public let template: AuditTemplate
    public let day: AuditDay
    /// Set for an agency auditor's return: their steps instead of the facilitator's.
    public let returnAgency: String?

    public init(template: AuditTemplate, day: AuditDay, returnAgency: String? = nil) {
        self.template = template
        self.day = day
        self.returnAgency = returnAgency
    }

    /// Every step of the day as it stands now (per-agency questions follow the case's agencies).
    public var steps: [DayStep] {
        if let agency = returnAgency {
            return day.cases.flatMap { returnSteps($0, agency: agency) }
        }
        var steps: [DayStep] = [.agencies, .auditors, .cases]
        for audit in day.cases {
            steps += caseSteps(audit)
        }
        steps.append(.close)
        return steps
    }

    /// An agency's return for a case: the agency-return questions, then a grade for every domain.
    /// None for a case the agency is not asked about (``AgencyReturns/asks(_:about:)``).
    public func returnSteps(_ audit: CaseAudit, agency: String) -> [DayStep] {
        var steps: [DayStep] = []
        guard AgencyReturns.asks(agency, about: audit) else { return steps }
        if let section = template.section(.agencyReturn) {
            steps += section.questions.indices.map { .returnQuestion(ref: audit.ref, question: $0, agency: agency) }
        }
        if let grades = template.section(.gradedDomains) {
            steps += grades.questions.indices.map { .returnGrade(ref: audit.ref, question: $0, agency: agency) }
        }
        return steps
    }

    public func caseSteps(_ audit: CaseAudit) -> [DayStep] {
        if let agency = returnAgency { return returnSteps(audit, agency: agency) }
        var steps: [DayStep] = []
        for (sectionIndex, section) in template.sections.enumerated() {
            switch section.kind {
            case .gradedDomains:
                steps += section.questions.indices.map { .grade(ref: audit.ref, question: $0) }
            case .actionPoints:
                steps.append(.actions(ref: audit.ref))
            case .immediateConcerns:
                steps.append(.concerns(ref: audit.ref))
            case .agencyReturn:
                continue  // the agencies' own, through `maca enter`
            default:
                let agencies: [String?] = section.perAgency ? agencies(for: audit).map(Optional.some) : [nil]
                for agency in agencies {
                    for questionIndex in section.questions.indices {
                        steps.append(.question(ref: audit.ref, section: sectionIndex, question: questionIndex, agency: agency))
                    }
                }
            }
        }
        return steps
    }

    /// The agencies a per-agency section asks about: those involved in the
    /// case (case profile), in the day's order, else every agency attending.
    public func agencies(for audit: CaseAudit) -> [String] {
        let attending = day.agencies.map(\.id)
        guard case let .choices(involved)? = audit.answer("agencies-involved") else { return attending }
        let listed = template.agencies.map(\.id)
        let known = listed + attending.filter { !listed.contains($0) }
        let wanted = Set(involved)
        return known.filter(wanted.contains)
    }

    public func isDone(_ step: DayStep) -> Bool {
        switch step {
        case .agencies, .auditors, .cases, .actions, .concerns:
            return step.finishedName.map(day.finishedSteps.contains) ?? false
        case let .question(ref, section, question, agency):
            guard let audit = day.caseAudit(ref) else { return false }
            let key = AnswerKey(ref: ref, question: template.sections[section].questions[question].id, agency: agency)
            return audit.answers[key]?.value != nil || audit.skipped.contains(key)
        case let .grade(ref, question):
            guard let audit = day.caseAudit(ref), let domain = gradeQuestion(question)?.id else { return false }
            return audit.agreedGrades[domain] != nil || audit.skipped.contains(AnswerKey(ref: ref, question: domain))
        case let .returnQuestion(ref, question, agency):
            guard let audit = day.caseAudit(ref), let id = template.section(.agencyReturn)?.questions[question].id else { return false }
            let key = AnswerKey(ref: ref, question: id, agency: agency)
            return audit.answers[key]?.value != nil || audit.skipped.contains(key)
        case let .returnGrade(ref, question, agency):
            guard let audit = day.caseAudit(ref), let domain = gradeQuestion(question)?.id else { return false }
            let key = AnswerKey(ref: ref, question: domain, agency: agency)
            return audit.answers[key]?.value != nil || audit.skipped.contains(key)
        case .close:
            return day.isClosed
        }
    }

    /// The first step not done at or after `start` (wrapping round), so the
    /// day goes on where the facilitator was, then returns to what was left;
    /// nil when all are done.
    public func nextStep(from start: Int = 0) -> DayStep? {
        let all = steps
        guard !all.isEmpty else { return nil }
        let begin = max(0, min(start, all.count - 1))
        for offset in 0..<all.count {
            let step = all[(begin + offset) % all.count]
            if !isDone(step) { return step }
        }
        return nil
    }

    /// The first step not done from `step` on, looking first through the
    /// rest of its own case and then back to that case's start, and only
    /// then at the day's later steps (wrapping round). After a `:goto` to a
    /// later section the day goes on from there, then returns to what is
    /// left of the case before it moves on; a case walked in order gives
    /// the same steps as ``nextStep(from:)``.
    public func nextStep(from step: DayStep) -> DayStep? {
        let all = steps
        if let ref = step.ref, let audit = day.caseAudit(ref) {
            let own = caseSteps(audit)
            if let at = own.firstIndex(of: step) {
                for offset in 0..<own.count where !isDone(own[(at + offset) % own.count]) {
                    return own[(at + offset) % own.count]
                }
            } else if let left = own.first(where: { !isDone($0) }) {
                // A step the case no longer asks (its agency taken out of those involved): what is left of the case.
                return left
            }
        }
        return nextStep(from: all.firstIndex(of: step) ?? 0)
    }

    /// Where a resumed day continues: after the step of the journal's last record.
    public func resumeStep(lastRecord: JournalRecord?) -> DayStep? {
        guard let record = lastRecord, let touched = step(touchedBy: record.event), steps.contains(touched) else { return nextStep() }
        return nextStep(from: touched)
    }

    // MARK: - Sections

    /// The template section a step belongs to (its index in `template.sections`).
    public func sectionIndex(of step: DayStep) -> Int? {
        let sections = template.sections
        switch step {
        case let .question(_, section, _, _): return section
        case .grade, .returnGrade: return sections.firstIndex { $0.kind == .gradedDomains }
        case .actions: return sections.firstIndex { $0.kind == .actionPoints }
        case .concerns: return sections.firstIndex { $0.kind == .immediateConcerns }
        case .returnQuestion: return sections.firstIndex { $0.kind == .agencyReturn }
        case .agencies, .auditors, .cases, .close: return nil
        }
    }

    /// The sections of a case as `:sections` numbers them: those it asks
    /// (an agency's own return for `maca enter`), in the template's order,
    /// each with its steps and how far it has got.
    public func sections(of audit: CaseAudit) -> [CaseSection] {
        let steps = caseSteps(audit)
        let missing = Set(missingRequired(audit))
        let skipped = missing.filter(isDone)
        var order: [Int] = []
        for step in steps {
            if let index = sectionIndex(of: step), !order.contains(index) { order.append(index) }
        }
        return order.map { index in
            let own = steps.filter { sectionIndex(of: $0) == index }
            let section = template.sections[index]
            return CaseSection(
                templateIndex: index, id: section.id, title: section.title, steps: own,
                state: state(of: own, audit: audit), missingRequired: own.filter(missing.contains).count,
                skippedRequired: own.filter(skipped.contains).count
            )
        }
    }

    /// How far some steps of a case have got: an action or concern step is
    /// under way once one is recorded, though the room has not said it is finished.
    public func state(of steps: [DayStep], audit: CaseAudit) -> CaseSection.State {
        let done = steps.filter(isDone).count
        if done == steps.count { return .done }
        let begun = steps.contains { step in
            switch step {
            case .actions: !audit.actions.isEmpty
            case .concerns: !audit.concerns.isEmpty
            default: false
            }
        }
        return done == 0 && !begun ? .notStarted : .partly
    }

    /// A case is complete when every step of it is done, in whatever order,
    /// and no required answer is missing (a skipped one counts as missing).
    public func isComplete(_ audit: CaseAudit) -> Bool {
        caseSteps(audit).allSatisfy(isDone) && missingRequired(audit).isEmpty
    }

    /// The step an event answered, if it answered one.
    public func step(touchedBy event: Event) -> DayStep? {
        switch event {
        case let .answerGiven(given): return step(for: given.key)
        case let .answerCorrected(corrected): return step(for: corrected.key)
        case let .answerSkipped(skipped): return step(for: skipped.key)
        case let .gradeAgreed(agreed): return step(for: AnswerKey(ref: agreed.ref, question: agreed.domain))
        case let .caseAdded(added):
            // While the cases are still being chosen, a case added belongs to that choosing.
            guard isDone(.cases) else { return .cases }
            return caseSteps(day.caseAudit(added.ref) ?? CaseAudit(ref: added.ref, reasonSelected: "")).first
        case let .actionAdded(entry): return .actions(ref: entry.ref)
        case let .concernRaised(entry): return .concerns(ref: entry.ref)
        case let .actionCorrected(corrected): return .actions(ref: corrected.ref)
        case let .actionWithdrawn(withdrawn): return .actions(ref: withdrawn.ref)
        case let .concernCorrected(corrected): return .concerns(ref: corrected.ref)
        case let .concernWithdrawn(withdrawn): return .concerns(ref: withdrawn.ref)
        case let .stepFinished(finished): return steps.first { $0.finishedName == finished.step }
        case .agencyAttending: return .agencies
        case .auditorAdded: return .auditors
        default: return nil
        }
    }

    /// The step that asks the question of this key.
    public func step(for key: AnswerKey) -> DayStep? {
        if let agency = returnAgency {
            if let index = template.section(.agencyReturn)?.questions.firstIndex(where: { $0.id == key.question }) {
                return .returnQuestion(ref: key.ref, question: index, agency: agency)
            }
            if let index = template.section(.gradedDomains)?.questions.firstIndex(where: { $0.id == key.question }) {
                return .returnGrade(ref: key.ref, question: index, agency: agency)
            }
            return nil
        }
        for (sectionIndex, section) in template.sections.enumerated() {
            guard let questionIndex = section.questions.firstIndex(where: { $0.id == key.question }) else { continue }
            if section.kind == .gradedDomains { return .grade(ref: key.ref, question: questionIndex) }
            return .question(ref: key.ref, section: sectionIndex, question: questionIndex, agency: key.agency)
        }
        return nil
    }

    public func gradeQuestion(_ index: Int) -> Question? {
        guard let section = template.section(.gradedDomains), section.questions.indices.contains(index) else { return nil }
        return section.questions[index]
    }

    /// Required questions of a case not yet answered (skipped ones included).
    public func missingRequired(_ audit: CaseAudit) -> [DayStep] {
        caseSteps(audit).filter { step in
            switch step {
            case let .question(ref, section, question, agency):
                let key = AnswerKey(ref: ref, question: template.sections[section].questions[question].id, agency: agency)
                return template.sections[section].questions[question].required && audit.answers[key]?.value == nil
            case let .grade(_, question):
                return gradeQuestion(question).map { audit.agreedGrades[$0.id] == nil } ?? false
            default:
                return false
            }
        }
    }

    /// Concerns raised but not yet acknowledged by the agency they went to.
    public var unacknowledgedConcerns: [(ref: String, concern: Concern)] {
        day.cases.flatMap { audit in audit.concerns.filter { $0.acknowledgement == nil }.map { (audit.ref, $0) } }
    }
}

/// One section of a case, as `:sections` lists it and `:goto` reaches it.
public struct CaseSection: Sendable, Equatable {
    public enum State: String, Sendable {
        case done
        case partly
        case notStarted = "not started"
    }

    /// Its index in the template's sections.
    public var templateIndex: Int
    public var id: String
    public var title: String
    /// Its steps for this case, per-agency ones for each agency involved.
    public var steps: [DayStep]
    public var state: State
    /// Required answers of the section still missing (skipped ones included).
    public var missingRequired: Int
    /// Required answers of the section the room skipped (a skip record) and
    /// has not answered since: only these are "skipped"; one not reached
    /// yet is still to do.
    public var skippedRequired: Int = 0
}
