import Foundation
import MACAKit
import MACATestSupport
import Testing

@Suite("Owner-only files", .serialized)
struct OwnerOnlyFilesTests {
    private func mode(_ path: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return (attributes[.posixPermissions] as? Int ?? -1) & 0o777
    }

    @Test("days, journals and moved-aside records are 0700 and 0600 whatever the umask", arguments: [0o000, 0o022, 0o777] as [mode_t])
    func modes(umaskValue: mode_t) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let previous = umask(umaskValue)
        defer { umask(previous) }
        let store = SessionStore(directory: folder.file("sessions/nested"))
        let template = try TemplateLibrary(directory: "\(packageRoot)/audit-templates").template(id: "neglect")
        let journal = try store.startDay(template: template, date: "2026-10-14", area: "Sampleshire", facilitator: "F")
        journal.close()
        // A torn record, moved aside on the next open.
        let handle = try #require(FileHandle(forWritingAtPath: journal.path))
        handle.seekToEndOfFile()
        handle.write(Data("{\"torn".utf8))
        try handle.close()
        let (reopened, recovery) = try JournalWriter.open(path: journal.path)
        reopened.close()
        let aside = try #require(recovery.tornRecordMovedTo)

        #expect(try mode(folder.file("sessions")) == 0o700)
        #expect(try mode(store.directory) == 0o700)
        #expect(try mode(OwnerOnlyFilesTests.folder(of: journal.path)) == 0o700)
        #expect(try mode(journal.path) == 0o600)
        #expect(try mode(aside) == 0o600)
    }

    private static func folder(of path: String) -> String {
        (path as NSString).deletingLastPathComponent
    }
}

/// An output a person names may be a FIFO or a device (`--out /dev/stdout`):
/// written into as it is, never renamed over, and a FIFO that nothing reads
/// is refused at once rather than waited on. Found by the argument fuzzer,
/// which names its FIFO as every kind of output.
@Suite("Writing to what is not an ordinary file")
struct WriteThroughTests {
    @Test("a FIFO with a reader gets the bytes and stays a FIFO")
    func fifoWithReader() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let fifo = folder.file("out.csv")
        #expect(mkfifo(fifo, 0o600) == 0)
        // The reader opens it on a thread of its own, and reads to the end.
        let received = ResultCollector()
        let thread = Thread {
            received.data = FileHandle(forReadingAtPath: fifo)?.readDataToEndOfFile()
            received.done.signal()
        }
        thread.start()
        // Until the reader has the FIFO open, a writer finds no one reading it.
        var written = false
        for _ in 0..<200 where !written {
            do {
                try OwnerOnlyFiles.writeAtomically(Data("id,status\n".utf8), to: fifo)
                written = true
            } catch {
                usleep(10_000)
            }
        }
        #expect(written)
        #expect(received.done.wait(timeout: .now() + 10) == .success)
        #expect(received.data == Data("id,status\n".utf8))
        var status = stat()
        #expect(lstat(fifo, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO)
    }

    @Test("a FIFO that nothing reads is refused at once, and left a FIFO")
    func fifoWithoutReader() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let fifo = folder.file("out.csv")
        #expect(mkfifo(fifo, 0o600) == 0)
        let outcome = try finishing(within: 10) { () -> FileError? in
            do throws(FileError) {
                try OwnerOnlyFiles.writeAtomically(Data("x".utf8), to: fifo)
                return nil
            } catch {
                return error
            }
        }
        #expect(outcome == .some(.unwritable(path: fifo, reason: "it is a FIFO (a named pipe) that no program is reading")))
        var status = stat()
        #expect(lstat(fifo, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO)
    }

    @Test("a character device is written through, not replaced")
    func device() throws {
        // As root, a null device of the test's own (so that a regression
        // replaces that, not the machine's /dev/null); otherwise /dev/null,
        // which only root could replace. (Device 1,3 is the null device.)
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let device = geteuid() == 0 ? folder.file("null") : "/dev/null"
        if geteuid() == 0 { #expect(mknod(device, S_IFCHR | 0o666, (1 << 8) | 3) == 0) }
        try OwnerOnlyFiles.writeAtomically(Data("discarded".utf8), to: device)
        var status = stat()
        #expect(lstat(device, &status) == 0 && status.st_mode & S_IFMT == S_IFCHR)
    }

    @Test("a folder is refused as such, and a failure names the file asked for, not its temporary neighbour")
    func namesTheTarget() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        #expect(throws: FileError.unwritable(path: folder.path, reason: "it is a folder, not a file")) {
            try OwnerOnlyFiles.writeAtomically(Data("x".utf8), to: folder.path)
        }
        let file = folder.file("a-file")
        try Data("x".utf8).write(to: URL(fileURLWithPath: file))
        #expect(throws: FileError.unwritable(path: "\(file)/out.csv", reason: "Not a directory")) {
            try OwnerOnlyFiles.writeAtomically(Data("x".utf8), to: "\(file)/out.csv")
        }
    }
}

/// What a reader thread hands back.
private final class ResultCollector: @unchecked Sendable {
    var data: Data?
    let done = DispatchSemaphore(value: 0)
}
