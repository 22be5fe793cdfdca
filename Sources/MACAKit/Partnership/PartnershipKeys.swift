import Crypto
import Foundation

/// The partnership's secret key: 32 random bytes in `partnership.key` in the
/// owner-only keys folder beside the config file (0700, the file 0600). It
/// never goes into a day folder, so a copied day cannot reveal it.
public enum PartnershipKeys {
    public static let secretFile = "partnership.key"
    public static let secretBytes = 32

    /// Makes the keys folder and the secret if they are missing; an existing
    /// secret is never replaced. True when a new secret was made.
    @discardableResult
    public static func ensureSecret(in folder: String) throws(FileError) -> Bool {
        try OwnerOnlyFiles.makeFolder(folder)
        try OwnerOnlyFiles.setMode(OwnerOnlyFiles.folderMode, of: folder)
        let path = "\(folder)/\(secretFile)"
        // Anything by that name, a link to nothing included, is checked, never replaced.
        var status = stat()
        if lstat(path, &status) == 0 {
            _ = try secret(in: folder)
            return false
        }
        let key = SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) }
        try OwnerOnlyFiles.writeAtomically(key, to: path, replacing: false)
        return true
    }

    /// A key for one use of the secret (HKDF-SHA-256 under the use's own
    /// label), so that no use reveals the secret or another use's key.
    public static func derived(from secret: SymmetricKey, label: String) -> Data {
        HKDF<SHA256>.deriveKey(inputKeyMaterial: secret, info: Data(label.utf8), outputByteCount: 32).withUnsafeBytes { Data($0) }
    }

    /// The secret, if anything stands at its name in `folder` (nil when
    /// nothing does), with its path: a use that is optional without a key
    /// still fails on a key that is there but unusable.
    public static func existingSecret(in folder: String) throws(FileError) -> (secret: SymmetricKey, path: String)? {
        let path = "\(folder)/\(secretFile)"
        var status = stat()
        guard lstat(path, &status) == 0 else { return nil }
        return (try secret(in: folder), path)
    }

    /// The secret, checked: present, owner-only and of the right length.
    public static func secret(in folder: String) throws(FileError) -> SymmetricKey {
        let path = "\(folder)/\(secretFile)"
        var link = stat()
        guard lstat(path, &link) == 0 else {
            throw .notFound(path: path, what: "partnership key (run 'maca init' to make one)")
        }
        var status = stat()
        guard stat(path, &status) == 0 else {
            // The name is there but leads nowhere: 'maca init' would not replace it, so say what it is.
            let reason = errno == ENOENT ? "it is a link to nothing (\((try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?")); restore the key it pointed to, or remove the link" : FileError.reason(errno: errno)
            throw .unreadable(path: path, reason: reason)
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw .unreadable(path: path, reason: "it is a folder, not a key file")
        default: throw .unreadable(path: path, reason: "it is not an ordinary file (a FIFO, socket or device), so it was not opened")
        }
        guard status.st_mode & 0o077 == 0 else {
            throw .unreadable(path: path, reason: "others can read it (mode \(String(status.st_mode & 0o777, radix: 8))); make it owner-only with chmod 600")
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .unreadable(path: path, reason: FileError.reason(error))
        }
        guard data.count == secretBytes else {
            throw .badContents(path: path, reason: "it holds \(data.count) bytes, not the \(secretBytes) of a partnership key; restore the partnership's copy of the key")
        }
        return SymmetricKey(data: data)
    }
}
