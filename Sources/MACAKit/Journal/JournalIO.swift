import Foundation

/// The system calls a journal makes to put bytes on disk. Tests substitute
/// one that fails at a chosen point (short write, ENOSPC, EIO on fsync) to
/// prove no answer is acknowledged before it is durable.
public protocol JournalIO: Sendable {
    /// Like write(2): bytes written, or -1 with the error number.
    func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> (count: Int, errno: Int32)
    /// Like fsync(2): 0, or the error number.
    func fsync(_ fd: Int32) -> Int32
    /// Like ftruncate(2): 0, or the error number.
    func truncate(_ fd: Int32, to length: Int) -> Int32
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
