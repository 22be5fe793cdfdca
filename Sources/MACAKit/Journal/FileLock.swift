import Foundation

/// The one way maca takes a file's exclusive lock without waiting on a
/// maca that is really writing it.
enum FileLock {
    /// How long a lock is tried for when a moment's wait is enough: a file
    /// closed as another process was being started stays shared with that
    /// process (and so locked) until it runs its program, and a maca that
    /// has just quit lets go within this.
    static let brief = 10

    /// Tries `tries` times, 50 ms apart, for an exclusive `flock` on `fd`.
    /// One try when `tries` is 1.
    static func exclusive(_ fd: Int32, tries: Int = brief) -> Bool {
        for attempt in 0..<max(1, tries) {
            if flock(fd, LOCK_EX | LOCK_NB) == 0 { return true }
            if attempt < tries - 1 { usleep(50_000) }
        }
        return false
    }
}
