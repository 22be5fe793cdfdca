import Foundation
import MACAKit

/// The questions of one case, in the template's order.
extension FacilitatorSession {
    func askQuestion(ref: String, section sectionIndex: Int, question questionIndex: Int, agency: String?) throws {
        let section = template.sections[sectionIndex]
        var firstOfSection = questionIndex == 0 && (agency == nil || agency == plan.agencies(for: day.caseAudit(ref)!).first)
        let step = DayStep.question(ref: ref, section: sectionIndex, question: questionIndex, agency: agency)
        var typed: String?
        if let agency {
            switch try offerReturn(ref: ref, section: sectionIndex, question: questionIndex, agency: agency, step: step) {
            case .none: break
            case .taken: if plan.isDone(step) { return }
            case let .typed(text): typed = text
            case .left: return
            }
            if offeredReturns.contains("\(ref)\u{0}\(section.id)\u{0}\(agency)") { firstOfSection = false }
        }
        try askQuestion(
            section.questions[questionIndex], key: AnswerKey(ref: ref, question: section.questions[questionIndex].id, agency: agency),
            step: step, guidance: firstOfSection ? section.guidance : nil, typed: typed
        )
    }

    /// A question of an agency's own return, answered for that agency.
    func askReturnQuestion(ref: String, question index: Int, agency: String) throws {
        guard let section = template.section(.agencyReturn) else { return }
        // Before the agency has said anything of a case, it may say it had no part in it.
        let silent = !(day.caseAudit(ref)?.answers.contains { $0.key.agency == agency && $0.value.value != nil } ?? true)
        var notInvolved: ((String) throws -> Bool)?
        if silent {
            notInvolved = { [self] text in
                let said = text.trimmed(.whitespaces).lowercased()
                let words = ["not involved", "not-involved"]
                // A slip for it, or another way of saying it, is refused with the words that work: saved as the
                // agency's involvement it would be a finding, and the agency would be asked the whole return.
                if !words.contains(said), words.contains(where: { Typo.distance(said, $0) <= 2 })
                    || ["n/a", "na", "n.a.", "n/a.", "none", "not applicable", "no involvement", "uninvolved", "no part", "not known", "not known to us"].contains(said) {
                    console.problem("'\(text.trimmed(.whitespaces))' is not a finding: if \(agencyName(agency)) had no part in case \(ref), answer: not involved; nothing was saved")
                    reader.offerRefused(text)
                    return true
                }
                guard words.contains(said) else { return false }
                try record(.agencyNotInvolved(AgencyNotInvolved(ref: ref, agency: agency)), confirm: "saved: \(agencyName(agency)) not involved in \(ref); nothing more is asked about it")
                return true
            }
        }
        try askQuestion(
            section.questions[index], key: AnswerKey(ref: ref, question: section.questions[index].id, agency: agency),
            step: .returnQuestion(ref: ref, question: index, agency: agency), guidance: index == 0 ? section.guidance : nil,
            hint: silent ? "If \(agencyName(agency)) had no part in case \(ref), answer: not involved" : nil, intercept: notInvolved
        )
    }

