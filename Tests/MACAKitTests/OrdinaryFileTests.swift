import Foundation
import MACAKit
import MACATestSupport
import Testing

/// A file a person names is read only if it is an ordinary file: anything
/// else is refused at once with what it is, never waited on (a FIFO) or read
/// for ever (a device). Found by the argument fuzzer's FIFO, folder and
/// looping link, given as a template, a return form and a candidate list.
@Suite("Reading a named file")
struct OrdinaryFileTests {
    @Test("a FIFO, a folder, a device and links that lead nowhere are refused with what they are")
    func notOrdinary() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let fifo = folder.file("fifo.yaml")
        #expect(mkfifo(fifo, 0o600) == 0)
        try FileManager.default.createSymbolicLink(atPath: folder.file("loop"), withDestinationPath: "loop")
        try FileManager.default.createSymbolicLink(atPath: folder.file("dangling"), withDestinationPath: "nowhere")
        let cases: [(String, FileError)] = [
            (fifo, .unreadable(path: fifo, reason: "it is a FIFO (a named pipe), not an ordinary file")),
            (folder.path, .unreadable(path: folder.path, reason: "it is a folder, not a file")),
            ("/dev/zero", .unreadable(path: "/dev/zero", reason: "it is a device or socket, not an ordinary file")),
            (folder.file("loop"), .unreadable(path: folder.file("loop"), reason: "it is a link that leads back to itself")),
            (folder.file("dangling"), .unreadable(path: folder.file("dangling"), reason: "it is a link to nowhere, which is not there")),
            (folder.file("absent"), .notFound(path: folder.file("absent"), what: "template file")),
            ("/etc/passwd/x", .notFound(path: "/etc/passwd/x", what: "template file")),
        ]
        for (path, expected) in cases {
            // A FIFO that blocked the read would never come back: a failure, not a hang.
            let outcome = try finishing(within: 10) { () -> FileError? in
                do throws(FileError) {
                    _ = try OrdinaryFile.read(path, what: "template file")
                    return nil
                } catch {
                    return error
                }
            }
            #expect(outcome == .some(expected), "\(path)")
        }
    }

    @Test("with a limit, a file is read no further than one byte past it")
    func limit() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("big.yaml")
        try Data(repeating: UInt8(ascii: "a"), count: 200_000).write(to: URL(fileURLWithPath: path))
        #expect(try OrdinaryFile.read(path, what: "file", limit: 1_000).count == 1_001)
        #expect(try OrdinaryFile.read(path, what: "file", limit: 200_000).count == 200_000)
        #expect(try OrdinaryFile.read(path, what: "file").count == 200_000)
    }
}
