import Foundation
import MACAKit

/// Commands typed at any prompt, kept apart from answers by a leading colon.
enum SessionCommand: String, CaseIterable {
    case help, back, skip, undo, show, returns, edit, withdraw, cases, sections, goto, concern, ack, name, star, recommend, summary, editor, draft, quit

    static var names: [String] { allCases.map { ":" + $0.rawValue } }

    /// Commands that take nothing after them (each refuses text after it, and does nothing).
    var takesNothing: Bool {
        switch self {
        case .help, .back, .skip, .undo, .show, .returns, .cases, .sections, .recommend, .summary, .editor, .draft, .quit: true
        case .edit, .withdraw, .goto, .concern, .ack, .name, .star: false
        }
    }

    /// The refusal of `command` typed with text after it.
    static func trailingText(_ command: SessionCommand, _ text: String) -> String {
        ":\(command.rawValue) takes nothing after it, and '\(text)' was typed after it: nothing was done. Type :\(command.rawValue) alone to run it"
    }

    /// Below this width `:help` puts each command on a line of its own, its
    /// words indented under it: two columns squeezed into a projector's
    /// narrow terminal ran commands and words together.
    static let narrowHelp = 72

    /// The lines `:help` shows for a usage, for a terminal `width` wide (nil: not a terminal).
    static func helpLines(_ usage: String, width: Int?) -> [String] {
        guard let width, width < narrowHelp else { return usage.components(separatedBy: "\n").map { "  " + $0 } }
        var lines: [String] = []
        for part in usage.components(separatedBy: "\n") {
            let trimmed = part.trimmingCharacters(in: .whitespaces)
            // The syntax ends where a run of spaces starts the words about it.
            if !part.hasPrefix(" "), let gap = trimmed.range(of: "  ") {
                lines.append("  " + trimmed[..<gap.lowerBound])
                lines.append("      " + trimmed[gap.upperBound...].trimmingCharacters(in: .whitespaces))
            } else {
                lines.append("      " + trimmed)
            }
        }
        return lines
    }

    /// The command typed: its whole name, or the start of only one (`:got` is `:goto`, `:sec` is `:sections`).
    static func named(_ typed: String) -> SessionCommand? {
        let word = typed.lowercased()
        if let exact = SessionCommand(rawValue: word) { return exact }
        let starting = allCases.filter { $0.rawValue.hasPrefix(word) }
        return word.count >= 3 && starting.count == 1 ? starting[0] : nil
    }

    /// The one command a mistyped name is nearest (two letters wrong at most,
    /// or two swapped), to name in the refusal; nil when none is, or two are.
    static func nearest(_ typed: String) -> SessionCommand? {
        let word = Array(typed.lowercased())
        let scored = allCases.map { ($0, Typo.distance(word, Array($0.rawValue))) }.filter { $0.1 <= 2 }
        guard let best = scored.min(by: { $0.1 < $1.1 }), scored.filter({ $0.1 == best.1 }).count == 1 else { return nil }
        return best.0
    }

    var usage: String {
        switch self {
        case .help: ":help               these commands"
        case .back: ":back               the question before, to change its answer; in an action point or concern, its field before"
        case .skip: ":skip               pass over this question for now; an optional answer reached by :edit is cleared"
        case .undo: ":undo               take back the last thing this session saved (again: the one before), and ask it again"
        case .show: ":show               what is recorded for this case so far"
        case .returns: ":returns            each agency's own return for this case, and who has not returned"
        case .edit: ":edit QUESTION [AGENCY]  change one answer of this case; also :edit grade DOMAIN, :edit action A3 [FIELD],\n"
            + "                       :edit concern C1 [FIELD | acknowledged-by], :edit tags QUESTION [AGENCY], :edit case [reason | QUESTION]"
        case .withdraw: ":withdraw KIND ID REASON  withdraw an action point or a concern (:withdraw action A3 why…), kept in the record with why"
        case .cases: ":cases              the cases and how far each has got"
        case .sections: ":sections           this case's sections, numbered, and how far each has got"
        case .goto: ":goto SECTION|CASE  go to a section of this case (number, id or title; AGENCY after a per-agency one), or to a case;\n"
            + "                       :goto cases goes back to the case selection, to add a case or mend a reason"
        case .concern: ":concern            record an immediate concern for this case now"
        case .ack: ":ack CONCERN [ROLE]  record that a concern was acknowledged (by its id, as C1; who acknowledged it is asked if not given;\n"
            + "                       on one acknowledged already, ROLE replaces who, once you say yes)"
        case .name: ":name ROLE NAME      block a name (child, parent, practitioner) in this day's answers; only a hash is kept"
        case .star: ":star [QUESTION [AGENCY]]  mark an answer of this case (the last one given) as an example to quote"
        case .recommend: ":recommend          a partnership recommendation from today (SMART; kept with maca recommend)"
        case .summary: ":summary            the day so far: grades, actions, concerns"
        case .editor: ":editor             write this answer in your editor ($VISUAL, else $EDITOR, else vi)"
        case .draft: ":draft              the line Ctrl-C cleared, back on the line to edit (Up does too)"
        case .quit: ":quit               leave; everything is saved, resume later"
        }
    }
}

