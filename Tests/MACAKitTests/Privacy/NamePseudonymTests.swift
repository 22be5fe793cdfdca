import Crypto
import Foundation
import MACAKit
import MACATestSupport
import Testing

/// Registered names are keyed: someone holding a day's journal and the
/// partnership's registry, and a list of 5,000 names that holds every name
/// registered, cannot tell which were registered without the key.
@Suite("Keyed pseudonyms of registered names")
struct NamePseudonymTests {
    static let wordlist: [String] = {
        let path = "\(packageRoot)/Tests/MACAKitTests/Fixtures/name-wordlist.txt"
        // The list is committed beside this test; without it no test here could run.
        return try! String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
    }()

    /// Every hash an attacker without the key could compute for a word of
    /// the list, given what the journal shows (the day's id): the older
    /// day-salted scheme, a plain SHA-256, an HMAC keyed with the day's id,
    /// and the derivation under secrets that are not the partnership's.
    static func guesses(_ word: String, day: String) -> [String] {
        let lower = word.lowercased()
        let wrongSecrets = [Data(repeating: 0, count: 32), Data(SHA256.hash(data: Data(day.utf8))), Data(day.utf8)]
        return [
            NameRegistered.hash(lower, day: day),
            SHA256Hex.of(lower),
            SHA256Hex.of(word),
            Data(HMAC<SHA256>.authenticationCode(for: Data(lower.utf8), using: SymmetricKey(data: Data(day.utf8)))).map { String(format: "%02x", $0) }.joined(),
        ] + wrongSecrets.map { NameKey(secret: $0, keyPath: "wrong").hash(lower) }
    }

    /// How many of `hashes` the wordlist attack recovers.
    static func recovered(_ hashes: Set<String>, day: String, also: ((String) -> String)? = nil) -> Int {
        var found: Set<String> = []
        for word in wordlist {
            for guess in guesses(word, day: day) + (also.map { [$0(word.lowercased())] } ?? []) where hashes.contains(guess) {
                found.insert(guess)
            }
        }
        return found.count
    }

    /// 40 full names, each first name and surname taken from the list itself.
    static func registrations(seed: UInt64) -> [String] {
        var random = SplitMix64(seed: seed)
        return (0..<40).map { _ in "\(wordlist.randomElement(using: &random)!) \(wordlist.randomElement(using: &random)!)" }
    }

    @Test("the wordlist is 5,000 distinct names")
    func wordlistIsWhole() {
        #expect(Self.wordlist.count == 5000)
        #expect(Set(Self.wordlist.map { $0.lowercased() }).count == 5000)
    }

    @Test("a 5,000-name wordlist recovers no keyed name without the key; with the key it recovers every one")
    func wordlistRecoversNone() {
        let day = "2026-11-20-neglect"
        let key = NameKey(secret: SymmetricKey(size: .bits256), keyPath: "test")
        let names = Self.registrations(seed: 15)
        // What the day's journal holds, and what the partnership's registry holds.
        let onTheDay = Set(names.map { NameRegistered.registering($0, role: "child", ref: nil, key: key, day: day) }.flatMap(\.hashes))
        let inTheRegistry = Set(names.map { NameRegistered.registeringForPartnership($0, role: "child", key: key) }.flatMap(\.hashes))
        #expect(onTheDay.count == 80 && inTheRegistry.count == 80)
        #expect(onTheDay.isDisjoint(with: inTheRegistry))
        #expect(Self.recovered(onTheDay.union(inTheRegistry), day: day) == 0)
        // Whoever holds the key can check a name, so the guard can: every part is found.
        #expect(Self.recovered(onTheDay, day: day, also: { key.hash($0, day: day) }) == 80)
        #expect(Self.recovered(inTheRegistry, day: day, also: key.hash) == 80)
    }

    @Test("the same attack recovers every name of the older, day-salted records: what the key prevents")
    func saltedNamesAreRecovered() {
        let day = "2026-11-20-neglect"
        let salted = Self.registrations(seed: 15).map { NameRegistered.registering($0, role: "child", ref: nil, day: day) }
        let hashes = Set(salted.flatMap(\.hashes))
        #expect(Self.recovered(hashes, day: day) == hashes.count)
    }

