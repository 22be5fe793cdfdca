import Foundation

/// Where a day named on the command line is: its folder in the sessions
/// folder, or its archive (`DAY.age`) once `maca archive` has replaced the
/// folder. Every command finds a day here, so a day that is archived is
/// never said to be missing.
public enum DaySource: Sendable, Equatable {
    case folder(String)
    case archive(String)

    public var path: String {
        switch self {
        case let .folder(path), let .archive(path): path
        }
    }
}

/// What a command means to do to a day's folder, so that an archived day is
/// refused in words that fit what was asked.
public enum DayWrite: Sendable, Equatable {
    /// Carry an unfinished day on (`maca resume`).
    case resume
    /// Take an agency's return (`maca enter`, `maca returns form` and `import`).
    case returns
    /// Reopen a closed day (`maca reopen`).
    case reopen
    /// Take a record's text out (`maca redact`).
    case redact
}

/// A command that writes to a day was given a day that is archived: closed,
/// sealed and kept as one encrypted file, which no command writes to. The
/// sentence says where the archive is and what to do instead. Exit 66, as
/// for a day that is not there: the day folder the command needs is not.
public struct DayArchived: UserFacingError, Equatable {
    public var archive: String
    public var write: DayWrite
    /// The partnership's archive key, for the command that opens the archive by hand.
    public var archiveKey: String?

    public init(archive: String, write: DayWrite, archiveKey: String?) {
        self.archive = archive
        self.write = write
        self.archiveKey = archiveKey
    }

    public var exitStatus: ExitStatus { .noInput }

    /// The day's name: the archive's file name without `.age`.
    public var day: String { DayArchive.dayName(of: archive) }

    public var description: String {
        let name = shellWord(day)
        let sessions = FilePaths.parent(of: archive)
        // What puts the folder back, as Documentation/Privacy.md gives it.
        let restore = "put its folder back with 'age -d -i \(shellWord(archiveKey ?? "KEY")) \(shellWord(archive)) | tar -x -C \(shellWord(sessions.isEmpty ? "." : sessions))', "
            + "check it with 'maca verify \(name)', remove \(archive)"
        let archived = "\(archive): the day \(day) is archived, so it is closed, sealed and read-only"
        switch write {
        case .resume:
            return "\(archived), and there is nothing to resume; 'maca show \(name)' prints its record from the archive"
        case .returns:
            return "\(archived), and takes no more returns; to take a late return, \(restore), and reopen it with 'maca reopen \(name) --reason …'"
        case .reopen:
            return "\(archived), and cannot be reopened as it is; to reopen it, \(restore), and run 'maca reopen' again"
        case .redact:
            return "\(archived), and its records cannot be redacted inside the archive, which holds the text too; "
                + "\(restore), redact the folder, and archive it again with 'maca archive \(name)'"
        }
    }
}

/// A day read to be shown or checked, from its folder or, in memory, from its archive.
public struct DayRead: Sendable {
    public var source: DaySource
    /// How messages name the day: its folder, or `ARCHIVE: NAME` for one read from an archive.
    public var label: String
    /// The day verified: its journals, seal and signatures.
    public var verification: DayVerification
    /// The archive as opened (which identity, what it holds), for a day read from one.
    public var opened: DayArchive.Opened?

    /// The day's folder, when it is read from one (nothing is ever written into an archive).
    public var folder: String? {
        if case let .folder(path) = source { return path }
        return nil
    }

    /// The day's name in the sessions folder, without `.age`.
    public var name: String { DayArchive.dayName(of: source.path) }
}

/// A day in the sessions folder that a listing (the action tracker, the
/// register) could not read, and why: it is named, never passed over.
public struct UnreadDay: Sendable, Equatable {
    public enum Reason: Sendable, Equatable {
        /// An archive, and no identity here to open it.
        case noIdentity
        /// An archive that could not be opened: damaged, cut short, or for other keys.
        case unopened(String)
        /// A day (folder or archive) whose journals are damaged.
        case damaged(String)
    }

    /// Its name in the sessions folder: a folder, or `DAY.age`.
    public var name: String
    public var path: String
    public var archived: Bool
    public var reason: Reason

    /// 66 when only an identity is missing; 65 when the day itself is damaged or will not open.
    public var exitStatus: ExitStatus {
        if case .noIdentity = reason { return .noInput }
        return .data
    }

    /// Why it was not read, as the end of a sentence that names it.
    public func why(archiveKey: String?) -> String {
        switch reason {
        case .noIdentity:
            "it is archived, and there is no identity to open it: the partnership's archive key \(archiveKey ?? ArchiveKey.identityFile) is not here "
                + "(restore the partnership's copy: a new one from 'maca init' cannot open archives made before it); or give the key it was encrypted to with --identity FILE"
        case let .unopened(reason):
            "it is archived, and cannot be opened (\(reason)); 'maca archive --check \(shellWord(name))' says more"
        case let .damaged(problem):
            "it does not verify (\(problem)); 'maca verify \(shellWord(DayArchive.dayName(of: name)))' says more"
        }
    }
}

/// Every day a listing can read in a sessions folder, folders and archives,
/// and those it could not.
public struct DaysRead: Sendable {
    /// Each readable day by its name in the sessions folder (`DAY`, or
    /// `DAY.age` for an archive), folded; folders first, then archives.
    public var days: [(name: String, day: AuditDay)]
    public var unread: [UnreadDay]
}

