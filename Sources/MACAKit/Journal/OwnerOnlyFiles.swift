import Foundation

/// Files and folders only their owner can read: 0600 and 0700 whatever the
/// umask, because everything maca records is about children and families.
public enum OwnerOnlyFiles {
    public static let fileMode: mode_t = 0o600
    public static let folderMode: mode_t = 0o700

    /// Creates the folder and any missing parents, each 0700, and syncs the
    /// parent of every folder it creates so the new entries survive a crash.
    public static func makeFolder(_ path: String) throws(FileError) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw .unwritable(path: path, reason: "a file is in the way of a folder")
            }
            return
        }
        let parent = FilePaths.parent(of: path)
        if !parent.isEmpty && parent != path { try makeFolder(parent) }
        if mkdir(path, folderMode) != 0 && errno != EEXIST {
            throw .unwritable(path: path, reason: FileError.reason(errno: errno))
        }
        if chmod(path, folderMode) != 0 {
            throw .unwritable(path: path, reason: FileError.reason(errno: errno))
        }
        try syncFolder(parent.isEmpty ? "." : parent)
    }

    /// Creates a new file (refusing to replace one) as 0600, open for reading
    /// and appending, and syncs its folder so the file itself survives a crash.
    public static func createNew(_ path: String) throws(FileError) -> Int32 {
        let fd = open(path, O_RDWR | O_APPEND | O_CREAT | O_EXCL | O_CLOEXEC, fileMode)
        guard fd >= 0 else { throw .unwritable(path: path, reason: FileError.reason(errno: errno)) }
        guard fchmod(fd, fileMode) == 0 else {
            let code = errno
            close(fd)
            throw .unwritable(path: path, reason: FileError.reason(errno: code))
        }
        try syncFolder(folder(of: path))
        return fd
    }

    /// Writes a whole new file durably (temporary file, fsync, rename, folder
    /// fsync). The temporary file is 0600 whatever `mode` the file ends with.
    /// Unless `replacing`, an existing file is left as it is and the write
    /// fails with EEXIST. Every write, sync and rename goes through `io`.
    ///
    /// A path that names a FIFO or a device (`--out /dev/stdout`, a pipe a
    /// program reads) is written to as it is, never renamed over: replacing
    /// /dev/null with a file would break the machine for everyone. A FIFO
    /// that nothing reads is refused at once rather than waited on.
    public static func writeAtomically(
        _ data: Data, to path: String, mode: mode_t = fileMode, replacing: Bool = true,
        io: any JournalIO = SystemJournalIO()
    ) throws(FileError) {
        var status = stat()
        if stat(path, &status) == 0 {
            switch status.st_mode & S_IFMT {
            case S_IFREG: break
            case S_IFDIR: throw .unwritable(path: path, reason: "it is a folder, not a file")
            default:
                if replacing {
                    try writeThrough(data, to: path, io: io)
                    return
                }
            }
        }
        let temporary = "\(folder(of: path))/.\((path as NSString).lastPathComponent).\(getpid()).tmp"
        unlink(temporary)
        let fd: Int32
        do {
            fd = try createNew(temporary)
        } catch let .unwritable(_, reason) {
            // The file asked for, not the temporary one beside it that the person never named.
            throw .unwritable(path: path, reason: reason)
        } catch {
            throw error
        }
        defer { close(fd) }
        func fail(_ code: Int32) -> FileError {
            unlink(temporary)
            return .unwritable(path: path, reason: FileError.reason(errno: code))
        }
        if let failure = io.writeAll(fd, data) { throw fail(failure) }
        let synced = io.fsync(fd)
        if synced != 0 { throw fail(synced) }
        if mode != fileMode, fchmod(fd, mode) != 0 { throw fail(errno) }
        let moved = io.rename(temporary, to: path, replacing: replacing)
        if moved != 0 { throw fail(moved) }
        try syncFolder(folder(of: path))
    }

    /// Writes into an existing FIFO or device as it is.
    private static func writeThrough(_ data: Data, to path: String, io: any JournalIO) throws(FileError) {
        // Non-blocking, so a FIFO without a reader fails (ENXIO) rather than waits for ever.
        let fd = open(path, O_WRONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
        guard fd >= 0 else {
            let code = errno
            throw .unwritable(path: path, reason: code == ENXIO ? "it is a FIFO (a named pipe) that no program is reading" : FileError.reason(errno: code))
        }
        defer { close(fd) }
        var status = stat()
        guard fstat(fd, &status) == 0, status.st_mode & S_IFMT != S_IFREG, status.st_mode & S_IFMT != S_IFDIR else {
            throw .unwritable(path: path, reason: "it changed while it was being written")
        }
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        if let failure = io.writeAll(fd, data) { throw .unwritable(path: path, reason: FileError.reason(errno: failure)) }
    }

    /// Sets a folder's mode, e.g. to let others read a shareable report.
    public static func setMode(_ mode: mode_t, of path: String) throws(FileError) {
        guard chmod(path, mode) == 0 else { throw .unwritable(path: path, reason: FileError.reason(errno: errno)) }
    }

    /// No core dump may write a day's answers to disk: called while a day is open.
    public static func disableCoreDumps() {
        var none = rlimit(rlim_cur: 0, rlim_max: 0)
        _ = setrlimit(Int32(RLIMIT_CORE.rawValue), &none)
    }

    public static func syncFolder(_ path: String) throws(FileError) {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw .unwritable(path: path, reason: FileError.reason(errno: errno)) }
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw .unwritable(path: path, reason: FileError.reason(errno: errno)) }
    }

    static func folder(of path: String) -> String {
        let folder = FilePaths.parent(of: path)
        return folder.isEmpty ? "." : folder
    }
}