    /// Asks one question, saves the answer under `key`, or skips it.
    func askQuestion(_ question: Question, key: AnswerKey, step: DayStep, guidance sectionGuidance: String?, typed typedFirst: String? = nil,
        hint: String? = nil, intercept: ((String) throws -> Bool)? = nil
    ) throws {
        let ref = key.ref
        console.marker(marker(step))
        if let sectionGuidance {
            console.note(sectionGuidance.replacingOccurrences(of: "\n", with: " "))
        }
        if let hint { console.note(hint) }
        if let audit = day.caseAudit(ref), case let .choice(band)? = audit.answer("age-band"),
           let hint = question.ageBandPrompts.first(where: { $0.ageBand == band }) {
            console.note("Age \(band): \(hint.prompt)")
        }
        let options = AnswerParser.options(for: question, context: context)
        if question.type != .yesPartlyNo { console.options(options) }
        let existing = day.caseAudit(ref)?.answers[key]?.value
        // Asked again after :undo, only what the room had (if anything) is offered.
        let afterUndo = undoneAt == step
        undoneAt = nil
        // What the agency returned for this question, offered as the room's default (`from-return`).
        let returned = existing != nil || afterUndo ? nil : key.agency.flatMap { agency in
            day.caseAudit(ref).flatMap { AgencyReturns.returnedAnswer(for: question, agency: agency, in: $0) }
        }
        let defaultText = existing.map { summary($0, question) } ?? (returned == nil && !afterUndo ? defaultAnswer(for: question, ref: ref) : nil)
        let previous = previousCaseAnswer(question, key: key)
        if let previous {
            // Shown by name (an agency added on the day by the name the room gave it); `=` takes the ids.
            let named = question.type == .tags ? previous.text
                : AnswerParser.split(previous.text).map { question.choice($0)?.label ?? agencyName($0) }.joined(separator: ", ")
            console.note("= gives the same as \(previous.ref): \(named)")
        }
        var prompt = question.prompt
        if question.type == .yesPartlyNo { prompt += " (yes/partly/no, or y/p/n)" }
        if let returned, let agency = key.agency {
            let name = agencyName(agency)
            console.note("From \(name)'s return: \(summary(returned, question))")
            console.note("Enter takes it as the room's answer; type the room's own instead\(question.type == .tags ? "" : ", or :editor to edit it").")
            prompt += " [\(name)'s return]"
        } else if let defaultText { prompt += " [\(defaultText)]" } else if !question.required { prompt += " [skip]" }
        if question.type == .longText { prompt += "\n›" }

        var pending = typedFirst
        while true {
            let free = question.type == .longText || question.type == .shortText
            let typed: String
            if let given = pending {
                typed = given
                pending = nil
            } else {
                guard case let .text(line) = try read(prompt + " ", guidance: question.guidance, completions: options.map(\.id), allowEditor: free) else { return }
                typed = line
            }
            var text = try continuation(of: typed, question: question)
            if let previous, text.trimmed(.whitespaces) == "=" { text = previous.text }
            if text.trimmed(.whitespaces) == ":editor" {
                guard let edited = try edit(existing.map { summary($0, question) } ?? returned.map { summary($0, question) } ?? "") else { continue }
                text = edited
            }
            if let intercept, try intercept(text) { return }
            if text.trimmed(.whitespaces).isEmpty {
                if existing != nil { return }  // keep the answer given before
                if let returned {
                    try saveFromReturn(returned, for: key)
                    return
                }
                if let defaultText, let fromDefault = defaultValue(defaultText, question: question, ref: ref) {
                    try save(fromDefault, for: key, old: nil)
                    return
                }
                if question.required {
                    console.problem("this question is required: answer it, or :skip to come back to it later")
                    continue
                }
                try record(.answerSkipped(AnswerSkipped(key: key)), confirm: "skipped")
                return
            }
            switch AnswerParser.parse(text, for: question, context: context) {
            case let .failure(problem):
                refuse(problem.message, typed: text)
            case .success(.yesPartlyNo(let answer, let evidence)):
                // Evidence is asked for yes, partly and no alike (the template's "with the evidence for
                // the answer"), and the prompt names the question it belongs to, so a quick answer
                // meant for the next question is not taken for it (issue 17).
                var evidence = evidence
                while evidence.isEmpty {
                    guard let given = try askText("Evidence for '\(answer.rawValue)' (the answer to \"\(question.prompt)\")", required: true) else { return }
                    if ["y", "p", "n", "yes", "partly", "no"].contains(given.lowercased()) {
                        refuse("'\(given)' is an answer, not evidence: say what shows '\(answer.rawValue)' for this question (the next question is asked after it)", typed: given)
                        continue
                    }
                    evidence = given
                }
                try save(.yesPartlyNo(answer, evidence: evidence), for: key, old: existing)
                return
            case let .success(value):
                guard let confirmed = try confirmedNewTags(value, question: question, typed: text) else { return }
                guard confirmed else { continue }
                try save(value, for: key, old: existing)
                return
            }
        }
    }

