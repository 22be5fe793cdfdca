import Crypto
import Foundation
import MACAKit
import MACATestSupport
import Testing

/// Record signatures: made with a key derived from the partnership secret,
/// checked on every read that has the key, and a journal signed throughout
/// or not at all.
@Suite("Record signatures")
struct RecordSignatureTests {
    static func signer(_ byte: UInt8 = 7) -> RecordSigner {
        RecordSigner(secret: SymmetricKey(data: Data(repeating: byte, count: 32)), keyPath: "/keys/k\(byte)")
    }

    /// A signed journal of `count` records of random text (any Unicode,
    /// control characters and quotes included), made with a seeded generator.
    static func signedJournal(at path: String, count: Int, seed: UInt64, signer: RecordSigner?) throws -> JournalWriter {
        var random = SplitMix64(seed: seed)
        let journal = try JournalWriter.create(
            path: path, day: "d", writer: "facilitator", first: .caseAdded(CaseAdded(ref: "C-1", reason: "start")), author: "A", signer: signer
        )
        for _ in 1..<count {
            let length = Int.random(in: 0...40, using: &random)
            let text = String(String.UnicodeScalarView((0..<length).compactMap { _ in
                Unicode.Scalar(UInt32.random(in: [0x20...0x7e, 0...0x1f, 0xa0...0x2fff, 0x1f300...0x1f64f].randomElement(using: &random)!, using: &random))
            }))
            try journal.append(.caseAdded(CaseAdded(ref: "C-\(Int.random(in: 1...99, using: &random))", reason: text)), author: "A")
        }
        return journal
    }

