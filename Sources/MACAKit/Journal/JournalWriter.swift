import Foundation

/// The one writer of one journal file.
///
/// - An append returns only after the record's bytes are written and
///   `fsync`ed: an answer the tool acknowledges survives a crash.
/// - A failed write or sync is never retried as if it had worked: the
///   partial bytes are cut off where possible, the error is thrown, and the
///   writer takes nothing more until the file is opened again.
/// - The file is locked (`flock`) while open, so a second process cannot
///   write the same writer's file.
public final class JournalWriter {
    public let path: String
    public let day: String
    public let writer: String
    public private(set) var records: [JournalRecord]
    private var fd: Int32
    private var length: Int
    private var failed = false
    private let io: any JournalIO
    private let clock: any JournalClock
    /// Signs each new record when the journal is signed (and then checks
    /// the day's other journals as they are read).
    public let signer: RecordSigner?

    /// Whether this journal's records are signed with the partnership key.
    public var isSigned: Bool { signer != nil }

    private init(
        path: String, fd: Int32, day: String, writer: String, records: [JournalRecord], length: Int,
        io: any JournalIO, clock: any JournalClock, signer: RecordSigner?
    ) {
        self.path = path
        self.fd = fd
        self.day = day
        self.writer = writer
        self.records = records
        self.length = length
        self.io = io
        self.clock = clock
        self.signer = signer
    }

    deinit { close() }

    public func close() {
        if fd >= 0 {
            Foundation.close(fd)
            fd = -1
        }
    }

    /// Starts a new journal file (it must not exist) for `writer` on `day`,
    /// with its first record. The file appears whole or not at all: the
    /// record is written and synced in a temporary file that is then moved
    /// into place, so a crash never leaves a journal without a record.
    /// With a signer, every record of the journal is signed.
    public static func create(
        path: String, day: String, writer: String, first: Event, author: String, signer: RecordSigner? = nil,
        io: any JournalIO = SystemJournalIO(), clock: any JournalClock = SystemClock()
    ) throws -> JournalWriter {
        if FileManager.default.fileExists(atPath: path) { throw JournalError.alreadyExists(path: path) }
        let encoded = try encode(first, author: author, after: nil, day: day, writer: writer, clock: clock, path: path, signer: signer)
        do {
            try OwnerOnlyFiles.writeAtomically(encoded.line, to: path, replacing: false, io: io)
        } catch let FileError.unwritable(_, reason) {
            if FileManager.default.fileExists(atPath: path) { throw JournalError.alreadyExists(path: path) }
            throw JournalError.writeFailed(path: path, reason: reason)
        }
        let fd = Foundation.open(path, O_RDWR | O_APPEND | O_CLOEXEC)
        guard fd >= 0 else { throw FileError.unreadable(path: path, reason: FileError.reason(errno: errno)) }
        guard FileLock.exclusive(fd) else {
            Foundation.close(fd)
            throw JournalError.inUse(path: path)
        }
        return JournalWriter(
            path: path, fd: fd, day: day, writer: writer, records: [encoded.record], length: encoded.line.count,
            io: io, clock: clock, signer: signer
        )
    }

    /// What opening a journal had to put right.
    public struct Recovery: Sendable, Equatable {
        /// Where a torn last record was moved, and the line it was on.
        public var tornRecordMovedTo: String?
        public var tornLine: Int?
        /// A whole last record had lost its newline, which was restored.
        public var restoredNewline: Bool
        /// Others could read the file (its mode then): it was made owner-only again.
        public var tightenedFrom: mode_t?

        public var isEmpty: Bool { tornRecordMovedTo == nil && !restoredNewline }

        public init(tornRecordMovedTo: String? = nil, tornLine: Int? = nil, restoredNewline: Bool = false, tightenedFrom: mode_t? = nil) {
            self.tornRecordMovedTo = tornRecordMovedTo
            self.tornLine = tornLine
            self.restoredNewline = restoredNewline
            self.tightenedFrom = tightenedFrom
        }
    }

