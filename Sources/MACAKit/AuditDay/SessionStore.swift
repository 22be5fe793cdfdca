import Foundation

/// The folder of audit days (`./sessions` by default). Each day is a folder
/// of journal files, one per writer, named `<writer>.jsonl`.
public struct SessionStore: Sendable {
    public var directory: String
    /// How messages name the folder: its absolute path and why it was chosen,
    /// e.g. "/srv/maca/sessions (from $MACA_SESSIONS)".
    public var described: String
    /// The partnership's key, when there is one: new days are signed with
    /// it, and signed days are checked with it as they are read.
    public var signer: RecordSigner?
    /// Where this partnership's seals are witnessed, checked as days are verified.
    public var witness: SealWitness?
    /// Where the partnership's archive key is (whether or not it is there),
    /// named when an archived day cannot be opened or written to.
    public var archiveKey: String?

    public init(directory: String, described: String? = nil, signer: RecordSigner? = nil, witness: SealWitness? = nil, archiveKey: String? = nil) {
        self.directory = directory
        self.described = described ?? directory
        self.signer = signer
        self.witness = witness
        self.archiveKey = archiveKey
    }

    /// The folder `Locations` chose, named in messages with why it was chosen.
    public init(_ located: ChosenFolder, environment: MacaEnvironment, signer: RecordSigner? = nil, witness: SealWitness? = nil) {
        self.init(
            directory: located.path, described: "\(environment.absolute(located.path)) (\(located.reason))", signer: signer, witness: witness,
            archiveKey: ArchiveKey.path(in: environment.keysFolder)
        )
    }

    /// Whether the sessions folder exists at all.
    public var exists: Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// Throws unless the sessions folder exists, for commands that read days:
    /// a missing folder is not the same as a folder with no days in it.
    public func requireFolder() throws(FileError) {
        guard exists else {
            if FileManager.default.fileExists(atPath: directory) {
                // Something is there, but not a folder: "does not exist" would send the reader looking for nothing.
                throw .missing(
                    "the sessions folder \(described) is a file, not a folder, so no audit day is there. "
                        + "Name the folder with --sessions or MACA_SESSIONS, or set it with 'maca init'."
                )
            }
            throw .missing(
                "the sessions folder \(described) does not exist: no audit day has been recorded there. "
                    + "Name the folder with --sessions or MACA_SESSIONS, or set it with 'maca init'."
            )
        }
    }

    public static let journalExtension = "jsonl"
    public static let facilitatorWriter = "facilitator"

    /// The folder of a day given by name (a folder in the sessions folder) or by path.
    public func folder(of day: String) throws(FileError) -> String {
        let candidates = day.contains("/") ? [day] : ["\(directory)/\(day)", day]
        for candidate in candidates where Self.isDayFolder(candidate) {
            return candidate
        }
        if day.contains("/") { throw .notFound(path: day, what: "audit day (a folder of .jsonl journals)") }
        try requireFolder()
        throw .missing("no audit day '\(day)' in \(described); 'maca register' lists the days there.")
    }

    /// What the sessions folder holds, by name, sorted; nothing when it does not exist.
    func entryNames() throws(FileError) -> [String] {
        guard FileManager.default.fileExists(atPath: directory) else { return [] }
        do {
            return try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        } catch {
            throw .unreadable(path: directory, reason: FileError.reason(error))
        }
    }

    /// The day folders in the sessions folder, by name.
    public func dayFolders() throws(FileError) -> [String] {
        let names = try entryNames()
        // `actions/` holds the action tracker's journals, not a day; a
        // `.deleting-` folder is a day recorded as deleted, being removed.
        return names.sorted().filter {
            $0 != "actions" && !$0.hasPrefix(DayRetention.deletingPrefix) && Self.isDayFolder("\(directory)/\($0)")
        }
    }

    /// Every day folder that is not damaged, with its fold, by name.
    public func foldedDays() throws -> [(name: String, day: AuditDay)] {
        try dayFolders().compactMap { name throws -> (String, AuditDay)? in
            let journals = try Self.readDay("\(directory)/\(name)", signer: signer)
            guard !journals.contains(where: \.isDamaged) else { return nil }
            return (name, DayFold.fold(journals))
        }
    }

