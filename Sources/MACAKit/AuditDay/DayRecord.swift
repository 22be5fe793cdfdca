import Foundation

/// The readable record of one audit day, in Markdown, from the fold.
///
/// Questions are worded as in the template the day was recorded against
/// (embedded in its journal), so an old day reads as it was asked. Every
/// text from the journal or the template leaves through the Markdown exit
/// (`MarkdownText`, here `md`), before the record's own markup is added.
public enum DayRecord {
    public static func markdown(_ day: AuditDay) -> String {
        let template = day.template.flatMap { try? TemplateLoader.parse($0.source, file: "template \($0.id)") }
        var out = "# Audit day: \(md(template?.title ?? day.template?.id ?? "unknown theme")), \(md(day.date ?? "undated"))\n\n"
        out += "- Area: \(md(day.area ?? "not recorded"))\n"
        out += "- Facilitator: \(md(day.facilitator ?? "not recorded"))\n"
        if let stamp = day.template {
            out += "- Template: \(md(stamp.id)) version \(stamp.version) (sha256 \(md(String(stamp.sha256.prefix(12)))))\n"
        }
        out += "- Status: \(day.isClosed ? "closed" : "open")"
        if let last = day.lastActivity { out += ", last answer at \(md(last))" }
        out += "\n"
        out += "- Agencies attending: \(day.agencies.isEmpty ? "none recorded" : md(day.agencies.map(\.name).joined(separator: ", ")))\n"
        if !day.auditors.isEmpty {
            out += "- Auditors: \(md(day.auditors.map { "\($0.name) (\(day.agencyName($0.agency)))" }.joined(separator: ", ")))\n"
        }
        out += "- Cases: \(day.cases.count)\n"

        for audit in day.cases {
            out += "\n## Case \(md(audit.ref))\n\n"
            out += "Selected because: \(md(audit.reasonSelected))\n"
            if let template {
                for section in template.sections {
                    out += render(section, of: audit, day: day, template: template)
                }
            } else {
                out += renderWithoutTemplate(audit, day: day)
            }
        }
        if !day.notes.isEmpty {
            out += "\n## Notes on the journals\n\n"
            out += day.notes.map { "- \(md($0.description))\n" }.joined()
        }
        return out
    }

