import Crypto
import Foundation

/// An age X25519 recipient: the public key a file is encrypted to, written
/// `age1…` (Bech32 with the prefix `age`).
public struct AgeRecipient: Sendable, Hashable, CustomStringConvertible {
    /// The 32 bytes of the X25519 public key.
    public let publicKey: [UInt8]

    public static let prefix = "age"

    init(publicKey: [UInt8]) {
        self.publicKey = publicKey
    }

    /// A recipient from its `age1…` text; nil if it is not one.
    public init?(_ text: String) {
        guard let (prefix, data) = Bech32.decode(text), prefix == Self.prefix, data.count == 32 else { return nil }
        publicKey = data
    }

    /// `age1…`, in lower case.
    public var description: String { Bech32.encode(prefix: Self.prefix, data: publicKey) }
}

/// An age X25519 identity: the secret key that opens a file encrypted to its
/// recipient, written `AGE-SECRET-KEY-1…` (Bech32, upper case). Its
/// `description` never shows the secret.
public struct AgeIdentity: Sendable, CustomStringConvertible {
    /// The 32 secret bytes (a Curve25519 key is not Sendable; its bytes are).
    private let secret: [UInt8]
    /// Where it was read from, for messages: a path, or what made it.
    public let origin: String

    public static let prefix = "AGE-SECRET-KEY-"

    /// A new identity from the system's random number generator.
    public static func generate(origin: String) -> AgeIdentity {
        AgeIdentity(secret: Array(Curve25519.KeyAgreement.PrivateKey().rawRepresentation), origin: origin)
    }

    init(secret: [UInt8], origin: String) {
        self.secret = secret
        self.origin = origin
    }

    /// An identity from its `AGE-SECRET-KEY-1…` text; nil if it is not one.
    public init?(_ text: String, origin: String) {
        guard let (prefix, data) = Bech32.decode(text), prefix == Self.prefix.lowercased(), data.count == 32 else { return nil }
        self.init(secret: data, origin: origin)
    }

    /// `AGE-SECRET-KEY-1…`: the secret itself, for the identity file only.
    public var secretText: String { Bech32.encode(prefix: Self.prefix, data: secret).uppercased() }

    /// The recipient files are encrypted to for this identity to open them.
    public var recipient: AgeRecipient {
        AgeRecipient(publicKey: Array(privateKey.publicKey.rawRepresentation))
    }

    var privateKey: Curve25519.KeyAgreement.PrivateKey {
        // 32 bytes, checked where the identity was made: any 32 bytes are an X25519 scalar.
        try! Curve25519.KeyAgreement.PrivateKey(rawRepresentation: secret)
    }

    public var description: String { "the age identity of \(recipient) (\(origin))" }
}

/// An identity file as `age-keygen` writes it and `age -d -i` reads it:
/// `#` comment lines (the time it was made, the public key) and one
/// `AGE-SECRET-KEY-1…` line per identity.
public enum AgeIdentityFile {
    /// The file's text for one identity, with the comments age-keygen writes.
    public static func text(of identity: AgeIdentity, created: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return "# created: \(formatter.string(from: created))\n# public key: \(identity.recipient)\n\(identity.secretText)\n"
    }

    /// Every identity in an identity file's text. A line that is neither a
    /// comment, blank, nor an X25519 identity is refused by its number only:
    /// it may hold a secret, which no message repeats.
    public static func parse(_ text: String, path: String) throws(ArchiveError) -> [AgeIdentity] {
        var identities: [AgeIdentity] = []
        for (number, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let identity = AgeIdentity(line, origin: path) else {
                let kind = line.uppercased().hasPrefix("AGE-PLUGIN-") ? "a plugin identity, which maca cannot use" : "not an age X25519 identity (AGE-SECRET-KEY-1…)"
                throw .identityFile(path: path, reason: "line \(number + 1) is \(kind)")
            }
            identities.append(identity)
        }
        guard !identities.isEmpty else { throw .identityFile(path: path, reason: "it holds no identity (AGE-SECRET-KEY-1… line)") }
        return identities
    }

    /// Reads an identity file, which only its owner may read: a file others
    /// can read has exposed its secret, and is refused with the fix.
    public static func read(path: String) throws(ArchiveError) -> [AgeIdentity] {
        var status = stat()
        guard stat(path, &status) == 0 else {
            let code = errno
            if code == ENOENT { throw .identityMissing(path: path) }
            throw .file(.unreadable(path: path, reason: FileError.reason(errno: code)))
        }
        guard status.st_mode & S_IFMT == S_IFREG else { throw .identityFile(path: path, reason: "it is not a file") }
        guard status.st_mode & 0o077 == 0 else {
            throw .file(.unreadable(path: path, reason: "others can read it (mode \(String(status.st_mode & 0o777, radix: 8))); make it owner-only with chmod 600"))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .file(.unreadable(path: path, reason: "permission denied"))
        }
        guard let text = String(data: data, encoding: .utf8) else { throw .identityFile(path: path, reason: "it is not text") }
        return try parse(text, path: path)
    }
}
