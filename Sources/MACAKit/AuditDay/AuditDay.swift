/// An audit day as its journals say it is now: the one state the REPL,
/// `maca show` and the report all read, produced by ``DayFold``.
public struct AuditDay: Sendable, Equatable {
    public var id: String?
    public var template: TemplateStamp?
    public var date: String?
    public var area: String?
    public var facilitator: String?
    /// Agencies attending, in the order they were recorded.
    public var agencies: [Agency] = []
    public var auditors: [Auditor] = []
    /// Cases in the order they were added.
    public var cases: [CaseAudit] = []
    public var writers: [WriterActivity] = []
    /// Steps that collect lists and were finished: `agencies`, `auditors`, `cases`, `actions:REF`….
    public var finishedSteps: [String] = []
    public var isClosed = false
    /// Why the facilitator reopened the day after closing it, each time.
    public var reopenings: [String] = []
    /// Agencies' journals that grew after the day was first sealed (counted once reopened).
    public var lateReturns = 0
    /// The latest timestamp of any record.
    public var lastActivity: String?
    /// Names registered to be blocked in free text, as salted hashes with their roles.
    public var registeredNames: [NameRegistered] = []
    /// Records the fold could not place, so nothing is passed over silently.
    public var notes: [FoldNote] = []

    public init() {}

    public func caseAudit(_ ref: String) -> CaseAudit? {
        cases.first { $0.ref == ref }
    }

    public func agencyName(_ id: String) -> String {
        agencies.first { $0.id == id }?.name ?? id
    }

    /// An agency's name: as the room named it attending, else as the template
    /// names it (an agency involved in a case that is not at the day), else its id.
    public func agencyName(_ id: String, template: AuditTemplate) -> String {
        agencies.first { $0.id == id }?.name ?? template.agency(id)?.name ?? id
    }
}

public struct Auditor: Sendable, Equatable {
    public var name: String
    public var agency: String

    public init(name: String, agency: String) {
        self.name = name
        self.agency = agency
    }
}

/// Who wrote to the day, how much, and when last.
public struct WriterActivity: Sendable, Equatable {
    public var writer: String
    public var authors: [String]
    public var records: Int
    public var lastTimestamp: String
}

/// One child's case as audited on the day, by reference only.
public struct CaseAudit: Sendable, Equatable {
    public var ref: String
    public var reasonSelected: String
    public var answers = AnswerTable()
    /// The agreed grade per domain (question id).
    public var agreedGrades: [String: AgreedGrade] = [:]
    public var actions: [ActionPoint] = []
    public var concerns: [Concern] = []
    /// Questions (and grade domains) passed over with `:skip`, not answered since.
    public var skipped: Set<AnswerKey> = []
    /// Grades taken back with `:undo`, kept so a later grade still shows what it replaced.
    public var withdrawnGrades: [String: AgreedGrade] = [:]
    /// Answers starred with `:star` as examples to quote.
    public var starred: Set<AnswerKey> = []
    /// Agencies whose auditor said they had no part in the case.
    public var notInvolved: Set<String> = []
    /// Action points withdrawn (`:withdraw action`, `:undo`), each with why:
    /// kept for the day's record, left out of every count and tracker.
    public var withdrawnActions: [ActionPoint] = []
    /// Immediate concerns withdrawn, each with why; they no longer hold the day open.
    public var withdrawnConcerns: [Concern] = []

    /// The case profile question that asks why the case was selected: its
    /// answer and the reason given when the case was added are one reason,
    /// so a correction of either is what the header, `show` and record.md say.
    public static let reasonQuestion = "reason-selected"

    /// The case's reason an answer gives: the room's written answer to the
    /// profile's "why selected" question; nil for any other answer.
    static func reason(_ key: AnswerKey, _ value: AnswerValue?) -> String? {
        guard key.question == reasonQuestion, key.agency == nil,
              case let .text(text)? = value, !text.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        return text
    }

    /// A written answer to the profile's "why selected" question becomes the case's reason.
    mutating func followReason(_ key: AnswerKey, _ value: AnswerValue?) {
        if let reason = Self.reason(key, value) { reasonSelected = reason }
    }

    public init(ref: String, reasonSelected: String) {
        self.ref = ref
        self.reasonSelected = reasonSelected
    }

    public func answer(_ question: String, agency: String? = nil) -> AnswerValue? {
        answers[AnswerKey(ref: ref, question: question, agency: agency)]?.value
    }
}

/// An answer and everything it replaced, oldest first.
///
/// Who gave it, when, what it replaced and which agency's return it came
/// from are kept together in one shared box, and not at all when all of
/// them are empty (most answers of a report's cut-down day,
/// `AuditDay.forReport`): a case's answers are a hash table of these, so
/// each byte of an answer is paid for in every empty slot too (issue 18).
public struct RecordedAnswer: Sendable, Equatable {
    public var value: AnswerValue?
    private var box: Box?

    /// Everything about an answer but its value.
    private struct Provenance: Sendable, Equatable {
        var author = ""
        var writer = ""
        var timestamp = ""
        var history: [AnswerRevision] = []
        var fromReturn: String?
    }

