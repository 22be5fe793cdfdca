/// What happened on an audit day, as one journal record says it. Events are
/// only ever appended: a correction is a new event carrying the old value.
public enum Event: Sendable, Equatable {
    case dayOpened(DayOpened)
    /// The first record of a writer's file other than the facilitator's.
    case writerJoined(WriterJoined)
    case agencyAttending(AgencyAttending)
    case auditorAdded(AuditorAdded)
    case caseAdded(CaseAdded)
    case answerGiven(AnswerGiven)
    case answerCorrected(AnswerCorrected)
    /// The facilitator passed over a question; the day moves on and can come back.
    case answerSkipped(AnswerSkipped)
    case gradeAgreed(GradeAgreed)
    /// A grade taken back with `:undo`; the domain is ungraded again.
    case gradeWithdrawn(GradeWithdrawn)
    case actionAdded(CaseEntry)
    case concernRaised(CaseEntry)
    case concernAcknowledged(ConcernAcknowledged)
    /// A step that collects a list (agencies, auditors, cases, action points) was finished.
    case stepFinished(StepFinished)
    /// What the facilitator chose when an answer looked like it held an identifier.
    case identifierChoice(IdentifierChoice)
    /// A name to block in this day's free text, kept only as salted hashes.
    case nameRegistered(NameRegistered)
    /// Progress on an action point, in an actions journal.
    case actionUpdated(ActionUpdated)
    /// Where a day's findings were shared, for the register of audits.
    case findingsShared(FindingsShared)
    case dayClosed(DayClosed)
    /// The facilitator opened a closed day again, with the reason.
    case dayReopened(DayReopened)
    /// A day's seal, witnessed outside the sessions folder (``SealWitness``).
    case sealWitnessed(SealWitnessed)
    /// A record's free text removed from its journal (`maca redact`).
    case recordRedacted(RecordRedacted)
    /// A day removed from the sessions folder, in the register's journal:
    /// the record that the audit happened outlives the day (``DayRetention``).
    case dayDeleted(DayDeleted)
    /// An answer the facilitator starred as an example worth quoting.
    case answerStarred(AnswerStarred)
    /// An agency's auditor said the agency had no part in a case (`maca enter`).
    case agencyNotInvolved(AgencyNotInvolved)
    /// A partnership recommendation, in the tracker's journals.
    case recommendationMade(RecommendationMade)
    case recommendationUpdated(RecommendationUpdated)
    /// One field of an action point changed (`:edit action`), with its old value.
    case actionCorrected(EntryCorrected)
    /// One field of an immediate concern changed (`:edit concern`), with its old value.
    case concernCorrected(EntryCorrected)
    /// An action point withdrawn (`:withdraw action`, or `:undo` of its adding), with why.
    case actionWithdrawn(EntryWithdrawn)
    /// An immediate concern withdrawn (`:withdraw concern`, or `:undo` of its raising), with why.
    case concernWithdrawn(EntryWithdrawn)
    /// The reason a case was selected, changed (`:edit case reason`), with the old reason.
    case caseCorrected(CaseCorrected)
    /// A record of the same journal taken back with `:undo`: the fold passes over it.
    case recordUndone(RecordUndone)
    /// An event written by a newer maca: kept in the file, passed over by the fold.
    case unrecognised(type: String)

    public var type: String {
        switch self {
        case .dayOpened: "day-opened"
        case .writerJoined: "writer-joined"
        case .agencyAttending: "agency-attending"
        case .auditorAdded: "auditor-added"
        case .caseAdded: "case-added"
        case .answerGiven: "answer-given"
        case .answerCorrected: "answer-corrected"
        case .answerSkipped: "answer-skipped"
        case .gradeAgreed: "grade-agreed"
        case .gradeWithdrawn: "grade-withdrawn"
        case .actionAdded: "action-added"
        case .concernRaised: "concern-raised"
        case .concernAcknowledged: "concern-acknowledged"
        case .stepFinished: "step-finished"
        case .identifierChoice: "identifier-choice"
        case .nameRegistered: "name-registered"
        case .actionUpdated: "action-updated"
        case .findingsShared: "findings-shared"
        case .dayClosed: "day-closed"
        case .dayReopened: "day-reopened"
        case .sealWitnessed: "seal-witnessed"
        case .recordRedacted: "record-redacted"
        case .dayDeleted: "day-deleted"
        case .answerStarred: "answer-starred"
        case .agencyNotInvolved: "agency-not-involved"
        case .recommendationMade: "recommendation-made"
        case .recommendationUpdated: "recommendation-updated"
        case .actionCorrected: "action-corrected"
        case .concernCorrected: "concern-corrected"
        case .actionWithdrawn: "action-withdrawn"
        case .concernWithdrawn: "concern-withdrawn"
        case .caseCorrected: "case-corrected"
        case .recordUndone: "record-undone"
        case let .unrecognised(type): type
        }
    }
}

