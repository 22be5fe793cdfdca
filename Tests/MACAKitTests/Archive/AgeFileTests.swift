import Crypto
import Foundation
@testable import MACAKit
import MACATestSupport
import Testing

/// The age format (age-encryption.org/v1) as maca writes and reads it, with
/// vectors built here from the specification, and a file `age` 1.1.1 wrote.
@Suite("The age file format")
struct AgeFileTests {
    static let alice = AgeIdentity(secret: [UInt8](repeating: 0x11, count: 32), origin: "alice")
    static let bob = AgeIdentity(secret: [UInt8](repeating: 0x22, count: 32), origin: "bob")
    static let carol = AgeIdentity(secret: [UInt8](repeating: 0x33, count: 32), origin: "carol")
    static let fileKey = [UInt8](0..<16)
    static let nonce = [UInt8](100..<116)

    /// A file made with fixed randomness, so its bytes can be reasoned about.
    static func fixed(_ plaintext: Data, to recipients: [AgeIdentity] = [alice], extra: [AgeFile.Stanza] = []) -> Data {
        AgeFile.encrypt(
            plaintext, to: recipients.map(\.recipient), fileKey: fileKey, payloadNonce: nonce,
            ephemeralSecrets: recipients.indices.map { [UInt8](repeating: UInt8(0x40 + $0), count: 32) }, extraStanzas: extra
        )
    }

