import Crypto
import Foundation

/// The age file format, version 1 (https://age-encryption.org/v1), with
/// X25519 recipients: what `age -r age1…` writes and `age -d -i` reads.
///
/// A file is a text header, then a binary payload. The header holds a
/// random 16-byte file key wrapped once for each recipient (an ephemeral
/// X25519 share, and the file key sealed with ChaCha20-Poly1305 under a key
/// HKDF-SHA-256 derives from the shared secret), then an HMAC-SHA-256 of
/// the header under a key derived from the file key. The payload is a
/// 16-byte nonce, then the plaintext in 64 KiB chunks, each sealed with
/// ChaCha20-Poly1305 under a key derived from the file key and that nonce,
/// with a nonce of an 11-byte big-endian chunk counter and a last-chunk
/// flag: a chunk cannot be moved, dropped, or the file cut short at a chunk
/// boundary, without the file failing to open.
public enum AgeFile {
    static let versionLine = Array("age-encryption.org/v1".utf8)
    static let x25519Label = Array("age-encryption.org/v1/X25519".utf8)
    /// Plaintext bytes in every chunk but the last.
    public static let chunkSize = 64 * 1024
    static let tagSize = 16
    static let fileKeySize = 16
    static let payloadNonceSize = 16
    /// Header lines are wrapped at this many base64 characters.
    static let columns = 64

    /// A recipient stanza: its arguments (the first is its type) and body.
    struct Stanza: Equatable {
        var arguments: [String]
        var body: [UInt8]
    }

    /// The plaintext encrypted to every recipient, with fresh randomness.
    public static func encrypt(_ plaintext: Data, to recipients: [AgeRecipient]) -> Data {
        encrypt(
            plaintext, to: recipients, fileKey: randomBytes(fileKeySize), payloadNonce: randomBytes(payloadNonceSize),
            ephemeralSecrets: recipients.map { _ in Array(Curve25519.KeyAgreement.PrivateKey().rawRepresentation) }
        )
    }

    /// The same, with the randomness given: for tests that need a file to
    /// come out the same twice. A real file must never reuse any of these.
    static func encrypt(
        _ plaintext: Data, to recipients: [AgeRecipient], fileKey: [UInt8], payloadNonce: [UInt8], ephemeralSecrets: [[UInt8]],
        extraStanzas: [Stanza] = []
    ) -> Data {
        precondition(!recipients.isEmpty || !extraStanzas.isEmpty, "an age file needs a recipient")
        precondition(fileKey.count == fileKeySize && payloadNonce.count == payloadNonceSize && ephemeralSecrets.count == recipients.count)
        var stanzas: [Stanza] = []
        for (recipient, ephemeral) in zip(recipients, ephemeralSecrets) {
            stanzas.append(wrap(fileKey: fileKey, for: recipient, ephemeralSecret: ephemeral))
        }
        var header = header(stanzas + extraStanzas)
        header += headerMAC(header, fileKey: fileKey)
        var file = Data(header)
        file.append(contentsOf: payloadNonce)
        file.append(sealPayload(plaintext, fileKey: fileKey, nonce: payloadNonce))
        return file
    }

    /// The plaintext of an age file, opened by the first identity whose
    /// recipient it was encrypted to. Every part is checked: the header's
    /// syntax and MAC, and every chunk of the payload, the last included.
    public static func decrypt(_ file: Data, with identities: [AgeIdentity]) throws(AgeError) -> Data {
        try open(file, with: identities).plaintext
    }

    /// The plaintext, and which identity opened the file.
    public static func open(_ file: Data, with identities: [AgeIdentity]) throws(AgeError) -> (plaintext: Data, identity: AgeIdentity) {
        let bytes = [UInt8](file)
        let parsed = try parseHeader(bytes)
        let (fileKey, identity) = try unwrapFileKey(parsed.stanzas, identities: identities)
        let expected = headerMACBytes(Array(bytes[..<parsed.macInput]), fileKey: fileKey)
        guard constantTimeEqual(expected, parsed.mac) else { throw .headerMAC }
        return (try openPayload(bytes[parsed.payloadStart...], fileKey: fileKey), identity)
    }

    // MARK: The header

    /// The header's text up to and including its `---` mark, which the MAC covers.
    static func header(_ stanzas: [Stanza]) -> [UInt8] {
        var text = versionLine + [0x0A]
        for stanza in stanzas {
            text += Array(("-> " + stanza.arguments.joined(separator: " ") + "\n").utf8)
            let encoded = Array(AgeBase64.encode(stanza.body).utf8)
            var start = 0
            // Full lines of 64, then a final line shorter than 64, which may be empty.
            while encoded.count - start >= columns {
                text += encoded[start..<(start + columns)] + [0x0A]
                start += columns
            }
            text += encoded[start...] + [0x0A]
        }
        return text + Array("---".utf8)
    }