    /// Tags the question does not list are the room's own: asked once, `n`
    /// the default, so a phrase typed at the tags prompt by mistake (taken
    /// for an answer) is not saved as a new tag. At `n` the answer is put
    /// back on the line to mend. True when there is nothing new, or the
    /// room said yes; nil when the input ended or a command moved the day.
    func confirmedNewTags(_ value: AnswerValue, question: Question, typed: String) throws -> Bool? {
        let new = AnswerParser.newTags(value, question: question)
        guard !new.isEmpty else { return true }
        // Each new tag as typed, before it is slugged (and before its slug is shown): a tag names a
        // theme in ordinary words, so one holding a name or another identifier is refused, not kept.
        let guardian = IdentifierGuard(for: day, privacy: privacy)
        let typedTags = AnswerParser.listItems(typed, options: question.choices).filter { new.contains(AnswerParser.tagID($0)) }
        let found = typedTags.flatMap { guardian.scanTag($0) }.map(\.kind).reduce(into: [IdentifierFinding.Kind]()) { if !$0.contains($1) { $0.append($1) } }
        if !found.isEmpty {
            console.problem("a new tag looks like it holds \(found.map(\.described).joined(separator: ", ")): a tag of the room's own names a theme in ordinary words (such as weekend cover), never a person or an identifier; nothing was saved")
            reader.offerRefused(typed)
            return false
        }
        let named = new.map { "'\($0)'" }.joined(separator: ", ")
        let asked = new.count == 1
            ? "\(named) is not one of the template's tags: add it as a new tag? (y/n) [n] "
            : "\(named) are not among the template's tags: add them as new tags? (y/n) [n] "
        guard let add = try confirm(asked, default: false, guidance: "A tag of the room's own is counted with the template's across the day's cases. Answer y to add it; n (or Enter) to pick the template's tags by number (1,4,7 or 2-4) or name instead.") else { return nil }
        if add { return true }
        console.note("No new tag added: pick the tags shown by number (1,4,7 or 2-4) or name.")
        reader.offerRefused(typed)
        return false
    }

    /// A long answer goes on over lines that end in a backslash, joined once
    /// at the end. The words completion offers after a command are worked
    /// out again only when a command on one of its lines saved something
    /// (see `read`), not for each of thousands of lines.
    func continuation(of first: String, question: Question) throws -> String {
        guard first.hasSuffix("\\") else { return first }
        var lines = [String(first.dropLast())]
        var arguments: [String: [String]]?
        var argumentsAt = -1  // the number of records they were worked out from
        while true {
            if reader.completes, argumentsAt != journal.records.count {
                arguments = commandArguments()
                argumentsAt = journal.records.count
            }
            guard case let .text(more) = try read("… ", arguments: arguments) else { break }
            guard more.hasSuffix("\\") else {
                lines.append(more)
                break
            }
            lines.append(String(more.dropLast()))
        }
        return lines.joined(separator: "\n")
    }

    func save(_ value: AnswerValue, for key: AnswerKey, old: AnswerValue?) throws {
        if let old {
            guard old != value else { return }
            try record(.answerCorrected(AnswerCorrected(key: key, old: old, new: value)), confirm: "saved (corrected)")
        } else {
            try record(.answerGiven(AnswerGiven(key: key, value: value)))
        }
    }

    /// "Same as the previous case" for a case-profile question with options
    /// (plan type, agencies involved…): the nearest earlier case's answer,
    /// which `=` gives. Never the default: Enter must not copy a fact from
    /// one child to another unseen.
    func previousCaseAnswer(_ question: Question, key: AnswerKey) -> (ref: String, text: String)? {
        guard [.choice, .multiChoice, .tags].contains(question.type),
              template.sections.first(where: { $0.questions.contains { $0.id == question.id } })?.kind == .caseProfile else { return nil }
        let cases = day.cases
        guard let index = cases.firstIndex(where: { $0.ref == key.ref }) else { return nil }
        for audit in cases[..<index].reversed() {
            if let value = audit.answers[AnswerKey(ref: audit.ref, question: key.question, agency: key.agency)]?.value {
                return (audit.ref, summary(value, question))
            }
        }
        return nil
    }

    /// The template's default, or what the candidate list says of the case.
    func defaultAnswer(for question: Question, ref: String) -> String? {
        if question.id == "reason-selected", let reason = day.caseAudit(ref)?.reasonSelected, !reason.isEmpty {
            return reason
        }
        if let hint = candidateHints[ref] {
            switch question.id {
            case "age-band": if let band = hint.ageBand { return band }
            case "plan-type": if let plan = hint.planType { return plan }
            case "agencies-involved": if !hint.agencies.isEmpty { return hint.agencies.joined(separator: ", ") }
            default: break
            }
        }
        return question.defaultAnswer
    }

    func defaultValue(_ text: String, question: Question, ref: String) -> AnswerValue? {
        if case let .success(value) = AnswerParser.parse(text, for: question, context: context) {
            if case .yesPartlyNo = value { return nil }
            return value
        }
        return nil
    }

    /// An answer as the facilitator would type it again.
    func summary(_ value: AnswerValue, _ question: Question) -> String {
        switch value {
        case let .choices(ids): ids.joined(separator: ", ")
        case let .tags(tags): tags.joined(separator: ", ")
        case let .yesPartlyNo(answer, evidence): evidence.isEmpty ? answer.rawValue : "\(answer.rawValue): \(evidence)"
        case let .grade(level, _): level
        default: value.summary
        }
    }

