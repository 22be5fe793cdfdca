import Crypto
import Foundation
import MACAKit
import MACATestSupport
import Testing

/// The report digest beside a sealed day (issue 18): used only when it is
/// signed with the partnership key, made for the journals the day has now,
/// by this build, under these guard settings; anything else is ignored and
/// said, and never fatal.
@Suite("Report digests beside sealed days")
struct ReportDigestsTests {
    static var secret: SymmetricKey { SymmetricKey(data: Data(repeating: 7, count: 32)) }

    static func digests(
        secret: SymmetricKey = secret, build: String = "test build", privacy: GuardSettings = GuardSettings(), reuse: Bool = true
    ) -> ReportDigests {
        ReportDigests(secret: secret, build: build, privacy: privacy, reuse: reuse)
    }

    /// Sealed synthetic days, gathered as a report gathers them.
    static func sealedDays(_ count: Int, in root: TemporaryFolder) throws -> ReportInputs {
        let sessions = root.file("sessions")
        try SyntheticDays.write(count: count, into: sessions, cases: 2, templates: "\(packageRoot)/audit-templates")
        return try ReportInputs.gather(
            folders: try ReportInputs.folders(in: SessionStore(directory: sessions)), theme: "neglect", from: nil, to: nil,
            skipInvalid: false, includeUnfinished: false
        )
    }

    static let planted = [ReportDigests.Finding(ref: "NEG-1", question: "voice-captured", kind: .nhsNumber)]

