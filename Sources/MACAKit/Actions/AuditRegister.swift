import Foundation

/// The central record of audits: each day with its theme, cases, agencies,
/// where its findings were shared, and how its actions stand.
public struct AuditRegister: Sendable {
    public struct Row: Sendable, Equatable {
        public var day: String
        public var theme: String
        public var date: String
        public var cases: Int
        public var attending: [String]
        public var returning: [String]
        public var sharedWith: [String]
        public var actions: Int
        public var done: Int
        public var overdue: Int
        public var evidence: [String]
        /// The last date the day's records are kept to, under the
        /// partnership's retention period; nil when none is set.
        public var keepUntil: String?
        /// True when `keepUntil` is before today.
        public var pastRetention = false
        /// The day's deletion, when the register records one.
        public var deleted: Deletion?
        /// Why the day, still in the sessions folder, could not be read
        /// (an archive with no identity here, a damaged day): its row holds
        /// only its name and the date its name gives.
        public var unread: UnreadDay.Reason?
    }

    /// A day's deletion as the register records it: when, and whether its
    /// files are gone (false: a deletion stopped before the day was removed).
    public struct Deletion: Sendable, Equatable {
        public var record: DayDeleted
        public var at: String
        public var finished: Bool
    }

    public var rows: [Row]
    /// The partnership's retention period, when it set one (its config).
    public var retentionMonths: Int?
    /// The days that could not be read, each also a row marked so: for the command to name.
    public var unread: [UnreadDay] = []