/// `:draft`: the line Ctrl-C last cleared is put back on the next line, to edit.
func recallDraft(reader: inout any LineReader, console: Console) {
    guard let draft = reader.draft else {
        console.problem("there is no draft: Ctrl-C on a line with something typed keeps it as one")
        return
    }
    reader.offerToContinue(draft)
}

extension FacilitatorSession {
    /// Carries out a command. True when the current step should be left
    /// (the command moved the day); false to ask the same question again.
    func perform(_ line: String) throws -> Bool {
        let words = line.dropFirst().split(separator: " ", maxSplits: 2).map(String.init)
        guard let name = words.first, let command = SessionCommand.named(name) else {
            let nearest = words.first.flatMap(SessionCommand.nearest)
            console.problem("'\(line)' is not a command" + (nearest.map { ": did you mean :\($0.rawValue)? Nothing was done; :help lists them" } ?? ": :help lists them"))
            if let nearest { reader.offerRefused(":" + nearest.rawValue + line.dropFirst(1 + (words.first?.count ?? 0))) }
            return false
        }
        let argument = words.dropFirst().joined(separator: " ").trimmingCharacters(in: .whitespaces)
        // A command that takes nothing is not run with text after it: `:undo (21 days)` meant
        // something else, and running it took back a second record (issue 17).
        if command.takesNothing, !argument.isEmpty {
            console.problem(SessionCommand.trailingText(command, argument))
            return false
        }
        // Inside an action point or a concern, a command that moves the day would lose what is typed.
        if let item = entryNames.last, [.goto, .skip, .undo, .edit].contains(command) {
            console.problem(":\(command.rawValue) is not available while this \(item) is typed: finish it, or :back to its first field and :back again to leave it unsaved")
            return false
        }
        switch command {
        case .help:
            for command in SessionCommand.allCases + [nil] {
                SessionCommand.helpLines(command?.usage ?? "?                   guidance for this question", width: console.width).forEach { console.say($0) }
            }
            return false
        case .quit:
            leaving = true
            return true
        case .editor:
            console.problem(":editor is for a free-text answer: use it at such a question")
            return false
        case .draft:
            recallDraft(reader: &reader, console: console)
            return false
        case .summary:
            DaySummary.lines(plan).forEach { console.say("  " + $0) }
            return false
        case .show:
            if let ref = current?.ref, let audit = day.caseAudit(ref) {
                var one = day
                one.cases = [audit]
                console.say(DayRecord.markdown(one).components(separatedBy: "\n## Case ").dropFirst().joined())
            } else {
                console.say(DayRecord.markdown(day))
            }
            return false
        case .returns:
            guard let ref = current?.ref, let audit = day.caseAudit(ref) else {
                console.problem(":returns is for a case: :goto one first")
                return false
            }
            showReturns(audit)
            return false
        case .cases:
            let plan = self.plan
            for (index, audit) in day.cases.enumerated() {
                let steps = plan.caseSteps(audit)
                let done = steps.filter(plan.isDone).count
                let missing = plan.missingRequired(audit).count
                console.say("  \(index + 1). \(audit.ref)  \(done) of \(steps.count) done" + (missing > 0 ? ", \(missing) required missing" : "")
                    + (plan.isComplete(audit) ? ", complete" : ""))
            }
            return false
        case .sections:
            showSections()
            return false
        case .goto:
            return goTo(argument)
        case .back:
            // Inside a command's own question, :back leaves the command; the room stays where it was.
            if inCommandPrompt { return true }
            if !entryNames.isEmpty {
                entryBack = true  // askField goes to the item's field before
                return true
            }
            return back()
        case .skip:
            return try skip()
        case .undo:
            return try undo()
        case .edit:
            return try edit(argument)
        case .withdraw:
            guard returnAgency == nil else {
                console.problem("action points and concerns are the room's: the facilitator withdraws them")
                return false
            }
            try withdraw(argument)
            return false
        case .concern:
            guard let ref = current?.ref ?? (argument.isEmpty ? nil : argument), day.caseAudit(ref) != nil else {
                console.problem("give the case: :concern CASE")
                return false
            }
            try raiseConcern(ref: ref)
            return false
        case .name:
            try registerName(argument)
            return false
        case .star:
            try star(argument)
            return false
        case .recommend:
            try recommend()
            return false
        case .ack:
            try acknowledge(argument)
            return false
        }
    }

