import Foundation

/// Reads a file a person named (a template, a return form, a candidate
/// list). Only an ordinary file is read: a FIFO would block the read until
/// something wrote to it, and a device may never end, so both are refused
/// with what they are, as are a folder and a link to nothing or to itself.
public enum OrdinaryFile {
    /// The file's bytes. With a `limit`, at most `limit + 1` bytes are read,
    /// so a result longer than `limit` says the file is larger than that
    /// without reading all of it.
    public static func read(_ path: String, what: String, limit: Int? = nil) throws(FileError) -> Data {
        var status = stat()
        guard lstat(path, &status) == 0 else {
            if errno == ENOENT || errno == ENOTDIR { throw .notFound(path: path, what: what) }
            throw .unreadable(path: path, reason: FileError.reason(errno: errno))
        }
        // A link is followed, but one to nothing is said as such, not passed over.
        if status.st_mode & S_IFMT == S_IFLNK, stat(path, &status) != 0 {
            if errno == ELOOP { throw .unreadable(path: path, reason: "it is a link that leads back to itself") }
            let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
            throw .unreadable(path: path, reason: "it is a link to \(target), which is not there")
        }
        try requireOrdinary(status, path: path)
        // Non-blocking, in case a FIFO took the file's place since the stat.
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { throw .unreadable(path: path, reason: FileError.reason(errno: errno)) }
        defer { close(fd) }
        guard fstat(fd, &status) == 0 else { throw .unreadable(path: path, reason: FileError.reason(errno: errno)) }
        try requireOrdinary(status, path: path)

        let wanted = limit.map { $0 + 1 } ?? Int.max
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while data.count < wanted {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, min($0.count, wanted - data.count)) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadable(path: path, reason: FileError.reason(errno: errno))
            }
            if count == 0 { break }
            data.append(contentsOf: buffer[0..<count])
        }
        return data
    }

    private static func requireOrdinary(_ status: stat, path: String) throws(FileError) {
        switch status.st_mode & S_IFMT {
        case S_IFREG: return
        case S_IFDIR: throw .unreadable(path: path, reason: "it is a folder, not a file")
        case S_IFIFO: throw .unreadable(path: path, reason: "it is a FIFO (a named pipe), not an ordinary file")
        default: throw .unreadable(path: path, reason: "it is a device or socket, not an ordinary file")
        }
    }
}
