import Foundation
@testable import MACAKit
import MACATestSupport
import Testing

/// Archiving a day: only a closed, sealed day that verifies; the folder is
/// removed only once the archive is written, read back, opened and found to
/// hold every file byte for byte, and the day verifies from it.
@Suite("Archiving a day")
struct DayArchiveTests {
    static let partnership = AgeIdentity.generate(origin: "the partnership's archive key")
    static let stranger = AgeIdentity.generate(origin: "another partnership's key")

    /// A sessions folder holding a copy of the shipped example day (closed and sealed).
    struct Sessions {
        let folder: TemporaryFolder
        var day: String { folder.file(ExampleDay.name) }
        var archive: String { day + ".age" }

        init() throws {
            folder = try TemporaryFolder()
            try FileManager.default.copyItem(atPath: "\(packageRoot)/examples/sessions/\(ExampleDay.name)", toPath: day)
        }

        /// Every file of the day folder, by name.
        func files() throws -> [String: Data] {
            var files: [String: Data] = [:]
            for name in try FileManager.default.contentsOfDirectory(atPath: day) {
                files[name] = try Data(contentsOf: URL(fileURLWithPath: "\(day)/\(name)"))
            }
            return files
        }

        func archive(keep: Bool = false, recipients: [AgeRecipient] = [partnership.recipient], identities: [AgeIdentity] = [partnership], io: any JournalIO = SystemJournalIO()) throws -> DayArchive.Archived {
            try DayArchive.archive(folder: day, recipients: recipients, identities: identities, keep: keep, signer: nil, io: io)
        }
    }

    @Test("a sealed day is archived owner-only, its folder removed, and the archive holds every file byte for byte")
    func archived() throws {
        let sessions = try Sessions()
        defer { sessions.folder.remove() }
        let before = try sessions.files()
        let archived = try sessions.archive()
        #expect(archived.removedFolder && !archived.alreadyArchived && archived.files == before.count)
        #expect(archived.checkedWith?.recipient == Self.partnership.recipient)
        #expect(!FileManager.default.fileExists(atPath: sessions.day))
        #expect(try FileManager.default.contentsOfDirectory(atPath: sessions.folder.path) == [ExampleDay.name + ".age"])
        let mode = try FileManager.default.attributesOfItem(atPath: sessions.archive)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let opened = try DayArchive.open(path: sessions.archive, identities: [Self.stranger, Self.partnership], signer: nil)
        #expect(opened.day.name == ExampleDay.name)
        #expect(Dictionary(uniqueKeysWithValues: opened.day.entries.map { ($0.name, $0.contents) }) == before)
        #expect(!opened.verification.isDamaged && opened.verification.recordCount == 53)
        guard case .sealed = opened.verification.state else { Issue.record("not sealed from the archive"); return }
        // The report reads it as it read the folder.
        let inputs = try ReportInputs.gather(
            folders: [sessions.archive], theme: "neglect", from: nil, to: nil, skipInvalid: false, includeUnfinished: false, identities: [Self.partnership]
        )
        #expect(inputs.days.count == 1 && inputs.days[0].day.id == ExampleDay.dayID)
    }

    @Test("--keep keeps the folder; archiving again checks the archive there against it and then removes the folder")
    func keepThenAgain() throws {
        let sessions = try Sessions()
        defer { sessions.folder.remove() }
        let before = try sessions.files()
        let kept = try sessions.archive(keep: true)
        #expect(!kept.removedFolder && kept.checkedWith != nil)
        #expect(try sessions.files() == before)
        let archiveBytes = try Data(contentsOf: URL(fileURLWithPath: sessions.archive))
        let again = try sessions.archive()
        #expect(again.alreadyArchived && again.removedFolder)
        #expect(try Data(contentsOf: URL(fileURLWithPath: sessions.archive)) == archiveBytes)
    }

