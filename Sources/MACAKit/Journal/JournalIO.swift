import Foundation

/// The system calls a journal makes to put bytes on disk. Tests substitute
/// one that fails at a chosen point (short write, ENOSPC, EIO on fsync, a
/// failing rename) to prove no answer is acknowledged before it is durable.
public protocol JournalIO: Sendable {
    /// Like write(2): bytes written, or -1 with the error number.
    func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> (count: Int, errno: Int32)
    /// Like fsync(2): 0, or the error number.
    func fsync(_ fd: Int32) -> Int32
    /// Like ftruncate(2): 0, or the error number.
    func truncate(_ fd: Int32, to length: Int) -> Int32
    /// Moves a finished temporary file into place: like rename(2) when
    /// `replacing`, otherwise like link(2) then unlink(2), so an existing
    /// file is never replaced. 0, or the error number.
    func rename(_ source: String, to target: String, replacing: Bool) -> Int32
}

extension JournalIO {
    /// Writes every byte, going on after a short write; nil, or the error
    /// number of the write that failed (EIO for a write that made no progress).
    func writeAll(_ fd: Int32, _ data: Data) -> Int32? {
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let result = write(fd, UnsafeRawBufferPointer(rebasing: buffer[offset...]))
                if result.count < 0 {
                    if result.errno == EINTR { continue }
                    return result.errno
                }
                if result.count == 0 { return EIO }
                offset += result.count
            }
            return nil
        }
    }
}

/// The real system calls.
public struct SystemJournalIO: JournalIO {
    public init() {}

    public func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> (count: Int, errno: Int32) {
        let count = Foundation.write(fd, bytes.baseAddress, bytes.count)
        return (count, count < 0 ? errno : 0)
    }

    public func fsync(_ fd: Int32) -> Int32 {
        Foundation.fsync(fd) == 0 ? 0 : errno
    }

    public func truncate(_ fd: Int32, to length: Int) -> Int32 {
        ftruncate(fd, off_t(length)) == 0 ? 0 : errno
    }

    public func rename(_ source: String, to target: String, replacing: Bool) -> Int32 {
        if replacing { return Foundation.rename(source, target) == 0 ? 0 : errno }
        guard link(source, target) == 0 else { return errno }
        unlink(source)
        return 0
    }
}

/// Where a journal's timestamps come from; tests give a fixed clock.
public protocol JournalClock: Sendable {
    func now() -> Date
}

public struct SystemClock: JournalClock {
    public init() {}
    public func now() -> Date { Date() }
}

public enum Timestamp {
    /// UTC, ISO 8601 with milliseconds: `2026-11-22T10:04:05.123Z`.
    public static func string(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: .gmt))
    }

    /// The calendar date `yyyy-mm-dd` of `date` in the machine's time zone.
    public static func localDay(_ date: Date, timeZone: TimeZone = .current) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }
}