    /// Free text that must not be empty when required.
    func askText(_ prompt: String, required: Bool, defaultText: String? = nil) throws -> String? {
        let shown = prompt + (defaultText.map { " [\($0)]" } ?? "") + ": "
        while true {
            guard case let .text(typed) = try read(shown) else { return nil }
            let text = try continuation(of: typed, question: Question(id: "text", prompt: prompt, type: .longText))
                .trimmed(.whitespaces)
            if !text.isEmpty { return text }
            if let defaultText { return defaultText }
            if !required { return "" }
            console.problem("this needs an answer")
        }
    }

    // MARK: - Grades

    /// A grade's rationale: `inline` when it followed the level on its line,
    /// else asked. A case reference alone (`DA-0102`, typed where the room
    /// moved on too soon) is refused, as at the case's reason (issue 17).
    func askRationale(_ label: String, ref: String, inline: String, defaultText: String?) throws -> String? {
        var pending = inline.isEmpty ? nil : inline
        while true {
            let given: String
            if let line = pending {
                given = line
                pending = nil
            } else {
                guard let asked = try askText("Rationale for \(label)", required: true, defaultText: defaultText) else { return nil }
                given = asked
            }
            let text = given.trimmed(.whitespaces)
            if text.lowercased() == ref.lowercased() || CaseReference.isPlainly(text, like: ref, known: day.cases.map(\.ref)) {
                console.problem("'\(text)' is a case reference, not a rationale: say why the grade is \(label)")
                continue
            }
            return given
        }
    }

    /// The agencies' own grades for a domain side by side, with a wide spread flagged.
    func showModeration(ref: String, domain: String) -> String? {
        guard let audit = day.caseAudit(ref) else { return nil }
        let grades = AgencyReturns.grades(audit, domain: domain, day: day)
        // Every agency involved whose view is missing, auditor on the day or not.
        let missing = AgencyReturns.involvedWithoutReturn(audit, template: template, day: day)
        let notInvolved = AgencyReturns.notInvolved(audit, day: day)
        guard !grades.isEmpty || !missing.isEmpty || !notInvolved.isEmpty else { return nil }
        let scale = template.scale
        for grade in grades {
            console.say([.plain("  \(agencyName(grade.agency)): "), .styled(scale.level(grade.level)?.label ?? grade.level, .bold), .plain(". \(grade.rationale)")])
        }
        if !missing.isEmpty {
            console.note("No return yet from: \(missing.map(agencyName).joined(separator: ", "))")
        }
        if !notInvolved.isEmpty {
            console.note("Not involved, by their own return: \(notInvolved.map(agencyName).joined(separator: ", "))")
        }
        let spread = AgencyReturns.spread(grades, scale: scale)
        if spread >= 2, let high = grades.min(by: { (scale.rank(of: $0.level) ?? 0) < (scale.rank(of: $1.level) ?? 0) }),
           let low = grades.max(by: { (scale.rank(of: $0.level) ?? 0) < (scale.rank(of: $1.level) ?? 0) }) {
            console.warn("The agencies differ widely: \(scale.level(high.level)?.label ?? high.level) (\(agencyName(high.agency))) against \(scale.level(low.level)?.label ?? low.level) (\(agencyName(low.agency))). Discuss before agreeing.")
        }
        // Two or more agencies all agreeing may give the default; one agency's grade never does.
        let agreed = AgencyReturns.defaultGrade(grades)
        if agreed == nil, grades.count == 1 {
            console.note("Only \(agencyName(grades[0].agency)) graded this: the room types its own grade.")
        }
        return agreed
    }

