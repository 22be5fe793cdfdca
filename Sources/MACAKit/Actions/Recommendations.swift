import Foundation

/// Where a partnership recommendation stands, as a board reads it: red (off
/// track, or not started when it should have), amber (agreed and under way,
/// not yet shown to work), green (on track, its measure being met), complete
/// (its measure met, with the evidence).
public enum RAGStatus: String, Sendable, Codable, CaseIterable {
    case red, amber, green, complete
}

/// A partnership-level recommendation from a themed audit: what the
/// partnership will do, distinct from a case's action points. SMART: an
/// owner, a date, a measure of success, and the resources it needs (stated
/// even when none are).
public struct RecommendationMade: Sendable, Equatable, Codable {
    public var id: String
    /// The template id of the theme it answers.
    public var theme: String
    public var text: String
    public var owner: String
    public var due: String
    public var measure: String
    public var resources: String
    public var status: RAGStatus
    public var by: String

    public init(id: String, theme: String, text: String, owner: String, due: String, measure: String, resources: String, status: RAGStatus, by: String) {
        self.id = id
        self.theme = theme
        self.text = text
        self.owner = owner
        self.due = due
        self.measure = measure
        self.resources = resources
        self.status = status
        self.by = by
    }
}

/// A recommendation's progress: its new RAG status and the evidence for it.
public struct RecommendationUpdated: Sendable, Equatable, Codable {
    public var id: String
    public var status: RAGStatus
    public var evidence: String
    public var by: String

    public init(id: String, status: RAGStatus, evidence: String, by: String) {
        self.id = id
        self.status = status
        self.evidence = evidence
        self.by = by
    }
}

/// The partnership's recommendations, kept in the tracker's journals
/// (`<sessions>/actions/recommendations-<who>.jsonl`) beside the action
/// points' progress: made with `maca recommend add`, moved on with
/// `maca recommend update`.
public struct Recommendations: Sendable {
    public struct Entry: Sendable, Equatable {
        public var made: RecommendationMade
        /// The date it was made (yyyy-mm-dd, UTC).
        public var date: String
        public var status: RAGStatus
        /// The latest update's evidence; empty until one.
        public var evidence: String

        public init(made: RecommendationMade, date: String, status: RAGStatus, evidence: String) {
            self.made = made
            self.date = date
            self.status = status
            self.evidence = evidence
        }

        public func isOverdue(today: String) -> Bool {
            status != .complete && made.due < today
        }
    }

    public var entries: [Entry]

    /// The latest a recommendation may fall due, in months from the day it is made.
    public static let dueWithinMonths = 24
    /// Every recommendation, with its latest status, in the order made.
    public static func load(_ store: SessionStore) throws -> Recommendations {
        var entries: [Entry] = []
        for record in try ActionRegister.trackerRecords(ActionRegister.folder(in: store), signer: store.signer) {
            switch record.event {
            case let .recommendationMade(made) where !entries.contains(where: { $0.made.id == made.id }):
                entries.append(Entry(made: made, date: String(record.timestamp.prefix(10)), status: made.status, evidence: ""))
            case let .recommendationUpdated(update):
                if let index = entries.firstIndex(where: { $0.made.id == update.id }) {
                    entries[index].status = update.status
                    entries[index].evidence = update.evidence
                }
            default:
                break
            }
        }
        return Recommendations(entries: entries)
    }

    /// The fields a recommendation is made of, in the order they are asked.
    public enum Field: String, CaseIterable, Sendable {
        case text, owner, due, measure, resources

        /// The field as a sentence names it.
        public var label: String {
            switch self {
            case .text: "the recommendation"
            case .owner: "the owner"
            case .due: "the due date"
            case .measure: "the measure of success"
            case .resources: "the resources"
            }
        }
    }

    /// Why one field is not SMART, as one sentence naming it by `label`
    /// (the field's own label by default); nil when it is. The rules are
    /// the action points' defaults (``SmartRules``), with a board's horizon
    /// of `dueWithinMonths` for the date.
    public static func problem(_ field: Field, _ value: String, today: String, label: String? = nil) -> SmartProblem? {
        let value = value.trimmingCharacters(in: .whitespacesAndNewlines)
        let label = label ?? field.label
        let rules = SmartRules.defaults
        switch field {
        case .text: return rules.action(value, field: label)
        case .owner: return rules.owner(value, field: label)
        case .measure: return rules.measure(value, field: label)
        case .resources: return rules.resources(value, field: label)
        case .due:
            switch AnswerParser.date(value, today: today) {
            case let .failure(problem): return SmartProblem(.timeRelated, "\(label): \(problem.message)")
            case let .success(due):
                return SmartRules.due(
                    due, today: today, withinMonths: dueWithinMonths, field: label, todayName: "today",
                    tooFar: "a board tracks a recommendation it will see finished"
                )
            }
        }
    }