/// The template a day was recorded against, with its full text, so the day
/// reads the same after the template's next version ships.
public struct TemplateStamp: Sendable, Equatable, Codable {
    public var id: String
    public var version: Int
    /// SHA-256 of `source`, in hex.
    public var sha256: String
    public var source: String

    public init(id: String, version: Int, sha256: String, source: String) {
        self.id = id
        self.version = version
        self.sha256 = sha256
        self.source = source
    }

    public init(_ template: AuditTemplate) {
        self.init(id: template.id, version: template.version, sha256: SHA256Hex.of(template.source), source: template.source)
    }
}

public struct DayOpened: Sendable, Equatable, Codable {
    /// The day's identity: the same day copied into two folders is still one day.
    public var day: String
    public var template: TemplateStamp
    /// The audit date, `yyyy-mm-dd`.
    public var date: String
    public var area: String
    public var facilitator: String

    public init(day: String, template: TemplateStamp, date: String, area: String, facilitator: String) {
        self.day = day
        self.template = template
        self.date = date
        self.area = area
        self.facilitator = facilitator
    }
}

public struct WriterJoined: Sendable, Equatable, Codable {
    public var name: String
    public var agency: String?

    public init(name: String, agency: String?) {
        self.name = name
        self.agency = agency
    }
}

public struct AgencyAttending: Sendable, Equatable, Codable {
    public var agency: Agency

    public init(agency: Agency) { self.agency = agency }
}

public struct AuditorAdded: Sendable, Equatable, Codable {
    public var name: String
    public var agency: String

    public init(name: String, agency: String) {
        self.name = name
        self.agency = agency
    }
}

public struct CaseAdded: Sendable, Equatable, Codable {
    /// The case system's reference. There is no field for a child's name.
    public var ref: String
    public var reason: String

    public init(ref: String, reason: String) {
        self.ref = ref
        self.reason = reason
    }
}

/// Where an answer belongs: a question of a case, and for per-agency
/// sections the agency it is about.
public struct AnswerKey: Sendable, Hashable, Codable, Comparable {
    public var ref: String
    public var question: String
    public var agency: String?

    public init(ref: String, question: String, agency: String? = nil) {
        self.ref = ref
        self.question = question
        self.agency = agency
    }

    /// By case, question, then agency, with no agency first and before an
    /// empty one: a total order consistent with `==`, so a sorted list or
    /// `AnswerTable` never takes two keys for one.
    public static func < (lhs: AnswerKey, rhs: AnswerKey) -> Bool {
        (lhs.ref, lhs.question, lhs.agency == nil ? 0 : 1, lhs.agency ?? "") < (rhs.ref, rhs.question, rhs.agency == nil ? 0 : 1, rhs.agency ?? "")
    }
}

public struct AnswerGiven: Sendable, Equatable, Codable {
    public var key: AnswerKey
    public var value: AnswerValue
    /// The agency whose own return the room took this answer from, if it
    /// did; absent in answers typed in the room and in older records.
    public var fromReturn: String?

    public init(key: AnswerKey, value: AnswerValue, fromReturn: String? = nil) {
        self.key = key
        self.value = value
        self.fromReturn = fromReturn
    }
}

/// An agency had no part in a case: its auditor is asked nothing more about
/// it, and it is not counted as a return still owed.
public struct AgencyNotInvolved: Sendable, Equatable, Codable {
    public var ref: String
    public var agency: String