    static func pattern(_ count: Int) -> Data {
        Data((0..<count).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 8) })
    }

    /// Where the header ends and the payload's nonce begins.
    static func headerLength(_ file: Data) -> Int {
        let bytes = [UInt8](file)
        let mac = bytes.indices.first { bytes[$0...].starts(with: Array("\n---".utf8)) }! + 1
        return bytes[mac...].firstIndex(of: 0x0A)! + 1
    }

    @Test("a round trip at every size around the chunk boundaries gives the plaintext back", arguments: [
        0, 1, 100, 65535, 65536, 65537, 131071, 131072, 131073, 300_000,
    ])
    func roundTrip(size: Int) throws {
        let plaintext = Self.pattern(size)
        let file = AgeFile.encrypt(plaintext, to: [Self.alice.recipient])
        #expect(try AgeFile.decrypt(file, with: [Self.alice]) == plaintext)
        // The payload: a 16-byte nonce, then full chunks and a last one (empty only if all is), each with a 16-byte tag.
        let chunks = max(1, (size + AgeFile.chunkSize - 1) / AgeFile.chunkSize)
        #expect(file.count - Self.headerLength(file) == 16 + size + 16 * chunks)
    }

    @Test("the header is the specification's text: the version line, a stanza per recipient, and the MAC line")
    func headerText() throws {
        let file = Self.fixed(Data("hello".utf8), to: [Self.alice, Self.bob])
        let header = String(decoding: file.prefix(Self.headerLength(file)), as: UTF8.self)
        let lines = header.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "age-encryption.org/v1")
        for index in [1, 3] {
            #expect(lines[index].range(of: #"^-> X25519 [A-Za-z0-9+/]{43}$"#, options: .regularExpression) != nil, "\(lines[index])")
            #expect(lines[index + 1].range(of: #"^[A-Za-z0-9+/]{43}$"#, options: .regularExpression) != nil)
        }
        #expect(lines[5].range(of: #"^--- [A-Za-z0-9+/]{43}$"#, options: .regularExpression) != nil)
        #expect(lines.count == 7 && lines[6].isEmpty)
        // The same randomness gives the same file; the real encrypt never repeats it.
        #expect(Self.fixed(Data("hello".utf8), to: [Self.alice, Self.bob]) == file)
        #expect(AgeFile.encrypt(Data("hello".utf8), to: [Self.alice.recipient]) != AgeFile.encrypt(Data("hello".utf8), to: [Self.alice.recipient]))
    }

    @Test("each part of the file is what the specification computes, worked out here step by step")
    func specificationVector() throws {
        let plaintext = Data("Audit day, sealed.".utf8)
        let file = [UInt8](Self.fixed(plaintext))
        let headerEnd = Self.headerLength(Data(file))
        let header = String(decoding: file[..<headerEnd], as: UTF8.self)
        let lines = header.split(separator: "\n").map(String.init)

        // The stanza: ephemeral share = X25519(ephemeral secret, basepoint).
        let ephemeral = try Curve25519.KeyAgreement.PrivateKey(rawRepresentation: [UInt8](repeating: 0x40, count: 32))
        let share = Array(ephemeral.publicKey.rawRepresentation)
        #expect(lines[1] == "-> X25519 " + Data(share).base64EncodedString().replacingOccurrences(of: "=", with: ""))
        // wrap key = HKDF-SHA-256(ikm = shared secret, salt = share || recipient, info = "age-encryption.org/v1/X25519")
        let recipientKey = try Curve25519.KeyAgreement.PublicKey(rawRepresentation: Self.alice.recipient.publicKey)
        let shared = try ephemeral.sharedSecretFromKeyAgreement(with: recipientKey)
        let wrapKey = shared.hkdfDerivedSymmetricKey(
            using: SHA256.self, salt: share + Self.alice.recipient.publicKey, sharedInfo: Data("age-encryption.org/v1/X25519".utf8), outputByteCount: 32
        )
        let body = try #require(Data(base64Encoded: lines[2] + "="))
        let box = try ChaChaPoly.SealedBox(nonce: ChaChaPoly.Nonce(data: Data(count: 12)), ciphertext: body.prefix(16), tag: body.suffix(16))
        #expect(Array(try ChaChaPoly.open(box, using: wrapKey)) == Self.fileKey)

        // MAC = HMAC-SHA-256(HKDF(ikm = file key, salt = empty, info = "header"), header up to and including "---").
        let macKey = HKDF<SHA256>.deriveKey(inputKeyMaterial: SymmetricKey(data: Self.fileKey), info: Data("header".utf8), outputByteCount: 32)
        let covered = Data(header.utf8).prefix(header.utf8.count - 1 - 44)
        #expect(String(decoding: covered.suffix(3), as: UTF8.self) == "---")
        let mac = Data(HMAC<SHA256>.authenticationCode(for: covered, using: macKey))
        #expect(lines[3] == "--- " + mac.base64EncodedString().replacingOccurrences(of: "=", with: ""))

        // Payload: nonce, then the one chunk sealed under HKDF(file key, salt = nonce, info = "payload") with nonce 0…0 || 0x01.
        #expect(Array(file[headerEnd..<(headerEnd + 16)]) == Self.nonce)
        let payloadKey = HKDF<SHA256>.deriveKey(inputKeyMaterial: SymmetricKey(data: Self.fileKey), salt: Self.nonce, info: Data("payload".utf8), outputByteCount: 32)
        let chunk = file[(headerEnd + 16)...]
        let lastNonce = try ChaChaPoly.Nonce(data: [UInt8](repeating: 0, count: 11) + [1])
        let sealed = try ChaChaPoly.SealedBox(nonce: lastNonce, ciphertext: chunk.dropLast(16), tag: chunk.suffix(16))
        #expect(try ChaChaPoly.open(sealed, using: payloadKey) == plaintext)
    }

    @Test("a file the real age 1.1.1 wrote to two recipients opens with the identity age-keygen made for one of them")
    func writtenByAge() throws {
        let folder = "\(packageRoot)/Tests/MACAKitTests/Fixtures/age"
        let identities = try AgeIdentityFile.parse(String(contentsOfFile: "\(folder)/identity.txt", encoding: .utf8), path: "identity.txt")
        #expect(identities.map(\.recipient.description) == ["age1j66zqezd4zvtvh59x5jlzq0tcf0d5wj27yve36ucrqz5ag9ad5kqf6v26f"])
        let file = try Data(contentsOf: URL(fileURLWithPath: "\(folder)/hello.age"))
        #expect(try AgeFile.decrypt(file, with: identities) == Data("Hello from age 1.1.1, to two recipients.\n".utf8))
        #expect(throws: AgeError.noMatchingIdentity(x25519Recipients: 2, otherTypes: [], identities: 1)) {
            try AgeFile.decrypt(file, with: [Self.alice])
        }
    }

    @Test("a file for several recipients opens with each one's identity alone, and not with another's")
    func severalRecipients() throws {
        let plaintext = Self.pattern(70_000)
        let file = AgeFile.encrypt(plaintext, to: [Self.alice.recipient, Self.bob.recipient])
        #expect(try AgeFile.decrypt(file, with: [Self.alice]) == plaintext)
        #expect(try AgeFile.decrypt(file, with: [Self.bob]) == plaintext)
        let opened = try AgeFile.open(file, with: [Self.carol, Self.bob])
        #expect(opened.identity.origin == "bob")
        #expect(throws: AgeError.noMatchingIdentity(x25519Recipients: 2, otherTypes: [], identities: 1)) {
            try AgeFile.decrypt(file, with: [Self.carol])
        }
        #expect(throws: AgeError.noMatchingIdentity(x25519Recipients: 2, otherTypes: [], identities: 0)) {
            try AgeFile.decrypt(file, with: [])
        }
    }

    @Test("one bit flipped anywhere in the file, header, MAC or payload, and it does not open")
    func everyBitFlip() throws {
        let plaintext = Self.pattern(300)
        let file = Self.fixed(plaintext, to: [Self.alice, Self.bob])
        for position in 0..<file.count {
            for bit in [0x01, 0x80] as [UInt8] {
                var damaged = file
                damaged[position] ^= bit
                #expect(throws: AgeError.self, "byte \(position) bit \(bit)") { try AgeFile.decrypt(damaged, with: [Self.alice, Self.bob]) }
            }
        }
    }

    @Test("a changed byte is named by where it is: the header's MAC, a chunk that is not the last, or the last")
    func damageNamed() throws {
        let file = Self.fixed(Self.pattern(65537))
        let headerEnd = Self.headerLength(file)
        var mac = file
        // The MAC's first character, changed to another base64 character.
        mac[headerEnd - 44] = mac[headerEnd - 44] == UInt8(ascii: "A") ? UInt8(ascii: "B") : UInt8(ascii: "A")
        #expect(throws: AgeError.headerMAC) { try AgeFile.decrypt(mac, with: [Self.alice]) }
        var first = file
        first[headerEnd + 16 + 10] ^= 1
        #expect(throws: AgeError.damagedChunk(1)) { try AgeFile.decrypt(first, with: [Self.alice]) }
        var last = file
        last[file.count - 1] ^= 1
        #expect(throws: AgeError.lastChunk(2)) { try AgeFile.decrypt(last, with: [Self.alice]) }
        var nonce = file
        nonce[headerEnd] ^= 1
        #expect(throws: AgeError.damagedChunk(1)) { try AgeFile.decrypt(nonce, with: [Self.alice]) }
    }

    @Test("a file cut short anywhere does not open, at a chunk boundary included", arguments: [65536, 65537, 131072])
    func truncated(size: Int) throws {
        let file = Self.fixed(Self.pattern(size))
        let headerEnd = Self.headerLength(file)
        var cuts = [1, 15, 16, 17, file.count - headerEnd - 16 + 1]
        // Exactly the last chunk removed: what is left ends in a full chunk that was not sealed as the last.
        if size > AgeFile.chunkSize { cuts.append((size - 1) % AgeFile.chunkSize + 1 + 16) }
        for cut in cuts {
            #expect(throws: AgeError.self, "cut \(cut)") { try AgeFile.decrypt(file.prefix(file.count - cut), with: [Self.alice]) }
        }
        if size > AgeFile.chunkSize {
            let boundary = file.prefix(file.count - ((size - 1) % AgeFile.chunkSize + 1 + 16))
            #expect(throws: AgeError.lastChunk((size - 1) / AgeFile.chunkSize)) { try AgeFile.decrypt(boundary, with: [Self.alice]) }
        }
        #expect(throws: AgeError.truncated("it ends before the first chunk of its payload")) {
            try AgeFile.decrypt(file.prefix(headerEnd + 16), with: [Self.alice])
        }
        #expect(throws: AgeError.truncated("it ends inside its payload's nonce")) {
            try AgeFile.decrypt(file.prefix(headerEnd + 3), with: [Self.alice])
        }
        #expect(throws: AgeError.truncated("it ends inside its header")) { try AgeFile.decrypt(file.prefix(40), with: [Self.alice]) }
    }

    @Test("an empty payload is one empty last chunk; an empty last chunk after a full one is refused")
    func emptyChunks() throws {
        let empty = Self.fixed(Data())
        #expect(empty.count - Self.headerLength(empty) == 32)
        #expect(try AgeFile.decrypt(empty, with: [Self.alice]) == Data())
        // 64 KiB sealed as a full chunk that is not the last, then an empty last chunk: a writer that got the rule wrong.
        var header = AgeFile.header([AgeFile.wrap(fileKey: Self.fileKey, for: Self.alice.recipient, ephemeralSecret: [UInt8](repeating: 9, count: 32))])
        header += AgeFile.headerMAC(header, fileKey: Self.fileKey)
        let key = AgeFile.payloadKey(fileKey: Self.fileKey, nonce: Self.nonce)
        let full = try ChaChaPoly.seal(Self.pattern(AgeFile.chunkSize), using: key, nonce: AgeFile.chunkNonce(0, last: false))
        let end = try ChaChaPoly.seal(Data(), using: key, nonce: AgeFile.chunkNonce(1, last: true))
        let file = Data(header) + Self.nonce + full.ciphertext + full.tag + end.ciphertext + end.tag
        #expect(throws: AgeError.malformedPayload("it ends with an empty chunk after others")) { try AgeFile.decrypt(file, with: [Self.alice]) }
    }

    @Test("stanzas of other kinds are passed over, bodies of every length wrapped at 64 columns, and all covered by the MAC", arguments: [0, 1, 47, 48, 49, 96, 200])
    func otherStanzas(bodyLength: Int) throws {
        let grease = AgeFile.Stanza(arguments: ["example.org/grease", "x!y", "z"], body: [UInt8](Self.pattern(bodyLength)))
        let file = Self.fixed(Data("inside".utf8), extra: [grease])
        let parsed = try AgeFile.parseHeader([UInt8](file))
        #expect(parsed.stanzas.count == 2 && parsed.stanzas[1] == grease)
        // A body of a multiple of 48 bytes is 64-character lines and then an empty one.
        let text = String(decoding: file.prefix(Self.headerLength(file)), as: UTF8.self)
        let bodyLines = text.components(separatedBy: "-> example.org/grease x!y z\n")[1].components(separatedBy: "\n---")[0].split(separator: "\n", omittingEmptySubsequences: false)
        #expect(bodyLines.dropLast().allSatisfy { $0.count == 64 } && bodyLines.last!.count < 64)
        #expect(try AgeFile.decrypt(file, with: [Self.alice]) == Data("inside".utf8))
        #expect(throws: AgeError.noMatchingIdentity(x25519Recipients: 1, otherTypes: ["example.org/grease"], identities: 1)) {
            try AgeFile.decrypt(file, with: [Self.bob])
        }
    }

    @Test("headers the specification says to refuse are refused, each with its reason")
    func refusedHeaders() throws {
        let good = Self.fixed(Data("x".utf8))
        let text = String(decoding: good.prefix(Self.headerLength(good)), as: UTF8.self)
        let payload = good.suffix(from: Self.headerLength(good))
        func with(_ header: String) -> Data { Data(header.utf8) + payload }
        let share = text.split(separator: "\n")[1].split(separator: " ")[2]
        let cases: [(String, Data, AgeError)] = [
            ("another version", with(text.replacingOccurrences(of: "/v1\n", with: "/v2\n")), .unsupportedVersion("age-encryption.org/v2")),
            ("not age", Data("hello world\n".utf8), .notAgeFile),
            ("armoured", Data("-----BEGIN AGE ENCRYPTED FILE-----\nYWdl\n-----END AGE ENCRYPTED FILE-----\n".utf8), .armored),
            ("no stanza", with("age-encryption.org/v1\n" + text.components(separatedBy: "\n").suffix(2).joined(separator: "\n")), .malformedHeader("it has no recipient stanza")),
            ("share padded", with(text.replacingOccurrences(of: String(share), with: share + "=")), .malformedHeader("an X25519 stanza does not have exactly one argument of 32 bytes")),
            ("share not canonical", with(text.replacingOccurrences(of: String(share), with: share.dropLast() + "Z")), .malformedHeader("an X25519 stanza does not have exactly one argument of 32 bytes")),
            ("extra argument", with(text.replacingOccurrences(of: String(share), with: share + " more")), .malformedHeader("an X25519 stanza does not have exactly one argument of 32 bytes")),
            ("two spaces", with(text.replacingOccurrences(of: "-> X25519 ", with: "-> X25519  ")), .malformedHeader("a stanza's arguments are not words of printable characters separated by single spaces")),
            ("scrypt alone", with("age-encryption.org/v1\n-> scrypt c2FsdHNhbHRzYWx0c2FsdA 18\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n--- " + String(repeating: "A", count: 43) + "\n"), .passphraseProtected),
            ("scrypt mixed", with(text.replacingOccurrences(of: "\n---", with: "\n-> scrypt c2FsdHNhbHRzYWx0c2FsdA 18\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n---")), .malformedHeader("a passphrase (scrypt) stanza is mixed with other recipients")),
            ("short MAC", with(text.replacingOccurrences(of: "--- ", with: "--- A")), .malformedHeader("its MAC line is not '--- ' and 43 base64 characters")),
            ("line of rubbish", with(text.replacingOccurrences(of: "\n---", with: "\nrubbish\n---")), .malformedHeader("header line 4 is neither a recipient stanza ('-> ') nor the MAC ('--- ')")),
            ("body too wide", with(text.replacingOccurrences(of: "\n---", with: "\n-> x\n" + String(repeating: "A", count: 65) + "\n\n---")), .malformedHeader("a stanza's body is not base64 wrapped at 64 columns")),
            ("body cut off", with(text.replacingOccurrences(of: "\n---", with: "\n-> x\n" + String(repeating: "A", count: 64) + "\n---")), .malformedHeader("a stanza's body is not base64 wrapped at 64 columns")),
        ]
        for (label, file, error) in cases {
            #expect(throws: error, "\(label)") { try AgeFile.decrypt(file, with: [Self.alice]) }
        }
    }

    @Test("a share of low order, which gives the all-zero secret, is refused rather than used")
    func lowOrderShare() throws {
        let zero = AgeFile.Stanza(arguments: ["X25519", AgeBase64.encode([UInt8](repeating: 0, count: 32))], body: [UInt8](repeating: 7, count: 32))
        var header = AgeFile.header([zero])
        header += AgeFile.headerMAC(header, fileKey: Self.fileKey)
        let file = Data(header) + Self.nonce + Data(count: 16)
        #expect(throws: AgeError.malformedHeader("an X25519 stanza's share gives the all-zero shared secret")) { try AgeFile.decrypt(file, with: [Self.alice]) }
    }
}