    /// The MAC line's remainder: a space, the MAC in base64, a line feed.
    static func headerMAC(_ header: [UInt8], fileKey: [UInt8]) -> [UInt8] {
        Array((" " + AgeBase64.encode(headerMACBytes(header, fileKey: fileKey)) + "\n").utf8)
    }

    static func headerMACBytes(_ header: [UInt8], fileKey: [UInt8]) -> [UInt8] {
        let key = HKDF<SHA256>.deriveKey(inputKeyMaterial: SymmetricKey(data: fileKey), salt: [UInt8](), info: Array("header".utf8), outputByteCount: 32)
        return Array(HMAC<SHA256>.authenticationCode(for: header, using: key))
    }

    struct ParsedHeader {
        var stanzas: [Stanza]
        /// How many bytes from the start the MAC covers: up to the end of `---`.
        var macInput: Int
        var mac: [UInt8]
        var payloadStart: Int
    }

    static func parseHeader(_ bytes: [UInt8]) throws(AgeError) -> ParsedHeader {
        var position = 0
        var lineNumber = 0
        /// The next line without its line feed; nil at the end of the file.
        func nextLine() -> ArraySlice<UInt8>? {
            guard position < bytes.count, let end = bytes[position...].firstIndex(of: 0x0A) else { return nil }
            defer { position = end + 1 }
            lineNumber += 1
            return bytes[position..<end]
        }
        let armour = Array("-----BEGIN AGE ENCRYPTED FILE-----".utf8)
        if bytes.starts(with: armour) { throw .armored }
        guard bytes.starts(with: Array("age-encryption.org/".utf8)) else { throw .notAgeFile }
        guard let version = nextLine() else { throw .truncated("it ends inside its header") }
        guard Array(version) == versionLine else {
            throw .unsupportedVersion(String(decoding: version.prefix(80), as: UTF8.self))
        }
        var stanzas: [Stanza] = []
        while true {
            let lineStart = position
            guard let line = nextLine() else { throw .truncated("it ends inside its header") }
            if line.starts(with: Array("---".utf8)) {
                let text = Array(line)
                guard text.count == 4 + 43, text[3] == 0x20, let mac = AgeBase64.decode(text[4...]), mac.count == 32 else {
                    throw .malformedHeader("its MAC line is not '--- ' and 43 base64 characters")
                }
                guard !stanzas.isEmpty else { throw .malformedHeader("it has no recipient stanza") }
                return ParsedHeader(stanzas: stanzas, macInput: lineStart + 3, mac: mac, payloadStart: position)
            }
            guard line.starts(with: Array("-> ".utf8)) else {
                throw .malformedHeader("header line \(lineNumber) is neither a recipient stanza ('-> ') nor the MAC ('--- ')")
            }
            let arguments = line.dropFirst(3).split(separator: 0x20, omittingEmptySubsequences: false)
            guard !arguments.isEmpty, arguments.allSatisfy({ !$0.isEmpty && $0.allSatisfy { (0x21...0x7E).contains($0) } }) else {
                throw .malformedHeader("a stanza's arguments are not words of printable characters separated by single spaces")
            }
            var encoded: [UInt8] = []
            while true {
                guard let bodyLine = nextLine() else { throw .truncated("it ends inside its header") }
                guard bodyLine.count <= columns, bodyLine.allSatisfy(AgeBase64.isBase64Character) else {
                    throw .malformedHeader("a stanza's body is not base64 wrapped at \(columns) columns")
                }
                encoded += bodyLine
                if bodyLine.count < columns { break }
            }
            guard let body = AgeBase64.decode(encoded) else {
                throw .malformedHeader("a stanza's body is not canonical base64")
            }
            stanzas.append(Stanza(arguments: arguments.map { String(decoding: $0, as: UTF8.self) }, body: body))
        }
    }

    // MARK: X25519 stanzas

    static func wrap(fileKey: [UInt8], for recipient: AgeRecipient, ephemeralSecret: [UInt8]) -> Stanza {
        // Any 32 bytes are an X25519 scalar; the caller gives 32.
        let ephemeral = try! Curve25519.KeyAgreement.PrivateKey(rawRepresentation: ephemeralSecret)
        let share = Array(ephemeral.publicKey.rawRepresentation)
        let recipientKey = try! Curve25519.KeyAgreement.PublicKey(rawRepresentation: recipient.publicKey)
        let shared = try! ephemeral.sharedSecretFromKeyAgreement(with: recipientKey)
        let wrapKey = wrappingKey(shared: shared.withUnsafeBytes { Array($0) }, share: share, recipient: recipient.publicKey)
        let sealed = try! ChaChaPoly.seal(fileKey, using: wrapKey, nonce: ChaChaPoly.Nonce(data: [UInt8](repeating: 0, count: 12)))
        return Stanza(arguments: ["X25519", AgeBase64.encode(share)], body: Array(sealed.ciphertext) + Array(sealed.tag))
    }