    private static func render(_ section: Section, of audit: CaseAudit, day: AuditDay, template: AuditTemplate) -> String {
        var body = ""
        switch section.kind {
        case .gradedDomains:
            let rows = section.questions.compactMap { question -> String? in
                let agreed = audit.agreedGrades[question.id]
                let own = AgencyReturns.grades(audit, domain: question.id, day: day)
                guard agreed != nil || !own.isEmpty else { return nil }
                var cell = agreed.map { template.scale.level($0.level)?.label ?? $0.level } ?? "not agreed"
                // The levels it had before, each once where it changed: a grade taken back with :undo
                // and agreed again at the same level is no change ("Good (changed from Good)").
                if let agreed {
                    let changes = (agreed.previousLevels + [agreed.level]).reduce(into: [String]()) { if $0.last != $1 { $0.append($1) } }.dropLast()
                    if !changes.isEmpty {
                        cell += " (changed from \(changes.map { template.scale.level($0)?.label ?? $0 }.joined(separator: ", then ")))"
                    }
                }
                let agencies = own.map { grade in
                    let label = template.scale.level(grade.level)?.label ?? grade.level
                    let differs = agreed.map { $0.level != grade.level } ?? false
                    // Each agency's own rationale stands beside its grade.
                    let because = grade.rationale.isEmpty ? "" : " — \(grade.rationale)"
                    return "\(agencyName(grade.agency, day: day, template: template)): \(label)\(differs ? " (differs)" : "")\(because)"
                }
                let cells = [question.prompt, cell, agreed?.rationale ?? "", agencies.joined(separator: "; ")].map(MarkdownText.cell)
                return "| " + cells.joined(separator: " | ") + " |\n"
            }
            if !rows.isEmpty {
                body = "| Domain | Agreed grade | Rationale | Agencies' own grades and rationales |\n|---|---|---|---|\n" + rows.joined()
            }
        case .actionPoints:
            body = audit.actions.map { action in
                "- Action \(md(action.id))\n" + fields(action.fields, revisions: action.revisions, of: section, day: day, template: template)
            }.joined()
            body += audit.withdrawnActions.map { action in
                "- Action \(md(action.id)), WITHDRAWN\(withdrawn(action.withdrawal))\n"
                    + fields(action.fields, revisions: action.revisions, of: section, day: day, template: template)
            }.joined()
        case .immediateConcerns:
            body = audit.concerns.map { concern in
                let status = concern.acknowledgement.map { "acknowledged by \(md($0.by))" + ($0.previous.map { " (corrected; was \(md($0)))" } ?? "") } ?? "NOT YET ACKNOWLEDGED"
                return "- Concern \(md(concern.id)), \(status)\n" + fields(concern.fields, revisions: concern.revisions, of: section, day: day, template: template)
            }.joined()
            body += audit.withdrawnConcerns.map { concern in
                "- Concern \(md(concern.id)), WITHDRAWN\(withdrawn(concern.withdrawal))\n"
                    + fields(concern.fields, revisions: concern.revisions, of: section, day: day, template: template)
            }.joined()
        default:
            let perAgency = section.perAgency || section.kind == .agencyReturn
            let agencies: [String?] = perAgency ? agenciesAnswered(section, audit: audit, day: day) : [nil]
            for agency in agencies {
                var lines = ""
                for question in section.questions {
                    let key = AnswerKey(ref: audit.ref, question: question.id, agency: agency)
                    guard let answer = audit.answers[key], let value = answer.value else { continue }
                    lines += "- \(question.prompt.asLabel) \(md(display(value, question: question, day: day, template: template)).continuedInList)"
                    // What it was before, passing over a moment with no answer (taken back with :undo, then typed
                    // again): "was: no answer" hid the answer it replaced. Typed again the same, it is no correction.
                    if let earlier = answer.history.last(where: { $0.value != nil }) ?? answer.history.last, earlier.value != answer.value {
                        let was = earlier.value.map { md(display($0, question: question, day: day, template: template)) } ?? "no answer"
                        lines += " _(corrected by \(md(answer.author)); was: \(was))_"
                    } else if let source = answer.fromReturn {
                        lines += " _(from \(md(agencyName(source, day: day, template: template)))'s return)_"
                    }
                    lines += "\n"
                }
                if lines.isEmpty { continue }
                if let agency { body += "\n#### \(md(agencyName(agency, day: day, template: template)))\n\n" }
                body += lines
            }
            if section.kind == .agencyReturn {
                let missing = AgencyReturns.missing(audit, template: template, day: day)
                if !missing.isEmpty {
                    body += "\nNo return from: \(md(missing.map { agencyName($0, day: day, template: template) }.joined(separator: ", ")))\n"
                }
                let notInvolved = AgencyReturns.notInvolved(audit, day: day)
                if !notInvolved.isEmpty {
                    body += "\nNot involved, by their own return: \(md(notInvolved.map { agencyName($0, day: day, template: template) }.joined(separator: ", ")))\n"
                }
            }
        }
        guard !body.isEmpty else { return "" }
        return "\n### \(md(section.title))\n\n" + body.drop { $0 == "\n" }
    }

    /// An action's or a concern's fields, as a nested list in the template's
    /// order; a corrected field says what it was before.
    private static func fields(
        _ fields: [String: AnswerValue], revisions: [EntryRevision], of section: Section, day: AuditDay, template: AuditTemplate
    ) -> String {
        section.questions.compactMap { question in
            let earlier = revisions.last { $0.field == question.id }
            guard fields[question.id] != nil || earlier != nil else { return nil }
            var line = "  - \(question.prompt.asLabel) "
            line += fields[question.id].map { md(display($0, question: question, day: day, template: template)).continuedInList.continuedInList } ?? "no answer"
            if let earlier {
                let was = earlier.value.map { md(display($0, question: question, day: day, template: template)).continuedInList.continuedInList } ?? "no answer"
                line += " _(corrected by \(md(earlier.author)); was: \(was))_"
            }
            return line + "\n"
        }.joined()
    }

