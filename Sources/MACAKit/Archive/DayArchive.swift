import Foundation

/// A closed day kept as one encrypted file: the tar of its folder
/// (`DayTar`), encrypted in the age format (`AgeFile`) to the partnership's
/// archive key and any other recipients, written beside the folder as
/// `<day>.age` (0600).
///
/// The folder is removed only once the archive has been written and synced,
/// read back from disk, opened with an identity here, found to hold every
/// file of the folder byte for byte, and the day verified again from what it
/// holds. If any of that fails, nothing of the folder is touched.
public enum DayArchive {
    public static let fileExtension = "age"

    /// Where a day folder's archive goes: beside it, `<day>.age`.
    public static func archivePath(of folder: String) -> String {
        trimmed(folder) + "." + fileExtension
    }

    /// Whether a path names an archive: a regular file ending `.age`.
    public static func isArchive(_ path: String) -> Bool {
        var status = stat()
        return path.hasSuffix("." + fileExtension) && stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFREG
    }

    /// What archiving a day did.
    public struct Archived: Sendable {
        public var archive: String
        public var folder: String
        public var files: Int
        public var bytes: Int
        public var recipients: [AgeRecipient]
        /// The identity the archive was opened with to check it; nil when
        /// none here could (allowed only when the folder is kept).
        public var checkedWith: AgeIdentity?
        /// The day as verified: from the archive when it was checked.
        public var verification: DayVerification
        /// The archive was there already, and held the folder exactly.
        public var alreadyArchived: Bool
        public var removedFolder: Bool
    }

    /// Archives a closed, sealed day that verifies, and removes its folder
    /// unless `keep`. `identities` are those that may open the archive to
    /// check it; one of them must be for a recipient, unless `keep`.
    public static func archive(
        folder: String, recipients: [AgeRecipient], identities: [AgeIdentity], keep: Bool,
        signer: RecordSigner?, io: any JournalIO = SystemJournalIO()
    ) throws -> Archived {
        let folder = trimmed(folder)
        let archive = archivePath(of: folder)
        let openers = identities.filter { recipients.contains($0.recipient) }
        if openers.isEmpty && !keep { throw ArchiveError.cannotCheck(recipients: recipients) }

        // No return, resume or reopen writes to the day while it is archived.
        let lock = try FolderLock(folder: folder, exclusive: true)
        defer { withExtendedLifetime(lock) {} }
        let verification = try DayVerification.check(folder: folder, signer: signer)
        guard !verification.isDamaged else { throw ArchiveError.damagedDay(folder: folder, problems: verification.problems) }
        switch verification.state {
        case .sealed:
            break
        case .open:
            throw ArchiveError.notSealed(folder: folder, state: "the day is open, not closed: close it first ('maca resume' carries it on to its close)")
        case let .reopened(reason):
            throw ArchiveError.notSealed(folder: folder, state: "the day was reopened (\(reason)) and is not closed again: close it first with 'maca resume'")
        case .closedUnsealed:
            throw ArchiveError.notSealed(
                folder: folder,
                state: "the day was closed before days were sealed, so nothing shows it is complete: reopen it ('maca reopen') and close it again to seal it"
            )
        }
        let entries = try readFolder(folder)
        var owner = stat()
        _ = stat(folder, &owner)
        let tar: Data
        do {
            tar = try DayTar.write(day: FilePaths.name(folder), entries: entries, owner: (owner.st_uid, owner.st_gid))
        } catch {
            throw ArchiveError.container(path: folder, error)
        }

        var result = Archived(
            archive: archive, folder: folder, files: entries.count, bytes: 0, recipients: recipients, checkedWith: nil,
            verification: verification, alreadyArchived: false, removedFolder: false
        )
        var existing = stat()
        if lstat(archive, &existing) == 0 {
            // An earlier run wrote it (with --keep, or stopped before the folder went): it must hold this folder exactly.
            guard existing.st_mode & S_IFMT == S_IFREG else { throw ArchiveError.archiveDiffers(path: archive, reason: "it is not a file") }
            guard !openers.isEmpty else { throw ArchiveError.archiveDiffers(path: archive, reason: "no identity here opens an archive for these recipients to compare it") }
            let opened: Opened
            do {
                opened = try open(path: archive, identities: openers, signer: signer)
            } catch {
                throw ArchiveError.archiveDiffers(path: archive, reason: "it cannot be opened: \(error.description)")
            }
            if let difference = difference(opened.day.entries, entries) {
                throw ArchiveError.archiveDiffers(path: archive, reason: "it is not the day folder as it is now (\(difference))")
            }
            result.alreadyArchived = true
            result.checkedWith = opened.identity
            result.verification = opened.verification
            result.bytes = Int(existing.st_size)
        } else {
            let sealed = AgeFile.encrypt(tar, to: recipients)
            do {
                try OwnerOnlyFiles.writeAtomically(sealed, to: archive, replacing: false, io: io)
            } catch {
                throw ArchiveError.file(error)
            }
            result.bytes = sealed.count
            do {
                if let opened = try check(archive: archive, written: sealed, folder: folder, original: verification, identities: openers, signer: signer) {
                    result.checkedWith = opened.identity
                    result.verification = opened.verification
                }
            } catch let failure as CheckFailure {
                // The archive is ours and wrong: it goes; the folder stays as it was.
                let removed = unlink(archive) == 0
                if removed { try? OwnerOnlyFiles.syncFolder(parent(of: archive)) }
                throw ArchiveError.checkFailed(path: archive, reason: failure.reason, removedArchive: removed)
            }
        }
        guard !keep, result.checkedWith != nil else { return result }
        try remove(folder: folder, archived: entries, archive: archive)
        result.removedFolder = true
        return result
    }