    /// `:ack C1 [ROLE]`: a concern, by its short id (C1) or its whole one,
    /// acknowledged by ROLE; without ROLE, who acknowledged it is asked.
    func acknowledge(_ argument: String) throws {
        let parts = argument.split(separator: " ", maxSplits: 1).map(String.init)
        let open = plan.unacknowledgedConcerns.map { shortID($0.concern.id) }
        let usage = open.isEmpty ? "no concern raised today is waiting to be acknowledged"
            : "give the concern: :ack \(open[0]) (or :ack \(open[0]) ROLE); waiting: \(open.joined(separator: ", "))"
        guard let typed = parts.first else {
            console.problem(usage)
            return
        }
        let concerns = day.cases.flatMap(\.concerns)
        guard let concern = concerns.first(where: { $0.id.lowercased() == typed.lowercased() || shortID($0.id).lowercased() == typed.lowercased() }) else {
            if day.cases.flatMap(\.withdrawnConcerns).contains(where: { $0.id.lowercased() == typed.lowercased() || shortID($0.id).lowercased() == typed.lowercased() }) {
                console.problem("concern \(typed) was withdrawn: it needs no acknowledgement")
            } else {
                console.problem("there is no concern '\(typed)' today; \(usage)")
            }
            return
        }
        let role = parts.count == 2 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
        if !role.isEmpty, let problem = AcknowledgingRole.problem(role) {
            console.problem(problem + "; nothing was saved")
            return
        }
        if let acknowledged = concern.acknowledgement {
            guard !role.isEmpty else {
                console.note("\(shortID(concern.id)) was acknowledged already, by \(acknowledged.by). To correct it: :ack \(shortID(concern.id)) ROLE, or :edit concern \(shortID(concern.id)) acknowledged-by.")
                return
            }
            guard role != acknowledged.by else {
                console.note("\(shortID(concern.id)) was acknowledged already, by \(acknowledged.by).")
                return
            }
            guard let replace = try confirm("\(shortID(concern.id)) was acknowledged already, by \(acknowledged.by): replace that with \(role)? (y/n) [n] ",
                                            default: false) else { return }
            guard replace else {
                console.note("Kept: \(shortID(concern.id)) acknowledged by \(acknowledged.by).")
                return
            }
            try saveAcknowledgement(concern.id, by: role, replacing: acknowledged)
            return
        }
        guard !role.isEmpty else {
            try askAcknowledgement(concern.id)
            return
        }
        try saveAcknowledgement(concern.id, by: role, replacing: nil)
    }

    /// Each agency's return for a case: its answers, then its grades; then who has not returned.
    func showReturns(_ audit: CaseAudit) {
        let day = self.day
        let returned = AgencyReturns.returned(audit, template: template, day: day)
        for agency in returned {
            console.heading("  \(agencyName(agency))")
            for question in template.section(.agencyReturn)?.questions ?? [] {
                if let value = audit.answer(question.id, agency: agency) { console.say("    \(question.prompt) \(summary(value, question))") }
            }
            for question in template.section(.gradedDomains)?.questions ?? [] {
                if case let .grade(level, rationale)? = audit.answer(question.id, agency: agency) {
                    console.say("    \(question.id): \(template.scale.level(level)?.label ?? level). \(rationale)")
                }
            }
        }
        if returned.isEmpty { console.note("No agency has returned for \(audit.ref) yet.") }
        let missing = AgencyReturns.missing(audit, template: template, day: day)
        if !missing.isEmpty { console.note("No return yet from: \(missing.map(agencyName).joined(separator: ", "))") }
        let notInvolved = AgencyReturns.notInvolved(audit, day: day)
        if !notInvolved.isEmpty { console.note("Not involved, by their own return: \(notInvolved.map(agencyName).joined(separator: ", "))") }
    }

