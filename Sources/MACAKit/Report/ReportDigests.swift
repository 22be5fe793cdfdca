import Crypto
import Foundation

/// The identifier scan of a sealed day, cached beside it so that a report
/// run again does not scan the day's free text again (issue 18).
///
/// A digest is `.report-digest.json` in the day's folder, owner-only. It
/// holds the scan's findings for the day (case, field and kind: never the
/// text found), and is used only when all of these hold:
/// - it is signed with a key derived from the partnership's secret
///   (HMAC-SHA-256), so nobody without the key can write one that hides an
///   identifier: a report with no partnership key neither reads nor writes
///   digests;
/// - it was made for exactly the journals the day has now (`journalsKey`:
///   every record's hash, and each redacted record's bytes), and for the
///   year the day's guard reads dates of birth in. The journals are still
///   read and verified on every run; only the scan is skipped;
/// - it was made by this build of maca under the same guard settings (the
///   partnership's reference patterns, name key and registered names).
///
/// A digest that fails any of these is ignored, the day is scanned, and a
/// new digest replaces it; one that disagrees with the day's journals, or
/// cannot be read or trusted, is also reported. A digest is never fatal:
/// one that cannot be written is only counted. Only sealed day folders get
/// one: never an open day (still being written) or an archive.
public struct ReportDigests: Sendable {
    public static let fileName = ".report-digest.json"
    public static let derivationLabel = "maca report digests v1"
    static let format = 1
    /// The largest digest read: 16 MiB.
    static let largest = 16 << 20

    /// The derived key's bytes (SymmetricKey is not Sendable; its bytes are).
    private let keyBytes: Data
    /// What the findings depend on besides the journals: this build of maca and the guard's settings.
    public let context: String
    /// False to scan every day again: no digest is read, each is written afresh.
    public let reuse: Bool

    public init(secret: SymmetricKey, build: String, privacy: GuardSettings, reuse: Bool = true) {
        self.reuse = reuse
        keyBytes = PartnershipKeys.derived(from: secret, label: Self.derivationLabel)
        context = SHA256.hash(data: Data((["build " + build] + Self.settings(privacy)).joined(separator: "\n").utf8)).hexString
    }

    /// This build of maca, told apart from any other: its version, the
    /// executable's GNU build ID (a hash the linker makes of everything it
    /// wrote, so any rebuild has its own), and the executable's file
    /// (device, inode, size, modification time), so a digest made before
    /// maca was rebuilt, reinstalled or changed is not used.
    public static func buildIdentity(version: String) -> String {
        var status = stat()
        let file = stat("/proc/self/exe", &status) == 0
            ? "\(status.st_dev) \(status.st_ino) \(status.st_size) \(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec)" : "executable unknown"
        return "\(version) build-id \(ExecutableBuildID.current ?? "none") \(file)"
    }

    /// Every guard setting that can change a finding, one per line.
    static func settings(_ privacy: GuardSettings) -> [String] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let names = privacy.partnershipNames.map { (try? encoder.encode($0)).map { String(decoding: $0, as: UTF8.self) } ?? "?" }
        return ["name key " + (privacy.nameKey?.fingerprint ?? "none")]
            + privacy.references.map { "reference \($0.name.count):\($0.name) \($0.pattern)" }
            + names.sorted().map { "registered " + $0 }
    }

    /// What a sealed day folder's digest is keyed by: its journals as read
    /// and verified, each by its name, record count and last hash (the
    /// chain, so every record's hash), and the records read in their
    /// redacted form, each with the hash of its redacted bytes. A redacted
    /// record keeps its original's hash, so without the second part a copy
    /// from before a redaction, put back, would match a digest made after
    /// it. Nil for a day that is not sealed, or not sound.
    public static func journalsKey(_ verification: DayVerification) -> String? {
        guard case .sealed = verification.state, !verification.isDamaged else { return nil }
        let lines = verification.journals.map { journal in
            let redacted = journal.records.compactMap { record in record.redactedBodyHash.map { " \(record.sequence):\($0)" } }
            return "\(FilePaths.name(journal.path)) \(journal.records.count) \(journal.records.last?.hash ?? "")" + redacted.joined()
        }.sorted()
        return SHA256.hash(data: Data(lines.joined(separator: "\n").utf8)).hexString
    }

    /// One finding of a day's scan, as a digest keeps it.
    public struct Finding: Sendable, Equatable, Codable {
        public var ref: String
        public var question: String
        public var kind: String

        public init(ref: String, question: String, kind: IdentifierFinding.Kind) {
            self.ref = ref
            self.question = question
            self.kind = kind.rawValue
        }

        /// The kind, if this build knows it.
        public var identifierKind: IdentifierFinding.Kind? { IdentifierFinding.Kind(rawValue: kind) }
    }

    /// The file as written: `mac` is over every other member.
    struct Stored: Codable {
        var format: Int
        var context: String
        var journals: String
        var findings: [Finding]
        var mac: String
    }

    /// What was found beside a day.
    public enum Lookup: Sendable, Equatable {
        /// A digest for these journals, this build and these settings: its findings stand.
        case found([Finding])
        /// No digest.
        case missing
        /// A digest made by another build or under other guard settings: made again, not reported.
        case otherContext
        /// A digest that must not be used, and why, for the person reading the report's warnings.
        case refused(String)
    }

    /// Reads the digest beside a day whose journals give `journals`.
    public func read(folder: String, journals: String) -> Lookup {
        let path = "\(folder)/\(Self.fileName)"
        var status = stat()
        guard reuse, lstat(path, &status) == 0 else { return .missing }
        guard status.st_mode & S_IFMT == S_IFREG else { return .refused("it is not a plain file") }
        // Far more than any digest maca writes (a finding is under 200 bytes): a larger file is never read into memory.
        guard status.st_size <= Self.largest else { return .refused("it is \(status.st_size) bytes, larger than any digest maca writes") }
        guard let data = FileManager.default.contents(atPath: path) else { return .refused("it cannot be read") }
        guard let stored = try? JSONDecoder().decode(Stored.self, from: data), stored.format == Self.format else {
            return .refused("it cannot be read (damaged, or written by another version of maca)")
        }
        guard let mac = RecordSigner.bytes(ofHex: stored.mac),
              HMAC<SHA256>.isValidAuthenticationCode(mac, authenticating: Self.signed(stored), using: SymmetricKey(data: keyBytes)) else {
            return .refused("its signature does not match: it was changed, or made with another partnership key")
        }
        guard stored.context == context else { return .otherContext }
        guard stored.journals == journals else {
            return .refused("it was made for other journals than the day has now (a journal changed or was redacted since, or the digest was copied from another day)")
        }
        guard stored.findings.allSatisfy({ $0.identifierKind != nil }) else {
            return .refused("it names a kind of identifier this build does not know")
        }
        return .found(stored.findings)
    }

    /// Writes a day's digest, owner-only, replacing any other. A cache, so
    /// it is not synced to disk: one lost or cut short by a crash is
    /// refused by its signature and made again. Not through
    /// `OwnerOnlyFiles.writeAtomically`, which syncs, and writes into a FIFO
    /// or device found at the path: whatever stands at a digest's name is
    /// replaced by a file.
    public func write(folder: String, journals: String, findings: [Finding]) throws(FileError) {
        var stored = Stored(format: Self.format, context: context, journals: journals, findings: findings, mac: "")
        stored.mac = HMAC<SHA256>.authenticationCode(for: Self.signed(stored), using: SymmetricKey(data: keyBytes)).hexString
        let data: Data
        do { data = try Self.encoder.encode(stored) } catch { throw .unwritable(path: "\(folder)/\(Self.fileName)", reason: "\(error)") }
        let path = "\(folder)/\(Self.fileName)"
        let temporary = "\(folder)/\(Self.fileName).\(getpid()).tmp"
        unlink(temporary)
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, OwnerOnlyFiles.fileMode)
        guard fd >= 0 else { throw .unwritable(path: path, reason: FileError.reason(errno: errno)) }
        let failed = SystemJournalIO().writeAll(fd, data)
        close(fd)
        if let failed {
            unlink(temporary)
            throw .unwritable(path: path, reason: FileError.reason(errno: failed))
        }
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw .unwritable(path: path, reason: FileError.reason(errno: code))
        }
    }

    /// The bytes a digest's signature covers: every member but the signature.
    private static func signed(_ stored: Stored) -> Data {
        var unsigned = stored
        unsigned.mac = ""
        return (try? encoder.encode(unsigned)) ?? Data()
    }

    private static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }
}