    private struct CheckFailure: Error {
        var reason: String
    }

    /// Reads back what was written and opens it: the same bytes, owner-only,
    /// every file of the folder byte for byte, and a day that verifies as
    /// the original did. The archive opened, or nil when no identity here can.
    private static func check(
        archive: String, written: Data, folder: String, original: DayVerification, identities: [AgeIdentity], signer: RecordSigner?
    ) throws -> Opened? {
        guard let data = FileManager.default.contents(atPath: archive) else { throw CheckFailure(reason: "read back from disk, it could not be read") }
        guard data == written else { throw CheckFailure(reason: "read back from disk, it is not the bytes that were written") }
        var status = stat()
        guard stat(archive, &status) == 0, status.st_mode & 0o777 == OwnerOnlyFiles.fileMode else {
            throw CheckFailure(reason: "read back from disk, it is not owner-only (0600)")
        }
        guard !identities.isEmpty else { return nil }
        let opened: Opened
        do {
            opened = try open(data: data, path: archive, identities: identities, signer: signer)
        } catch {
            throw CheckFailure(reason: error.description)
        }
        // Against the folder as it is on disk now, not the copy that was encrypted.
        if let difference = difference(opened.day.entries, try readFolder(folder)) {
            throw CheckFailure(reason: "what it holds is not the day folder: \(difference)")
        }
        guard opened.day.name == FilePaths.name(folder) else {
            throw CheckFailure(reason: "it holds the folder '\(opened.day.name)', not '\(FilePaths.name(folder))'")
        }
        let again = opened.verification
        if again.isDamaged { throw CheckFailure(reason: "the day does not verify from the archive: \(again.problems.first ?? "damaged")") }
        guard case .sealed = again.state, again.journals.count == original.journals.count, again.recordCount == original.recordCount,
              again.signatures.isChecked == original.signatures.isChecked else {
            throw CheckFailure(reason: "the day verified from the archive is not the day verified from the folder")
        }
        return opened
    }

    /// The first way two sets of files differ, or nil when they are the same names and bytes.
    static func difference(_ archived: [DayTar.Entry], _ folder: [DayTar.Entry]) -> String? {
        let inArchive = Dictionary(archived.map { ($0.name, $0.contents) }, uniquingKeysWith: { first, _ in first })
        let inFolder = Dictionary(folder.map { ($0.name, $0.contents) }, uniquingKeysWith: { first, _ in first })
        if let missing = inFolder.keys.sorted().first(where: { inArchive[$0] == nil }) { return "\(missing) is not in the archive" }
        if let extra = inArchive.keys.sorted().first(where: { inFolder[$0] == nil }) { return "\(extra) is in the archive but not in the folder" }
        if let changed = inFolder.keys.sorted().first(where: { inArchive[$0] != inFolder[$0] }) { return "\(changed) differs" }
        return nil
    }

