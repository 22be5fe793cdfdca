/// The identifier guard over whole events: every piece of free text an event
/// stores (``EventText``) is read before the event is written, whichever
/// command writes it.
extension IdentifierGuard {
    /// A likely identifier in one field of an event.
    public struct EventFinding: Sendable, Equatable {
        /// The field, as people read it ("evidence of progress").
        public var field: String
        public var finding: IdentifierFinding

        public var message: String { "\(field): looks like it holds \(finding.kind.described)" }
    }

    /// Every likely identifier in `event`'s free text.
    public func scan(_ event: Event) -> [EventFinding] {
        EventText.fields(event).flatMap { field in
            scan(field.text).map { EventFinding(field: field.name, finding: $0) }
        }
    }

    /// `event` with every likely identifier in its free text replaced by its placeholder.
    public func redact(_ event: Event) -> Event {
        EventText.mapping(event) { _, text in redact(text).text }
    }

    /// One scan of an event: what `scan(event)` finds, and the event as
    /// `redact(event)` gives it, made from those findings without scanning
    /// its text a second time (issue 18: a second scan was a fifth of the
    /// guard's time for a long answer that was replaced).
    public struct ScannedEvent: Sendable {
        public let event: Event
        /// The findings of each piece of free text, in ``EventText``'s order.
        let fieldFindings: [[IdentifierFinding]]
        /// What `scan(event)` gives.
        public let findings: [EventFinding]

        /// What `redact(event)` gives: each piece of free text with its own findings replaced.
        public var redacted: Event {
            guard !findings.isEmpty else { return event }
            var index = 0
            return EventText.mapping(event) { _, text in
                defer { index += 1 }
                return IdentifierGuard.replacing(fieldFindings[index], in: text)
            }
        }
    }

    /// `event`'s free text scanned once, for both its findings and its redacted form.
    public func scanned(_ event: Event) -> ScannedEvent {
        let fields = EventText.fields(event)
        let fieldFindings = fields.map { scan($0.text) }
        let findings = zip(fields, fieldFindings).flatMap { field, found in found.map { EventFinding(field: field.name, finding: $0) } }
        return ScannedEvent(event: event, fieldFindings: fieldFindings, findings: findings)
    }

    /// The check a command that is not at a keyboard makes: an event whose
    /// free text holds a likely identifier is refused (nothing is written),
    /// or with `redact` each one is replaced by its placeholder; the
    /// findings are returned, so the command can say what it replaced.
    public func checked(_ event: Event, redact: Bool, origin: String) throws(IdentifiersFound) -> (event: Event, replaced: [EventFinding]) {
        let scanned = scanned(event)
        guard !scanned.findings.isEmpty else { return (event, []) }
        guard redact else { throw IdentifiersFound(origin: origin, findings: scanned.findings) }
        return (scanned.redacted, scanned.findings)
    }
}

extension IdentifierGuard {
    /// The check of a person's own name or role given with a command
    /// (`--by`): a name is expected there, but a number, an address or a
    /// date is not, and the name becomes part of a file's name.
    public func checkedPersonName(_ name: String, field: String, origin: String) throws(IdentifiersFound) {
        // A person's own name is expected here, but never a name registered as a child's, a parent's…
        let findings = scan(name).filter { $0.kind != .name || $0.isRegisteredName }.map { EventFinding(field: field, finding: $0) }
        if !findings.isEmpty { throw IdentifiersFound(origin: origin, findings: findings, canRedact: false) }
    }
}

/// Text refused because it looks like it identifies someone: nothing was saved.
public struct IdentifiersFound: UserFacingError, Equatable {
    /// What was being written: a command, a file.
    public var origin: String
    public var findings: [IdentifierGuard.EventFinding]
    /// Whether --redact would have replaced it (not for a person's own name).
    public var canRedact = true

    public var exitStatus: ExitStatus { .data }

    public var description: String {
        // Each finding once: a registered name of two parts is one name to the person reading.
        let lines = findings.map { "\(origin): \($0.message)" }.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        return (lines
            + [canRedact
                ? "\(origin): nothing was saved: remove the identifier, or give --redact to replace it with a placeholder such as \(findings[0].finding.placeholder)"
                : "\(origin): nothing was saved: say who with a role (preferred) or your own name, never a registered name or another identifier"])
            .joined(separator: "\n")
    }
}

extension IdentifierChoice {
    /// Where a choice about an event's identifiers is journaled: an
    /// answer's own key, else the case and the event's type.
    public static func key(for event: Event) -> AnswerKey {
        switch event {
        case let .answerGiven(given): given.key
        case let .answerCorrected(corrected): corrected.key
        case let .caseAdded(added): AnswerKey(ref: added.ref, question: event.type)
        case let .gradeAgreed(agreed): AnswerKey(ref: agreed.ref, question: agreed.domain)
        case let .actionAdded(entry), let .concernRaised(entry): AnswerKey(ref: entry.ref, question: event.type)
        case let .actionCorrected(corrected), let .concernCorrected(corrected): AnswerKey(ref: corrected.ref, question: event.type)
        case let .actionWithdrawn(withdrawn), let .concernWithdrawn(withdrawn): AnswerKey(ref: withdrawn.ref, question: event.type)
        case let .caseCorrected(corrected): AnswerKey(ref: corrected.ref, question: event.type)
        default: AnswerKey(ref: "", question: event.type)
        }
    }
}