    /// The journal files of a day folder, sorted by name: regular files
    /// only (a FIFO, folder or device named like a journal is never opened,
    /// see ``strayEntries(in:)``).
    public static func journalPaths(in folder: String) throws(FileError) -> [String] {
        try journalNamed(in: folder).filter { isRegularFile($0) }
    }

    /// Things in a day folder named like a journal that are not regular
    /// files, each with what it is: never read, and reported as damage.
    public static func strayEntries(in folder: String) throws(FileError) -> [(path: String, kind: String)] {
        try journalNamed(in: folder).compactMap { path in
            var status = stat()
            guard lstat(path, &status) == 0 else { return (path, "gone while being read") }
            switch status.st_mode & S_IFMT {
            case S_IFREG: return nil
            case S_IFDIR: return (path, "a folder")
            case S_IFIFO: return (path, "a FIFO")
            case S_IFLNK: return (path, "a symbolic link")
            case S_IFSOCK: return (path, "a socket")
            default: return (path, "a device")
            }
        }
    }

    private static func journalNamed(in folder: String) throws(FileError) -> [String] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            throw .unreadable(path: folder, reason: FileError.reason(error))
        }
        return names.filter { $0.hasSuffix(".\(journalExtension)") && !$0.hasPrefix(".") }.sorted().map { "\(folder)/\($0)" }
    }

    /// A regular file, not followed through a link: a journal is never a link.
    private static func isRegularFile(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFREG
    }

    /// Reads every journal of a day folder, checking signatures with `signer`.
    public static func readDay(_ folder: String, signer: RecordSigner? = nil) throws(FileError) -> [JournalFile] {
        try journalPaths(in: folder).map { path throws(FileError) in try JournalReader.read(path: path, signer: signer) }
    }

    public static func journalPath(in folder: String, writer: String) -> String {
        // Every writer name is made by FileNames from checked ids; anything else is a bug, not a path.
        precondition(FileNames.isWriter(writer), "a writer name must be made by FileNames")
        return "\(folder)/\(writer).\(journalExtension)"
    }

    /// A folder holding something named like a journal, or one that cannot
    /// be listed: a day that cannot be read is reported, never passed over.
    private static func isDayFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
            return false
        }
        guard let named = try? journalNamed(in: path) else { return true }
        return !named.isEmpty
    }
}

extension SessionStore {
    /// Opens a new audit day: its folder `<date>-<template>` (numbered if
    /// taken), the facilitator's journal, and the day-opened record stamped
    /// with the template. With the store's signer, the day is signed: every
    /// journal of it, the auditors' too, is then signed with the key.
    ///
    /// A name is taken by the journal appearing in its folder, which happens
    /// whole or not at all, so two facilitators starting the same day at once
    /// get two folders, and a folder left empty by a crash is used again
    /// rather than skipped. A name whose day is archived (`<name>.age`) is taken.
    public func startDay(
        template: AuditTemplate, date: String, area: String, facilitator: String,
        dayID: String = UUID().uuidString.lowercased(),
        io: any JournalIO = SystemJournalIO(), clock: any JournalClock = SystemClock()
    ) throws -> JournalWriter {
        // The date and the template's id name the day's folder.
        try FileNames.id(date, what: "the day's date", origin: "the day's set-up")
        try FileNames.id(template.id, what: "template id", origin: "the template")
        try OwnerOnlyFiles.makeFolder(directory)
        let opened = Event.dayOpened(DayOpened(day: dayID, template: TemplateStamp(template), date: date, area: area, facilitator: facilitator))
        for number in 1...10_000 {
            let folder = "\(directory)/\(date)-\(template.id)" + (number == 1 ? "" : "-\(number)")
            // An archived day keeps its name: a new folder of that name would be a second day under it.
            if FileManager.default.fileExists(atPath: DayArchive.archivePath(of: folder)) { continue }
            try OwnerOnlyFiles.makeFolder(folder)
            do {
                return try JournalWriter.create(
                    path: Self.journalPath(in: folder, writer: Self.facilitatorWriter), day: dayID,
                    writer: Self.facilitatorWriter, first: opened, author: facilitator, signer: signer, io: io, clock: clock
                )
            } catch JournalError.alreadyExists {
                continue
            }
        }
        throw FileError.unwritable(path: directory, reason: "too many days named \(date)-\(template.id)")
    }
}