    private final class Box: Sendable {
        let provenance: Provenance
        init(_ provenance: Provenance) { self.provenance = provenance }
    }

    private var provenance: Provenance { box?.provenance ?? Provenance() }

    /// A new box with one field changed (a box is shared between copies and never written to); none when all are empty.
    private mutating func change(_ edit: (inout Provenance) -> Void) {
        var changed = provenance
        edit(&changed)
        box = changed == Provenance() ? nil : Box(changed)
    }

    public var author: String {
        get { provenance.author }
        set { change { $0.author = newValue } }
    }

    public var writer: String {
        get { provenance.writer }
        set { change { $0.writer = newValue } }
    }

    public var timestamp: String {
        get { provenance.timestamp }
        set { change { $0.timestamp = newValue } }
    }

    /// Earlier values, each with who gave it and when.
    public var history: [AnswerRevision] {
        get { provenance.history }
        set { change { $0.history = newValue } }
    }

    /// The agency whose own return the room took this answer from.
    public var fromReturn: String? {
        get { provenance.fromReturn }
        set { change { $0.fromReturn = newValue } }
    }

    public init(value: AnswerValue?, author: String, writer: String, timestamp: String, history: [AnswerRevision] = []) {
        self.value = value
        change { $0 = Provenance(author: author, writer: writer, timestamp: timestamp, history: history) }
    }

    public static func == (lhs: RecordedAnswer, rhs: RecordedAnswer) -> Bool {
        lhs.value == rhs.value && lhs.provenance == rhs.provenance
    }
}

public struct AnswerRevision: Sendable, Equatable {
    public var value: AnswerValue?
    public var author: String
    public var timestamp: String
}

public struct AgreedGrade: Sendable, Equatable {
    public var level: String
    public var rationale: String
    public var author: String
    public var timestamp: String
    /// Earlier agreed levels for this domain, oldest first.
    public var previousLevels: [String] = []

    public init(level: String, rationale: String, author: String, timestamp: String, previousLevels: [String] = []) {
        self.level = level
        self.rationale = rationale
        self.author = author
        self.timestamp = timestamp
        self.previousLevels = previousLevels
    }
}

/// Why and when an action point or a concern was withdrawn.
public struct Withdrawal: Sendable, Equatable {
    public var reason: String
    public var author: String
    public var timestamp: String

    public init(reason: String, author: String, timestamp: String) {
        self.reason = reason
        self.author = author
        self.timestamp = timestamp
    }
}

/// A field of an action point or a concern as it was before a correction.
public struct EntryRevision: Sendable, Equatable {
    public var field: String
    public var value: AnswerValue?
    public var author: String
    public var timestamp: String

    public init(field: String, value: AnswerValue?, author: String, timestamp: String) {
        self.field = field
        self.value = value
        self.author = author
        self.timestamp = timestamp
    }
}

/// An action point or a concern: an item of a case with fields, which a
/// correction changes one field of and a withdrawal takes out of the counts.
public protocol CaseItem {
    var id: String { get }
    var fields: [String: AnswerValue] { get set }
    var revisions: [EntryRevision] { get set }
    var withdrawal: Withdrawal? { get set }
}

public struct ActionPoint: CaseItem, Sendable, Equatable {
    public var id: String
    public var fields: [String: AnswerValue]
    public var author: String
    public var timestamp: String
    /// Fields as they were before each correction, oldest first.
    public var revisions: [EntryRevision] = []
    /// Set once the action is withdrawn (it is then in `withdrawnActions`).
    public var withdrawal: Withdrawal?

    public init(id: String, fields: [String: AnswerValue], author: String, timestamp: String) {
        self.id = id
        self.fields = fields
        self.author = author
        self.timestamp = timestamp
    }
}

public struct Concern: CaseItem, Sendable, Equatable {
    public var id: String
    public var fields: [String: AnswerValue]
    public var raisedBy: String
    public var raisedAt: String
    public var acknowledgement: ConcernAcknowledged?
    /// Fields as they were before each correction, oldest first.
    public var revisions: [EntryRevision] = []
    /// Set once the concern is withdrawn (it is then in `withdrawnConcerns`).
    public var withdrawal: Withdrawal?

    public init(id: String, fields: [String: AnswerValue], raisedBy: String, raisedAt: String, acknowledgement: ConcernAcknowledged? = nil) {
        self.id = id
        self.fields = fields
        self.raisedBy = raisedBy
        self.raisedAt = raisedAt
        self.acknowledgement = acknowledgement
    }
}

public struct FoldNote: Sendable, Equatable, CustomStringConvertible {
    public var writer: String
    public var sequence: Int
    public var message: String

    public var description: String { "\(writer) record \(sequence): \(message)" }
}

extension AuditDay {
    /// How many records the day's writers wrote, as the fold counted them:
    /// of two copies of a day, the report keeps the one with more.
    public var recordCount: Int { writers.reduce(0) { $0 + $1.records } }
}
