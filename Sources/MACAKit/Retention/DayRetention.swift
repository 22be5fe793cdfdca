import Foundation

/// The partnership's retention period applied to its audit days: which days
/// (folders and archived `.age` files) are past it, and their deletion.
///
/// A deletion is recorded in the register's journal (`sessions/actions/`)
/// before anything of the day is removed, so the register never loses a day
/// that was audited: the `day-deleted` record is appended and synced, then
/// the day is renamed to `.deleting-<name>` (one atomic step: from then on
/// no command reads it as a day), then its files and folder are removed.
/// A crash at any point leaves either the day as it was with its record
/// (the next deletion finds the record and does not write it twice) or a
/// `.deleting-` name, which is only ever made after the record, and which
/// the next deletion finishes removing.
public enum DayRetention {
    /// What a day being removed is renamed to first, in the sessions folder.
    public static let deletingPrefix = ".deleting-"

    /// A day in the sessions folder, with its dates under the retention period.
    public struct Day: Sendable, Equatable {
        /// Its name in the sessions folder: a folder, or an archive `….age`.
        public var name: String
        public var path: String
        public var archived: Bool
        /// The audit date; nil when neither the day nor its name gives one.
        public var date: String?
        /// Whether the date came from the name, the day itself not being readable.
        public var datedByName: Bool
        public var dayID: String?
        public var template: String?
        public var cases: Int?
        public var keepUntil: String?
        /// `verified`, `damaged` or `not-opened`.
        public var condition: String
        /// Why it is kept even past its retention period (open, a link…); nil when it can be deleted.
        public var refusal: String?
        /// Something to say about it that does not stop its deletion (it does not verify…).
        public var warning: String?
    }

    /// The days of a sessions folder, sorted into past their retention
    /// period and not, as of `today`.
    public struct Survey: Sendable {
        public var months: Int
        public var today: String
        /// Past their keep-until date, oldest first; each deletable unless it has a refusal.
        public var past: [Day]
        /// Within their retention period, the soonest to pass first.
        public var within: [Day]
        /// Days whose date cannot be known: kept.
        public var undated: [Day]
        /// `.deleting-` entries: days already recorded as deleted whose removal was interrupted.
        public var interrupted: [String]
        /// Deletions already in the register, for days still in the folder (a run stopped after recording).
        public var recorded: [DayDeleted]

        public var deletable: [Day] { past.filter { $0.refusal == nil } }
        public var refused: [Day] { past.filter { $0.refusal != nil } }
    }

    private static let verified = DayDeleted.verified, damaged = DayDeleted.damaged, notOpened = DayDeleted.notOpened

    /// Every day in the sessions folder, each dated from its own opening
    /// record (an archive opened with one of `identities`), or from its name
    /// (`yyyy-mm-dd-…`) when it cannot be read.
    public static func survey(
        _ store: SessionStore, months: Int, today: String, identities: [AgeIdentity]
    ) throws -> Survey {
        var days: [Day] = []
        for name in try store.dayFolders() { days.append(folderDay(store, name: name, months: months)) }
        for path in try store.archivedDays() { days.append(archiveDay(store, path: path, months: months, identities: identities)) }
        let deletions = try AuditRegister.loadDeleted(ActionRegister.folder(in: store), signer: store.signer).map(\.deleted)
        var survey = Survey(months: months, today: today, past: [], within: [], undated: [], interrupted: try interrupted(store), recorded: [])
        for day in days {
            guard let keepUntil = day.keepUntil else {
                survey.undated.append(day)
                continue
            }
            if keepUntil < today {
                survey.past.append(day)
                if let recorded = deletions.last(where: { matches($0, day) }) { survey.recorded.append(recorded) }
            } else {
                survey.within.append(day)
            }
        }
        survey.past.sort { ($0.keepUntil ?? "", $0.name) < ($1.keepUntil ?? "", $1.name) }
        survey.within.sort { ($0.keepUntil ?? "", $0.name) < ($1.keepUntil ?? "", $1.name) }
        return survey
    }

    static func matches(_ deleted: DayDeleted, _ day: Day) -> Bool {
        deleted.folder == day.name && deleted.day == day.dayID && deleted.date == day.date
    }