    /// Why a recommendation is not SMART, one sentence a field, each naming
    /// its option; none when it is.
    public static func problems(
        text: String, owner: String, due: String, measure: String, resources: String, today: String
    ) -> [String] {
        zip(Field.allCases, [text, owner, due, measure, resources]).compactMap { field, value in
            problem(field, value, today: today, label: "\(field.label) (--\(field.rawValue))")?.message
        }
    }

    /// Records a new recommendation in the maker's tracker journal, after
    /// checking it is SMART (65, nothing written, if not) and passing every
    /// field through the identifier guard (refused unless `redact`).
    public static func add(
        _ store: SessionStore, theme: String, text: String, owner: String, due: String, measure: String, resources: String,
        status: RAGStatus = .amber, by: String, today: String, privacy: GuardSettings = GuardSettings(), redact: Bool = false,
        clock: any JournalClock = SystemClock()
    ) throws -> (entry: Entry, replaced: [IdentifierGuard.EventFinding]) {
        guard Identifier.isValid(theme) else { throw Redaction.Refused(message: "'\(theme)' is not a theme: give a template id, such as neglect", exitStatus: .usage) }
        let problems = problems(text: text, owner: owner, due: due, measure: measure, resources: resources, today: today)
        if !problems.isEmpty {
            throw Redaction.Refused(message: "the recommendation is not SMART, so nothing was saved:\n" + problems.map { "  \($0)" }.joined(separator: "\n"), exitStatus: .data)
        }
        guard case let .success(due) = AnswerParser.date(due, today: today) else { preconditionFailure("a due date that does not parse is a problem above") }
        let guardian = try IdentifierGuard(checking: AuditDay(), privacy: privacy)
        try guardian.checkedPersonName(by, field: "who records it (--by)", origin: "maca recommend add")
        let trimmed = { (value: String) in value.trimmingCharacters(in: .whitespacesAndNewlines) }
        func made(id: String) -> RecommendationMade {
            RecommendationMade(
                id: id, theme: theme, text: trimmed(text), owner: trimmed(owner), due: due,
                measure: trimmed(measure), resources: trimmed(resources), status: status, by: by
            )
        }
        // Refused before anything is touched, the tracker's folder included.
        if !redact { _ = try guardian.checked(.recommendationMade(made(id: "")), redact: false, origin: "maca recommend add") }
        var replaced: [IdentifierGuard.EventFinding] = []
        let record = try ActionRegister.appendToTracker(store, kind: "recommendations", by: by, clock: clock, making: {
            // The id is the next of the theme's, worked out under the tracker's lock.
            let taken = try load(store).entries.filter { $0.made.theme == theme }.count
            let made = made(id: "\(theme)-R\(taken + 1)")
            let (event, found) = try guardian.checked(.recommendationMade(made), redact: redact, origin: "maca recommend add")
            replaced = found
            return event
        })
        guard case let .recommendationMade(made) = record.event else { preconditionFailure("the guard keeps an event's type") }
        return (Entry(made: made, date: String(record.timestamp.prefix(10)), status: made.status, evidence: ""), replaced)
    }

    /// Records a recommendation's new status and its evidence; complete needs evidence.
    public static func update(
        _ store: SessionStore, id: String, status: RAGStatus, evidence: String, by: String,
        privacy: GuardSettings = GuardSettings(), redact: Bool = false, clock: any JournalClock = SystemClock()
    ) throws -> (entry: Entry, replaced: [IdentifierGuard.EventFinding]) {
        let all = try load(store).entries
        guard var entry = all.first(where: { $0.made.id == id }) else {
            let known = all.prefix(5).map(\.made.id).joined(separator: ", ")
            throw Redaction.Refused(
                message: "no recommendation has the id '\(id)'" + (known.isEmpty ? "; 'maca recommend add' makes one" : " (for example: \(known)); 'maca recommend list' shows them all"),
                exitStatus: .data
            )
        }
        let evidence = evidence.trimmingCharacters(in: .whitespacesAndNewlines)
        if status == .complete && evidence.isEmpty {
            throw Redaction.Refused(message: "\(id) is complete only with the evidence that its measure was met: --evidence \"…\" (its measure: \(entry.made.measure))", exitStatus: .data)
        }
        let guardian = try IdentifierGuard(checking: AuditDay(), privacy: privacy)
        try guardian.checkedPersonName(by, field: "who reports it (--by)", origin: "maca recommend update \(id)")
        let (event, replaced) = try guardian.checked(
            .recommendationUpdated(RecommendationUpdated(id: id, status: status, evidence: evidence, by: by)), redact: redact, origin: "maca recommend update \(id)"
        )
        guard case let .recommendationUpdated(update) = event else { preconditionFailure("the guard keeps an event's type") }
        try ActionRegister.appendToTracker(store, kind: "recommendations", by: by, event: event, clock: clock)
        entry.status = update.status
        entry.evidence = update.evidence
        return (entry, replaced)
    }
}