    static func wrappingKey(shared: [UInt8], share: [UInt8], recipient: [UInt8]) -> SymmetricKey {
        HKDF<SHA256>.deriveKey(inputKeyMaterial: SymmetricKey(data: shared), salt: share + recipient, info: x25519Label, outputByteCount: 32)
    }

    /// The file key, from the first X25519 stanza one of the identities opens.
    static func unwrapFileKey(_ stanzas: [Stanza], identities: [AgeIdentity]) throws(AgeError) -> (fileKey: [UInt8], identity: AgeIdentity) {
        if stanzas.contains(where: { $0.arguments.first == "scrypt" }) {
            // The specification: an scrypt stanza is alone in its header.
            guard stanzas.count == 1 else { throw .malformedHeader("a passphrase (scrypt) stanza is mixed with other recipients") }
            throw .passphraseProtected
        }
        var x25519: [(share: [UInt8], body: [UInt8])] = []
        for stanza in stanzas where stanza.arguments.first == "X25519" {
            guard stanza.arguments.count == 2, let share = AgeBase64.decode(Array(stanza.arguments[1].utf8)), share.count == 32 else {
                throw .malformedHeader("an X25519 stanza does not have exactly one argument of 32 bytes")
            }
            guard stanza.body.count == fileKeySize + tagSize else {
                throw .malformedHeader("an X25519 stanza's body is not \(fileKeySize + tagSize) bytes")
            }
            x25519.append((share, stanza.body))
        }
        for identity in identities {
            let ownKey = identity.recipient.publicKey
            for (share, body) in x25519 {
                guard let shareKey = try? Curve25519.KeyAgreement.PublicKey(rawRepresentation: share),
                      let shared = try? identity.privateKey.sharedSecretFromKeyAgreement(with: shareKey) else { continue }
                let secret = shared.withUnsafeBytes { Array($0) }
                // A share of low order gives the all-zero secret: the specification says abort.
                guard secret.contains(where: { $0 != 0 }) else {
                    throw .malformedHeader("an X25519 stanza's share gives the all-zero shared secret")
                }
                let key = wrappingKey(shared: secret, share: share, recipient: ownKey)
                guard let box = try? ChaChaPoly.SealedBox(
                    nonce: ChaChaPoly.Nonce(data: [UInt8](repeating: 0, count: 12)),
                    ciphertext: body.prefix(fileKeySize), tag: body.suffix(tagSize)
                ), let fileKey = try? ChaChaPoly.open(box, using: key) else { continue }
                return (Array(fileKey), identity)
            }
        }
        let others = Set(stanzas.compactMap(\.arguments.first).filter { $0 != "X25519" }).sorted()
        throw .noMatchingIdentity(x25519Recipients: x25519.count, otherTypes: others, identities: identities.count)
    }

    // MARK: The payload

    static func payloadKey(fileKey: [UInt8], nonce: some DataProtocol) -> SymmetricKey {
        HKDF<SHA256>.deriveKey(inputKeyMaterial: SymmetricKey(data: fileKey), salt: nonce, info: Array("payload".utf8), outputByteCount: 32)
    }

    /// The 12-byte nonce of chunk `counter`: 11 bytes big-endian, then 1 for the last chunk.
    static func chunkNonce(_ counter: UInt64, last: Bool) -> ChaChaPoly.Nonce {
        var nonce = [UInt8](repeating: 0, count: 12)
        for index in 0..<8 { nonce[10 - index] = UInt8(truncatingIfNeeded: counter >> (8 * UInt64(index))) }
        nonce[11] = last ? 1 : 0
        return try! ChaChaPoly.Nonce(data: nonce)
    }

    static func sealPayload(_ plaintext: Data, fileKey: [UInt8], nonce: [UInt8]) -> Data {
        let key = payloadKey(fileKey: fileKey, nonce: nonce)
        var output = Data()
        output.reserveCapacity(plaintext.count + (plaintext.count / chunkSize + 1) * tagSize)
        var start = plaintext.startIndex
        var counter: UInt64 = 0
        repeat {
            let end = plaintext.index(start, offsetBy: min(chunkSize, plaintext.endIndex - start))
            // The last chunk is the one that reaches the end: full, short, or (for an empty payload) empty.
            let last = end == plaintext.endIndex
            let sealed = try! ChaChaPoly.seal(plaintext[start..<end], using: key, nonce: chunkNonce(counter, last: last))
            output.append(sealed.ciphertext)
            output.append(sealed.tag)
            start = end
            counter += 1
        } while start < plaintext.endIndex
        return output
    }

