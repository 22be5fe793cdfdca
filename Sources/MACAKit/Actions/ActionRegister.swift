import Foundation

/// Where an action point stands, as its owners report it.
public enum ActionStatus: String, Sendable, Equatable, CaseIterable, Codable {
    case notStarted = "not-started"
    case inProgress = "in-progress"
    case done
    case notAchieved = "not-achieved"
    case dropped

    /// Finished one way or another: no longer overdue.
    public var isClosed: Bool { self == .done || self == .notAchieved || self == .dropped }
}

/// An action's progress, appended by whoever reports it.
public struct ActionUpdated: Sendable, Equatable, Codable {
    public var id: String
    public var status: ActionStatus
    public var evidence: String
    public var by: String

    public init(id: String, status: ActionStatus, evidence: String, by: String) {
        self.id = id
        self.status = status
        self.evidence = evidence
        self.by = by
    }
}

/// Every action point of every audit day in a sessions folder, with its
/// latest status from the actions journals (`<sessions>/actions/*.jsonl`).
public struct ActionRegister: Sendable {
    public struct Entry: Sendable, Equatable {
        public var id: String
        public var theme: String
        public var day: String
        public var date: String
        public var ref: String
        public var action: String
        public var agency: String
        public var leadRole: String
        public var due: String
        public var measure: String
        public var status: ActionStatus
        /// Every update, oldest first: the audit trail.
        public var updates: [(update: ActionUpdated, at: String)]

        public static func == (lhs: Entry, rhs: Entry) -> Bool {
            lhs.id == rhs.id && lhs.status == rhs.status && lhs.updates.map(\.update) == rhs.updates.map(\.update)
        }

        public func isOverdue(today: String) -> Bool {
            !status.isClosed && !due.isEmpty && due < today
        }

        public var latestEvidence: String { updates.last?.update.evidence ?? "" }
    }

    public var entries: [Entry]
    /// Days whose action points could not be read (an archive with no
    /// identity here, a damaged day), so are not in `entries`: for the
    /// command to name, never to pass over.
    public var unread: [UnreadDay] = []
    /// The days the entries came from, by name: each entry's text is read
    /// with the guard of its own day (its registered names).
    public var days: [String: AuditDay] = [:]

    public static func folder(in store: SessionStore) -> String { "\(store.directory)/actions" }

    /// Reads every day, folders and archives (opened in memory with
    /// `identities`), and every actions journal. A day that cannot be read
    /// is in `unread`.
    public static func load(_ store: SessionStore, identities: [AgeIdentity] = []) throws -> ActionRegister {
        let read = try store.readDays(identities: identities)
        var register = try load(store, days: read.days)
        register.unread = read.unread
        register.days = Dictionary(read.days.map { ($0.name, $0.day) }, uniquingKeysWith: { first, _ in first })
        return register
    }

    /// The register over days already read.
    static func load(_ store: SessionStore, days: [(name: String, day: AuditDay)]) throws -> ActionRegister {
        var entries: [Entry] = []
        for (name, day) in days {
            for audit in day.cases {
                for action in audit.actions {
                    var agency = ""
                    if case let .choice(id)? = action.fields["lead-agency"] { agency = day.agencyName(id) }
                    var due = ""
                    if case let .date(date)? = action.fields["due-date"] { due = date }
                    entries.append(Entry(
                        id: action.id, theme: day.template?.id ?? "", day: name, date: day.date ?? "", ref: audit.ref,
                        action: action.fields["action"]?.summary ?? "", agency: agency,
                        leadRole: action.fields["lead-role"]?.summary ?? "", due: due,
                        measure: action.fields["outcome-measure"]?.summary ?? "", status: .notStarted, updates: []
                    ))
                }
            }
        }
        let updates = try loadUpdates(folder(in: store), signer: store.signer)
        for index in entries.indices {
            let mine = updates.filter { $0.update.id == entries[index].id }
            entries[index].updates = mine
            if let last = mine.last { entries[index].status = last.update.status }
        }
        return ActionRegister(entries: entries.sorted { ($0.date, $0.id) < ($1.date, $1.id) })
    }

    /// Each action's latest status and evidence, from the actions journals
    /// alone (the days are not read), by id.
    public static func progress(_ store: SessionStore) throws -> [String: (status: ActionStatus, evidence: String)] {
        var latest: [String: (ActionStatus, String)] = [:]
        for (update, _) in try loadUpdates(folder(in: store), signer: store.signer) { latest[update.id] = (update.status, update.evidence) }
        return latest
    }

    /// Appends `event` to the reporter's own journal in `sessions/actions/`,
    /// `<kind>-<reporter>.jsonl`, starting the journal with it if need be.
    @discardableResult
    static func appendToTracker(
        _ store: SessionStore, kind: String, by: String, event: Event, clock: any JournalClock = SystemClock()
    ) throws -> JournalRecord {
        try appendToTracker(store, kind: kind, by: by, clock: clock, making: { event })
    }