    /// An agency's own grade for a domain, with its rationale, in its return.
    func askReturnGrade(ref: String, question index: Int, agency: String) throws {
        guard let question = plan.gradeQuestion(index) else { return }
        let key = AnswerKey(ref: ref, question: question.id, agency: agency)
        console.marker(marker(.returnGrade(ref: ref, question: index, agency: agency)))
        let scale = template.scale
        console.options(scale.levels.map { Choice(id: $0.id, label: $0.label) })
        let existing = day.caseAudit(ref)?.answers[key]?.value
        var current: (level: String, rationale: String)?
        if case let .grade(level, rationale)? = existing { current = (level, rationale) }
        let guidance = ([question.guidance].compactMap { $0 } + scale.levels.map { "\($0.label): \($0.descriptor)" }).joined(separator: "\n  ")
        let prompt = "Your agency's grade: \(question.prompt)" + (current.map { " [\(scale.level($0.level)?.label ?? $0.level)]" } ?? "") + " "
        while true {
            guard case let .text(line) = try read(prompt, guidance: guidance, completions: scale.levels.map(\.id)) else { return }
            let typed = try continuation(of: line, question: question)
            if typed.trimmed(.whitespaces).isEmpty {
                if current != nil { return }
                console.problem("grade this domain (1 to \(scale.levels.count)), or :skip if your agency cannot")
                continue
            }
            switch AnswerParser.parse(typed, for: question, context: context) {
            case let .failure(problem):
                refuse(problem.message, typed: typed)
            case let .success(.grade(level, inline)):
                let label = scale.level(level)?.label ?? level
                // The rationale may follow the level on the same line (`2 Seen weekly`); else it is asked.
                guard let rationale = try askRationale(label, ref: key.ref, inline: inline, defaultText: current?.level == level ? current?.rationale : nil)
                else { return }
                try save(.grade(level: level, rationale: rationale), for: key, old: existing)
                return
            case .success:
                return
            }
        }
    }

    func askGrade(ref: String, question index: Int) throws {
        guard let question = plan.gradeQuestion(index) else { return }
        console.marker(marker(.grade(ref: ref, question: index)))
        let scale = template.scale
        // Asked again after :undo, only what the room had (if anything) is offered, never an agency's grade.
        let afterUndo = undoneAt == .grade(ref: ref, question: index)
        undoneAt = nil
        let agreedByAgencies = showModeration(ref: ref, domain: question.id).flatMap { afterUndo ? nil : $0 }
        console.options(scale.levels.map { Choice(id: $0.id, label: $0.label) })
        let existing = day.caseAudit(ref)?.agreedGrades[question.id]
        let guidance = ([question.guidance].compactMap { $0 } + scale.levels.map { "\($0.label): \($0.descriptor)" })
            .joined(separator: "\n  ")
        let shownDefault = existing?.level ?? agreedByAgencies
        let prompt = "Agreed grade: \(question.prompt)" + (shownDefault.map { " [\(scale.level($0)?.label ?? $0)]" } ?? "") + " "
        while true {
            guard case let .text(line) = try read(prompt, guidance: guidance, completions: scale.levels.map(\.id)) else { return }
            // A rationale on the grade's line may go on over lines ending in a backslash.
            var typed = try continuation(of: line, question: question)
            if typed.trimmed(.whitespaces).isEmpty, existing == nil, let agreedByAgencies { typed = agreedByAgencies }
            if typed.trimmed(.whitespaces).isEmpty {
                if existing != nil { return }
                console.problem("agree a grade (1 to \(scale.levels.count)), or :skip to come back to it")
                continue
            }
            guard case let .success(.grade(level, inline)) = AnswerParser.parse(typed, for: question, context: context) else {
                if case let .failure(problem) = AnswerParser.parse(typed, for: question, context: context) { refuse(problem.message, typed: typed) }
                continue
            }
            let label = scale.level(level)?.label ?? level
            // The rationale may follow the level on the same line (`3 Recognised late`); else it is asked.
            guard let rationale = try askRationale(label, ref: ref, inline: inline, defaultText: existing?.level == level ? existing?.rationale : nil)
            else { return }
            if let existing, existing.level == level, existing.rationale == rationale { return }
            guard try record(.gradeAgreed(GradeAgreed(ref: ref, domain: question.id, level: level, rationale: rationale, previous: existing?.level)), confirm: "saved: \(label)") != nil else { return }
            if let threshold = template.concernAtOrBelow, let rank = scale.rank(of: level), let limit = scale.rank(of: threshold), rank >= limit {
                // A yes/no question: words that are neither are refused and asked again, never taken as no.
                if try confirm("Graded \(label): is there an immediate concern for this child now? (yes/no) [no] ", default: false) == true {
                    try raiseConcern(ref: ref)
                }
            }
            return
        }
    }

    // MARK: - Action points and concerns

