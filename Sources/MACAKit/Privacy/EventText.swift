/// The free text each event stores: what the identifier guard reads before
/// an event is written, and what a report's pre-flight reads again.
///
/// Every stored string of every event is either listed here as free text or
/// named in ``notFreeText`` with why (an id, a date, a hash, the attendee's
/// own name). The switch is exhaustive, so a new event cannot compile
/// without a decision, and `EventTextTests` walks every event's fields by
/// reflection, so a new field cannot pass its test without one either.
public enum EventText {
    /// One piece of free text in an event: the field's name, as people read
    /// it, and its text.
    public struct Field: Sendable, Equatable {
        public var name: String
        public var text: String

        public init(name: String, text: String) {
            self.name = name
            self.text = text
        }
    }

    /// The field name of a case's reference.
    public static let caseReference = "case reference"

    /// Every piece of free text `event` stores, in a stable order.
    public static func fields(_ event: Event) -> [Field] {
        var fields: [Field] = []
        _ = mapping(event) { name, text in
            fields.append(Field(name: name, text: text))
            return text
        }
        return fields
    }

    /// `event` with each piece of its free text passed through `change`
    /// (given the field's name and text); every other member as it was.
    public static func mapping(_ event: Event, _ change: (String, String) -> String) -> Event {
        switch event {
        case var .dayOpened(opened):
            opened.area = change("partnership or area", opened.area)
            return .dayOpened(opened)
        case var .agencyAttending(attending):
            attending.agency.name = change("agency name", attending.agency.name)
            return .agencyAttending(attending)
        case var .caseAdded(added):
            added.ref = change(caseReference, added.ref)
            added.reason = change("reason the case was chosen", added.reason)
            return .caseAdded(added)
        case var .answerGiven(given):
            given.value = given.value.mappingFreeText { change("answer to \(given.key.question)", $0) }
            return .answerGiven(given)
        case var .answerCorrected(corrected):
            // The old value was checked when it was written; the new one is checked now.
            corrected.new = corrected.new?.mappingFreeText { change("answer to \(corrected.key.question)", $0) }
            return .answerCorrected(corrected)
        case var .gradeAgreed(agreed):
            agreed.rationale = change("\(agreed.domain) rationale", agreed.rationale)
            return .gradeAgreed(agreed)
        case var .actionAdded(entry):
            entry.fields = mappingFields(entry.fields, "action point") { change($0, $1) }
            return .actionAdded(entry)
        case var .concernRaised(entry):
            entry.fields = mappingFields(entry.fields, "immediate concern") { change($0, $1) }
            return .concernRaised(entry)
        case var .concernAcknowledged(acknowledged):
            acknowledged.by = change("who acknowledged the concern", acknowledged.by)
            acknowledged.note = change("acknowledgement note", acknowledged.note)
            return .concernAcknowledged(acknowledged)
        case var .identifierChoice(choice):
            choice.reason = choice.reason.map { change("reason for keeping an identifier", $0) }
            return .identifierChoice(choice)
        case var .actionUpdated(update):
            update.evidence = change("evidence of progress", update.evidence)
            return .actionUpdated(update)
        case var .findingsShared(shared):
            shared.sharedWith = change("who the findings were shared with", shared.sharedWith)
            return .findingsShared(shared)
        case var .recordRedacted(redacted):
            redacted.reason = change("reason for the redaction", redacted.reason)
            return .recordRedacted(redacted)
        case var .dayReopened(reopened):
            reopened.reason = change("reason the day was reopened", reopened.reason)
            return .dayReopened(reopened)
        case var .recommendationMade(made):
            made.text = change("recommendation", made.text)
            made.owner = change("recommendation's owner", made.owner)
            made.measure = change("recommendation's measure of success", made.measure)
            made.resources = change("recommendation's resources", made.resources)
            return .recommendationMade(made)
        case var .recommendationUpdated(update):
            update.evidence = change("evidence of progress on a recommendation", update.evidence)
            return .recommendationUpdated(update)
        case var .actionCorrected(corrected):
            // The old value was checked when it was written; the new one is checked now.
            corrected.new = corrected.new?.mappingFreeText { change("action point (\(corrected.field))", $0) }
            return .actionCorrected(corrected)
        case var .concernCorrected(corrected):
            corrected.new = corrected.new?.mappingFreeText { change("immediate concern (\(corrected.field))", $0) }
            return .concernCorrected(corrected)
        case var .actionWithdrawn(withdrawn):
            withdrawn.reason = change("reason the action point was withdrawn", withdrawn.reason)
            return .actionWithdrawn(withdrawn)
        case var .concernWithdrawn(withdrawn):
            withdrawn.reason = change("reason the concern was withdrawn", withdrawn.reason)
            return .concernWithdrawn(withdrawn)
        case var .caseCorrected(corrected):
            corrected.reason = change("reason the case was chosen", corrected.reason)
            return .caseCorrected(corrected)
        case .recordUndone, .answerStarred, .agencyNotInvolved, .writerJoined, .auditorAdded, .answerSkipped, .gradeWithdrawn, .stepFinished, .nameRegistered,
             .dayClosed, .sealWitnessed, .dayDeleted, .unrecognised:
            return event
        }
    }