    public init(ref: String, agency: String) {
        self.ref = ref
        self.agency = agency
    }
}

public struct AnswerCorrected: Sendable, Equatable, Codable {
    public var key: AnswerKey
    public var old: AnswerValue?
    public var new: AnswerValue?

    public init(key: AnswerKey, old: AnswerValue?, new: AnswerValue?) {
        self.key = key
        self.old = old
        self.new = new
    }
}

public struct AnswerSkipped: Sendable, Equatable, Codable {
    public var key: AnswerKey

    public init(key: AnswerKey) { self.key = key }
}

public struct GradeWithdrawn: Sendable, Equatable, Codable {
    public var ref: String
    public var domain: String
    public var previous: String

    public init(ref: String, domain: String, previous: String) {
        self.ref = ref
        self.domain = domain
        self.previous = previous
    }
}

/// A step is named like `agencies`, `auditors`, `cases`, or `actions:REF`.
public struct StepFinished: Sendable, Equatable, Codable {
    public var step: String

    public init(step: String) { self.step = step }
}

/// An answer that looked like it held an identifier: which kinds were found
/// (never the identifier itself), and whether they were replaced by
/// placeholders or kept deliberately.
public struct IdentifierChoice: Sendable, Equatable, Codable {
    public var key: AnswerKey
    public var kinds: [String]
    public var replaced: Bool
    /// Why it was kept, when it was (checked by the guard in its turn).
    public var reason: String?

    public init(key: AnswerKey, kinds: [String], replaced: Bool, reason: String? = nil) {
        self.key = key
        self.kinds = kinds
        self.replaced = replaced
        self.reason = reason
    }
}

/// A name (a child's, a parent's, a practitioner's) registered so the guard
/// blocks it in free text. The journal never holds the name: only a hash of
/// each part of it, and the role its placeholder shows. `keyed` records hold
/// the HMAC-SHA256 of each part under the partnership's name key
/// (``NameKey``): in a day's journal, of the day's id, a NUL and the part;
/// in the partnership's registry, of the part alone. `key` is the key's
/// fingerprint. Records without `keyed`, written before names were keyed,
/// hold the SHA-256 of the day's id, a NUL and the part.
public struct NameRegistered: Sendable, Equatable, Codable {
    public var ref: String?
    public var role: String
    public var hashes: [String]
    /// True when `hashes` are keyed; absent in older records.
    public var keyed: Bool?
    /// The fingerprint of the key that made keyed `hashes`.
    public var key: String?
    /// In the partnership's registry only: the role and the keyed hashes,
    /// sealed (ChaCha20-Poly1305 under a key derived from the partnership
    /// key) and padded to a fixed size, with `role` empty and `hashes` none,
    /// so that a record says neither how many parts a name has, nor its
    /// role, nor whether it was registered before (issue 15).
    public var sealed: String?

    public init(ref: String?, role: String, hashes: [String], keyed: Bool? = nil, key: String? = nil, sealed: String? = nil) {
        self.ref = ref
        self.role = role
        self.hashes = hashes
        self.keyed = keyed
        self.key = key
        self.sealed = sealed
    }

    /// The day-salted hash older records hold, for reading them.
    public static func hash(_ word: String, day: String) -> String {
        SHA256Hex.of("\(day)\u{0}\(word.lowercased())")
    }

    /// Registers a name on a day under the partnership's name key.
    public static func registering(_ name: String, role: String, ref: String?, key: NameKey, day: String) -> NameRegistered {
        NameRegistered(ref: ref, role: role, hashes: hashedForms(of: name).map { key.hash($0, day: day) }, keyed: true, key: key.fingerprint)
    }

    /// Registers a name for the partnership's registry: keyed, with no day and no case.
    public static func registeringForPartnership(_ name: String, role: String, key: NameKey) -> NameRegistered {
        NameRegistered(ref: nil, role: role, hashes: hashedForms(of: name).map { key.hash($0) }, keyed: true, key: key.fingerprint)
    }