    /// The date `months` after `date` (yyyy-mm-dd), on the same day of the
    /// month or the month's last day; nil when `date` is not a date.
    public static func date(_ date: String, plusMonths months: Int) -> String? {
        let parts = date.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, (1...12).contains(parts[1]) else { return nil }
        let total = parts[0] * 12 + (parts[1] - 1) + months
        let year = total / 12, month = total % 12 + 1
        let lengths = [31, year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return String(format: "%04d-%02d-%02d", year, month, min(parts[2], lengths[month - 1]))
    }

    /// The register of every day in the sessions folder: day folders, and
    /// archived days opened in memory with `identities`. A day that cannot
    /// be read keeps its row, marked as not read, and is in `unread`.
    public static func load(_ store: SessionStore, today: String, retentionMonths: Int? = nil, identities: [AgeIdentity] = []) throws -> AuditRegister {
        // Each day is read once, for both its own row and its actions.
        let read = try store.readDays(identities: identities)
        let days = read.days
        let actions = try ActionRegister.load(store, days: days)
        let shared = try loadShared(ActionRegister.folder(in: store), signer: store.signer)
        let deletions = try loadDeleted(ActionRegister.folder(in: store), signer: store.signer)
        var rows: [Row] = []
        for (name, day) in days {
            guard let stamp = day.template, let template = try? TemplateLoader.parse(stamp.source, file: name) else { continue }
            let mine = actions.entries.filter { $0.day == name }
            let returning = Set(day.cases.flatMap { AgencyReturns.returned($0, template: template, day: day) })
            let keepUntil = retentionMonths.flatMap { date(day.date ?? "", plusMonths: $0) }
            rows.append(Row(
                day: name, theme: stamp.id, date: day.date ?? "", cases: day.cases.count, attending: day.agencies.map(\.name),
                returning: day.agencies.filter { returning.contains($0.id) }.map(\.name),
                sharedWith: shared.filter { $0.day == day.id }.map(\.sharedWith),
                actions: mine.count, done: mine.filter { $0.status == .done }.count,
                overdue: mine.filter { $0.isOverdue(today: today) }.count,
                evidence: mine.filter { $0.status == .done }.map { "\($0.id): \($0.latestEvidence)" },
                keepUntil: keepUntil, pastRetention: keepUntil.map { $0 < today } ?? false
            ))
            // Recorded as deleted, and still here: a deletion was stopped before the day was removed.
            if let deletion = deletions.last(where: { $0.deleted.folder == name && $0.deleted.day == day.id }) {
                rows[rows.count - 1].deleted = Deletion(record: deletion.deleted, at: deletion.at, finished: false)
            }
        }
        // A day that could not be read is still in the register: named, dated by its name, and marked.
        for day in read.unread {
            let date = DayRetention.date(inName: day.name) ?? ""
            let keepUntil = retentionMonths.flatMap { AuditRegister.date(date, plusMonths: $0) }
            var row = Row(
                day: day.name, theme: "", date: date, cases: 0, attending: [], returning: [], sharedWith: [],
                actions: 0, done: 0, overdue: 0, evidence: [], keepUntil: keepUntil, pastRetention: keepUntil.map { $0 < today } ?? false
            )
            row.unread = day.reason
            if let deletion = deletions.last(where: { $0.deleted.folder == day.name }) {
                row.deleted = Deletion(record: deletion.deleted, at: deletion.at, finished: false)
            }
            rows.append(row)
        }
        // Deleted days stay in the register: the record that the audit happened.
        for deletion in deletions {
            let record = deletion.deleted
            guard !rows.contains(where: { $0.deleted?.record == record }) else { continue }
            var row = Row(
                day: record.folder, theme: record.template ?? "", date: record.date, cases: record.cases ?? 0, attending: [], returning: [],
                sharedWith: record.day.map { id in shared.filter { $0.day == id }.map(\.sharedWith) } ?? [],
                actions: 0, done: 0, overdue: 0, evidence: [], keepUntil: retentionMonths.map { _ in record.keepUntil }
            )
            row.deleted = Deletion(record: record, at: deletion.at, finished: true)
            rows.append(row)
        }
        return AuditRegister(rows: rows.sorted { ($0.date, $0.day) < ($1.date, $1.day) }, retentionMonths: retentionMonths, unread: read.unread)
    }

    static func loadShared(_ folder: String, signer: RecordSigner?) throws -> [FindingsShared] {
        guard FileManager.default.fileExists(atPath: folder) else { return [] }
        let journals = try SessionStore.journalPaths(in: folder).map { path throws in try JournalReader.read(path: path, signer: signer) }
        return DayFold.merged(journals.map(\.records)).compactMap { record in
            if case let .findingsShared(shared) = record.event { return shared }
            return nil
        }
    }

    /// Every deletion the register's journals record, oldest first, with when it was recorded.
    static func loadDeleted(_ folder: String, signer: RecordSigner?) throws -> [(deleted: DayDeleted, at: String)] {
        guard FileManager.default.fileExists(atPath: folder) else { return [] }
        let journals = try SessionStore.journalPaths(in: folder).map { path throws in try JournalReader.read(path: path, signer: signer) }
        return DayFold.merged(journals.map(\.records)).compactMap { record in
            if case let .dayDeleted(deleted) = record.event { return (deleted, record.timestamp) }
            return nil
        }
    }

    /// Records where a day's findings were shared, in the reporter's register journal.
    /// The note passes the day's identifier guard first: refused (nothing
    /// written) if it holds a likely identifier, unless `redact`, which
    /// replaces it and returns what it replaced.
    /// The day is read from its folder or, in memory, from its archive.
    @discardableResult
    public static func note(
        _ store: SessionStore, day read: DayRead, sharedWith: String, by: String,
        privacy: GuardSettings = GuardSettings(), redact: Bool = false
    ) throws -> [IdentifierGuard.EventFinding] {
        let day = DayFold.fold(read.verification.journals)
        guard let id = day.id else { throw JournalError.damaged([JournalDamage(path: read.label, line: 1, message: "no journal opens the day")]) }
        let guardian = try IdentifierGuard(checking: day, privacy: privacy)
        try guardian.checkedPersonName(by, field: "who records it (--by)", origin: "maca register note")
        let (event, replaced) = try guardian
            .checked(.findingsShared(FindingsShared(day: id, sharedWith: sharedWith)), redact: redact, origin: "maca register note")
        try ActionRegister.appendToTracker(store, kind: "register", by: by, event: event)
        return replaced
    }

    static let header = ["Audit day", "Theme", "Date", "Cases", "Agencies attending", "Agencies returning", "Findings shared with", "Actions", "Done", "Overdue", "Evidence of change"]

    /// The columns: a "Keep until" column only when the partnership set a retention period.
    /// A "Deleted" column only when a day was deleted.
    /// A "Not read" column only when a day could not be read.
    var header: [String] {
        Self.header + (retentionMonths == nil ? [] : ["Keep until"]) + (rows.contains { $0.deleted != nil } ? ["Deleted"] : [])
            + (rows.contains { $0.unread != nil } ? ["Not read"] : [])
    }

    func cells(_ row: Row) -> [String] {
        // A deleted day's actions went with it, and an unread day's are not known: no counts to show.
        let gone = row.deleted?.finished == true
        let unknown = gone || row.unread != nil
        let counts = unknown ? ["", "", ""] : ["\(row.actions)", "\(row.done)", "\(row.overdue)"]
        var cells = [row.day, row.theme, row.date, (gone && row.deleted?.record.cases == nil) || row.unread != nil ? "" : "\(row.cases)"]
        cells += [row.attending.joined(separator: ", "), row.returning.joined(separator: ", "), row.sharedWith.joined(separator: "; ")]
        cells += counts + [row.evidence.joined(separator: "; ")]
        if retentionMonths != nil {
            let due = row.pastRetention && row.deleted == nil ? " (past: due for deletion)" : ""
            cells.append((row.keepUntil ?? "date unknown") + due)
        }
        if rows.contains(where: { $0.deleted != nil }) { cells.append(row.deleted.map(Self.deletedCell) ?? "") }
        if rows.contains(where: { $0.unread != nil }) { cells.append(row.unread.map(Self.unreadCell) ?? "") }
        return cells
    }

    /// Why a day's row is empty: "archived; not opened: no identity here for it".
    static func unreadCell(_ reason: UnreadDay.Reason) -> String {
        switch reason {
        case .noIdentity: "archived; not opened: no identity here for it (--identity FILE), so its cases and actions are not counted"
        case .unopened: "archived; cannot be opened ('maca archive --check' says why), so its cases and actions are not counted"
        case .damaged: "does not verify ('maca verify' says why), so its cases and actions are not counted"
        }
    }

    /// "deleted 2029-01-10 by records officer: past retention (24 months)".
    static func deletedCell(_ deleted: Deletion) -> String {
        let record = deleted.record
        let why = record.reason == DayDeleted.pastRetention ? "past retention (\(record.retentionMonths) months)" : record.reason
        let when = String(deleted.at.prefix(10))
        let what = record.archived ? "archive deleted" : "deleted"
        let condition = switch record.condition {
        case DayDeleted.damaged: "; it did not verify"
        case DayDeleted.notOpened: "; it could not be opened here, so it was not verified"
        default: ""
        }
        guard deleted.finished else {
            return "deletion recorded \(when) by \(record.by): \(why); not finished: 'maca retention --delete' finishes it"
        }
        return "\(what) \(when) by \(record.by): \(why)\(condition)"
    }

    public var markdown: String {
        // The partnership's own register, not a board paper: its counts are printed as they are.
        ReportMarkdown.render(ReportDocument(title: "Register of multi-agency audits", threshold: 1, blocks: [
            .title("Register of multi-agency audits"),
            .table(ReportTable(header: header, rows: rows.map { cells($0).map { ReportText($0) } }, rowBasis: .items)),
        ]))
    }

    public func csv() throws -> Data {
        try SpreadsheetCSV.data(header: header, rows: rows.map(cells))
    }
}
