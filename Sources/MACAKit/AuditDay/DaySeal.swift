import Foundation

/// A day's seal: what its closing record says every journal held. A sealed
/// day is exactly what the seal lists, so a journal added, cut short,
/// emptied, grown or edited and re-hashed after the close is named by
/// `maca verify`, and nothing written after the seal reaches the day's fold,
/// its record or a report, until the facilitator reopens the day.
public enum DaySeal {
    /// Where a day stands, from the facilitator's journal.
    public enum State: Sendable, Equatable {
        /// Never closed.
        case open
        /// Closed with this seal (the closing record is the facilitator's `closing`-th).
        case sealed([SealedJournal], closing: Int)
        /// Closed before seals existed: only each journal's own chain can be checked.
        case closedUnsealed
        /// Closed, then opened again by the facilitator.
        case reopened(reason: String)
    }

    /// The state the facilitator's records give: the last close or reopen decides.
    public static func state(facilitator records: [JournalRecord]) -> State {
        for (index, record) in records.enumerated().reversed() {
            switch record.event {
            case let .dayClosed(closed):
                return closed.journals.map { .sealed($0, closing: index + 1) } ?? .closedUnsealed
            case let .dayReopened(reopened):
                return .reopened(reason: reopened.reason)
            default: continue
            }
        }
        return .open
    }

    /// The facilitator's records written after a close and before the
    /// reopening that followed it, other than redactions (which take text
    /// out and add nothing): the day was sealed when they were written. The
    /// records after the last close, if it stands, are the seal's own check.
    static func writtenWhileSealed(_ records: [JournalRecord]) -> [JournalRecord] {
        var stray: [JournalRecord] = []
        var sinceClose: [JournalRecord]?
        for record in records {
            switch record.event {
            case .dayClosed: sinceClose = []
            case .dayReopened:
                stray += sinceClose ?? []
                sinceClose = nil
            case .recordRedacted: continue
            default: sinceClose?.append(record)
            }
        }
        return stray
    }

    /// The seal a close writes now: every journal of the folder but the
    /// facilitator's own, which the closing record itself is chained into,
    /// and the facilitator's records up to the close.
    public static func make(facilitator: [JournalRecord], facilitatorFile: String, others: [JournalFile]) -> [SealedJournal] {
        var sealed = [SealedJournal(file: facilitatorFile, records: facilitator.count, head: facilitator.last?.hash ?? JournalRecord.genesisHash)]
        for journal in others {
            sealed.append(SealedJournal(
                file: FilePaths.name(journal.path), records: journal.records.count,
                head: journal.records.last?.hash ?? JournalRecord.genesisHash
            ))
        }
        return sealed.sorted { $0.file < $1.file }
    }