    @Test("the same name has different hashes under two partnerships' keys, and on two days, so days cannot be linked without the key")
    func keyedPerPartnership() {
        let first = NameKey(secret: SymmetricKey(size: .bits256), keyPath: "a")
        let second = NameKey(secret: SymmetricKey(size: .bits256), keyPath: "b")
        #expect(first.hash("kayden") != second.hash("kayden"))
        #expect(first.fingerprint != second.fingerprint && first.fingerprint.count == 16)
        #expect(NameRegistered.registering("Kayden Smith", role: "child", ref: "A", key: first, day: "d1").hashes
            == NameRegistered.registering("kayden SMITH", role: "child", ref: "B", key: first, day: "d1").hashes)
        #expect(Set(NameRegistered.registering("Kayden Smith", role: "child", ref: "A", key: first, day: "d1").hashes)
            .isDisjoint(with: NameRegistered.registering("Kayden Smith", role: "child", ref: "A", key: first, day: "d2").hashes))
        // The name key is not the journal-signing key, though both come from one secret.
        let secret = SymmetricKey(size: .bits256)
        let signer = RecordSigner(secret: secret, keyPath: "s")
        #expect(NameKey(secret: secret, keyPath: "s").hash("kayden") != signer.mac(forHash: "kayden"))
    }

    @Test("a name registered on one day is found on another, keyed or in older salted records")
    func registeredAcrossDays() {
        let key = NameKey(secret: SymmetricKey(size: .bits256), keyPath: "test")
        var other = AuditDay()
        other.id = "2027-01-10-neglect"
        let partnership = GuardSettings(nameKey: key, partnershipNames: [NameRegistered.registeringForPartnership("Amelia-Rose Testcase", role: "child", key: key)])
        let guardian = IdentifierGuard(for: other, privacy: partnership)
        #expect(guardian.scan("Amelia-Rose's school rang; the testcase family moved.").map(\.placeholder) == ["[child]", "[child]"])
        #expect(guardian.scan("AMELIA-ROSE'S school rang; TESTCASE’S family moved.").map(\.text) == ["AMELIA-ROSE", "TESTCASE"])
        // The day's own keyed records are found too, under the day's id only.
        var today = other
        today.registeredNames = [NameRegistered.registering("Maisie", role: "sibling", ref: nil, key: key, day: "2027-01-10-neglect")]
        #expect(IdentifierGuard(for: today, privacy: GuardSettings(nameKey: key)).scan("MAISIE'S bedroom").map(\.placeholder) == ["[sibling]"])
        today.id = "2027-01-11-neglect"
        #expect(IdentifierGuard(for: today, privacy: GuardSettings(nameKey: key)).scan("Maisie's bedroom").map(\.placeholder) != ["[sibling]"])
        #expect(guardian.scan("The rose garden at the centre.").isEmpty)
        // An older day's salted records still block its names on that day.
        var old = AuditDay()
        old.id = "2025-03-01-neglect"
        old.registeredNames = [NameRegistered.registering("Jayden Oldcase", role: "child", ref: nil, day: "2025-03-01-neglect")]
        #expect(IdentifierGuard(for: old, privacy: partnership).scan("Jayden was seen; Oldcase family.").count == 2)
    }

    @Test("keyed names without the key: the guard says which key is missing rather than check nothing")
    func keyMissing() throws {
        let key = NameKey(secret: SymmetricKey(size: .bits256), keyPath: "test")
        var day = AuditDay()
        day.id = "2026-11-20-neglect"
        day.registeredNames = [NameRegistered.registering("Kayden Testcase", role: "child", ref: nil, key: key, day: "2026-11-20-neglect")]
        day.date = "2026-11-20"
        let without = GuardSettings(keyPath: "/home/x/.config/maca/keys/partnership.key")
        let problem = try #require(without.keyProblem(for: [day]))
        #expect(problem.exitStatus == .noInput)
        #expect(problem.description.hasPrefix("/home/x/.config/maca/keys/partnership.key: the partnership key is not there"))
        #expect(problem.description.contains("the names registered on the day of 2026-11-20"))
        #expect(throws: FileError.self) { try IdentifierGuard(checking: day, privacy: without) }
        // Another key is named as another key: the names would match nothing under it.
        let replaced = NameKey(secret: SymmetricKey(size: .bits256), keyPath: "/k/partnership.key")
        let mismatch = try #require(GuardSettings(nameKey: replaced).keyProblem(for: [day]))
        #expect(mismatch.description.contains("this partnership key is not the one the names registered on the day of 2026-11-20 were hashed with (key \(key.fingerprint), this one is \(replaced.fingerprint))"))
        #expect(GuardSettings(nameKey: key).keyProblem(for: [day]) == nil)
        // The registry alone calls for the key too; a day of older salted records does not.
        #expect(GuardSettings(keyPath: "k", partnershipNames: day.registeredNames).keyProblem(for: []) != nil)
        day.registeredNames = [NameRegistered.registering("Kayden Testcase", role: "child", ref: nil, day: "2026-11-20-neglect")]
        #expect(without.keyProblem(for: [day]) == nil)
    }

    @Test("the registry holds sealed keyed hashes and roles only, owner-only, one record per registration")
    func registryFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let key = NameKey(secret: SymmetricKey(size: .bits256), keyPath: "test")
        let registry = NameRegistry(path: folder.file("maca/names.jsonl"), signer: RecordSigner(secret: Data(repeating: 7, count: 32), keyPath: "k"), key: key)
        let name = NameRegistered.registeringForPartnership("Maisie Testcase", role: "child", key: key)
        #expect(try registry.add(name))
        // Registered again: written again, so the file's growth does not say it was known.
        #expect(try registry.add(name))
        #expect(try registry.add(NameRegistered.registeringForPartnership("Maisie Testcase", role: "parent", key: key)))
        // A day's record (its case, its day's hashes) is never put in the registry.
        #expect(try !registry.add(NameRegistered.registering("Maisie Testcase", role: "carer", ref: "CASE-1", key: key, day: "d")))
        // Nor anything without a key to seal it.
        #expect(try !NameRegistry(path: registry.path, signer: nil).add(name))
        let names = try registry.names()
        #expect(names.map(\.role) == ["child", "child", "parent"])
        #expect(names.allSatisfy { $0.hashes == name.hashes })
        #expect(names.allSatisfy { $0.ref == nil && $0.keyed == true })
        let text = try String(contentsOfFile: registry.path, encoding: .utf8)
        #expect(!text.lowercased().contains("maisie") && !text.contains("CASE-1") && !text.contains("\"d\""))
        #expect(try FileManager.default.attributesOfItem(atPath: registry.path)[.posixPermissions] as? Int == 0o600)
        // Older salted records are never put in the registry: their salt is one day's.
        #expect(try !registry.add(NameRegistered.registering("Maisie Testcase", role: "sibling", ref: nil, day: "d")))
    }

    @Test("a registry record says nothing by its shape: not how many parts a name has, its role, a part shared with another name, or a repeat")
    func registryShape() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let key = NameKey(secret: SymmetricKey(size: .bits256), keyPath: "test")
        let registry = NameRegistry(path: folder.file("maca/names.jsonl"), signer: nil, key: key)
        // Invented names of one to six parts, two sharing a surname, one registered twice, one of eighteen parts.
        let registrations = [
            ("Oyelaran", "child"), ("Tamsin Quillfeather", "child"), ("Jo Ann Quillfeather", "parent"),
            ("Dariusz Wenceslas Ibekwe-Moss Haldane", "step-parent"), ("Tamsin Quillfeather", "child"),
            ("Ana Maria Luisa Teodora Quintero Vell", "practitioner"),
        ]
        for (name, role) in registrations {
            #expect(try registry.add(NameRegistered.registeringForPartnership(name, role: role, key: key)))
        }
        let long = (1...18).map { "Partname\(Character(UnicodeScalar(96 + $0)!))" }.joined(separator: " ")
        #expect(try registry.add(NameRegistered.registeringForPartnership(long, role: "child", key: key)))
        let records = try JournalReader.read(path: registry.path, signer: nil).records.compactMap { record -> NameRegistered? in
            if case let .nameRegistered(registered) = record.event { return registered }
            return nil
        }
        #expect(records.count == registrations.count + 1)
        // Every record but the over-long name's is the same size, with no role and no hash in the clear.
        let sizes = Set(records.prefix(registrations.count).map { $0.sealed?.count ?? 0 })
        #expect(sizes.count == 1 && sizes.first ?? 0 > 0)
        #expect(records.allSatisfy { $0.role.isEmpty && $0.hashes.isEmpty && $0.ref == nil })
        #expect((records.last?.sealed?.count ?? 0) > (sizes.first ?? 0))
        // The repeat and the shared surname are not visible: no two sealed boxes share a run of 16 characters.
        let boxes = records.compactMap(\.sealed)
        for (index, box) in boxes.enumerated() {
            for other in boxes[(index + 1)...] {
                let runs = stride(from: 0, to: box.count - 16, by: 8).map { String(Array(box)[$0..<($0 + 16)]) }
                #expect(!runs.contains { other.contains($0) })
            }
        }
        let text = try String(contentsOfFile: registry.path, encoding: .utf8)
        for part in ["oyelaran", "tamsin", "quillfeather", "ibekwe-moss"] {
            #expect(!text.contains(key.hash(part)))
        }
        #expect(!text.contains("child") && !text.contains("parent"))
        // With the key, every registration is read back whole.
        let names = try registry.names()
        #expect(names.map(\.role) == registrations.map(\.1) + ["child"])
        #expect(names[2].hashes == ["jo", "ann", "quillfeather"].map { key.hash($0) })
        // With another key, or none, no hashes are read, and the fingerprint says whose they are.
        let other = NameKey(secret: SymmetricKey(size: .bits256), keyPath: "other")
        let unopened = try NameRegistry(path: registry.path, signer: nil, key: other).names()
        #expect(unopened.allSatisfy { $0.hashes.isEmpty && $0.key == key.fingerprint })
        #expect(GuardSettings(nameKey: other, partnershipNames: unopened).keyProblem(for: []) != nil)
    }
}