    /// As above, with the event made under the tracker's lock (an id that
    /// counts what is there already is then never given twice).
    @discardableResult
    static func appendToTracker(
        _ store: SessionStore, kind: String, by: String, clock: any JournalClock = SystemClock(), making make: () throws -> Event
    ) throws -> JournalRecord {
        let folder = folder(in: store)
        try OwnerOnlyFiles.makeFolder(folder)
        let writer = FileNames.trackerWriter(kind: kind, by: by)
        let path = SessionStore.journalPath(in: folder, writer: writer)
        // Whether the journal exists, and the write, are one step under the
        // folder's lock: two updates at once wait for each other in turn,
        // rather than one being refused (or told it failed) by the other.
        let lock = try FolderLock(folder: folder, exclusive: true)
        defer { withExtendedLifetime(lock) {} }
        // Once the tracker holds a signed journal, a maca without the key adds nothing to it.
        if store.signer == nil {
            for other in try SessionStore.journalPaths(in: folder) where try JournalReader.read(path: other).records.first?.mac != nil {
                throw JournalError.keyNeeded(path: other)
            }
        }
        let event = try make()
        guard FileManager.default.fileExists(atPath: path) else {
            let journal = try JournalWriter.create(path: path, day: "actions", writer: writer, first: event, author: by, signer: store.signer, clock: clock)
            defer { journal.close() }
            return journal.records[0]
        }
        let journal = try JournalWriter.open(path: path, signer: store.signer, clock: clock).writer
        defer { journal.close() }
        return try journal.append(event, author: by)
    }

    /// Every record of the tracker's journals (action updates, register
    /// notes, recommendations), in time order; a damaged journal is an error.
    static func trackerRecords(_ folder: String, signer: RecordSigner?) throws -> [JournalRecord] {
        guard FileManager.default.fileExists(atPath: folder) else { return [] }
        let journals = try SessionStore.journalPaths(in: folder).map { path throws in try JournalReader.read(path: path, signer: signer) }
        if let damaged = journals.first(where: \.isDamaged) { throw JournalError.damaged(damaged.damage) }
        return DayFold.merged(journals.map(\.records))
    }

    /// Every update in the actions journals, in time order.
    static func loadUpdates(_ folder: String, signer: RecordSigner?) throws -> [(update: ActionUpdated, at: String)] {
        try trackerRecords(folder, signer: signer).compactMap { record in
            guard case let .actionUpdated(update) = record.event else { return nil }
            return (update, record.timestamp)
        }
    }

    /// Records an update in the reporter's own actions journal, after
    /// checking it: its evidence passes the identifier guard of the action's
    /// day, and is refused (nothing written) if it holds a likely
    /// identifier, unless `redact`, which replaces it and returns what it replaced.
    public static func update(
        _ store: SessionStore, id: String, status text: String, evidence: String, by: String,
        privacy: GuardSettings = GuardSettings(), redact: Bool = false, identities: [AgeIdentity] = [],
        clock: any JournalClock = SystemClock()
    ) throws -> (entry: Entry, replaced: [IdentifierGuard.EventFinding]) {
        let read = try store.readDays(identities: identities)
        let days = read.days
        let register = try load(store, days: days)
        guard var entry = register.entries.first(where: { $0.id == id }) else {
            // It may be an action of a day that could not be read: that is said, not "no such action".
            if !read.unread.isEmpty {
                throw ActionError.unknownIDUnread(
                    id, unread: read.unread.map { "\($0.path) (\($0.why(archiveKey: store.archiveKey)))" },
                    status: read.unread.contains { $0.exitStatus == .data } ? .data : .noInput
                )
            }
            let known = register.entries.prefix(5).map(\.id).joined(separator: ", ")
            throw ActionError.unknownID(id, known: known)
        }
        guard let status = ActionStatus(rawValue: text) else { throw ActionError.badStatus(text) }
        let evidence = evidence.trimmingCharacters(in: .whitespacesAndNewlines)
        if status == .done && evidence.isEmpty { throw ActionError.doneWithoutEvidence(id) }
        let day = days.first { $0.name == entry.day }?.day ?? AuditDay()
        let guardian = try IdentifierGuard(checking: day, privacy: privacy)
        try guardian.checkedPersonName(by, field: "who reports it (--by)", origin: "maca actions update \(id)")
        let (event, replaced) = try guardian
            .checked(.actionUpdated(ActionUpdated(id: id, status: status, evidence: evidence, by: by)), redact: redact, origin: "maca actions update \(id)")
        guard case let .actionUpdated(update) = event else { preconditionFailure("the guard keeps an event's type") }
        let record = try appendToTracker(store, kind: "actions", by: by, event: event, clock: clock)
        entry.updates.append((update, record.timestamp))
        entry.status = status
        return (entry, replaced)
    }
}

public enum ActionError: UserFacingError, Equatable {
    case unknownID(String, known: String)
    /// Not among the days read, and some days could not be read: it may be one of theirs.
    case unknownIDUnread(String, unread: [String], status: ExitStatus)
    case badStatus(String)
    case doneWithoutEvidence(String)

    public var exitStatus: ExitStatus {
        if case let .unknownIDUnread(_, _, status) = self { return status }
        return .data
    }

    public var description: String {
        switch self {
        case let .unknownID(id, known):
            "no action point has the id '\(id)'" + (known.isEmpty ? "" : " (for example: \(known)); 'maca actions list' shows them all")
        case let .unknownIDUnread(id, unread, _):
            "no action point of the days read has the id '\(id)', and it may be "
                + (unread.count == 1 ? "of the day that could not be read" : "of one of the \(unread.count) days that could not be read")
                + ", so nothing was written: \(unread.joined(separator: "; "))"
        case let .badStatus(text):
            "'\(text)' is not a status: use \(ActionStatus.allCases.map(\.rawValue).joined(separator: ", "))"
        case let .doneWithoutEvidence(id):
            "\(id) cannot be marked done without evidence of the change: add --evidence"
        }
    }
}