    func askActions(ref: String) throws {
        guard let section = template.section(.actionPoints) else { return }
        console.marker(marker(.actions(ref: ref)))
        if let guidance = section.guidance { console.note(guidance.replacingOccurrences(of: "\n", with: " ")) }
        // One left half-typed by a session that ended is offered first.
        guard try offerDraft(ref: ref, section: section) != nil else { return }
        while true {
            let count = day.caseAudit(ref)?.actions.count ?? 0
            // Typing the action starts one; Enter (or no) says there are no more. `yes`
            // (the older way) asks the action itself next.
            let first = section.questions.first
            let prompt = "Action point \(count + 1) for \(ref): \(first?.prompt ?? "what will be done?") [Enter: \(count == 0 ? "none" : "no more")] "
            // One taken back with :undo is offered to mend: its text back on the line, its fields as defaults.
            let mending = undoneAction.flatMap { $0.ref == ref ? $0 : nil }
            if let mending, let first, case let .text(text)? = mending.fields[first.id] {
                console.note("Action point \(shortID(mending.id)), taken back with :undo, can be mended: its text is on the line, and each field's answer is its default (Enter keeps it).")
                reader.offerRefused(text)
            }
            guard case let .text(answer) = try read(prompt, guidance: first?.guidance) else { return }
            undoneAction = nil
            // y asks the action; Enter or n finishes; anything else is the action itself, typed at once.
            let another = YesNo.answer(answer, default: false)
            if another == false {
                try record(.stepFinished(StepFinished(step: "actions:\(ref)")), confirm: "saved: \(Plural.of(count, "action point")) for \(ref)")
                return
            }
            let fields: [String: AnswerValue]
            switch try askEntry(section, smart: true, noun: "action point", firstAnswer: another == true ? nil : answer, draftFor: ref,
                                initial: mending?.fields ?? [:], fromStart: true) {
            case let .saved(typed): fields = typed
            case .left:
                ActionDraft.remove(in: folder)
                continue
            case .stopped: return
            }
            guard try saveAction(fields, ref: ref) else { return }
        }
    }

    /// Saves an action point, and drops its draft once it is in the journal.
    /// False when nothing was saved (the identifier guard's "nothing saved").
    func saveAction(_ fields: [String: AnswerValue], ref: String) throws -> Bool {
        let id = "\(entryPrefix)-A\(day.cases.flatMap { $0.actions + $0.withdrawnActions }.count + 1)"
        let saved = try record(.actionAdded(CaseEntry(ref: ref, id: id, fields: fields)), confirm: "saved: action \(id)") != nil
        // Kept when the input ended at the identifier guard's question; dropped once the room decided.
        if saved || !leaving { ActionDraft.remove(in: folder) }
        return saved || !leaving
    }

    /// Writes the action point being typed to its side file; a draft that
    /// cannot be written is said once and typing goes on.
    func keepDraft(_ draft: ActionDraft) {
        do {
            try draft.write(in: folder, guardian: IdentifierGuard(for: day, privacy: privacy))
        } catch {
            console.warn("The action point being typed could not be kept as a draft (\(error)); it is saved when it is complete.")
        }
    }

    /// An action point a session left half-typed for this case: shown, and
    /// taken up (Enter) or dropped (n). True when it was taken up and saved.
    func offerDraft(ref: String, section: Section) throws -> Bool? {
        guard let draft = ActionDraft.read(in: folder), draft.ref == ref, !draft.fields.isEmpty else { return false }
        console.note("An action point for \(ref) was being typed when the last session ended, and was kept:")
        let passed = Set(draft.passed ?? [])
        for question in section.questions {
            if let value = draft.fields[question.id] {
                console.say("  \(question.prompt) \(summary(value, question))")
            } else if passed.contains(question.id) {
                console.say("  \(question.prompt) (passed over)")
            }
        }
        guard let carryOn = try confirm("Carry it on from where it stopped? (y/n) [y] ", default: true, guidance: "y (or Enter) asks its remaining fields, with :back to change those above; n drops it, and nothing of it is saved.") else { return nil }
        guard carryOn else {
            ActionDraft.remove(in: folder)
            console.note("The kept action point was dropped; nothing of it was saved.")
            return false
        }
        switch try askEntry(section, smart: true, noun: "action point", draftFor: ref, initial: draft.fields, passed: passed) {
        case let .saved(fields):
            return try saveAction(fields, ref: ref) ? true : nil
        case .left:
            ActionDraft.remove(in: folder)
            return false
        case .stopped:
            return nil
        }
    }

    func askConcerns(ref: String) throws {
        console.marker(marker(.concerns(ref: ref)))
        while true {
            let count = day.caseAudit(ref)?.concerns.count ?? 0
            guard let raised = try confirm("Is there \(count == 0 ? "an" : "another") immediate concern for this child now? (y/n) [no] ", default: false) else { return }
            guard raised else {
                try record(.stepFinished(StepFinished(step: "concerns:\(ref)")), confirm: count == 0 ? "saved: no immediate concern" : "saved: \(count) concern\(count == 1 ? "" : "s")")
                return
            }
            try raiseConcern(ref: ref)
        }
    }

