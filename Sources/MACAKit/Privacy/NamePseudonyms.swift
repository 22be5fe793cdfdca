import Crypto
import Foundation

/// Keys the names registered with `:name`: each part of a name is kept only
/// as the HMAC-SHA256 of its lower-case form, under a key derived
/// (HKDF-SHA256) from the partnership secret in the owner-only keys folder.
///
/// Without the secret, a list of common names cannot be turned into the
/// same hashes, so the hashes in a day's journal or in the partnership's
/// registry say nothing about the names. (Before names were keyed, maca salted a plain
/// SHA-256 with the day's id, which anyone with the day could reverse with
/// a list of first names; journals holding such records are still read.)
public struct NameKey: Sendable {
    /// The derived key's bytes (SymmetricKey is not Sendable; its bytes are).
    private let keyBytes: Data
    /// Where the secret was read from, for messages.
    public let keyPath: String

    public static let derivationLabel = "maca registered name pseudonyms v1"

    public init(secret: SymmetricKey, keyPath: String) {
        keyBytes = PartnershipKeys.derived(from: secret, label: Self.derivationLabel)
        self.keyPath = keyPath
    }

    public init(secret: Data, keyPath: String) {
        self.init(secret: SymmetricKey(data: secret), keyPath: keyPath)
    }

    /// The partnership's name key, if its secret is in `keysFolder`; nil when
    /// there is none. A secret that is there but unusable is an error.
    public static func partnership(keysFolder: String) throws(FileError) -> NameKey? {
        try PartnershipKeys.existingSecret(in: keysFolder).map { NameKey(secret: $0.secret, keyPath: $0.path) }
    }

    /// The partnership's name key, making the secret first when there is
    /// none (as `maca init` would). `made` is true when it was made now.
    public static func makingIfMissing(keysFolder: String) throws(FileError) -> (key: NameKey, made: Bool) {
        let made = try PartnershipKeys.ensureSecret(in: keysFolder)
        return (NameKey(secret: try PartnershipKeys.secret(in: keysFolder), keyPath: "\(keysFolder)/\(PartnershipKeys.secretFile)"), made)
    }

    /// The pseudonym of one part of a name, as `NameRegistered.normalised`
    /// gives it, partnership-wide: what the registry holds.
    public func hash(_ part: String) -> String {
        HMAC<SHA256>.authenticationCode(for: Data(part.lowercased().utf8), using: SymmetricKey(data: keyBytes)).hexString
    }

    /// The pseudonym of one part of a name on one day: what the day's journal
    /// holds, so two days that registered the same name cannot be linked
    /// without the key.
    public func hash(_ part: String, day: String) -> String {
        HMAC<SHA256>.authenticationCode(for: Data("\(day)\u{0}\(part.lowercased())".utf8), using: SymmetricKey(data: keyBytes)).hexString
    }

    /// The size every sealed registry record's plaintext is padded to (a
    /// multiple of it, for a name of more than fifteen parts).
    public static let sealedBlock = 1024

    /// The key registry records are sealed with: derived from the name key,
    /// so it is never the key of the hashes it hides.
    private var sealingKey: SymmetricKey {
        SymmetricKey(data: PartnershipKeys.derived(from: SymmetricKey(data: keyBytes), label: "maca name registry seal v1"))
    }

    /// A partnership registration as the registry keeps it: one record, its
    /// role and hashes sealed in a fixed-size box, so two records of the
    /// same name, or of names sharing a part, cannot be told apart from any
    /// two others without the key.
    public func sealed(_ registered: NameRegistered) throws -> NameRegistered {
        var plain = Data(([registered.role] + registered.hashes).joined(separator: "\n").utf8)
        plain.append(0)
        let padded = (plain.count + Self.sealedBlock - 1) / Self.sealedBlock * Self.sealedBlock
        plain.append(Data(count: padded - plain.count))
        let box = try ChaChaPoly.seal(plain, using: sealingKey).combined
        return NameRegistered(ref: nil, role: "", hashes: [], keyed: true, key: fingerprint, sealed: box.base64EncodedString())
    }

    /// The role and hashes of a sealed record; nil when this key did not seal it.
    public func opened(_ registered: NameRegistered) -> NameRegistered? {
        guard let sealed = registered.sealed, let data = Data(base64Encoded: sealed),
              let box = try? ChaChaPoly.SealedBox(combined: data),
              let plain = try? ChaChaPoly.open(box, using: sealingKey) else { return nil }
        let text = plain.prefix { $0 != 0 }
        let lines = String(decoding: text, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let role = lines.first, lines.count > 1 else { return nil }
        return NameRegistered(ref: nil, role: role, hashes: Array(lines.dropFirst()), keyed: true, key: registered.key)
    }

    /// Names this key, without revealing it: the first 16 hex digits of its
    /// HMAC of a fixed label. Kept beside keyed hashes, so that a key that is
    /// not the one they were made with is named as such, not taken to mean
    /// the names are not there.
    public var fingerprint: String {
        String(HMAC<SHA256>.authenticationCode(for: Data("maca name key fingerprint".utf8), using: SymmetricKey(data: keyBytes)).hexString.prefix(16))
    }
}

/// The names registered anywhere in the partnership, so that a name
/// registered on one day is blocked on every day after it: a journal
/// (`$XDG_DATA_HOME/maca/names.jsonl`, owner-only, chained, signed with the
/// partnership key) of `name-registered` records holding only the keyed
/// hashes and the role, never the case or the day.
public struct NameRegistry: Sendable {
    public let path: String
    public let signer: RecordSigner?
    /// The partnership's name key, which seals each record and opens it.
    public let key: NameKey?