    @Test("signed records read back whole with their key, over 50 random journals")
    func roundTrip() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for seed in UInt64(1)...50 {
            let path = folder.file("j\(seed).jsonl")
            let journal = try Self.signedJournal(at: path, count: 12, seed: seed, signer: Self.signer())
            let file = try JournalReader.read(path: path, signer: Self.signer())
            #expect(file.damage.isEmpty, "seed \(seed): \(file.damage)")
            #expect(file.records == journal.records)
            #expect(file.records.allSatisfy { $0.mac?.count == 64 })
            #expect(file.records.allSatisfy { Self.signer().isValid(mac: $0.mac!, forHash: $0.hash) })
            #expect(!file.records.contains { Self.signer(8).isValid(mac: $0.mac!, forHash: $0.hash) }, "another key's check passed")
        }
    }

    @Test("any one hex digit of any signature changed is found with the key, and only with it")
    func everyDigit() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("j.jsonl")
        try Self.signedJournal(at: path, count: 6, seed: 99, signer: Self.signer()).close()
        let original = try Data(contentsOf: URL(fileURLWithPath: path))
        let text = String(decoding: original, as: UTF8.self)
        var checked = 0
        var searchFrom = text.startIndex
        while let range = text.range(of: "\"mac\":\"", range: searchFrom..<text.endIndex) {
            let lineNumber = text[..<range.lowerBound].filter { $0 == "\n" }.count + 1
            for offset in 0..<64 {
                let index = text.index(range.upperBound, offsetBy: offset)
                let digit = text[index]
                let changed = digit == "0" ? "1" : "0"
                let forged = text.replacingCharacters(in: index...index, with: changed)
                let withKey = JournalReader.parse(Data(forged.utf8), path: "j", signer: Self.signer())
                #expect(withKey.damage.first?.line == lineNumber, "digit \(offset) of line \(lineNumber)")
                #expect(withKey.damage.first?.message.contains("signature does not match the partnership key: it was written or changed without that key") == true)
                // Without the key, the chain and the shape are all there is to check, and they hold.
                #expect(JournalReader.parse(Data(forged.utf8), path: "j").damage.isEmpty)
                checked += 1
            }
            searchFrom = range.upperBound
        }
        #expect(checked == 6 * 64)
    }

    @Test("a signature out of place, in capitals or of the wrong length is a damaged record even without the key")
    func badShapes() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("j.jsonl")
        try Self.signedJournal(at: path, count: 2, seed: 3, signer: Self.signer()).close()
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
        let line = lines[1]
        let mac = try #require(line.range(of: #"[0-9a-f]{64}"\}$"#, options: .regularExpression)).lowerBound
        let macText = String(line[mac...].dropLast(2))
        let hashMember = try #require(line.range(of: #","hash":"[0-9a-f]{64}""#, options: .regularExpression))
        let variants = [
            line.replacingOccurrences(of: macText, with: macText.uppercased()),
            line.replacingOccurrences(of: macText, with: String(macText.dropLast())),
            // The signature moved before the hash: the hash no longer ends the hashed part.
            String(line[..<hashMember.lowerBound]) + ",\"mac\":\"\(macText)\"" + String(line[hashMember]) + "}",
        ]
        for variant in variants {
            let file = JournalReader.parse(Data((lines[0] + "\n" + variant + "\n").utf8), path: "j")
            #expect(file.damage.map(\.line) == [2], "\(variant)")
        }
    }

    @Test("a journal is signed throughout or not at all: a signed record after unsigned ones, or the reverse, is damage without the key")
    func mixed() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let signedPath = folder.file("s.jsonl")
        let unsignedPath = folder.file("u.jsonl")
        try Self.signedJournal(at: signedPath, count: 4, seed: 5, signer: Self.signer()).close()
        try Self.signedJournal(at: unsignedPath, count: 4, seed: 5, signer: nil).close()
        try Tamper.rechain(signedPath, signatures: .drop) { _, body in body }
        let signed = try String(contentsOfFile: folder.file("s.jsonl"), encoding: .utf8)
        #expect(!signed.contains("\"mac\""))
        // Signatures dropped from record 3 on, and added from record 3 on.
        try Self.signedJournal(at: signedPath + "2", count: 4, seed: 5, signer: Self.signer()).close()
        var dropped = try String(contentsOfFile: signedPath + "2", encoding: .utf8).split(separator: "\n").map(String.init)
        dropped[2] = dropped[2].replacingOccurrences(of: #","mac":"[0-9a-f]{64}""#, with: "", options: .regularExpression)
        let droppedFile = JournalReader.parse(Data((dropped.joined(separator: "\n") + "\n").utf8), path: "d")
        #expect(droppedFile.damage.first?.line == 3)
        #expect(droppedFile.damage.first?.message == "the record is not signed, but this journal's records are: it was written without the partnership key")
        try Tamper.rechain(unsignedPath, signatures: .sign(Self.signer())) { _, body in body }
        var added = try String(contentsOfFile: unsignedPath, encoding: .utf8).split(separator: "\n").map(String.init)
        added[0] = added[0].replacingOccurrences(of: #","mac":"[0-9a-f]{64}""#, with: "", options: .regularExpression)
        added[1] = added[1].replacingOccurrences(of: #","mac":"[0-9a-f]{64}""#, with: "", options: .regularExpression)
        let addedFile = JournalReader.parse(Data((added.joined(separator: "\n") + "\n").utf8), path: "a")
        #expect(addedFile.damage.first?.line == 3)
        #expect(addedFile.damage.first?.message == "the record is signed, but this journal's earlier records are not")
    }

    @Test("a signed journal opens for writing only with its key, and stays signed; an unsigned one stays unsigned")
    func openForWriting() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let signedPath = folder.file("s.jsonl")
        let unsignedPath = folder.file("u.jsonl")
        try Self.signedJournal(at: signedPath, count: 3, seed: 1, signer: Self.signer()).close()
        try Self.signedJournal(at: unsignedPath, count: 3, seed: 1, signer: nil).close()
        let before = try Data(contentsOf: URL(fileURLWithPath: signedPath))
        #expect(throws: JournalError.keyNeeded(path: signedPath)) { try JournalWriter.open(path: signedPath) }
        #expect { try JournalWriter.open(path: signedPath, signer: Self.signer(9)) } throws: { error in
            guard case let .damaged(damage) = error as? JournalError else { return false }
            // Every signature failing, and nothing else: said once, as another key.
            return damage.map(\.line) == [1] && damage[0].message.hasPrefix("none of its 3 signatures matches the partnership key")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: signedPath)) == before, "a refused open changed the file")

        let (signed, _) = try JournalWriter.open(path: signedPath, signer: Self.signer())
        #expect(signed.isSigned)
        try signed.append(.caseAdded(CaseAdded(ref: "C-9", reason: "later")), author: "B")
        signed.close()
        #expect(try JournalReader.read(path: signedPath, signer: Self.signer()).records.count == 4)
        #expect(try JournalReader.read(path: signedPath, signer: Self.signer()).damage.isEmpty)

        let (unsigned, _) = try JournalWriter.open(path: unsignedPath, signer: Self.signer())
        #expect(!unsigned.isSigned)
        try unsigned.append(.caseAdded(CaseAdded(ref: "C-9", reason: "later")), author: "B")
        unsigned.close()
        let read = try JournalReader.read(path: unsignedPath, signer: Self.signer())
        #expect(read.damage.isEmpty && read.records.count == 4 && read.records.allSatisfy { $0.mac == nil })
    }

    @Test("the signing key is derived from the secret, not the secret itself")
    func derived() throws {
        let secret = SymmetricKey(data: Data(repeating: 7, count: 32))
        let hash = String(repeating: "ab", count: 32)
        let raw = HMAC<SHA256>.authenticationCode(for: Data(hash.utf8), using: secret).map { String(format: "%02x", $0) }.joined()
        #expect(Self.signer().mac(forHash: hash) != raw)
        #expect(Self.signer().mac(forHash: hash) == Self.signer().mac(forHash: hash))
        #expect(Self.signer().mac(forHash: hash) != Self.signer(8).mac(forHash: hash))
    }
}