    @Test("an archive already there that is not the folder as it is now is refused, and neither is touched")
    func differs() throws {
        let sessions = try Sessions()
        defer { sessions.folder.remove() }
        _ = try sessions.archive(keep: true)
        let archiveBytes = try Data(contentsOf: URL(fileURLWithPath: sessions.archive))
        try Data("notes\n".utf8).write(to: URL(fileURLWithPath: "\(sessions.day)/notes.txt"))
        let before = try sessions.files()
        #expect(throws: ArchiveError.archiveDiffers(path: sessions.archive, reason: "it is not the day folder as it is now (notes.txt is not in the archive)")) {
            try sessions.archive()
        }
        #expect(try sessions.files() == before)
        #expect(try Data(contentsOf: URL(fileURLWithPath: sessions.archive)) == archiveBytes)
    }

    @Test("an open day, a damaged day, or a folder holding more than files is refused, and nothing is written or removed")
    func refused() throws {
        let sessions = try Sessions()
        defer { sessions.folder.remove() }
        // Open: the example day before its close, as a new day of the same template.
        let template = try TemplateLibrary(directory: "\(packageRoot)/audit-templates").template(id: "neglect")
        let open = try SessionStore(directory: sessions.folder.path).startDay(template: template, date: "2026-11-20", area: "Testshire", facilitator: "F")
        open.close()
        let openFolder = sessions.folder.file("2026-11-20-neglect")
        #expect(throws: ArchiveError.notSealed(folder: openFolder, state: "the day is open, not closed: close it first ('maca resume' carries it on to its close)")) {
            try DayArchive.archive(folder: openFolder, recipients: [Self.partnership.recipient], identities: [Self.partnership], keep: false, signer: nil)
        }
        #expect(FileManager.default.fileExists(atPath: "\(openFolder)/facilitator.jsonl"))
        #expect(!FileManager.default.fileExists(atPath: openFolder + ".age"))

        // Damaged: one answer changed in an auditor's journal.
        let police = "\(sessions.day)/auditor-police-auditor-b.jsonl"
        let original = try Data(contentsOf: URL(fileURLWithPath: police))
        try Data(String(decoding: original, as: UTF8.self).replacingOccurrences(of: "Two attendances", with: "Three attendances").utf8).write(to: URL(fileURLWithPath: police))
        #expect(throws: ArchiveError.self) { try sessions.archive() }
        do {
            _ = try sessions.archive()
        } catch let error as ArchiveError {
            #expect(error.exitStatus == .data)
            #expect(error.description.contains("the day does not verify, so it was not archived"))
        }
        #expect(FileManager.default.fileExists(atPath: police) && !FileManager.default.fileExists(atPath: sessions.archive))
        try original.write(to: URL(fileURLWithPath: police))

        // A folder inside the day's folder.
        try FileManager.default.createDirectory(atPath: "\(sessions.day)/copies", withIntermediateDirectories: true)
        #expect(throws: ArchiveError.notPlainFile(path: "\(sessions.day)/copies", kind: "a folder")) { try sessions.archive() }
        #expect(!FileManager.default.fileExists(atPath: sessions.archive))
    }

    @Test("with no identity here for its recipients the archive is refused unless the folder is kept, and then said to be unchecked")
    func noIdentityToCheck() throws {
        let sessions = try Sessions()
        defer { sessions.folder.remove() }
        let before = try sessions.files()
        #expect(throws: ArchiveError.cannotCheck(recipients: [Self.stranger.recipient])) {
            try sessions.archive(recipients: [Self.stranger.recipient])
        }
        #expect(!FileManager.default.fileExists(atPath: sessions.archive))
        let kept = try sessions.archive(keep: true, recipients: [Self.stranger.recipient])
        #expect(kept.checkedWith == nil && !kept.removedFolder)
        #expect(try sessions.files() == before)
        #expect(try DayArchive.open(path: sessions.archive, identities: [Self.stranger], signer: nil).day.entries.count == before.count)
    }

    @Test("a failed write, sync or rename of the archive leaves the folder exactly as it was and no archive", arguments: [
        FaultyJournalIO.Fault.writeError(call: 1, errno: EIO), .shortWrite(call: 1, bytes: 1000), .fsyncError(call: 1, errno: EIO),
        .renameError(call: 1, errno: EXDEV), .writeError(call: 1, errno: ENOSPC),
    ])
    func failedWrite(fault: FaultyJournalIO.Fault) throws {
        let sessions = try Sessions()
        defer { sessions.folder.remove() }
        let before = try sessions.files()
        do {
            _ = try sessions.archive(io: FaultyJournalIO([fault]))
            Issue.record("archived despite \(fault)")
        } catch let error as ArchiveError {
            #expect(error.exitStatus == .io, "\(error)")
            #expect(error.description.hasPrefix("\(sessions.archive): cannot be written: "), "\(error)")
        }
        #expect(try sessions.files() == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: sessions.folder.path) == [ExampleDay.name])
    }

    @Test("an archive that is damaged, cut short or for another key is refused with the reason, exit 65")
    func unreadable() throws {
        let sessions = try Sessions()
        defer { sessions.folder.remove() }
        _ = try sessions.archive(keep: true)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: sessions.archive))
        func open(_ data: Data, with identities: [AgeIdentity] = [Self.partnership]) throws {
            try data.write(to: URL(fileURLWithPath: sessions.folder.file("x.age")))
            _ = try DayArchive.open(path: sessions.folder.file("x.age"), identities: identities, signer: nil)
        }
        #expect(throws: ArchiveError.age(path: sessions.folder.file("x.age"), .noMatchingIdentity(x25519Recipients: 1, otherTypes: [], identities: 1))) {
            try open(bytes, with: [Self.stranger])
        }
        // Which chunk is the last depends on the day's size; that it is the last that fails does not.
        #expect { try open(bytes.prefix(bytes.count - 1)) } throws: { error in
            guard case .age(_, .lastChunk)? = error as? ArchiveError else { return false }
            return true
        }
        var flipped = bytes
        flipped[bytes.count / 2] ^= 0x20
        #expect(throws: ArchiveError.self) { try open(flipped) }
        for error in [ArchiveError.age(path: "p", .headerMAC), .container(path: "p", .truncated)] { #expect(error.exitStatus == .data) }
        // An age file holding something other than a tar of a day.
        #expect(throws: ArchiveError.container(path: sessions.folder.file("x.age"), .truncated)) {
            try open(AgeFile.encrypt(Data("not a tar".utf8), to: [Self.partnership.recipient]))
        }
    }
}