    /// `:goto CASE` or `:goto SECTION [AGENCY]` (``DayPlan/gotoTarget(_:currentRef:)``);
    /// the day goes on from there, then back to what is left of the case.
    func goTo(_ argument: String) -> Bool {
        let plan = self.plan
        // The case selection itself, to add a case the room forgot; then back where the room was.
        if returnAgency == nil, ["cases", "case selection", "selection"].contains(argument.lowercased().trimmed(.whitespaces)) {
            if current != .cases { returnTo = current.flatMap { $0.ref == nil ? nil : $0 } }
            current = .cases
            return true
        }
        switch plan.gotoTarget(argument, currentRef: current?.ref) {
        case let .failure(problem):
            console.problem(problem.message)
            return false
        case let .success(target):
            guard let step = target.step(in: plan) else { return false }
            if let chosen = target.chosen { console.note("→ \(chosen)") }
            // Already there: asked again, never passed over as if answered.
            if step == current {
                console.note("→ this is \(describe(step)) already")
                return false
            }
            current = step
            returnTo = nil
            return true
        }
    }

    /// `:sections`: the current case's sections, numbered for `:goto`, with how far each has got.
    func showSections() {
        let plan = self.plan
        guard let ref = current?.ref, let audit = day.caseAudit(ref) else {
            console.problem(":sections is for a case: :goto one first (:cases lists them)")
            return
        }
        let here = current.flatMap(plan.sectionIndex)
        console.say("  Sections of \(ref) (:goto NUMBER or name):")
        for (number, section) in plan.sections(of: audit).enumerated() {
            var state = section.state.rawValue
            if section.state == .partly {
                state += " (\(section.steps.filter(plan.isDone).count) of \(section.steps.count))"
            }
            // Only what the room skipped is "skipped"; a question not reached yet is counted in "N of M".
            if section.skippedRequired > 0 {
                state += ", \(section.skippedRequired) required skipped"
            }
            let agencies = Set(section.steps.compactMap { step -> String? in if case let .question(_, _, _, agency) = step { agency } else { nil } })
            if agencies.count > 1 || (agencies.count == 1 && template.sections[section.templateIndex].perAgency) {
                let each = plan.agencies(for: audit).filter(agencies.contains).map { agency in
                    let own = section.steps.filter { if case let .question(_, _, _, owner) = $0 { owner == agency } else { false } }
                    return "\(agencyName(agency)) \(plan.state(of: own, audit: audit).rawValue)"
                }
                state += ": " + each.joined(separator: ", ")
            }
            let mark = section.templateIndex == here ? "▸" : " "
            console.say("  \(mark)\(String(format: "%2d", number + 1)). \(section.title) (\(section.id)): \(state)")
        }
        if plan.isComplete(audit) { console.note("\(ref) is complete.") }
    }

    func back() -> Bool {
        let steps = plan.steps
        guard let current, let index = steps.firstIndex(of: current), index > 0 else {
            console.problem("there is no question before this one")
            return false
        }
        var target = index - 1
        // Before the first case is the case selection (to add a case or mend a reason); the agencies are not asked again.
        while target > 0, steps[target] == .agencies { target -= 1 }
        returnTo = returnTo ?? current
        self.current = steps[target]
        return true
    }