    public init(path: String, signer: RecordSigner?, key: NameKey? = nil) {
        self.path = path
        self.signer = signer
        self.key = key
    }

    /// Every keyed registration in the registry, sealed records opened with
    /// the key; none when there is no registry yet. A sealed record this key
    /// cannot open (no key, or another key) is kept with its fingerprint and
    /// no hashes, so that the guard says which key is missing rather than
    /// pass over the name. A damaged registry is an error, never half read.
    public func names() throws -> [NameRegistered] {
        guard FileManager.default.fileExists(atPath: path) else { return [] }
        let file = try JournalReader.read(path: path, signer: signer)
        if file.isDamaged { throw JournalError.damaged(file.damage) }
        return file.records.compactMap { record in
            guard case let .nameRegistered(registered) = record.event, registered.keyed == true else { return nil }
            guard registered.sealed != nil else { return registered }
            if let key, key.fingerprint == registered.key, let opened = key.opened(registered) { return opened }
            return NameRegistered(ref: nil, role: "", hashes: [], keyed: true, key: registered.key ?? "unknown")
        }
    }

    /// Adds a registration made with ``NameRegistered/registeringForPartnership(_:role:key:)``:
    /// one sealed record for every registration, a name registered before
    /// included, so that the registry's growth says nothing of which names
    /// it holds. True when it was written; false for a day's record (with a
    /// case or a day's hashes) or with no key to seal it.
    @discardableResult
    public func add(_ registered: NameRegistered) throws -> Bool {
        guard registered.keyed == true, registered.ref == nil, !registered.hashes.isEmpty, let key else { return false }
        let parent = FilePaths.parent(of: path)
        try OwnerOnlyFiles.makeFolder(parent)
        let lock = try FolderLock(folder: parent, exclusive: true)
        defer { withExtendedLifetime(lock) {} }
        let event = Event.nameRegistered(try key.sealed(registered))
        if FileManager.default.fileExists(atPath: path) {
            let (journal, _) = try JournalWriter.open(path: path, signer: signer)
            defer { journal.close() }
            try journal.append(event, author: "maca")
        } else {
            let journal = try JournalWriter.create(path: path, day: "names", writer: "names", first: event, author: "maca", signer: signer)
            journal.close()
        }
        return true
    }
}

/// What the partnership adds to the identifier guard beyond a day's own
/// records: its reference patterns, the key its registered names are
/// hashed with, and the names registered on its other days.
public struct GuardSettings: Sendable {
    public var references: [PartnershipConfig.ReferencePattern]
    /// The partnership's name key; nil when it has no secret.
    public var nameKey: NameKey?
    /// Where the secret is kept (or would be), for messages.
    public var keyPath: String
    /// Every name registered in the partnership, keyed.
    public var partnershipNames: [NameRegistered]

    public init(
        references: [PartnershipConfig.ReferencePattern] = [], nameKey: NameKey? = nil, keyPath: String = "",
        partnershipNames: [NameRegistered] = []
    ) {
        self.references = references
        self.nameKey = nameKey
        self.keyPath = nameKey?.keyPath ?? keyPath
        self.partnershipNames = partnershipNames
    }

    /// Why a guard could not see every name registered for these days: names
    /// keyed with the partnership's secret, and the secret not here. Nil when
    /// every registered name can be checked.
    public func keyProblem(for days: [AuditDay]) -> FileError? {
        let path = keyPath.isEmpty ? PartnershipKeys.secretFile : keyPath
        if let nameKey {
            // Names hashed with another key would match nothing: that is said, never passed over.
            let other = { (entry: NameRegistered) in entry.keyed == true && entry.key != nil && entry.key != nameKey.fingerprint }
            let day = days.first { $0.registeredNames.contains(where: other) }
            guard day != nil || partnershipNames.contains(where: other) else { return nil }
            let whose = day.map { "the names registered on the day of \(Self.described($0))" } ?? "the partnership's registered names"
            return .missing(
                "\(path): this partnership key is not the one \(whose) were hashed with (key \((day?.registeredNames ?? partnershipNames).first(where: other)?.key ?? "?"), "
                    + "this one is \(nameKey.fingerprint)), so maca cannot check free text for them; restore the partnership's copy of the key they were made with"
            )
        }
        let keyedDay = days.first { $0.registeredNames.contains { $0.keyed == true } }
        guard keyedDay != nil || !partnershipNames.isEmpty else { return nil }
        let whose = keyedDay.map { "the names registered on the day of \(Self.described($0))" } ?? "the partnership's registered names"
        return .missing(
            "\(path): the partnership key is not there, and \(whose) are hashed with it, "
                + "so maca cannot check free text for them; restore the partnership's copy of the key"
        )
    }

    /// A day as a person knows it: its date and theme.
    static func described(_ day: AuditDay) -> String {
        let words = [day.date, day.template?.id].compactMap { $0 }
        return words.isEmpty ? "a day" : words.joined(separator: ", ")
    }
}