/// The GNU build ID of the running executable, as hex: the note the linker
/// writes (`readelf -n` shows it), read from the ELF file's note segments.
/// Nil when it has none or cannot be read.
public enum ExecutableBuildID {
    public static let current: String? = read(path: "/proc/self/exe")

    public static func read(path: String) -> String? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        // A 64-bit little-endian ELF file: the program headers say where the notes are.
        guard let header = bytes(fd, at: 0, count: 64), header[0] == 0x7F, header[1] == 0x45, header[2] == 0x4C, header[3] == 0x46,
              header[4] == 2, header[5] == 1 else { return nil }
        let tableOffset = number(header, at: 32, width: 8)
        let entrySize = number(header, at: 54, width: 2)
        let entries = number(header, at: 56, width: 2)
        guard entrySize >= 56, let table = bytes(fd, at: tableOffset, count: entrySize * entries) else { return nil }
        for entry in 0 ..< entries {
            let base = entry * entrySize
            // PT_NOTE
            guard number(table, at: base, width: 4) == 4 else { continue }
            guard let notes = bytes(fd, at: number(table, at: base + 8, width: 8), count: number(table, at: base + 32, width: 8)) else { continue }
            if let found = buildID(in: notes) { return found }
        }
        return nil
    }

    /// The build ID among a note segment's notes: each is its name's size,
    /// its description's size, its type, then the name and the description,
    /// each padded to 4 bytes.
    static func buildID(in notes: [UInt8]) -> String? {
        let gnu: [UInt8] = [0x47, 0x4E, 0x55, 0]
        var offset = 0
        while offset + 12 <= notes.count {
            let nameSize = number(notes, at: offset, width: 4)
            let descriptionSize = number(notes, at: offset + 4, width: 4)
            let type = number(notes, at: offset + 8, width: 4)
            let name = offset + 12
            let description = name + (nameSize + 3) / 4 * 4
            guard description + descriptionSize <= notes.count else { return nil }
            // NT_GNU_BUILD_ID
            if type == 3 && nameSize == 4 && Array(notes[name ..< name + 4]) == gnu {
                return LowerHex.string(of: notes[description ..< description + descriptionSize])
            }
            offset = description + (descriptionSize + 3) / 4 * 4
        }
        return nil
    }

    private static func bytes(_ fd: Int32, at offset: Int, count: Int) -> [UInt8]? {
        guard offset >= 0, count >= 0, count <= 1 << 20 else { return nil }
        var buffer = [UInt8](repeating: 0, count: count)
        let read: Int = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, count, off_t(offset)) }
        return read == count ? buffer : nil
    }

    /// A little-endian unsigned number of `width` bytes.
    private static func number(_ bytes: [UInt8], at offset: Int, width: Int) -> Int {
        var value = 0
        for index in 0 ..< width {
            value |= Int(bytes[offset + index]) << (8 * index)
        }
        return value
    }
}