    /// Every way the folder's journals differ from the seal, one sentence
    /// each naming the file; none when the day is not sealed.
    public static func problems(folder: String, journals: [JournalFile]) -> [String] {
        guard let facilitator = journals.first(where: { FilePaths.name($0.path) == facilitatorFile }) else { return [] }
        var problems: [String] = []
        let stray = writtenWhileSealed(facilitator.records)
        if !stray.isEmpty {
            problems.append("\(folder)/\(facilitatorFile): \(Plural.of(stray.count, "record")) written while the day was sealed, before it was reopened (record \(stray.map { String($0.sequence) }.joined(separator: ", "))); reopening does not make \(stray.count == 1 ? "it" : "them") part of the day")
        }
        guard case let .sealed(seal, closing) = state(facilitator: facilitator.records) else { return problems }
        let byName = Dictionary(journals.map { (FilePaths.name($0.path), $0) }, uniquingKeysWith: { first, _ in first })
        for entry in seal {
            let path = "\(folder)/\(entry.file)"
            guard let journal = byName[entry.file] else {
                problems.append("\(path): sealed at the close with \(Plural.of(entry.records, "record")), and now missing")
                continue
            }
            if entry.file == facilitatorFile {
                // A redaction after the close removes text; it adds nothing to the day.
                let after = journal.records.dropFirst(closing).filter { if case .recordRedacted = $0.event { false } else { true } }
                if !after.isEmpty {
                    problems.append("\(path): \(Plural.of(after.count, "record")) written after the day was sealed")
                }
                continue
            }
            let count = journal.records.count
            if count < entry.records {
                problems.append("\(path): shorter than sealed: \(Plural.of(count, "record")) where the close sealed \(entry.records); records were cut off or removed")
            } else if entry.records > 0 && journal.records[entry.records - 1].hash != entry.head {
                problems.append("\(path): record \(entry.records) is not the one sealed at the close (its hash differs): the journal was edited and re-hashed")
            } else if count > entry.records {
                problems.append("\(path): \(Plural.of(count - entry.records, "record")) written after the day was sealed; reopen the day ('maca reopen') to let late returns count")
            }
        }
        let sealedNames = Set(seal.map(\.file))
        for journal in journals where !sealedNames.contains(FilePaths.name(journal.path)) {
            problems.append("\(journal.path): a journal added after the day was sealed (\(Plural.of(journal.records.count, "record"))); it is not part of the day")
        }
        return problems
    }

    /// Each journal's records as far as the day counts them: for a sealed
    /// day, what the seal lists; otherwise every record.
    public static func counted(_ journals: [JournalFile]) -> [[JournalRecord]] {
        counted(journals.map { (FilePaths.name($0.path), $0.records) })
    }

    /// The same, for records known by their writer (one writer a file, named `<writer>.jsonl`).
    public static func counted(writers perWriter: [[JournalRecord]]) -> [[JournalRecord]] {
        counted(perWriter.map { records in ((records.first?.writer ?? "") + "." + SessionStore.journalExtension, records) })
    }

    private static func counted(_ named: [(file: String, records: [JournalRecord])]) -> [[JournalRecord]] {
        guard let facilitator = named.first(where: { $0.file == facilitatorFile }),
              case let .sealed(seal, closing) = state(facilitator: facilitator.records) else { return named.map(\.records) }
        let limits = Dictionary(seal.map { ($0.file, $0.records) }, uniquingKeysWith: { first, _ in first })
        return named.compactMap { file, records in
            if file == facilitatorFile { return Array(records.prefix(closing)) }
            guard let limit = limits[file] else { return nil }
            return Array(records.prefix(max(0, limit)))
        }
    }

    /// Returns written after a day was first sealed: writers (other than
    /// the facilitator) whose journals, as the day counts them, hold more
    /// than the first seal did.
    public static func lateReturns(writers perWriter: [[JournalRecord]]) -> Int {
        guard let facilitator = perWriter.first(where: { $0.first?.writer == SessionStore.facilitatorWriter }),
              let first = facilitator.lazy.compactMap({ record -> [SealedJournal]? in
                  if case let .dayClosed(closed) = record.event { return closed.journals }
                  return nil
              }).first else { return 0 }
        let sealed = Dictionary(first.map { ($0.file, $0.records) }, uniquingKeysWith: { first, _ in first })
        return perWriter.filter { records in
            guard let writer = records.first?.writer, writer != SessionStore.facilitatorWriter else { return false }
            return records.count > (sealed["\(writer).\(SessionStore.journalExtension)"] ?? 0)
        }.count
    }

    /// "1 record", "3 records".

    static var facilitatorFile: String { "\(SessionStore.facilitatorWriter).\(SessionStore.journalExtension)" }
}

/// A day's journals held locked, each as its writer's maca would hold it:
/// holding them all says no other maca is writing any. Released by
/// ``release()`` or when this goes.
final class HeldJournals {
    private var fds: [Int32] = []