    /// Registers a name as maca did before names were keyed, salted with the day's id:
    /// for tests that read older journals, and to show what the key prevents.
    public static func registering(_ name: String, role: String, ref: String?, day: String) -> NameRegistered {
        NameRegistered(ref: ref, role: role, hashes: hashedForms(of: name).map { hash($0, day: day) })
    }

    /// The parts of a name that are hashed: each of two letters or more. A
    /// hyphenated part is hashed whole ("Amelia-Rose"), so that "rose" alone
    /// is not blocked; a possessive ending is not part of a name.
    public static func parts(of name: String) -> [String] {
        var parts: [String] = []
        for piece in normalised(name).split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "-" }) {
            var part = Substring(piece)
            while let first = part.first, first == "-" || first == "'" { part = part.dropFirst() }
            while let last = part.last, last == "-" || last == "'" { part = part.dropLast() }
            if part.count > 3 && part.hasSuffix("'s") { part = part.dropLast(2) }
            if part.count >= 2 { parts.append(String(part).lowercased()) }
        }
        return parts
    }

    /// What is hashed for a name: each of its parts, and each part folded
    /// (``folded(_:)``) where that differs, so that "Wiśniewska" registered
    /// is found written "Wisniewska", and "O'Neill" written "ONeill" (issue 15).
    public static func hashedForms(of name: String) -> [String] {
        var forms: [String] = []
        for part in parts(of: name) {
            if !forms.contains(part) { forms.append(part) }
            let plain = folded(part)
            if plain.count >= 2, !forms.contains(plain) { forms.append(plain) }
        }
        return forms
    }

    /// A name part as it is compared when written without its marks: lower
    /// case, diacritics removed ("ś" as "s", "ł" as "l", "ß" as "ss") and
    /// apostrophes dropped ("o'neill" as "oneill"). The text's word is folded
    /// the same way before it is looked up, so either side may lack them.
    public static func folded(_ word: String) -> String {
        let lower = word.lowercased()
        guard lower.utf8.contains(where: { $0 >= 0x80 || $0 == 0x27 }) else { return lower }
        var out = ""
        for character in lower.folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil) {
            switch character {
            case "'", "’", "ʼ", "`", "´": continue
            case "ł": out += "l"
            case "ø": out += "o"
            case "đ", "ð": out += "d"
            case "ß": out += "ss"
            case "æ": out += "ae"
            case "œ": out += "oe"
            case "ı": out += "i"
            case "þ": out += "th"
            default: out.append(character)
            }
        }
        return out
    }

    /// A word as it is hashed: a curly apostrophe straightened, a Unicode hyphen made ASCII.
    public static func normalised(_ word: String) -> String {
        word.replacingOccurrences(of: "’", with: "'").replacingOccurrences(of: "\u{2010}", with: "-")
    }
}

/// An answer starred with `:star` in the room: an example the board paper
/// may quote (after the guard, and never attributed to a case where fewer
/// cases than the threshold share what would attribute it).
public struct AnswerStarred: Sendable, Equatable, Codable {
    public var key: AnswerKey

    public init(key: AnswerKey) {
        self.key = key
    }
}

/// A day's findings shared with a board, a sub-group or an agency.
public struct FindingsShared: Sendable, Equatable, Codable {
    /// The day's id.
    public var day: String
    public var sharedWith: String

    public init(day: String, sharedWith: String) {
        self.day = day
        self.sharedWith = sharedWith
    }
}

/// The grade the room agreed for a domain after moderation.
public struct GradeAgreed: Sendable, Equatable, Codable {
    public var ref: String
    public var domain: String
    public var level: String
    public var rationale: String
    /// The grade this one replaces, when the room changed its mind.
    public var previous: String?

    public init(ref: String, domain: String, level: String, rationale: String, previous: String? = nil) {
        self.ref = ref
        self.domain = domain
        self.level = level
        self.rationale = rationale
        self.previous = previous
    }
}

/// An entry of a repeating section: a SMART action point, or an immediate
/// concern. Its fields answer that section's questions, by question id.
public struct CaseEntry: Sendable, Equatable, Codable {
    public var ref: String
    /// Stable and readable, e.g. `neglect-2026-10-14-A1`.
    public var id: String
    public var fields: [String: AnswerValue]