    /// The start of this day's action and concern ids: theme and date, and the
    /// day folder's number when two days of a theme share a date
    /// (`neglect-2026-11-20-A1`, `neglect-2026-11-20-2-A1`), so ids stay unique.
    var entryPrefix: String {
        let base = "\(template.id)-\(day.date ?? "day")"
        let folderBase = "\(day.date ?? "day")-\(template.id)"
        let suffix = dayName.hasPrefix(folderBase) ? String(dayName.dropFirst(folderBase.count)) : ""
        return base + suffix
    }

    /// Records a concern at once, then asks whether it has been acknowledged.
    func raiseConcern(ref: String) throws {
        guard let section = template.section(.immediateConcerns) else { return }
        console.warn("Immediate concern for \(ref): refer it now; it does not wait for the report.")
        guard case let .saved(fields) = try askEntry(section, smart: false, noun: "concern") else { return }
        let id = "\(entryPrefix)-C\(day.cases.flatMap { $0.concerns + $0.withdrawnConcerns }.count + 1)"
        // Not saved (the guard's prompt ended without a choice): there is no concern to acknowledge.
        guard try record(.concernRaised(CaseEntry(ref: ref, id: id, fields: fields)), confirm: "saved: concern \(id)") != nil else { return }
        try askAcknowledgement(id)
    }

    /// Who acknowledged a concern, checked as a role (``AcknowledgingRole``).
    /// `replacing`: the acknowledgement saved already, offered as the default
    /// and kept in the new record as the old value when it is corrected.
    func askAcknowledgement(_ id: String, replacing: ConcernAcknowledged? = nil) throws {
        let prompt = replacing == nil
            ? "Who acknowledged concern \(shortID(id)) for the receiving agency? (role; Enter if not yet)"
            : "Who acknowledged concern \(shortID(id)) for the receiving agency? (role; Enter keeps it)"
        while true {
            guard let typed = try askText(prompt, required: false, defaultText: replacing?.by), !typed.isEmpty else {
                console.warn("Concern \(shortID(id)) is not yet acknowledged: the day cannot close until it is (:ack \(shortID(id)) when it is).")
                return
            }
            if let problem = AcknowledgingRole.problem(typed) {
                refuse(problem, typed: typed)
                continue
            }
            try saveAcknowledgement(id, by: typed, replacing: replacing)
            return
        }
    }

    /// Saves who acknowledged a concern; a change of an earlier acknowledgement is a correction, its old value kept.
    func saveAcknowledgement(_ id: String, by: String, replacing: ConcernAcknowledged?) throws {
        guard let replacing else {
            try record(.concernAcknowledged(ConcernAcknowledged(id: id, by: by, note: "")), confirm: "saved: \(shortID(id)) acknowledged")
            return
        }
        guard by != replacing.by else {
            console.note("Who acknowledged \(shortID(id)) is unchanged: \(replacing.by).")
            return
        }
        try record(.concernAcknowledged(ConcernAcknowledged(id: id, by: by, note: replacing.note, previous: replacing.by)),
                   confirm: "saved (corrected): \(shortID(id)) acknowledged by \(by), no longer by \(replacing.by)")
    }

    /// How typing an action point or a concern ended.
    enum EntryOutcome {
        case saved([String: AnswerValue])
        /// `:back` at its first field: nothing of it was saved.
        case left
        /// The input ended, or `:quit`.
        case stopped
    }