    /// The `.deleting-` entries of the sessions folder, by path.
    public static func interrupted(_ store: SessionStore) throws(FileError) -> [String] {
        guard FileManager.default.fileExists(atPath: store.directory) else { return [] }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: store.directory)
        } catch {
            throw .unreadable(path: store.directory, reason: FileError.reason(error))
        }
        return names.filter { $0.hasPrefix(deletingPrefix) }.sorted().map { "\(store.directory)/\($0)" }
    }

    /// A yyyy-mm-dd date at the start of a name (`2026-11-20-neglect`), if it is a real one.
    static func date(inName name: String) -> String? {
        let prefix = String(name.prefix(10))
        guard prefix.count == 10, prefix.utf8.enumerated().allSatisfy({ index, byte in
            [4, 7].contains(index) ? byte == UInt8(ascii: "-") : (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
        }), case .success = AnswerParser.date(prefix, today: prefix) else { return nil }
        return prefix
    }

    /// Is the entry a link rather than the folder or file it looks like?
    private static func isLink(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFLNK
    }

    private static let linkRefusal = "a symbolic link: maca never deletes through a link, nor what it points to; remove the link yourself if it should go"

    private static func folderDay(_ store: SessionStore, name: String, months: Int) -> Day {
        let path = "\(store.directory)/\(name)"
        var day = Day(name: name, path: path, archived: false, date: nil, datedByName: false, condition: verified)
        if isLink(path) { day.refusal = linkRefusal }
        do {
            let verification = try DayVerification.check(folder: path, signer: store.signer, witness: store.witness)
            describe(&day, journals: verification.journals)
            if verification.isDamaged {
                day.condition = damaged
                day.warning = "it does not verify (\(verification.problems.first ?? "damaged")); it is deleted all the same, since keeping it past its retention period is not lawful either"
            }
            switch verification.state {
            case .open:
                day.refusal = day.refusal ?? "it is open, never closed: an open day is never deleted; close it ('maca resume \(name)') or remove it by hand if it was abandoned"
            case let .reopened(reason):
                day.refusal = day.refusal ?? "it was reopened (\(reason)) and is not closed again: an open day is never deleted; close it with 'maca resume \(name)'"
            case .sealed, .closedUnsealed:
                break
            }
        } catch {
            day.condition = damaged
            day.refusal = day.refusal ?? "it cannot be read (\((error as? any UserFacingError)?.description ?? "\(error)")), so whether it is closed is not known"
        }
        dateByName(&day, months: months)
        return day
    }

    private static func archiveDay(_ store: SessionStore, path: String, months: Int, identities: [AgeIdentity]) -> Day {
        let name = FilePaths.name(path)
        var day = Day(name: name, path: path, archived: true, date: nil, datedByName: false, condition: verified)
        if isLink(path) { day.refusal = linkRefusal }
        if identities.isEmpty {
            day.condition = notOpened
            day.warning = "no identity here opens it, so it is dated by its name"
        } else {
            do {
                let opened = try DayArchive.open(path: path, identities: identities, signer: store.signer)
                describe(&day, journals: opened.verification.journals)
                if opened.verification.isDamaged {
                    day.condition = damaged
                    day.warning = "the day it holds does not verify (\(opened.verification.problems.first ?? "damaged")); it is deleted all the same, since keeping it past its retention period is not lawful either"
                }
            } catch {
                day.condition = notOpened
                day.warning = "it cannot be opened (\(error.description)), so it is dated by its name"
            }
        }
        // Only closed, sealed days are archived: an archive is never an open day.
        dateByName(&day, months: months)
        return day
    }

    /// The day's id, date, template and cases, from its journals.
    private static func describe(_ day: inout Day, journals: [JournalFile]) {
        for record in journals.flatMap(\.records) {
            if case let .dayOpened(opened) = record.event {
                day.dayID = opened.day
                day.template = opened.template.id
                if case let .success(date) = AnswerParser.date(opened.date, today: opened.date) { day.date = date }
                break
            }
        }
        if day.dayID != nil { day.cases = DayFold.fold(journals).cases.count }
    }

    private static func dateByName(_ day: inout Day, months: Int) {
        if day.date == nil, let named = date(inName: day.name) {
            day.date = named
            day.datedByName = true
        }
        day.keepUntil = day.date.flatMap { AuditRegister.date($0, plusMonths: months) }
    }

    // MARK: Deleting

    /// What deleting a day did.
    public struct Deleted: Sendable {
        public var day: Day
        /// The record in the register, whether written now or found from an earlier run.
        public var record: DayDeleted
        public var recordedEarlier: Bool
    }

    /// Deletes one day past its retention period: records it in the
    /// register's journal (`by`'s own), renames it to `.deleting-<name>`,
    /// then removes its files and itself. A folder is locked, and checked
    /// again to be closed, first.
    public static func delete(
        _ day: Day, store: SessionStore, months: Int, today: String, by: String, clock: any JournalClock = SystemClock()
    ) throws -> Deleted {
        if let refusal = day.refusal { throw RetentionError.refused(path: day.path, reason: refusal) }
        guard let date = day.date, let keepUntil = day.keepUntil, keepUntil < today else {
            throw RetentionError.refused(path: day.path, reason: "it is not past its retention period")
        }
        // Never through a link: the entry itself must be the folder or the file.
        var status = stat()
        guard lstat(day.path, &status) == 0 else { throw FileError.notFound(path: day.path, what: "audit day") }
        let kind = status.st_mode & S_IFMT
        guard kind == (day.archived ? S_IFREG : S_IFDIR) else {
            throw RetentionError.refused(path: day.path, reason: kind == S_IFLNK ? linkRefusal : "it is no longer what was listed")
        }
        // No return, resume or reopen writes to the day meanwhile; it is still closed.
        let lock = day.archived ? nil : try FolderLock(folder: day.path, exclusive: true)
        defer { withExtendedLifetime(lock) {} }
        if !day.archived {
            let facilitator = try JournalReader.read(path: "\(day.path)/\(DaySeal.facilitatorFile)", signer: store.signer)
            switch DaySeal.state(facilitator: facilitator.records) {
            case .open, .reopened:
                throw RetentionError.refused(path: day.path, reason: "it is open now: an open day is never deleted")
            case .sealed, .closedUnsealed:
                break
            }
        }
        let record = DayDeleted(
            day: day.dayID, folder: day.name, archived: day.archived, date: date, template: day.template, cases: day.cases,
            retentionMonths: months, keepUntil: keepUntil, condition: day.condition, by: by
        )
        let earlier = try AuditRegister.loadDeleted(ActionRegister.folder(in: store), signer: store.signer)
            .map(\.deleted).last { matches($0, day) }
        if earlier == nil {
            try ActionRegister.appendToTracker(store, kind: "register", by: by, event: .dayDeleted(record), clock: clock)
        }
        // Recorded: now out of sight in one step, then removed.
        let deleting = "\(store.directory)/\(deletingPrefix)\(day.name)"
        guard rename(day.path, deleting) == 0 else {
            throw FileError.unwritable(path: day.path, reason: FileError.reason(errno: errno))
        }
        try OwnerOnlyFiles.syncFolder(store.directory)
        try remove(deleting)
        try OwnerOnlyFiles.syncFolder(store.directory)
        return Deleted(day: day, record: earlier ?? record, recordedEarlier: earlier != nil)
    }

    /// Finishes removing the `.deleting-` entries an interrupted deletion
    /// left (each was recorded before it was renamed); their paths.
    public static func finishInterrupted(_ store: SessionStore) throws -> [String] {
        let paths = try interrupted(store)
        for path in paths { try remove(path) }
        if !paths.isEmpty { try OwnerOnlyFiles.syncFolder(store.directory) }
        return paths
    }

    /// Removes a file, a link (the link, not what it points to), or a
    /// folder and everything in it, never following a link.
    static func remove(_ path: String) throws(FileError) {
        var status = stat()
        guard lstat(path, &status) == 0 else {
            if errno == ENOENT { return }
            throw .unwritable(path: path, reason: FileError.reason(errno: errno))
        }
        if status.st_mode & S_IFMT == S_IFDIR {
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: path)
            } catch {
                throw .unwritable(path: path, reason: FileError.reason(error))
            }
            for name in names { try remove("\(path)/\(name)") }
            guard rmdir(path) == 0 else { throw .unwritable(path: path, reason: FileError.reason(errno: errno)) }
        } else {
            guard unlink(path) == 0 || errno == ENOENT else { throw .unwritable(path: path, reason: FileError.reason(errno: errno)) }
        }
    }

    /// "3 days", "2 months and 1 day", "1 year, 2 months and 3 days": from `from` to `to`, both yyyy-mm-dd.
    public static func span(from: String, to: String) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let format = Date.ISO8601FormatStyle(timeZone: .gmt).year().month().day()
        guard let start = try? format.parse(from), let end = try? format.parse(to) else { return "" }
        let parts = calendar.dateComponents([.year, .month, .day], from: start, to: end)
        let named = [(parts.year ?? 0, "year"), (parts.month ?? 0, "month"), (parts.day ?? 0, "day")]
            .filter { $0.0 > 0 }.map { "\($0.0) \($0.1)\($0.0 == 1 ? "" : "s")" }
        switch named.count {
        case 0: return "0 days"
        case 1: return named[0]
        default: return named.dropLast().joined(separator: ", ") + " and " + named.last!
        }
    }
}

/// Why a day past its retention period was kept.
public enum RetentionError: UserFacingError, Equatable {
    case refused(path: String, reason: String)

    public var exitStatus: ExitStatus { .data }

    public var description: String {
        switch self {
        case let .refused(path, reason): "\(path): kept: \(reason)"
        }
    }
}