    public init(ref: String, id: String, fields: [String: AnswerValue]) {
        self.ref = ref
        self.id = id
        self.fields = fields
    }
}

/// One field of an action point or a concern changed after it was saved:
/// the field (a question id of its section), the value it replaces, and
/// the new one (absent when an optional field was cleared).
public struct EntryCorrected: Sendable, Equatable, Codable {
    public var ref: String
    public var id: String
    public var field: String
    public var old: AnswerValue?
    public var new: AnswerValue?

    public init(ref: String, id: String, field: String, old: AnswerValue?, new: AnswerValue?) {
        self.ref = ref
        self.id = id
        self.field = field
        self.old = old
        self.new = new
    }
}

/// An action point or a concern withdrawn, with why. Its fields stay in the
/// record that added it (never rewritten), and the fold keeps it as withdrawn.
public struct EntryWithdrawn: Sendable, Equatable, Codable {
    public var ref: String
    public var id: String
    public var reason: String

    public init(ref: String, id: String, reason: String) {
        self.ref = ref
        self.id = id
        self.reason = reason
    }
}

/// The reason a case was selected, given again, with the reason it replaces.
public struct CaseCorrected: Sendable, Equatable, Codable {
    public var ref: String
    public var reason: String
    public var previous: String

    public init(ref: String, reason: String, previous: String) {
        self.ref = ref
        self.reason = reason
        self.previous = previous
    }
}

/// A record taken back with `:undo` where no other event says it: a skip,
/// a step finished, a star, an acknowledgement, a withdrawal… It names a
/// record of the same journal by sequence number and hash (and its type,
/// for a reader), and the fold passes over that record as if it had not
/// been written. The record itself stays in the journal.
public struct RecordUndone: Sendable, Equatable, Codable {
    public var sequence: Int
    public var hash: String
    /// The undone record's event type, e.g. `step-finished`.
    public var undone: String

    public init(sequence: Int, hash: String, undone: String) {
        self.sequence = sequence
        self.hash = hash
        self.undone = undone
    }
}

public struct ConcernAcknowledged: Sendable, Equatable, Codable {
    public var id: String
    public var by: String
    public var note: String
    /// Set when this record corrects an earlier acknowledgement: who that
    /// one named, kept as every correction keeps the old value. Absent
    /// (and not written) on a first acknowledgement.
    public var previous: String?

    public init(id: String, by: String, note: String, previous: String? = nil) {
        self.id = id
        self.by = by
        self.note = note
        self.previous = previous
    }
}

/// The day's close, and its seal: every journal in the day folder at that
/// moment, with how many records it held and the hash of its last. The
/// closing record is itself chained, so the facilitator's journal seals the
/// others. Days closed before seals existed have none.
public struct DayClosed: Sendable, Equatable, Codable {
    public var journals: [SealedJournal]?

    public init(journals: [SealedJournal]? = nil) {
        self.journals = journals
    }
}

/// One journal as a day's seal found it.
public struct SealedJournal: Sendable, Equatable, Codable {
    /// The file's name in the day folder, e.g. `auditor-police-a-khan.jsonl`.
    public var file: String
    public var records: Int
    /// The hash of its last record then.
    public var head: String

    public init(file: String, records: Int, head: String) {
        self.file = file
        self.records = records
        self.head = head
    }
}

public struct DayReopened: Sendable, Equatable, Codable {
    public var reason: String

    public init(reason: String) {
        self.reason = reason
    }
}

/// Where a day was sealed: its id, its folder's name, and the closing
/// record's place and hash in the facilitator's journal.
public struct SealWitnessed: Sendable, Equatable, Codable {
    public var day: String
    public var folder: String
    /// The closing record's sequence number in the facilitator's journal.
    public var closing: Int
    public var hash: String

    public init(day: String, folder: String, closing: Int, hash: String) {
        self.day = day
        self.folder = folder
        self.closing = closing
        self.hash = hash
    }
}

