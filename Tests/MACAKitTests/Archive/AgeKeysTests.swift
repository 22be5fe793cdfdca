import Foundation
@testable import MACAKit
import MACATestSupport
import Testing

/// age's keys as text: Bech32 (BIP 173, no length limit) `age1…` recipients
/// and `AGE-SECRET-KEY-1…` identities, and the unpadded canonical base64 of
/// the header.
@Suite("age keys, Bech32 and base64")
struct AgeKeysTests {
    @Test("the specification's example identity has the specification's example recipient")
    func specificationExample() throws {
        let identity = try #require(AgeIdentity("AGE-SECRET-KEY-1GFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPQ4EGAEX", origin: "spec"))
        #expect(identity.recipient.description == "age1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwj")
        #expect(identity.secretText == "AGE-SECRET-KEY-1GFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPQ4EGAEX")
        // The identity's 32 bytes are 0x42 each, as its repeated characters suggest.
        #expect(Bech32.decode("AGE-SECRET-KEY-1GFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPQ4EGAEX")?.data == [UInt8](repeating: 0x42, count: 32))
        #expect(AgeRecipient("age1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwj") == identity.recipient)
    }

    @Test("BIP 173's valid examples decode, and its invalid ones do not", arguments: [
        ("A12UEL5L", true), ("a12uel5l", true), ("abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw", true),
        ("split1checkupstagehandshakeupstreamerranterredcaperred2y9e3w", true), ("?1ezyfcl", true),
        ("pzry9x0s0muk", false), ("1pzry9x0s0muk", false), ("x1b4n0q5v", false), ("li1dgmt3", false),
        ("A1G7SGD8", false), ("10a06t8", false), ("1qzzfhee", false), ("A12UEL5l", false),
    ])
    func bip173(text: String, valid: Bool) {
        #expect((Bech32.decode(text) != nil) == valid, "\(text)")
    }

    @Test("keys round-trip, and a changed character, mixed case or the other kind's prefix is refused")
    func roundTrip() throws {
        for _ in 0..<20 {
            let identity = AgeIdentity.generate(origin: "test")
            let again = try #require(AgeIdentity(identity.secretText, origin: "again"))
            #expect(again.recipient == identity.recipient)
            let text = identity.recipient.description
            #expect(text.hasPrefix("age1") && text.count == 62)
            #expect(AgeRecipient(text) == identity.recipient)
            #expect(AgeRecipient(text.uppercased()) == identity.recipient)
            var changed = Array(text)
            changed[10] = changed[10] == "q" ? "p" : "q"
            #expect(AgeRecipient(String(changed)) == nil)
            #expect(AgeRecipient("age1" + text.dropFirst(4).prefix(10).uppercased() + text.dropFirst(14)) == nil)
            #expect(AgeRecipient(identity.secretText) == nil)
            #expect(AgeIdentity(text, origin: "x") == nil)
        }
        // A recipient of another length or prefix.
        #expect(AgeRecipient(Bech32.encode(prefix: "age", data: [UInt8](repeating: 1, count: 31))) == nil)
        #expect(AgeRecipient(Bech32.encode(prefix: "age1pq", data: [UInt8](repeating: 1, count: 32))) == nil)
    }

    @Test("an identity's description never shows the secret")
    func secretNotShown() {
        let identity = AgeIdentity.generate(origin: "/keys/archive.key")
        #expect(!identity.description.contains(identity.secretText))
        #expect(!identity.description.contains(identity.secretText.lowercased()))
        #expect(identity.description.contains(identity.recipient.description))
    }

    @Test("base64 is written without padding and read only in its canonical form")
    func base64() {
        for count in 0..<70 {
            let bytes = (0..<count).map { UInt8(truncatingIfNeeded: $0 * 37 + 5) }
            let text = AgeBase64.encode(bytes)
            #expect(!text.contains("="))
            #expect(text == Data(bytes).base64EncodedString().replacingOccurrences(of: "=", with: ""))
            #expect(AgeBase64.decode(Array(text.utf8)) == bytes)
        }
        for bad in ["A", "AB", "AAB", "AA==", "AAA=", "AA A", "AA-_", "AAAAA"] {
            #expect(AgeBase64.decode(Array(bad.utf8)) == nil, "\(bad)")
        }
        #expect(AgeBase64.decode(Array("AA".utf8)) == [0])
        #expect(AgeBase64.decode(Array("AAA".utf8)) == [0, 0])
    }

    @Test("an identity file as age-keygen writes it is read; one others can read, or with a line that is not an identity, is refused without repeating the line")
    func identityFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let identity = AgeIdentity.generate(origin: "made")
        let path = folder.file("key.txt")
        try Data(AgeIdentityFile.text(of: identity, created: Date(timeIntervalSince1970: 0)).utf8).write(to: URL(fileURLWithPath: path))
        #expect(chmod(path, 0o600) == 0)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.hasPrefix("# created: 1970-01-01T00:00:00Z\n# public key: \(identity.recipient)\nAGE-SECRET-KEY-1"))
        #expect(try AgeIdentityFile.read(path: path).map(\.recipient) == [identity.recipient])

        #expect(chmod(path, 0o640) == 0)
        #expect(throws: ArchiveError.file(.unreadable(path: path, reason: "others can read it (mode 640); make it owner-only with chmod 600"))) {
            try AgeIdentityFile.read(path: path)
        }
        #expect(chmod(path, 0o600) == 0)
        let leaked = "AGE-SECRET-KEY-1NOTAKEY"
        try (text + leaked + "\n").write(toFile: path, atomically: false, encoding: .utf8)
        do {
            _ = try AgeIdentityFile.read(path: path)
            Issue.record("a file with a line that is not an identity was read")
        } catch {
            #expect(error == .identityFile(path: path, reason: "line 4 is not an age X25519 identity (AGE-SECRET-KEY-1…)"))
            #expect(!error.description.contains(leaked))
        }
        #expect(throws: ArchiveError.identityMissing(path: folder.file("none"))) { try AgeIdentityFile.read(path: folder.file("none")) }
        #expect(throws: ArchiveError.identityFile(path: "p", reason: "it holds no identity (AGE-SECRET-KEY-1… line)")) {
            try AgeIdentityFile.parse("# only a comment\n\n", path: "p")
        }
    }
}