    /// Locks each journal, or throws `busy(path)` for the first another maca
    /// holds. `waiting`, it waits up to a second for each: a maca that has
    /// just quit (or a process that was starting as the file was closed, and
    /// shares it until it runs) lets go within that.
    init(_ paths: [String], waiting: Bool, busy: (String) -> any Error) throws {
        do {
            for path in paths {
                let fd = open(path, O_RDONLY | O_CLOEXEC)
                guard fd >= 0 else { throw FileError.unreadable(path: path, reason: FileError.reason(errno: errno)) }
                fds.append(fd)
                guard FileLock.exclusive(fd, tries: waiting ? 2 * FileLock.brief : 1) else { throw busy(path) }
            }
        } catch {
            release()
            throw error
        }
    }

    deinit { release() }

    func release() {
        fds.forEach { close($0) }
        fds = []
    }

}

/// The day folder's own lock: the close holds it exclusively while it seals,
/// and a return takes it shared while it checks the day is open and creates
/// its journal, so no return can start between the seal and the close.
public final class FolderLock {
    private let fd: Int32

    /// Waits for the lock; `exclusive` for the close.
    public init(folder: String, exclusive: Bool) throws(FileError) {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw .unreadable(path: folder, reason: FileError.reason(errno: errno)) }
        guard flock(fd, exclusive ? LOCK_EX : LOCK_SH) == 0 else {
            let code = errno
            close(fd)
            throw .unreadable(path: folder, reason: FileError.reason(errno: code))
        }
        self.fd = fd
    }

    deinit { close(fd) }
}

extension DaySeal {
    /// Why a day cannot be sealed now.
    public enum CloseError: UserFacingError, Equatable {
        /// An auditor's journal is open in another maca: its return is still being written.
        case returnBeingWritten(String)
        /// A journal of the day fails its checks: sealing it would vouch for it.
        case journalFails(String)

        public var exitStatus: ExitStatus {
            switch self {
            case .returnBeingWritten: .usage
            case .journalFails: .data
            }
        }
        public var description: String {
            switch self {
            case let .returnBeingWritten(path):
                "\(path): a return is still being written to this day (another maca has it open); ask that auditor to finish or :quit, then close the day"
            case let .journalFails(problem):
                "\(problem)\nthe day was not closed: a seal would vouch for that journal; run 'maca verify' on the day, and move the journal out of the day's folder (keeping a copy) if it should not be there"
            }
        }
    }

    /// Closes the day: under the day folder's lock, with no other journal
    /// open for writing, appends the closing record with the seal of every
    /// journal as it stands. Refused while a journal of the day is damaged,
    /// named for another writer than the one it holds, or (in a signed day)
    /// not signed: a seal vouches for what it lists.
    ///
    /// With a witness, the seal is also recorded there; a witness that
    /// cannot be written does not undo the close, and is returned as a
    /// problem to say.
    @discardableResult
    public static func close(_ journal: JournalWriter, author: String, witness: SealWitness? = nil) throws -> (record: JournalRecord, witnessProblem: String?) {
        let folder = FilePaths.parent(of: journal.path)
        let lock = try FolderLock(folder: folder, exclusive: true)
        defer { withExtendedLifetime(lock) {} }
        let paths = try SessionStore.journalPaths(in: folder).filter { $0 != journal.path }
        let held = try HeldJournals(paths, waiting: true) { CloseError.returnBeingWritten($0) }
        defer { held.release() }
        var others: [JournalFile] = []
        for path in paths {
            let other = try JournalReader.read(path: path, signer: journal.signer)
            if let damage = other.damage.first { throw CloseError.journalFails(damage.description) }
            if let problem = DayVerification.nameProblem(other) ?? DayVerification.signingProblem(other, daySigned: journal.isSigned) {
                throw CloseError.journalFails(problem)
            }
            others.append(other)
        }
        let seal = make(facilitator: journal.records, facilitatorFile: FilePaths.name(journal.path), others: others)
        let closing = try journal.append(.dayClosed(DayClosed(journals: seal)), author: author)
        guard let witness, let day = journal.records.first?.day else { return (closing, nil) }
        do {
            try witness.record(day: day, folder: folder, closing: closing)
            return (closing, nil)
        } catch {
            let reason = (error as? any UserFacingError)?.description ?? "\(error)"
            return (closing, "the seal was not recorded in \(witness.path) (\(reason)), so verify cannot tell if it is later removed")
        }
    }

