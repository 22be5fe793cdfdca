import MACAKit

/// An agency's own return offered to the room at that agency's per-agency
/// sections: first the whole section at once, else question by question
/// with the return as each question's default. Which return question
/// feeds which question is the template's `from-return`.
extension FacilitatorSession {
    /// What the facilitator said to the offer of a section's return.
    enum ReturnOffer {
        /// Nothing offered, or the facilitator chose to go question by question.
        case none
        /// The return's answers were recorded for the section.
        case taken
        /// Text that was no answer to the offer: the current question's answer.
        case typed(String)
        /// A command or the end of input: the step is left as it is.
        case left
    }

    /// The section's questions that an agency's return would answer now:
    /// those with a `from-return` still unanswered, with what was returned.
    func returnedAnswers(_ section: Section, ref: String, agency: String) -> [(question: Question, value: AnswerValue)] {
        guard let audit = day.caseAudit(ref) else { return [] }
        return section.questions.compactMap { question in
            guard audit.answers[AnswerKey(ref: ref, question: question.id, agency: agency)]?.value == nil,
                  let value = AgencyReturns.returnedAnswer(for: question, agency: agency, in: audit) else { return nil }
            return (question, value)
        }
    }

    /// Prints what the agency returned for a section and offers to take it
    /// as it stands: one prompt for the section. Offered once a section and
    /// agency; asked again after a command such as `:returns`.
    func offerReturn(ref: String, section sectionIndex: Int, question questionIndex: Int, agency: String, step: DayStep) throws -> ReturnOffer {
        let section = template.sections[sectionIndex]
        let offerKey = "\(ref)\u{0}\(section.id)\u{0}\(agency)"
        guard !offeredReturns.contains(offerKey) else { return .none }
        let returned = returnedAnswers(section, ref: ref, agency: agency)
        guard !returned.isEmpty else { return .none }
        let name = agencyName(agency)
        console.marker(marker(step))
        if let guidance = section.guidance { console.note(guidance.replacingOccurrences(of: "\n", with: " ")) }
        console.say("  From \(name)'s return:")
        for (question, value) in returned {
            console.say("    \(question.prompt) \(summary(value, question))")
        }
        let prompt = "Take \(name)'s return for \(section.title) as it stands? (yes, or edit to go question by question) [yes] "
        while true {
            guard case let .text(typed) = try read(prompt, guidance: section.guidance) else { return .left }
            switch typed.trimmed(.whitespaces).lowercased() {
            case "", "y", "yes":
                offeredReturns.insert(offerKey)
                try takeReturn(returned, ref: ref, agency: agency)
                try passOverUnreturned(section, ref: ref, agency: agency)
                return .taken
            case "e", "edit", "n", "no":
                offeredReturns.insert(offerKey)
                return .none
            default:
                if let problem = offerProblem(typed, question: section.questions[questionIndex]) {
                    // A slip for yes, no or edit, or too short to be the question's answer:
                    // refused and asked again, the return still offered and nothing saved.
                    console.problem(problem)
                    reader.offerRefused(typed)
                    continue
                }
                offeredReturns.insert(offerKey)
                // Words that answer no offer are kept: they answer the question in hand.
                console.note("Taken as the answer to the question in hand; the return is offered at each question.")
                return .typed(typed)
            }
        }
    }

    /// Why a line typed at the offer of a return is neither an answer to the
    /// offer nor to the question in hand, or nil when it is that question's
    /// answer: a slip for yes, no or edit (``YesNo/slip(_:for:)``), or free
    /// text too short to be a finding (the rule every text question uses).
    func offerProblem(_ typed: String, question: Question) -> String? {
        let shown = typed.trimmed(.whitespacesAndNewlines)
        let quoted = shown.count > 40 ? "that" : "'\(shown)'"
        let choices = "answer yes (or Enter) to take the return, edit to go question by question, or type the room's own answer in full; nothing was saved"
        if let meant = YesNo.slip(shown) {
            return "\(quoted) looks like a slip for \(meant), not an answer: \(choices)"
        }
        if [.shortText, .longText].contains(question.type), case let .failure(problem) = AnswerParser.parse(shown, for: question, context: context) {
            return "\(problem.message), or answer yes (or Enter) to take the return, or edit to go question by question; nothing was saved"
        }
        return nil
    }

    /// Taking a return as it stands takes the whole section in that one
    /// prompt: its optional questions the return left empty are passed over,
    /// recorded as skipped just as Enter at each would record them, and the
    /// room is told how to answer one after all. A required question the
    /// return did not answer is still asked.
    func passOverUnreturned(_ section: Section, ref: String, agency: String) throws {
        guard let audit = day.caseAudit(ref) else { return }
        let keys = section.questions.filter { !$0.required }.map { AnswerKey(ref: ref, question: $0.id, agency: agency) }
            .filter { audit.answers[$0]?.value == nil && !audit.skipped.contains($0) }
        guard !keys.isEmpty else { return }
        for key in keys {
            try record(.answerSkipped(AnswerSkipped(key: key)), confirm: "passed over \(key.question): not in \(agencyName(agency))'s return")
        }
        console.note("To answer \(keys.count == 1 ? "it" : "one") after all: :edit \(keys[0].question) \(agency)")
    }

    /// Records each returned answer as the room's own, through the identifier guard, with its provenance.
    func takeReturn(_ returned: [(question: Question, value: AnswerValue)], ref: String, agency: String) throws {
        for (question, value) in returned {
            try saveFromReturn(value, for: AnswerKey(ref: ref, question: question.id, agency: agency))
        }
    }

    func saveFromReturn(_ value: AnswerValue, for key: AnswerKey) throws {
        guard let agency = key.agency else { return }
        try record(
            .answerGiven(AnswerGiven(key: key, value: value, fromReturn: agency)),
            confirm: "saved \(key.question) (from \(agencyName(agency))'s return)"
        )
    }
}