    private static func mappingFields(
        _ fields: [String: AnswerValue], _ what: String, _ change: (String, String) -> String
    ) -> [String: AnswerValue] {
        var out = fields
        for key in fields.keys.sorted() {
            out[key] = fields[key]?.mappingFreeText { change("\(what) (\(key))", $0) }
        }
        return out
    }

    /// The parts of an answer that are not free text, each with why: every
    /// other string in an ``AnswerValue`` (text, evidence, rationale, tags) is.
    public static let notFreeTextInAnswers: [String: String] = [
        "choice": "a choice id from the template", "choices": "choice ids from the template",
        "date": "a checked yyyy-mm-dd date", "grade.level": "a grade id from the template's scale",
    ]

    /// The stored strings that are not free text, by event type, each with
    /// why. Anything an event stores is here or in ``mapping(_:_:)``.
    public static let notFreeText: [String: [String: String]] = [
        "day-opened": [
            "day": "the day's generated id", "date": "a checked yyyy-mm-dd date",
            "template": "the partnership's template, written by the partnership, not about a case",
            "facilitator": "the facilitator's own name or role: the attendee, recorded by design",
        ],
        "writer-joined": ["name": "the auditor's own name or role: the attendee", "agency": "a checked agency id"],
        "agency-attending": ["agency.id": "a checked agency id"],
        "auditor-added": ["name": "the auditor's own name or role: the attendee", "agency": "a checked agency id"],
        "answer-given": ["key": "the case reference (guarded when the case is added), question and agency ids", "fromReturn": "the id of the agency whose return it was taken from"],
        "agency-not-involved": ["ref": "the case reference, guarded when the case is added", "agency": "a checked agency id"],
        "answer-corrected": ["key": "as answer-given", "old": "the value being replaced, guarded when it was written"],
        "answer-skipped": ["key": "as answer-given"],
        "answer-starred": ["key": "as answer-given"],
        "grade-agreed": ["ref": "the case reference", "domain": "a template id", "level": "a grade id", "previous": "a grade id"],
        "grade-withdrawn": ["ref": "the case reference", "domain": "a template id", "previous": "a grade id"],
        "action-added": ["ref": "the case reference", "id": "a generated action id"],
        "concern-raised": ["ref": "the case reference", "id": "a generated concern id"],
        "concern-acknowledged": ["id": "a generated concern id", "previous": "who acknowledged it before this correction, guarded when it was written"],
        "step-finished": ["step": "a step id"],
        "action-corrected": [
            "ref": "the case reference", "id": "a generated action id", "field": "a template question id",
            "old": "the value being replaced, guarded when it was written",
        ],
        "concern-corrected": [
            "ref": "the case reference", "id": "a generated concern id", "field": "a template question id",
            "old": "the value being replaced, guarded when it was written",
        ],
        "action-withdrawn": ["ref": "the case reference", "id": "a generated action id"],
        "concern-withdrawn": ["ref": "the case reference", "id": "a generated concern id"],
        "case-corrected": ["ref": "the case reference", "previous": "the reason being replaced, guarded when it was written"],
        "record-undone": ["hash": "a record's hash", "undone": "an event type"],
        "identifier-choice": ["key": "as answer-given", "kinds": "kinds of identifier, never the identifier"],
        "name-registered": [
            "ref": "the case reference", "role": "one word: child, parent, practitioner…", "hashes": "keyed hashes, never the name",
            "key": "the name key's fingerprint, never the key",
            "sealed": "the registry's sealed, padded role and keyed hashes, never the name",
        ],
        "action-updated": ["id": "an action id", "status": "a status id", "by": "the reporter's own name or role"],
        "recommendation-made": [
            "id": "a generated recommendation id", "theme": "a template id", "due": "a checked yyyy-mm-dd date",
            "status": "a RAG status id", "by": "the maker's own name or role",
        ],
        "recommendation-updated": ["id": "a recommendation id", "status": "a RAG status id", "by": "the reporter's own name or role"],
        "findings-shared": ["day": "the day's generated id"],
        "day-closed": ["journals": "file names, counts and hashes"],
        "record-redacted": [
            "file": "a journal's file name, made of checked ids", "hash": "a hash", "bodyHash": "a hash",
            "removedTextHash": "a hash of the removed text, never the text",
        ],
        "seal-witnessed": ["day": "the day's generated id", "folder": "the day's folder name, made of checked ids", "closing": "a count", "hash": "a hash"],
        // Written by maca from the day and the config, never typed about a case.
        "day-deleted": [
            "day": "the day's generated id", "folder": "the day's folder or archive name, made by maca from the date and template id",
            "date": "a checked yyyy-mm-dd date", "template": "a template id", "reason": "a reason id (past-retention)",
            "keepUntil": "a yyyy-mm-dd date maca works out", "condition": "a condition id (verified, damaged, not-opened)",
            "by": "the deleter's own name or role",
        ],
    ]
}