/// One record's free text removed from its journal: which record (its
/// journal's file name and sequence number, and its hash, which the
/// redacted copy keeps), the SHA-256 of the redacted copy's line up to its
/// hash (so the copy is exactly what this record vouches for), the SHA-256
/// of the text removed (so it can be shown to have been that text, without
/// keeping it), and why.
public struct RecordRedacted: Sendable, Equatable, Codable {
    public var file: String
    public var sequence: Int
    public var hash: String
    public var bodyHash: String
    /// HMAC of the removed text under the partnership key; nil without one.
    public var removedTextHash: String?
    public var reason: String

    public init(file: String, sequence: Int, hash: String, bodyHash: String, removedTextHash: String?, reason: String) {
        self.file = file
        self.sequence = sequence
        self.hash = hash
        self.bodyHash = bodyHash
        self.removedTextHash = removedTextHash
        self.reason = reason
    }
}

/// A day deleted from the sessions folder: what the register keeps of it
/// once its journals are gone. Written to the register's journal in
/// `sessions/actions/` before the day's files are removed.
public struct DayDeleted: Sendable, Equatable, Codable {
    /// The day's id; nil for an archive no identity here could open.
    public var day: String?
    /// Its name in the sessions folder: the folder, or the archive (`….age`).
    public var folder: String
    /// Whether it was an archived day (an age file) rather than a folder.
    public var archived: Bool
    /// The audit date, yyyy-mm-dd: the day's own, or from its name when it could not be read.
    public var date: String
    /// The template's id; nil when the day could not be read.
    public var template: String?
    /// How many cases it audited; nil when the day could not be read.
    public var cases: Int?
    /// Why it was deleted: `past-retention`.
    public var reason: String
    /// The partnership's retention period then, and the date it gave the day.
    public var retentionMonths: Int
    public var keepUntil: String
    /// What was known of the day when it was deleted: `verified`, `damaged`
    /// (deleted all the same), or `not-opened` (an archive no identity here opens).
    public var condition: String
    /// Who deleted it (`--by`).
    public var by: String

    public static let pastRetention = "past-retention"
    /// The conditions a day can be deleted in.
    public static let verified = "verified", damaged = "damaged", notOpened = "not-opened"

    public init(
        day: String?, folder: String, archived: Bool, date: String, template: String?, cases: Int?,
        reason: String = DayDeleted.pastRetention, retentionMonths: Int, keepUntil: String, condition: String, by: String
    ) {
        self.day = day
        self.folder = folder
        self.archived = archived
        self.date = date
        self.template = template
        self.cases = cases
        self.reason = reason
        self.retentionMonths = retentionMonths
        self.keepUntil = keepUntil
        self.condition = condition
        self.by = by
    }
}

extension Event: Codable {
    private enum TypeKey: String, CodingKey { case type }

