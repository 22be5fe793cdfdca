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
/// - it was made for exactly the journals the day has now: each journal's
///   name, record count and last record's hash, which for a sealed day are
///   what its seal lists, the facilitator's records after the close
///   (redactions) included. The journals are still read and verified on
///   every run; only the scan is skipped;
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

    /// This build of maca, told apart from any other: its version and the
    /// running executable's file (device, inode, size, modification time),
    /// so a digest made before maca was rebuilt or reinstalled is not used.
    public static func buildIdentity(version: String) -> String {
        var status = stat()
        guard stat("/proc/self/exe", &status) == 0 else { return "\(version) (executable unknown)" }
        return "\(version) \(status.st_dev) \(status.st_ino) \(status.st_size) \(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec)"
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
    /// and verified. Nil for a day that is not sealed, or not a folder.
    public static func journalsKey(_ verification: DayVerification) -> String? {
        guard case .sealed = verification.state, !verification.isDamaged else { return nil }
        let lines = verification.journals.map { "\(FilePaths.name($0.path)) \($0.records.count) \($0.records.last?.hash ?? "")" }.sorted()
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
        guard status.st_mode & S_IFMT == S_IFREG, let data = FileManager.default.contents(atPath: path) else {
            return .refused("it is not a file maca can read")
        }
        guard let stored = try? JSONDecoder().decode(Stored.self, from: data), stored.format == Self.format else {
            return .refused("it cannot be read (damaged, or written by another version of maca)")
        }
        guard let mac = RecordSigner.bytes(ofHex: stored.mac),
              HMAC<SHA256>.isValidAuthenticationCode(mac, authenticating: Self.signed(stored), using: SymmetricKey(data: keyBytes)) else {
            return .refused("its signature does not match: it was changed, or made with another partnership key")
        }
        guard stored.context == context else { return .otherContext }
        guard stored.journals == journals else {
            return .refused("it was made for other journals than the day has now: a journal changed after it was made")
        }
        guard stored.findings.allSatisfy({ IdentifierFinding.Kind(rawValue: $0.kind) != nil }) else {
            return .refused("it names a kind of identifier this build does not know")
        }
        return .found(stored.findings)
    }

    /// Writes a day's digest, owner-only, replacing any other. A cache, so
    /// it is not synced to disk: one lost or cut short by a crash is
    /// refused by its signature and made again.
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
