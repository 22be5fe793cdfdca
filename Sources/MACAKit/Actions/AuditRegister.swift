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
    }

    public var rows: [Row]
    /// The partnership's retention period, when it set one (its config).
    public var retentionMonths: Int?

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

    public static func load(_ store: SessionStore, today: String, retentionMonths: Int? = nil) throws -> AuditRegister {
        // Each day is read once, for both its own row and its actions.
        let days = try store.foldedDays()
        let actions = try ActionRegister.load(store, days: days)
        let shared = try loadShared(ActionRegister.folder(in: store), signer: store.signer)
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
        }
        return AuditRegister(rows: rows.sorted { ($0.date, $0.day) < ($1.date, $1.day) }, retentionMonths: retentionMonths)
    }

    static func loadShared(_ folder: String, signer: RecordSigner?) throws -> [FindingsShared] {
        guard FileManager.default.fileExists(atPath: folder) else { return [] }
        let journals = try SessionStore.journalPaths(in: folder).map { path throws in try JournalReader.read(path: path, signer: signer) }
        return DayFold.merged(journals.map(\.records)).compactMap { record in
            if case let .findingsShared(shared) = record.event { return shared }
            return nil
        }
    }

    /// Records where a day's findings were shared, in the reporter's register journal.
    /// The note passes the day's identifier guard first: refused (nothing
    /// written) if it holds a likely identifier, unless `redact`, which
    /// replaces it and returns what it replaced.
    @discardableResult
    public static func note(
        _ store: SessionStore, dayFolder: String, sharedWith: String, by: String,
        references: [PartnershipConfig.ReferencePattern] = [], redact: Bool = false
    ) throws -> [IdentifierGuard.EventFinding] {
        let day = DayFold.fold(try SessionStore.readDay(dayFolder, signer: store.signer))
        guard let id = day.id else { throw JournalError.damaged([JournalDamage(path: dayFolder, line: 1, message: "no journal opens the day")]) }
        let guardian = IdentifierGuard(for: day, references: references)
        try guardian.checkedPersonName(by, field: "who records it (--by)", origin: "maca register note")
        let (event, replaced) = try guardian
            .checked(.findingsShared(FindingsShared(day: id, sharedWith: sharedWith)), redact: redact, origin: "maca register note")
        try ActionRegister.appendToTracker(store, kind: "register", by: by, event: event)
        return replaced
    }

    static let header = ["Audit day", "Theme", "Date", "Cases", "Agencies attending", "Agencies returning", "Findings shared with", "Actions", "Done", "Overdue", "Evidence of change"]

    /// The columns: a "Keep until" column only when the partnership set a retention period.
    var header: [String] { Self.header + (retentionMonths == nil ? [] : ["Keep until"]) }

    func cells(_ row: Row) -> [String] {
        [row.day, row.theme, row.date, "\(row.cases)", row.attending.joined(separator: ", "), row.returning.joined(separator: ", "),
         row.sharedWith.joined(separator: "; "), "\(row.actions)", "\(row.done)", "\(row.overdue)", row.evidence.joined(separator: "; ")]
            + (retentionMonths == nil ? [] : [(row.keepUntil ?? "date unknown") + (row.pastRetention ? " (past: due for deletion)" : "")])
    }

    public var markdown: String {
        ReportMarkdown.render([.title("Register of multi-agency audits"), .table(header: header, rows: rows.map(cells))])
    }

    public func csv() throws -> Data {
        try SpreadsheetCSV.data(header: header, rows: rows.map(cells))
    }
}
