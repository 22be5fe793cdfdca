import Foundation

/// The partnership's archive key: an age X25519 identity in `archive.key`
/// in the owner-only keys folder (0600), written as `age-keygen` writes one,
/// so `age -d -i ~/.config/maca/keys/archive.key` opens an archived day by
/// hand. `maca init` makes it; nothing ever replaces it. Archives are
/// encrypted to its recipient (`age1…`), and `maca report` opens them with it.
///
/// It is not named `.age`: that is the extension of the archives themselves.
public enum ArchiveKey {
    public static let identityFile = "archive.key"

    public static func path(in keysFolder: String) -> String { "\(keysFolder)/\(identityFile)" }

    /// Makes the archive key if it is missing; an existing one is read (so a
    /// broken or loose one is reported) and never replaced. The identity,
    /// and whether it was made now.
    @discardableResult
    public static func ensure(in keysFolder: String, now: Date = Date()) throws -> (identity: AgeIdentity, made: Bool) {
        try OwnerOnlyFiles.makeFolder(keysFolder)
        try OwnerOnlyFiles.setMode(OwnerOnlyFiles.folderMode, of: keysFolder)
        let path = path(in: keysFolder)
        if let existing = try identity(in: keysFolder) { return (existing, false) }
        let identity = AgeIdentity.generate(origin: path)
        try OwnerOnlyFiles.writeAtomically(Data(AgeIdentityFile.text(of: identity, created: now).utf8), to: path, replacing: false)
        return (identity, true)
    }

    /// The partnership's archive identity; nil when there is none. One that
    /// is there but unusable (others can read it, not an identity) is an
    /// error, never quietly passed over.
    public static func identity(in keysFolder: String) throws(ArchiveError) -> AgeIdentity? {
        let path = path(in: keysFolder)
        var status = stat()
        guard lstat(path, &status) == 0 else { return nil }
        let identities = try AgeIdentityFile.read(path: path)
        guard identities.count == 1 else {
            throw .identityFile(path: path, reason: "it holds \(identities.count) identities; the partnership's archive key holds one")
        }
        return identities[0]
    }
}