    public init(from decoder: any Decoder) throws {
        let type = try decoder.container(keyedBy: TypeKey.self).decode(String.self, forKey: .type)
        switch type {
        case "day-opened": self = .dayOpened(try DayOpened(from: decoder))
        case "writer-joined": self = .writerJoined(try WriterJoined(from: decoder))
        case "agency-attending": self = .agencyAttending(try AgencyAttending(from: decoder))
        case "auditor-added": self = .auditorAdded(try AuditorAdded(from: decoder))
        case "case-added": self = .caseAdded(try CaseAdded(from: decoder))
        case "answer-given": self = .answerGiven(try AnswerGiven(from: decoder))
        case "answer-corrected": self = .answerCorrected(try AnswerCorrected(from: decoder))
        case "answer-skipped": self = .answerSkipped(try AnswerSkipped(from: decoder))
        case "grade-agreed": self = .gradeAgreed(try GradeAgreed(from: decoder))
        case "grade-withdrawn": self = .gradeWithdrawn(try GradeWithdrawn(from: decoder))
        case "step-finished": self = .stepFinished(try StepFinished(from: decoder))
        case "identifier-choice": self = .identifierChoice(try IdentifierChoice(from: decoder))
        case "name-registered": self = .nameRegistered(try NameRegistered(from: decoder))
        case "action-updated": self = .actionUpdated(try ActionUpdated(from: decoder))
        case "findings-shared": self = .findingsShared(try FindingsShared(from: decoder))
        case "action-added": self = .actionAdded(try CaseEntry(from: decoder))
        case "concern-raised": self = .concernRaised(try CaseEntry(from: decoder))
        case "concern-acknowledged": self = .concernAcknowledged(try ConcernAcknowledged(from: decoder))
        case "day-closed": self = .dayClosed(try DayClosed(from: decoder))
        case "day-reopened": self = .dayReopened(try DayReopened(from: decoder))
        case "seal-witnessed": self = .sealWitnessed(try SealWitnessed(from: decoder))
        case "record-redacted": self = .recordRedacted(try RecordRedacted(from: decoder))
        case "day-deleted": self = .dayDeleted(try DayDeleted(from: decoder))
        case "answer-starred": self = .answerStarred(try AnswerStarred(from: decoder))
        case "agency-not-involved": self = .agencyNotInvolved(try AgencyNotInvolved(from: decoder))
        case "recommendation-made": self = .recommendationMade(try RecommendationMade(from: decoder))
        case "recommendation-updated": self = .recommendationUpdated(try RecommendationUpdated(from: decoder))
        case "action-corrected": self = .actionCorrected(try EntryCorrected(from: decoder))
        case "concern-corrected": self = .concernCorrected(try EntryCorrected(from: decoder))
        case "action-withdrawn": self = .actionWithdrawn(try EntryWithdrawn(from: decoder))
        case "concern-withdrawn": self = .concernWithdrawn(try EntryWithdrawn(from: decoder))
        case "case-corrected": self = .caseCorrected(try CaseCorrected(from: decoder))
        case "record-undone": self = .recordUndone(try RecordUndone(from: decoder))
        default: self = .unrecognised(type: type)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: TypeKey.self)
        try container.encode(type, forKey: .type)
        switch self {
        case let .dayOpened(payload): try payload.encode(to: encoder)
        case let .writerJoined(payload): try payload.encode(to: encoder)
        case let .agencyAttending(payload): try payload.encode(to: encoder)
        case let .auditorAdded(payload): try payload.encode(to: encoder)
        case let .caseAdded(payload): try payload.encode(to: encoder)
        case let .answerGiven(payload): try payload.encode(to: encoder)
        case let .answerCorrected(payload): try payload.encode(to: encoder)
        case let .answerSkipped(payload): try payload.encode(to: encoder)
        case let .gradeAgreed(payload): try payload.encode(to: encoder)
        case let .gradeWithdrawn(payload): try payload.encode(to: encoder)
        case let .stepFinished(payload): try payload.encode(to: encoder)
        case let .identifierChoice(payload): try payload.encode(to: encoder)
        case let .nameRegistered(payload): try payload.encode(to: encoder)
        case let .actionUpdated(payload): try payload.encode(to: encoder)
        case let .findingsShared(payload): try payload.encode(to: encoder)
        case let .actionAdded(payload): try payload.encode(to: encoder)
        case let .concernRaised(payload): try payload.encode(to: encoder)
        case let .concernAcknowledged(payload): try payload.encode(to: encoder)
        case let .dayClosed(payload): try payload.encode(to: encoder)
        case let .dayReopened(payload): try payload.encode(to: encoder)
        case let .sealWitnessed(payload): try payload.encode(to: encoder)
        case let .recordRedacted(payload): try payload.encode(to: encoder)
        case let .dayDeleted(payload): try payload.encode(to: encoder)
        case let .answerStarred(payload): try payload.encode(to: encoder)
        case let .agencyNotInvolved(payload): try payload.encode(to: encoder)
        case let .recommendationMade(payload): try payload.encode(to: encoder)
        case let .recommendationUpdated(payload): try payload.encode(to: encoder)
        case let .actionCorrected(payload), let .concernCorrected(payload): try payload.encode(to: encoder)
        case let .actionWithdrawn(payload), let .concernWithdrawn(payload): try payload.encode(to: encoder)
        case let .caseCorrected(payload): try payload.encode(to: encoder)
        case let .recordUndone(payload): try payload.encode(to: encoder)
        case .unrecognised: break
        }
    }
}