    /// Opens a day folder for a return: under the folder's shared lock, the
    /// day must not be closed; `body` then creates or opens the return's
    /// journal, so no return can begin between a seal and its close.
    /// `body` is given the facilitator's records.
    public static func whileOpenForReturns<T>(folder: String, _ body: ([JournalRecord]) throws -> T) throws -> T {
        let lock = try FolderLock(folder: folder, exclusive: false)
        defer { withExtendedLifetime(lock) {} }
        let facilitator = try JournalReader.read(path: SessionStore.journalPath(in: folder, writer: SessionStore.facilitatorWriter))
        switch state(facilitator: facilitator.records) {
        case .sealed, .closedUnsealed:
            throw ReturnsRefused(folder: folder)
        case .open, .reopened:
            return try body(facilitator.records)
        }
    }

    /// Refuses, as a return would be, a blank form for a closed day: a form
    /// filled in for a day that takes no more returns is work thrown away.
    public static func requireOpenForReturns(folder: String) throws {
        try whileOpenForReturns(folder: folder) { _ in }
    }

    /// A return offered to a closed day: bad data for the day as it stands
    /// (65), like a return for a case the day does not have, not a command
    /// used wrongly (issue 13).
    public struct ReturnsRefused: UserFacingError, Equatable {
        public var folder: String
        public var exitStatus: ExitStatus { .data }
        public var description: String {
            let name = FilePaths.name(folder)
            return "\(folder): the day is closed and sealed, so it takes no more returns; the facilitator can reopen it with 'maca reopen \(name) --reason …', and the report will then say it was reopened"
        }
    }
}

extension DaySeal {
    /// A reopen the day's state does not allow.
    public struct ReopenRefused: UserFacingError, Equatable {
        public var message: String
        public var exitStatus: ExitStatus { .usage }
        public var description: String { message }
    }

    /// Opens a closed day again, recording why in the facilitator's journal:
    /// returns may then be entered, and the day is resumed and closed (and
    /// sealed) again. The earlier seal stays in the journal.
    @discardableResult
    ///
    /// The reason passes the identifier guard: refused if it holds a likely
    /// identifier, unless `redact`, which replaces it.
    public static func reopen(
        folder: String, reason: String, by author: String, signer: RecordSigner? = nil,
        privacy: GuardSettings = GuardSettings(), redact: Bool = false
    ) throws -> JournalRecord {
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else { throw ReopenRefused(message: "give the reason the day is reopened: --reason \"…\"") }
        let lock = try FolderLock(folder: folder, exclusive: true)
        defer { withExtendedLifetime(lock) {} }
        let (journal, _) = try JournalWriter.open(path: SessionStore.journalPath(in: folder, writer: SessionStore.facilitatorWriter), signer: signer)
        switch state(facilitator: journal.records) {
        case .sealed, .closedUnsealed:
            let day = DayFold.fold(records: [journal.records])
            let guardian = try IdentifierGuard(checking: day, privacy: privacy)
            let (event, _) = try guardian.checked(.dayReopened(DayReopened(reason: reason)), redact: redact, origin: "maca reopen")
            // Who reopens is journaled as the record's author: a role or their own name, never a registered one (issue 15).
            try guardian.checkedPersonName(author, field: "who reopens it (--by)", origin: "maca reopen")
            return try journal.append(event, author: author)
        case .open, .reopened:
            throw ReopenRefused(message: "\(folder): the day is not closed, so there is nothing to reopen")
        }
    }
}