    /// Opens an existing journal to append to it, recovering from a crash:
    /// a torn last record is moved aside into a sibling file and reported;
    /// a damaged record anywhere refuses the open (the file stays read-only).
    ///
    /// A signed journal stays signed: it is opened only with a signer, whose
    /// key must verify every record already there. An unsigned one stays
    /// unsigned, even when a signer is given.
    public static func open(
        path: String, signer: RecordSigner? = nil,
        io: any JournalIO = SystemJournalIO(), clock: any JournalClock = SystemClock()
    ) throws -> (writer: JournalWriter, recovery: Recovery) {
        let fd = Foundation.open(path, O_RDWR | O_APPEND | O_CLOEXEC)
        guard fd >= 0 else { throw FileError.unreadable(path: path, reason: FileError.reason(errno: errno)) }
        guard FileLock.exclusive(fd) else {
            Foundation.close(fd)
            throw JournalError.inUse(path: path)
        }
        do throws {
            // A journal others can read (copied, or made by hand) is made
            // owner-only before anything more is written to it.
            var status = stat()
            var loosened: mode_t?
            if fstat(fd, &status) == 0, status.st_mode & 0o077 != 0 {
                loosened = status.st_mode & 0o777
                try check(fchmod(fd, OwnerOnlyFiles.fileMode) == 0 ? 0 : errno, path)
            }
            let file = JournalReader.parse(try readAll(fd, path: path), path: path, signer: signer)
            if file.isDamaged { throw JournalError.damaged(file.damage) }
            guard let first = file.records.first else {
                throw JournalError.damaged([JournalDamage(path: path, line: 1, message: "the journal has no whole record")])
            }
            if first.mac != nil && signer == nil { throw JournalError.keyNeeded(path: path) }
            var recovery = Recovery(tornRecordMovedTo: nil, tornLine: nil, restoredNewline: false, tightenedFrom: loosened)
            if let torn = file.tornTail {
                recovery.tornRecordMovedTo = try moveAside(torn, of: path, io: io)
                recovery.tornLine = torn.line
                try check(io.truncate(fd, to: file.goodLength), path)
                try check(io.fsync(fd), path)
            } else if file.unterminatedLast {
                try check(io.writeAll(fd, Data("\n".utf8)) ?? 0, path)
                try check(io.fsync(fd), path)
                recovery.restoredNewline = true
            }
            let length = file.goodLength + (recovery.restoredNewline ? 1 : 0)
            let writer = JournalWriter(
                path: path, fd: fd, day: first.day, writer: first.writer, records: file.records, length: length,
                io: io, clock: clock, signer: first.mac == nil ? nil : signer
            )
            return (writer, recovery)
        } catch {
            Foundation.close(fd)
            throw error
        }
    }

    /// Appends one event and returns once it is on disk.
    @discardableResult
    public func append(_ event: Event, author: String) throws(JournalError) -> JournalRecord {
        guard !failed, fd >= 0 else { throw .closedAfterFailure(path: path) }
        let encoded = try Self.encode(event, author: author, after: records.last, day: day, writer: writer, clock: clock, path: path, signer: signer)
        do {
            try Self.check(io.writeAll(fd, encoded.line) ?? 0, path)
            try Self.check(io.fsync(fd), path)
        } catch {
            failed = true
            // Cut off what may have reached the file, so an unacknowledged
            // record is not found there later. If even that fails, the next
            // open moves a torn record aside or finds a whole unacknowledged one.
            if io.truncate(fd, to: length) == 0 { _ = io.fsync(fd) }
            throw error
        }
        length += encoded.line.count
        records.append(encoded.record)
        return encoded.record
    }

    /// The line and record that follow `previous` (nil: the first record).
    private static func encode(
        _ event: Event, author: String, after previous: JournalRecord?, day: String, writer: String,
        clock: any JournalClock, path: String, signer: RecordSigner?
    ) throws(JournalError) -> (line: Data, record: JournalRecord) {
        do {
            return try RecordCodec.encode(
                sequence: (previous?.sequence ?? 0) + 1, timestamp: Timestamp.string(clock.now()), day: day,
                writer: writer, author: author, event: event, previousHash: previous?.hash ?? JournalRecord.genesisHash,
                signer: signer
            )
        } catch {
            throw .encodingFailed(path: path)
        }
    }

    private static func check(_ code: Int32, _ path: String) throws(JournalError) {
        if code != 0 { throw .writeFailed(path: path, reason: FileError.reason(errno: code)) }
    }

    private static func readAll(_ fd: Int32, path: String) throws(FileError) -> Data {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        var offset: off_t = 0
        while true {
            let count = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, offset) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadable(path: path, reason: FileError.reason(errno: errno))
            }
            if count == 0 { return data }
            data.append(contentsOf: buffer[0..<count])
            offset += off_t(count)
        }
    }

    /// Keeps a torn record's bytes in `<file>.torn-<UTC time>` beside the journal.
    private static func moveAside(_ torn: TornTail, of path: String, io: any JournalIO) throws(FileError) -> String {
        let stamp = Timestamp.string(Date()).replacingOccurrences(of: ":", with: "")
        var target = "\(path).torn-\(stamp)"
        var suffix = 1
        while FileManager.default.fileExists(atPath: target) {
            suffix += 1
            target = "\(path).torn-\(stamp)-\(suffix)"
        }
        try OwnerOnlyFiles.writeAtomically(torn.bytes, to: target, replacing: false, io: io)
        return target
    }
}
