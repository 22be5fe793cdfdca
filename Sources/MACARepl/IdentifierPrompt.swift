import MACAKit

/// The identifier guard at the keyboard: every event the REPL writes is
/// read by it first, whatever the step (an answer, a case's reason, an
/// action point, a grade's rationale, an acknowledgement, an agency named
/// by the room). When it finds something, the facilitator chooses with one
/// key; anything else asks again, and leaving the prompt (`:skip`, `:quit`,
/// the end of input) saves nothing.
extension FacilitatorSession {
    enum IdentifierAction {
        case edit, replace, keep
    }

    /// `event` as it may be saved: unchanged when nothing is found; edited,
    /// with placeholders, or kept with a reason when something is; nil
    /// when nothing is to be saved. The choice is journaled, without the
    /// identifier.
    /// Without `canKeep` (text that goes straight to the board, such as a
    /// recommendation), keep is not offered: edit or replace.
    func guardedEvent(_ event: Event, canKeep: Bool = true) throws -> Event? {
        let guardian = IdentifierGuard(for: day, privacy: privacy)
        var event = event
        while true {
            // Scanned once: replacing uses these findings rather than scanning again.
            let scanned = guardian.scanned(event)
            let findings = scanned.findings
            guard !findings.isEmpty else { return event }
            let kinds = findings.map(\.finding.kind).reduce(into: [IdentifierFinding.Kind]()) { if !$0.contains($1) { $0.append($1) } }
            let fields = findings.map(\.field).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            console.warn("This looks like it holds \(kinds.map(\.described).joined(separator: ", ")) (in the \(fields.map(fieldLabel).joined(separator: ", "))). Session files and reports must not identify a child.")
            // A reference keys the case everywhere: it cannot be replaced by a placeholder, or kept.
            if fields.contains(EventText.caseReference) {
                console.problem("a case is added by the case system's reference, never by an identifier; nothing was saved")
                return nil
            }
            let placeholders = findings.map(\.finding.placeholder).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            guard let action = try askIdentifierAction(placeholder: placeholders.joined(separator: ", "), canKeep: canKeep) else {
                console.note("Nothing of it was saved.")
                return nil
            }
            let key = IdentifierChoice.key(for: event)
            switch action {
            case .replace:
                try journal.append(.identifierChoice(IdentifierChoice(key: key, kinds: kinds.map(\.rawValue), replaced: true)), author: author)
                return scanned.redacted
            case .keep:
                guard let reason = try askKeepReason(guardian) else {
                    console.note("Nothing of it was saved.")
                    return nil
                }
                try journal.append(.identifierChoice(IdentifierChoice(key: key, kinds: kinds.map(\.rawValue), replaced: false, reason: reason)), author: author)
                console.note("Kept deliberately; the report will refuse it unless written with --redact.")
                return event
            case .edit:
                var edited = event
                for field in fields {
                    // The text is put back on the line to mend, not typed again whole (issue 17).
                    let held = EventText.fields(edited).first { $0.name == field && !guardian.scan($0.text).isEmpty }?.text
                    if let held {
                        if reader.isInteractive {
                            console.note("It is on the line: the arrow keys move in it to take the identifier out (a letter typed first starts afresh; Up brings it back).")
                            reader.offerAgain(held)
                        } else {
                            console.note("Not a terminal, so it cannot be put back on the line to edit: type it again, without the identifier.")
                        }
                    }
                    guard case let .text(typed) = try read("The \(fieldLabel(field)), again, without it: ") else {
                        console.note("Nothing of it was saved.")
                        return nil
                    }
                    let text = typed.trimmed(.whitespaces)
                    // Only the pieces of the field that held something are replaced.
                    edited = EventText.mapping(edited) { name, old in name == field && !guardian.scan(old).isEmpty ? text : old }
                }
                event = edited
            }
        }
    }

    /// A field as the room knows it: an answer by its question's words
    /// (shortened), not the template's id (`answer to life-for-child`).
    func fieldLabel(_ field: String) -> String {
        let prefix = "answer to "
        guard field.hasPrefix(prefix), let question = template.question(String(field.dropFirst(prefix.count))) else { return field }
        var words = question.prompt.trimmed(.whitespaces)
        if let end = words.firstIndex(of: "?") { words = String(words[...end]) }
        if let end = words.firstIndex(where: { ":(".contains($0) }) { words = String(words[..<end]).trimmed(.whitespaces) }
        if words.count > 48 {
            let cut = words.prefix(48)
            words = String(cut[..<(cut.lastIndex(of: " ") ?? cut.endIndex)]) + "…"
        }
        return words.isEmpty ? field : "answer to '\(words)'"
    }

    /// One key: e, r or k (k only when it may be kept). Anything else asks again; a command or the end of input chooses nothing.
    func askIdentifierAction(placeholder: String, canKeep: Bool = true) throws -> IdentifierAction? {
        while true {
            let asked = canKeep
                ? "(e)dit it, (r)eplace it with \(placeholder), or (k)eep it with a reason? "
                : "(e)dit it, or (r)eplace it with \(placeholder)? "
            guard case let .text(typed) = try read(asked) else { return nil }
            switch typed.trimmed(.whitespaces).lowercased() {
            case "e": return .edit
            case "r": return .replace
            case "k" where canKeep: return .keep
            case "k": console.problem("this goes to the board as it is, so an identifier cannot be kept in it: type e to edit it, or r to replace it with \(placeholder)")
            default:
                console.problem(canKeep
                    ? "type e to edit it, r to replace it with a placeholder, or k to keep it and say why"
                    : "type e to edit it, or r to replace it with \(placeholder)")
            }
        }
    }

    /// Why an identifier is kept: required, and itself free of identifiers.
    func askKeepReason(_ guardian: IdentifierGuard) throws -> String? {
        while true {
            guard case let .text(typed) = try read("Why must it be kept? ") else { return nil }
            let reason = typed.trimmed(.whitespaces)
            if reason.isEmpty {
                console.problem("say why it must be kept (the reason is journaled, and the report will still refuse it)")
            } else if !guardian.scan(reason).isEmpty {
                console.problem("the reason itself looks like it holds an identifier; say why without it")
            } else {
                return reason
            }
        }
    }
}