    static func openPayload(_ payload: ArraySlice<UInt8>, fileKey: [UInt8]) throws(AgeError) -> Data {
        guard payload.count >= payloadNonceSize else { throw .truncated("it ends inside its payload's nonce") }
        let nonceEnd = payload.startIndex + payloadNonceSize
        let key = payloadKey(fileKey: fileKey, nonce: payload[payload.startIndex..<nonceEnd])
        guard nonceEnd < payload.endIndex else { throw .truncated("it ends before the first chunk of its payload") }
        var output = Data()
        output.reserveCapacity(payload.count)
        var start = nonceEnd
        var counter: UInt64 = 0
        while start < payload.endIndex {
            let end = min(start + chunkSize + tagSize, payload.endIndex)
            let last = end == payload.endIndex
            let chunk = payload[start..<end]
            guard chunk.count >= tagSize else { throw .truncated("its last chunk is shorter than its authentication tag") }
            guard let box = try? ChaChaPoly.SealedBox(nonce: chunkNonce(counter, last: last), ciphertext: chunk.dropLast(tagSize), tag: chunk.suffix(tagSize)),
                  let plain = try? ChaChaPoly.open(box, using: key) else {
                throw last ? .lastChunk(Int(counter) + 1) : .damagedChunk(Int(counter) + 1)
            }
            if last && plain.isEmpty && counter > 0 {
                throw .malformedPayload("it ends with an empty chunk after others")
            }
            output.append(plain)
            start = end
            counter += 1
        }
        return output
    }

    // MARK: Helpers

    static func randomBytes(_ count: Int) -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        return (0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) }
    }

    static func constantTimeEqual(_ left: [UInt8], _ right: [UInt8]) -> Bool {
        guard left.count == right.count else { return false }
        var difference: UInt8 = 0
        for (a, b) in zip(left, right) { difference |= a ^ b }
        return difference == 0
    }
}

/// Why an age file could not be opened, in words for the person who asked.
public enum AgeError: Error, Equatable, Sendable, CustomStringConvertible {
    case notAgeFile
    case armored
    case unsupportedVersion(String)
    case malformedHeader(String)
    case passphraseProtected
    /// None of the identities opens any X25519 stanza of the header.
    case noMatchingIdentity(x25519Recipients: Int, otherTypes: [String], identities: Int)
    case headerMAC
    case truncated(String)
    /// Chunk n (from 1) of the payload does not authenticate, and is not the last.
    case damagedChunk(Int)
    /// The last chunk (n, from 1) does not authenticate as a last chunk.
    case lastChunk(Int)
    case malformedPayload(String)

    public var description: String {
        switch self {
        case .notAgeFile:
            "not an age file: it does not begin with 'age-encryption.org/'"
        case .armored:
            "an ASCII-armoured age file (age -a), which maca does not read: decrypt it with 'age -d', or encrypt without -a"
        case let .unsupportedVersion(line):
            "an age file of a version maca does not read ('\(line)'); maca reads age-encryption.org/v1"
        case let .malformedHeader(reason):
            "its age header is damaged: \(reason)"
        case .passphraseProtected:
            "it is encrypted with a passphrase (age -p), not to a recipient; maca opens only files encrypted to an age1… recipient"
        case let .noMatchingIdentity(x25519, others, identities):
            (identities == 0 ? "no identity was given to open it"
                : identities == 1 ? "the identity given does not open it" : "none of the \(identities) identities given opens it")
                + ": it is encrypted to \(x25519)\(identities == 0 ? "" : " other") X25519 recipient\(x25519 == 1 ? "" : "s")"
                + (others.isEmpty ? "" : " and to recipients of other kinds (\(others.joined(separator: ", ")))")
                + (identities == 0 ? "" : " (the wrong key, or another partnership's archive)")
        case .headerMAC:
            "its header's MAC does not match: the header was changed after it was written"
        case let .truncated(reason):
            "it is cut short: \(reason)"
        case let .damagedChunk(chunk):
            "chunk \(chunk) of its payload does not authenticate: the file was changed or damaged"
        case let .lastChunk(chunk):
            "its last chunk (\(chunk)) does not authenticate as the last: the file is cut short or was changed"
        case let .malformedPayload(reason):
            "its payload is malformed: \(reason)"
        }
    }
}