    /// Every entry of a day folder, as a file to archive: only plain files.
    static func readFolder(_ folder: String) throws(ArchiveError) -> [DayTar.Entry] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            throw .file(.unreadable(path: folder, reason: FileError.reason(error)))
        }
        var entries: [DayTar.Entry] = []
        for name in names.sorted() {
            let path = "\(folder)/\(name)"
            var status = stat()
            guard lstat(path, &status) == 0 else { throw .file(.unreadable(path: path, reason: FileError.reason(errno: errno))) }
            // The report's digest is a cache of this build's scan, not part of the day: it is not archived,
            // and goes with the folder. Anything else by its name stops the archive before anything is written.
            if name == ReportDigests.fileName && status.st_mode & S_IFMT == S_IFREG { continue }
            switch status.st_mode & S_IFMT {
            case S_IFREG: break
            case S_IFDIR: throw .notPlainFile(path: path, kind: "a folder")
            case S_IFLNK: throw .notPlainFile(path: path, kind: "a symbolic link")
            case S_IFIFO: throw .notPlainFile(path: path, kind: "a FIFO")
            case S_IFSOCK: throw .notPlainFile(path: path, kind: "a socket")
            default: throw .notPlainFile(path: path, kind: "a device")
            }
            guard let contents = FileManager.default.contents(atPath: path) else {
                throw .file(.unreadable(path: path, reason: "permission denied"))
            }
            // Owner-only inside the archive too, whatever the folder held: tar -x as root keeps modes.
            entries.append(DayTar.Entry(name: name, contents: contents, mode: OwnerOnlyFiles.fileMode, modified: Int(status.st_mtim.tv_sec)))
        }
        return entries
    }

    /// Removes exactly the files archived, then the folder, then syncs the
    /// folder that held it. Anything else found in it first stops it all.
    private static func remove(folder: String, archived: [DayTar.Entry], archive: String) throws(ArchiveError) {
        let now: [String]
        do {
            now = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            throw .folderChanged(folder: folder)
        }
        guard Set(now).subtracting([ReportDigests.fileName]) == Set(archived.map(\.name)) else { throw .folderChanged(folder: folder) }
        // The report's digest, if any, goes with the folder: it was not archived.
        for name in archived.map(\.name) + (now.contains(ReportDigests.fileName) ? [ReportDigests.fileName] : []) {
            let path = "\(folder)/\(name)"
            guard unlink(path) == 0 else {
                throw .removeFailed(folder: folder, path: path, reason: FileError.reason(errno: errno), archive: archive)
            }
        }
        guard rmdir(folder) == 0 else {
            throw .removeFailed(folder: folder, path: folder, reason: FileError.reason(errno: errno), archive: archive)
        }
        do {
            try OwnerOnlyFiles.syncFolder(parent(of: folder))
        } catch {
            throw .file(error)
        }
    }

    // MARK: Reading archives

    /// An archive opened in memory: the day folder it holds, which identity
    /// opened it, and the day verified from its journals. Nothing is
    /// written to disk.
    public struct Opened: Sendable {
        public var path: String
        public var day: DayTar.Day
        public var identity: AgeIdentity
        public var verification: DayVerification

        /// How messages name the day: the archive and the folder inside it.
        public var label: String { "\(path): \(day.name)" }
    }

    /// Opens an archive with the first of `identities` it was encrypted to,
    /// and verifies the day it holds (its signatures with `signer`).
    public static func open(path: String, identities: [AgeIdentity], signer: RecordSigner?) throws(ArchiveError) -> Opened {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .file(FileManager.default.fileExists(atPath: path) ? .unreadable(path: path, reason: "permission denied") : .notFound(path: path, what: "archived day"))
        }
        return try open(data: data, path: path, identities: identities, signer: signer)
    }

    static func open(data: Data, path: String, identities: [AgeIdentity], signer: RecordSigner?) throws(ArchiveError) -> Opened {
        let plaintext: Data, identity: AgeIdentity
        do {
            (plaintext, identity) = try AgeFile.open(data, with: identities)
        } catch {
            throw .age(path: path, error)
        }
        let day: DayTar.Day
        do {
            day = try DayTar.read(plaintext)
        } catch {
            throw .container(path: path, error)
        }
        let label = "\(path): \(day.name)"
        let journals = day.entries.filter { $0.name.hasSuffix(".\(SessionStore.journalExtension)") && !$0.name.hasPrefix(".") }
            .map { JournalReader.parse($0.contents, path: "\(label)/\($0.name)", signer: signer) }
        let verification = DayVerification.check(day: label, journals: journals, signer: signer)
        return Opened(path: path, day: day, identity: identity, verification: verification)
    }

    private static func trimmed(_ folder: String) -> String {
        var folder = folder
        while folder.count > 1, folder.hasSuffix("/") { folder.removeLast() }
        return folder
    }

    private static func parent(of path: String) -> String {
        let parent = FilePaths.parent(of: path)
        return parent.isEmpty ? "." : parent
    }
}

extension SessionStore {
    /// The archived days in the sessions folder: its `<day>.age` files, by path.
    public func archivedDays() throws(FileError) -> [String] {
        try entryNames().filter { !$0.hasPrefix(".") }.map { "\(directory)/\($0)" }.filter(DayArchive.isArchive)
    }

}
