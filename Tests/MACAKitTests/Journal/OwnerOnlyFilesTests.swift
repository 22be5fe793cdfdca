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