extension DayArchive {
    /// The day's name from its folder or archive path: the last part, without `.age`.
    public static func dayName(of path: String) -> String {
        let name = FilePaths.name(path)
        let suffix = "." + fileExtension
        return name.hasSuffix(suffix) && name.count > suffix.count ? String(name.dropLast(suffix.count)) : name
    }
}

extension SessionStore {
    /// Where a day is: a day folder by name (in the sessions folder) or by
    /// path; else its archive, `DAY.age` beside where the folder was, or an
    /// archive named by path or file name. A folder wins over an archive of
    /// the same day kept beside it (`maca archive --keep`).
    public func locate(_ day: String) throws(FileError) -> DaySource {
        if day.hasSuffix("." + DayArchive.fileExtension) {
            let candidates = day.contains("/") ? [day] : ["\(directory)/\(day)", day]
            if let found = candidates.first(where: DayArchive.isArchive) { return .archive(found) }
            throw .notFound(path: candidates[0], what: "archived day (a .age file)")
        }
        do {
            return .folder(try folder(of: day))
        } catch {
            let archive = day.contains("/") ? DayArchive.archivePath(of: day) : "\(directory)/\(day).\(DayArchive.fileExtension)"
            if DayArchive.isArchive(archive) { return .archive(archive) }
            throw error
        }
    }

    /// The folder of a day a command is about to write to: a day that is
    /// archived is refused with where its archive is and what to do instead.
    public func folder(of day: String, toWrite write: DayWrite) throws -> String {
        switch try locate(day) {
        case let .folder(folder): return folder
        case let .archive(archive): throw DayArchived(archive: archive, write: write, archiveKey: archiveKey)
        }
    }

    /// A day to show or check, from its folder or from its archive, opened
    /// in memory with the first of `identities` it was encrypted to; nothing
    /// is written. An archive with no identity to open it is exit 66; one
    /// that will not open, exit 65.
    public func read(_ day: String, identities: [AgeIdentity]) throws -> DayRead {
        switch try locate(day) {
        case let .folder(folder):
            let verification = try DayVerification.check(folder: folder, signer: signer, witness: witness)
            return DayRead(source: .folder(folder), label: folder, verification: verification)
        case let .archive(archive):
            guard !identities.isEmpty else {
                throw ArchiveError.noIdentity(archives: [archive], partnershipKey: archiveKey ?? ArchiveKey.identityFile)
            }
            var opened = try DayArchive.open(path: archive, identities: identities, signer: signer)
            // Checked against the partnership's seal witness too, as a folder is.
            if let witness {
                let journals = opened.verification.journals
                let facilitator = journals.first { $0.path.hasSuffix("/" + DaySeal.facilitatorFile) }
                if facilitator?.isDamaged != true {
                    let seals = try witness.seals(day: facilitator?.records.first?.day)
                    opened.verification = DayVerification.check(
                        day: opened.label, journals: journals, signer: signer, witnessed: (seals, witness.path)
                    )
                }
            }
            return DayRead(source: .archive(archive), label: opened.label, verification: opened.verification, opened: opened)
        }
    }

    /// Every day in the sessions folder, for the listings that go through
    /// them all (actions, the register): each day folder whose journals are
    /// not damaged, and each archive opened in memory with `identities`.
    /// What cannot be read is returned with why, for the command to say. An
    /// archive of a day whose folder is still here (`--keep`) is the same
    /// day, and read once, from the folder.
    public func readDays(identities: [AgeIdentity]) throws -> DaysRead {
        var read = DaysRead(days: [], unread: [])
        var ids: Set<String> = []
        let folders = try dayFolders()
        for name in folders {
            let path = "\(directory)/\(name)"
            let journals: [JournalFile]
            do {
                journals = try Self.readDay(path, signer: signer)
            } catch {
                read.unread.append(UnreadDay(name: name, path: path, archived: false, reason: .damaged(error.description)))
                continue
            }
            if let damaged = journals.first(where: \.isDamaged) {
                read.unread.append(UnreadDay(name: name, path: path, archived: false, reason: .damaged(damaged.damage.first?.description ?? "damaged")))
                continue
            }
            let day = DayFold.fold(journals)
            if let id = day.id { ids.insert(id) }
            read.days.append((name, day))
        }
        for path in try archivedDays() {
            let name = FilePaths.name(path)
            if folders.contains(DayArchive.dayName(of: path)) { continue }
            guard !identities.isEmpty else {
                read.unread.append(UnreadDay(name: name, path: path, archived: true, reason: .noIdentity))
                continue
            }
            let opened: DayArchive.Opened
            do {
                opened = try DayArchive.open(path: path, identities: identities, signer: signer)
            } catch {
                let reason = error.description.hasPrefix("\(path): ") ? String(error.description.dropFirst(path.count + 2)) : error.description
                read.unread.append(UnreadDay(name: name, path: path, archived: true, reason: .unopened(reason)))
                continue
            }
            let journals = opened.verification.journals
            if let damaged = journals.first(where: \.isDamaged) {
                read.unread.append(UnreadDay(name: name, path: path, archived: true, reason: .damaged(damaged.damage.first?.description ?? "damaged")))
                continue
            }
            let day = DayFold.fold(journals)
            // The same day as a folder read above, under another name: read once.
            if let id = day.id, !ids.insert(id).inserted { continue }
            read.days.append((name, day))
        }
        return read
    }
}

/// A word a shell reads back as `text`: as it is when it is plain, else in single quotes.
public func shellWord(_ text: String) -> String {
    let plain = !text.isEmpty && text.unicodeScalars.allSatisfy { scalar in
        scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || "/._-+,:@%=".unicodeScalars.contains(scalar))
    }
    return plain ? text : "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
}