    /// The questions of a repeating section, each checked as it is typed.
    /// `:back` goes to the field before, with what was typed in it (and in
    /// every field so far) offered as its default; at the first field it
    /// leaves the item, saving nothing, and says so.
    /// `firstAnswer`: the first field as already typed (at the action point's first prompt).
    /// `draftFor`: the case of an action point, kept in ``ActionDraft`` as
    /// each field is accepted; `initial`: the fields of a draft taken up
    /// again, asked from the first it lacks.
    /// `fromStart`: every field asked, from the first, `initial` its defaults.
    /// `passed`: a draft's optional fields the room passed over, not asked again.
    func askEntry(_ section: Section, smart: Bool, noun: String, firstAnswer: String? = nil,
                  draftFor ref: String? = nil, initial: [String: AnswerValue] = [:], passed: Set<String> = [],
                  fromStart: Bool = false) throws -> EntryOutcome {
        var fields = initial
        // Only fields the room accepted (or passed over) go into the draft, never defaults not yet confirmed.
        var accepted = fromStart ? Set<String>() : Set(initial.keys).union(passed)
        // A draft with every field asks its last, so the room still says when it is right.
        var index = accepted.isEmpty || fromStart ? 0 : section.questions.firstIndex { !accepted.contains($0.id) } ?? max(section.questions.count - 1, 0)
        var pending = firstAnswer
        entryNames.append(noun)
        defer { entryNames.removeLast() }
        while index < section.questions.count {
            let question = section.questions[index]
            defer { pending = nil }
            switch try askField(question, current: fields[question.id], smart: smart, typed: pending) {
            case .stopped:
                return .stopped
            case .back:
                guard index > 0 else {
                    console.note("Left the \(noun) at its first field: nothing of it was saved.")
                    return .left
                }
                index -= 1
            case let .value(value):
                fields[question.id] = value
                index += 1
                accepted.insert(question.id)
                if let ref {
                    keepDraft(ActionDraft(ref: ref, fields: fields.filter { accepted.contains($0.key) },
                                          passed: accepted.filter { fields[$0] == nil }.sorted()))
                }
            }
        }
        return .saved(fields)
    }

    // MARK: - Closing

    func askClose() throws {
        console.marker(marker(.close))
        DaySummary.lines(plan).forEach { console.say("  " + $0) }
        console.note("Partnership recommendations from today's findings: :recommend adds one, here or at any prompt.")
        if let draft = ActionDraft.read(in: folder) {
            console.warn("An action point for \(draft.ref) was left half-typed and is kept as a draft: :goto \(draft.ref) and its action points offers it; closing the day drops it.")
        }
        // With required answers missing, closing is not the default: what is missing is named,
        // Enter goes to the first of it, and only a typed yes closes the day without it (issue 17).
        let incomplete = plan.day.cases.map { ($0.ref, plan.missingRequired($0)) }.filter { !$0.1.isEmpty }
        let missingCount = incomplete.map(\.1.count).reduce(0, +)
        for (ref, missing) in incomplete {
            let named = missing.prefix(8).map(missingName).joined(separator: ", ") + (missing.count > 8 ? " and \(missing.count - 8) more (:sections lists them)" : "")
            console.warn("\(ref) has \(Plural.of(missing.count, "required answer")) missing: \(named)")
        }
        if let (ref, _) = incomplete.first {
            console.note("To finish: Enter (no) goes to the first missing answer of \(ref), and :goto a case to another; to close the day with them missing, type yes.")
        }
        let prompt = incomplete.isEmpty ? "Close the day? [yes] " : "Close the day with \(Plural.of(missingCount, "required answer")) missing? (y/n) [no] "
        guard let close = try confirm(prompt, default: incomplete.isEmpty) else { return }
        guard close else {
            if let (ref, missing) = incomplete.first, let first = missing.first, reader.isInteractive {
                current = first
                console.note("The day stays open. → the first missing answer of \(ref); :skip passes over it, :quit leaves the day for now.")
            } else if !reader.isInteractive {
                console.note("The day stays open.")
            } else {
                console.note("The day stays open. :goto a case to go on, or :quit to leave it for now.")
            }
            leaving = !reader.isInteractive
            return
        }
        for (_, concern) in plan.unacknowledgedConcerns {
            try askAcknowledgement(concern.id)
        }
        let open = plan.unacknowledgedConcerns
        guard open.isEmpty else {
            console.problem("the day cannot close while \(open.map { shortID($0.concern.id) }.joined(separator: ", ")) \(open.count == 1 ? "is" : "are") not acknowledged")
            leaving = !reader.isInteractive
            return
        }
        // The close seals every journal of the day as it stands.
        do {
            let (_, witnessProblem) = try DaySeal.close(journal, author: author, witness: witness)
            // Sealed: the session ends here, whatever follows; nothing more is asked or written.
            sealed = true
            current = nil
            if let witnessProblem { console.warn(witnessProblem) }
        } catch let refused as DaySeal.CloseError {
            console.problem(refused.description)
            leaving = !reader.isInteractive
            return
        }
        console.saved("saved: the day is closed and sealed")
        ActionDraft.remove(in: folder)
        let recordPath = "\(folder)/record.md"
        try OwnerOnlyFiles.writeAtomically(Data(DayRecord.markdown(day).utf8), to: recordPath)
        console.say()
        console.heading("Day closed: \(dayName)")
        DaySummary.lines(plan).forEach { console.say("  " + $0) }
        console.say("The day's record: \(recordPath)")
        current = nil
    }
}