    @Test("a digest written is read back, owner-only, for the same journals, build and settings")
    func roundTrip() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let digests = Self.digests()
        try digests.write(folder: folder.path, journals: "journals-a", findings: Self.planted)
        #expect(digests.read(folder: folder.path, journals: "journals-a") == .found(Self.planted))
        var status = stat()
        #expect(stat(folder.file(ReportDigests.fileName), &status) == 0)
        #expect(status.st_mode & 0o777 == 0o600)
        // No temporary file is left beside it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [ReportDigests.fileName])
        #expect(Self.digests(reuse: false).read(folder: folder.path, journals: "journals-a") == .missing)
        #expect(digests.read(folder: folder.file("nowhere"), journals: "journals-a") == .missing)
    }

    @Test("other journals are refused and said; another build or other guard settings are made again quietly")
    func keys() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Self.digests().write(folder: folder.path, journals: "journals-a", findings: Self.planted)
        guard case let .refused(reason) = Self.digests().read(folder: folder.path, journals: "journals-b") else {
            Issue.record("a digest for other journals was not refused")
            return
        }
        #expect(reason.contains("other journals"))
        #expect(Self.digests(build: "another build").read(folder: folder.path, journals: "journals-a") == .otherContext)
        let pattern = PartnershipConfig.ReferencePattern(name: "case number", pattern: "CN[0-9]{6}")
        #expect(Self.digests(privacy: GuardSettings(references: [pattern])).read(folder: folder.path, journals: "journals-a") == .otherContext)
        let registered = NameRegistered(ref: nil, role: "child", hashes: ["00"], keyed: false)
        #expect(Self.digests(privacy: GuardSettings(partnershipNames: [registered])).read(folder: folder.path, journals: "journals-a") == .otherContext)
        let key = NameKey(secret: Data(repeating: 9, count: 32), keyPath: "k")
        #expect(Self.digests(privacy: GuardSettings(nameKey: key)).read(folder: folder.path, journals: "journals-a") == .otherContext)
    }

    @Test("a digest signed with another key, or with its findings changed, is refused")
    func forged() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let other = SymmetricKey(data: Data(repeating: 8, count: 32))
        try Self.digests(secret: other).write(folder: folder.path, journals: "journals-a", findings: [])
        guard case let .refused(reason) = Self.digests().read(folder: folder.path, journals: "journals-a") else {
            Issue.record("a digest signed with another key was used")
            return
        }
        #expect(reason.contains("signature"))
        // The real key's digest, its findings emptied by hand: hiding an identifier is refused.
        try Self.digests().write(folder: folder.path, journals: "journals-a", findings: Self.planted)
        let path = folder.file(ReportDigests.fileName)
        var object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
        object["findings"] = [[String: String]]()
        try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]).write(to: URL(fileURLWithPath: path))
        guard case .refused = Self.digests().read(folder: folder.path, journals: "journals-a") else {
            Issue.record("a digest with its findings removed was used")
            return
        }
    }

    @Test("every cut and every byte changed in a digest: refused, or read as the very same findings; never fatal")
    func damaged() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let digests = Self.digests()
        let findings = Self.planted + [ReportDigests.Finding(ref: "NEG-2", question: "action owner", kind: .name)]
        try digests.write(folder: folder.path, journals: "journals-a", findings: findings)
        let path = folder.file(ReportDigests.fileName)
        let original = try Data(contentsOf: URL(fileURLWithPath: path))
        var generator = SplitMix64(seed: 18)
        var refused = 0
        for round in 0 ..< 600 {
            var bytes = [UInt8](original)
            switch round % 3 {
            case 0: bytes = Array(bytes.prefix(Int.random(in: 0 ..< bytes.count, using: &generator)))
            case 1: bytes[Int.random(in: 0 ..< bytes.count, using: &generator)] ^= UInt8.random(in: 1 ... 255, using: &generator)
            default: bytes.insert(UInt8.random(in: 0 ... 255, using: &generator), at: Int.random(in: 0 ... bytes.count, using: &generator))
            }
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            switch digests.read(folder: folder.path, journals: "journals-a") {
            case let .found(read): #expect(read == findings, "round \(round) read other findings")
            case .refused: refused += 1
            case .missing, .otherContext: Issue.record("round \(round): a damaged digest was neither refused nor read")
            }
        }
        #expect(refused > 550)
        // Not a file at all: refused when read, and the write that would replace it fails with the path named.
        unlink(path)
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        guard case .refused = digests.read(folder: folder.path, journals: "journals-a") else {
            Issue.record("a folder at the digest's name was not refused")
            return
        }
        #expect(throws: FileError.self) { try digests.write(folder: folder.path, journals: "journals-a", findings: []) }
    }

    @Test("a sealed day is keyed by its journals; an open day, or one that gains a record, is keyed otherwise")
    func journalsKey() throws {
        let root = try TemporaryFolder()
        defer { root.remove() }
        let inputs = try Self.sealedDays(2, in: root)
        let day = try #require(inputs.days.first)
        let key = try #require(day.journalsKey)
        #expect(inputs.days.allSatisfy { $0.journalsKey != nil })
        #expect(Set(inputs.days.compactMap(\.journalsKey)).count == inputs.days.count)
        #expect(ReportDigests.journalsKey(try DayVerification.check(folder: day.folder)) == key)
        // A journal that gains a record after the close (as a redaction does) gives another key.
        var verification = try DayVerification.check(folder: day.folder)
        let facilitator = try #require(verification.journals.firstIndex { $0.path.hasSuffix("facilitator.jsonl") })
        // A record read in its redacted form keeps its hash: the key still changes, by the redacted bytes' hash.
        let redacted = verification
        verification.journals[facilitator].records[3].redactedBodyHash = String(repeating: "a", count: 64)
        #expect(ReportDigests.journalsKey(verification) != key)
        verification.journals[facilitator].records[3].redactedBodyHash = String(repeating: "b", count: 64)
        #expect(ReportDigests.journalsKey(verification) != ReportDigests.journalsKey(redacted))
        verification = redacted
        verification.journals[facilitator].records.removeLast()
        #expect(ReportDigests.journalsKey(verification) != key)
        verification.state = .open
        #expect(ReportDigests.journalsKey(verification) == nil)
    }

    @Test("the report's scan takes a sealed day's findings from its digest, writes one for each day scanned, and says which it refused")
    func scanUsesDigests() throws {
        let root = try TemporaryFolder()
        defer { root.remove() }
        let inputs = try Self.sealedDays(3, in: root)
        let digests = Self.digests()
        let first = ReportPrivacy.scan(inputs, privacy: GuardSettings(), digests: digests)
        #expect(first.findings.isEmpty)
        #expect(first.digests.made == 3 && first.digests.reused == 0 && first.digests.refused.isEmpty)
        let again = ReportPrivacy.scan(inputs, privacy: GuardSettings(), digests: digests)
        #expect(again.digests.reused == 3 && again.digests.made == 0)
        // The findings come from the digest, not a new scan: a finding only the digest holds is reported.
        let day = inputs.days[1]
        // The scan keys a digest by the journals and the year its guard reads dates of birth in.
        let key = "\(try #require(day.journalsKey)) \(IdentifierGuard(for: day.day).referenceYear)"
        try digests.write(folder: day.folder, journals: key, findings: Self.planted)
        let read = ReportPrivacy.scan(inputs, privacy: GuardSettings(), digests: digests)
        #expect(read.findings.map(\.ref) == ["NEG-1"])
        #expect(read.findings.first?.day == (day.folder as NSString).lastPathComponent)
        // A damaged digest is refused, named, and made again from a scan.
        try Data("{".utf8).write(to: URL(fileURLWithPath: "\(day.folder)/\(ReportDigests.fileName)"))
        let refused = ReportPrivacy.scan(inputs, privacy: GuardSettings(), digests: digests)
        #expect(refused.findings.isEmpty)
        #expect(refused.digests.refused.map(\.folder) == [day.folder])
        #expect(refused.digests.made == 1 && refused.digests.reused == 2)
        #expect(digests.read(folder: day.folder, journals: key) == .found([]))
        // Without reuse every day is scanned and every digest written afresh.
        let fresh = ReportPrivacy.scan(inputs, privacy: GuardSettings(), digests: Self.digests(reuse: false))
        #expect(fresh.digests.made == 3 && fresh.digests.reused == 0)
    }

    @Test("the build is told apart by the executable's GNU build ID, read from its ELF notes; a file that is not ELF, or is cut short, has none")
    func buildID() throws {
        let binary = macaBinary
        let id = try #require(ExecutableBuildID.read(path: binary))
        #expect(id.count == 40 && id.allSatisfy(\.isHexDigit))
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        // The same bytes but one of the build ID's: read as that other ID.
        var bytes = try Data(contentsOf: URL(fileURLWithPath: binary))
        let idBytes = stride(from: 0, to: id.count, by: 2).map { UInt8(id.dropFirst($0).prefix(2), radix: 16)! }
        let at = try #require(bytes.range(of: Data(idBytes)))
        bytes[at.lowerBound] ^= 0xFF
        try bytes.write(to: URL(fileURLWithPath: folder.file("changed")))
        let changed = try #require(ExecutableBuildID.read(path: folder.file("changed")))
        #expect(changed != id && changed.dropFirst(2) == id.dropFirst(2))
        try Data("#!/bin/sh\n".utf8).write(to: URL(fileURLWithPath: folder.file("script")))
        #expect(ExecutableBuildID.read(path: folder.file("script")) == nil)
        try bytes.prefix(200).write(to: URL(fileURLWithPath: folder.file("cut")))
        #expect(ExecutableBuildID.read(path: folder.file("cut")) == nil)
        #expect(ExecutableBuildID.read(path: folder.file("nowhere")) == nil)
        #expect(ReportDigests.buildIdentity(version: "1").contains("build-id"))
    }
}