    func skip() throws -> Bool {
        guard let step = current else { return false }
        switch step {
        case let .question(ref, section, question, agency):
            let asked = template.sections[section].questions[question]
            let key = AnswerKey(ref: ref, question: asked.id, agency: agency)
            // An answer already saved (reached by :edit or :goto) is cleared, not left standing behind a skip:
            // an optional one by a correction to no answer, its old value kept; a required one cannot be.
            if let saved = day.caseAudit(ref)?.answers[key]?.value {
                guard !asked.required else {
                    console.problem("a required answer cannot be cleared: type the right one (Enter keeps it as it is)")
                    return false
                }
                guard try record(.answerCorrected(AnswerCorrected(key: key, old: saved, new: nil)), confirm: "cleared (the old answer stays in the day's journal)") != nil else { return false }
                // Passed over as Enter at an optional question is, so the room is not asked it again.
                _ = try journal.append(.answerSkipped(AnswerSkipped(key: key)), author: author)
            } else {
                try record(.answerSkipped(AnswerSkipped(key: key)), confirm: "skipped: :cases shows what is left")
            }
        case let .grade(ref, question):
            guard let domain = plan.gradeQuestion(question)?.id else { return false }
            try record(.answerSkipped(AnswerSkipped(key: AnswerKey(ref: ref, question: domain))), confirm: "skipped: :cases shows what is left")
        case .actions, .concerns, .auditors:
            try record(.stepFinished(StepFinished(step: step.finishedName!)), confirm: "skipped")
        default:
            console.problem("this step cannot be skipped")
            return false
        }
        advanceAfterCommand(from: step)
        return true
    }

    /// `:star`: the last answer this session gave (or `QUESTION [AGENCY]`
    /// of this case) marked as an example the board paper may quote. Only a
    /// free-text answer can be quoted.
    func star(_ argument: String) throws {
        var key: AnswerKey?
        if argument.isEmpty {
            for record in journal.records.reversed() {
                if case let .answerGiven(given) = record.event { key = given.key; break }
                if case let .answerCorrected(corrected) = record.event, corrected.new != nil { key = corrected.key; break }
            }
        } else if let ref = current?.ref {
            let parts = argument.split(separator: " ").map(String.init)
            key = AnswerKey(ref: ref, question: parts[0], agency: parts.count > 1 ? parts[1] : nil)
        }
        guard let key, let value = day.caseAudit(key.ref)?.answers[key]?.value else {
            console.problem(argument.isEmpty ? "there is no answer to star yet: answer, then :star" : "this case has no answer to '\(argument)': :star QUESTION [AGENCY]")
            return
        }
        guard case let .text(text) = value, !text.isEmpty else {
            console.problem("only a written answer can be quoted: \(key.question) is not one")
            return
        }
        if day.caseAudit(key.ref)?.starred.contains(key) == true {
            console.say("  already starred: \(key.question)")
            return
        }
        _ = try record(.answerStarred(AnswerStarred(key: key)), confirm: "starred: \(key.question)\(key.agency.map { " (\(agencyName($0)))" } ?? "") of \(key.ref), an example the report may quote")
    }

    func editAnswer(_ argument: String) -> Bool {
        let parts = argument.split(separator: " ").map(String.init)
        guard let ref = current?.ref else {
            console.problem(":edit changes what is saved for the case being audited: :goto a case first")
            return false
        }
        guard let questionID = parts.first,
              var step = plan.step(for: AnswerKey(ref: ref, question: questionID, agency: parts.count > 1 ? parts[1] : nil)) else {
            console.problem("give something of this case to change: :edit QUESTION [AGENCY], :edit grade DOMAIN, :edit action A3 [FIELD], :edit concern C1 [FIELD], :edit tags QUESTION [AGENCY] or :edit case (tab completes)")
            return false
        }
        if case let .question(_, section, question, nil) = step, template.sections[section].perAgency {
            step = .question(ref: ref, section: section, question: question, agency: plan.agencies(for: day.caseAudit(ref)!).first)
        }
        guard plan.steps.contains(step) else {
            if returnAgency == nil, template.section(.agencyReturn)?.questions.contains(where: { $0.id == questionID }) == true {
                console.problem("\(questionID) is part of an agency's own return: the agency changes it with maca enter; the room's view goes in the case's own questions")
            } else {
                console.problem("\(argument) is not asked for this case")
            }
            return false
        }
        returnTo = returnTo ?? current
        current = step
        return true
    }

    private func advanceAfterCommand(from step: DayStep) {
        let plan = self.plan
        if let target = returnTo, !plan.isDone(target) {
            returnTo = nil
            current = plan.steps.contains(target) ? target : plan.nextStep(from: target)
            return
        }
        returnTo = nil
        current = plan.nextStep(from: step)
        confirmLeavingCase(step, plan: self.plan)
    }
}
