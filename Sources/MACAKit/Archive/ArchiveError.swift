/// Why a day could not be archived, or an archive could not be read: one
/// sentence naming the file, and the exit status it calls for.
public enum ArchiveError: UserFacingError, Equatable, Sendable {
    /// Reading or writing a file failed.
    case file(FileError)
    /// An age file that cannot be opened: damaged, cut short, or not for these identities.
    case age(path: String, AgeError)
    /// The tar inside an archive is not one day folder of plain files.
    case container(path: String, DayTarError)
    /// An identity file that is not one.
    case identityFile(path: String, reason: String)
    /// An identity file that is not there.
    case identityMissing(path: String)
    /// Archived days to read, and no identity to read them with.
    case noIdentity(archives: [String], partnershipKey: String)
    /// Nothing to encrypt to: no partnership archive key and no --recipient.
    case noRecipient(partnershipKey: String)
    /// No identity here opens an archive for these recipients, so it could not be checked before the folder went.
    case cannotCheck(recipients: [AgeRecipient])
    /// A day that is not closed and sealed.
    case notSealed(folder: String, state: String)
    /// A day that fails verify.
    case damagedDay(folder: String, problems: [String])
    /// Something in a day folder that is not a plain file.
    case notPlainFile(path: String, kind: String)
    /// An archive is there already, and it is not this day folder as it is now.
    case archiveDiffers(path: String, reason: String)
    /// The archive as written did not read back, open or verify as the day.
    case checkFailed(path: String, reason: String, removedArchive: Bool)
    /// The day folder changed while it was archived.
    case folderChanged(folder: String)
    /// The folder could not be removed after the archive was checked.
    case removeFailed(folder: String, path: String, reason: String, archive: String)

    public var exitStatus: ExitStatus {
        switch self {
        case let .file(error): error.exitStatus
        case .identityMissing, .noIdentity: .noInput
        case .noRecipient, .cannotCheck, .notSealed: .usage
        case let .checkFailed(_, reason, _): reason.hasPrefix("read back") ? .io : .data
        case .removeFailed: .io
        case .age, .container, .identityFile, .damagedDay, .notPlainFile, .archiveDiffers, .folderChanged: .data
        }
    }

    public var description: String {
        switch self {
        case let .file(error):
            error.description
        case let .age(path, error):
            "\(path): cannot be opened: \(error)"
        case let .container(path, error):
            "\(path): \(error)"
        case let .identityFile(path, reason):
            "\(path): not an age identity file: \(reason)"
        case let .identityMissing(path):
            "\(path): no age identity file there"
        case let .noIdentity(archives, key):
            "\(archives.count == 1 ? archives[0] + " is an archived day," : "\(archives.count) archived days, such as \(archives[0]),") "
                + "and there is no identity to open \(archives.count == 1 ? "it" : "them"): the partnership's archive key \(key) is not here "
                + "(restore the partnership's copy: a new one from 'maca init' cannot open archives made before it); or give the key it was encrypted to with --identity FILE"
        case let .noRecipient(key):
            "no recipient to encrypt the archive to: the partnership's archive key \(key) is not here; run 'maca init' to make it, or give --recipient age1…"
        case let .cannotCheck(recipients):
            "none of the identities here opens an archive encrypted to \(recipients.map(\.description).joined(separator: ", ")), "
                + "so it could not be checked before the day folder is removed; give --identity FILE for one of them, or --keep to keep the folder"
        case let .notSealed(folder, state):
            "\(folder): \(state); only a closed, sealed day is archived"
        case let .damagedDay(folder, problems):
            (problems + ["\(folder): the day does not verify, so it was not archived; run 'maca verify' for what is wrong"]).joined(separator: "\n")
        case let .notPlainFile(path, kind):
            "\(path): \(kind), not a plain file; a day folder is archived only when it holds nothing but files"
        case let .archiveDiffers(path, reason):
            "\(path): an archive is there already, and \(reason); nothing was written or removed (move it aside to archive the day again)"
        case let .checkFailed(path, reason, removed):
            "\(path): the archive was written but failed its check: \(reason); "
                + (removed ? "it was removed, and " : "") + "the day folder was left as it was"
        case let .folderChanged(folder):
            "\(folder): the day folder changed while it was being archived; nothing was removed: archive it again"
        case let .removeFailed(folder, path, reason, archive):
            "\(path): cannot be removed: \(reason); the archive \(archive) is written and checked, and what is left of \(folder) can be removed by hand"
        }
    }
}