    /// Why and by whom an action or a concern was withdrawn.
    private static func withdrawn(_ withdrawal: Withdrawal?) -> String {
        guard let withdrawal else { return "" }
        return " by \(md(withdrawal.author)): \(md(withdrawal.reason).continuedInList)"
    }

    /// The agencies with answers in a per-agency section: those attending first, in order.
    private static func agenciesAnswered(_ section: Section, audit: CaseAudit, day: AuditDay) -> [String?] {
        let questionIDs = Set(section.questions.map(\.id))
        let answered = Set(audit.answers.keys.filter { questionIDs.contains($0.question) }.compactMap(\.agency))
        let attending = day.agencies.map(\.id).filter(answered.contains)
        return (attending + answered.subtracting(attending).sorted()).map(Optional.some)
    }

    private static func renderWithoutTemplate(_ audit: CaseAudit, day: AuditDay) -> String {
        var out = "\n"
        for key in audit.answers.keys.sorted() {
            guard let value = audit.answers[key]?.value else { continue }
            let agency = key.agency.map { " (\(md(day.agencyName($0))))" } ?? ""
            out += "- \(md(key.question))\(agency): \(md(value.summary).continuedInList)\n"
        }
        for (domain, grade) in audit.agreedGrades.sorted(by: { $0.key < $1.key }) {
            out += "- grade \(md(domain)): \(md(grade.level)): \(md(grade.rationale).continuedInList)\n"
        }
        return out
    }

    /// An agency's name: as attending, else as the template names it.
    static func agencyName(_ id: String, day: AuditDay, template: AuditTemplate) -> String {
        day.agencyName(id, template: template)
    }

    /// An answer with choice ids, grade levels and agencies given their labels.
    static func display(_ value: AnswerValue, question: Question, day: AuditDay, template: AuditTemplate) -> String {
        func label(_ id: String) -> String {
            if question.type == .agency { return agencyName(id, day: day, template: template) }
            // An agency added on the day is a choice of "agencies involved" the template does not list.
            return question.choice(id)?.label ?? agencyName(id, day: day, template: template)
        }
        switch value {
        case let .choice(id): return label(id)
        case let .choices(ids): return ids.map(label).joined(separator: ", ")
        case let .grade(level, rationale): return "\(template.scale.level(level)?.label ?? level). \(rationale)"
        case let .yesPartlyNo(answer, evidence):
            let word = answer.rawValue.prefix(1).uppercased() + answer.rawValue.dropFirst()
            return evidence.isEmpty ? word : "\(word). \(evidence)"
        default: return value.summary
        }
    }
}

/// Text from the journal or the template, escaped for Markdown.
private func md(_ text: String) -> String {
    MarkdownText.escaped(text)
}

extension String {
    /// A question's prompt, escaped, in bold, ready to be followed by its answer.
    var asLabel: String {
        let prompt = MarkdownText.escaped(replacingNewlines())
        guard let last = last, !"?:.".contains(last) else { return "**\(prompt)**" }
        return "**\(prompt):**"
    }

    /// A multi-line answer kept inside its Markdown list item.
    var continuedInList: String {
        replacingEvery("\n", with: "\n  ")
    }
}

extension DayRecord {
    /// Writes a closed day's `record.md` again when it is missing (a crash
    /// between the close and the record, or a deleted file). True when it
    /// was written. A day that does not verify is left alone.
    @discardableResult
    public static func restoreIfMissing(folder: String, verification given: DayVerification? = nil, signer: RecordSigner? = nil, witness: SealWitness? = nil) throws -> Bool {
        let path = "\(folder)/record.md"
        guard !FileManager.default.fileExists(atPath: path) else { return false }
        let verification = try given ?? DayVerification.check(folder: folder, signer: signer, witness: witness)
        guard !verification.isDamaged else { return false }
        let day = DayFold.fold(verification.journals)
        guard day.isClosed else { return false }
        try OwnerOnlyFiles.writeAtomically(Data(markdown(day).utf8), to: path)
        return true
    }
}

