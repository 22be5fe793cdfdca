import Crypto
import Foundation

/// One line of a journal file.
///
/// On disk a record is a JSON object on one line. Its last member is
/// `"hash"`: the SHA-256 of the line's bytes up to that member, with the
/// object closed by `}`. Each record names the previous record's hash in
/// `"prev"`, so the file is a chain that any change breaks. A journal
/// written with the partnership key has one more member, `"mac"`, after
/// the hash: the record's signature (see ``RecordSigner``).
public struct JournalRecord: Sendable, Equatable {
    /// The format version of this record.
    public var formatVersion: Int
    /// 1 for a file's first record, one more for each after.
    public var sequence: Int
    /// When the record was written, UTC, ISO 8601 with milliseconds.
    public var timestamp: String
    /// The day's identity (from its day-opened record).
    public var day: String
    /// The file's writer, e.g. `facilitator` or `auditor-police-a-khan`.
    public var writer: String
    /// The person who gave the answer.
    public var author: String
    public var event: Event
    public var previousHash: String
    public var hash: String
    /// The record's signature with the partnership key; nil when the
    /// journal was written without one.
    public var mac: String?
    /// For a record whose free text was redacted (`maca redact`): the
    /// SHA-256 of its line up to its hash, which the redaction record in
    /// the facilitator's journal must name. Its `hash` is the original
    /// record's, so the chain and the signature still hold.
    public var redactedBodyHash: String?

    public static let currentFormatVersion = 1
    /// The `prev` of a file's first record.
    public static let genesisHash = String(repeating: "0", count: 64)
}

/// SHA-256 in lower-case hex.
public enum SHA256Hex {
    public static func of(_ bytes: some DataProtocol) -> String {
        SHA256.hash(data: bytes).hexString
    }

    public static func of(_ text: String) -> String {
        of(Data(text.utf8))
    }
}

extension Digest {
    var hexString: String { LowerHex.string(of: self) }
}

/// Bytes as lower-case hex digits.
enum LowerHex {
    static func string(of bytes: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(bytes.underestimatedCount * 2)
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// Turns records into lines and lines back into verified records.
enum RecordCodec {
    /// A record's members. Written without `hash` (nil is left out), then
    /// the hash of those bytes is appended; read back with it, from one keyed
    /// container (each container costs a pass over the object's keys).
    /// Read by ``RecordDecoder``, or by `JSONDecoder` when that is not sure.
    struct Body: Codable, Equatable {
        var v: Int
        var seq: Int
        var ts: String
        var day: String
        var writer: String
        var author: String
        var event: Event
        var prev: String
        var hash: String?
        var mac: String?
        /// Present (true) only in a redacted copy of a record.
        var redacted: Bool?

        func record(hash: String, mac: String?, redactedBodyHash: String? = nil) -> JournalRecord {
            JournalRecord(
                formatVersion: v, sequence: seq, timestamp: ts, day: day, writer: writer, author: author,
                event: event, previousHash: prev, hash: hash, mac: mac, redactedBodyHash: redactedBodyHash
            )
        }
    }

    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    /// `,"hash":"` + 64 hex digits + `"}`.
    static let hashSuffixLength = 9 + 64 + 2

    /// The line for a new record, ending in a newline, and the record
    /// itself; signed when a signer is given.
    static func encode(
        sequence: Int, timestamp: String, day: String, writer: String, author: String,
        event: Event, previousHash: String, signer: RecordSigner? = nil
    ) throws -> (line: Data, record: JournalRecord) {
        let body = Body(
            v: JournalRecord.currentFormatVersion, seq: sequence, ts: timestamp, day: day,
            writer: writer, author: author, event: event, prev: previousHash
        )
        var bytes = try encoder.encode(body)
        let hash = SHA256Hex.of(bytes)
        bytes.removeLast()  // the closing brace
        let mac = signer?.mac(forHash: hash)
        bytes.append(contentsOf: Array(",\"hash\":\"\(hash)\"".utf8))
        if let mac { bytes.append(contentsOf: Array(",\"mac\":\"\(mac)\"".utf8)) }
        bytes.append(contentsOf: Array("}\n".utf8))
        return (bytes, body.record(hash: hash, mac: mac))
    }

    /// The line of a redacted copy of `record`: `event` in place of its
    /// event (its free text replaced), marked redacted, with the original's
    /// hash and signature; and the SHA-256 of the line up to its hash.
    static func redactedLine(of record: JournalRecord, event: Event) throws -> (line: Data, bodyHash: String) {
        var body = Body(
            v: record.formatVersion, seq: record.sequence, ts: record.timestamp, day: record.day, writer: record.writer,
            author: record.author, event: event, prev: record.previousHash
        )
        body.redacted = true
        var bytes = try encoder.encode(body)
        let bodyHash = SHA256Hex.of(bytes)
        bytes.removeLast()
        bytes.append(contentsOf: Array(",\"hash\":\"\(record.hash)\"".utf8))
        if let mac = record.mac { bytes.append(contentsOf: Array(",\"mac\":\"\(mac)\"".utf8)) }
        bytes.append(contentsOf: Array("}\n".utf8))
        return (bytes, bodyHash)
    }

    /// Why one line is not a good record.
    enum Problem: Error, Equatable {
        case notJSON
        case missingField(String)
        case badField(String)
        case unsupportedVersion(Int)
        case hashMismatch
    }

    /// The reference decoder, for every line ``RecordDecoder`` is not sure of
    /// (JSONDecoder is Sendable: it holds only options).
    private static let decoder = JSONDecoder()

    /// Decodes one line (without its newline) and checks its own hash: with
    /// ``RecordDecoder``, and `JSONDecoder` for any line that one is not sure of.
    static func decode(_ line: some Collection<UInt8>) -> Result<JournalRecord, Problem> {
        verified(line) { fastBody($0) ?? referenceBody($0) }
    }

    /// The same, with `JSONDecoder` alone: the reference the fast path is tested against.
    static func decodeWithReference(_ line: some Collection<UInt8>) -> Result<JournalRecord, Problem> {
        verified(line, body: referenceBody)
    }

    /// A line's body as ``RecordDecoder`` reads it; nil when it is not sure.
    static func fastBody(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<Body, Problem>? {
        RecordDecoder.body(bytes).map { .success($0) }
    }

    /// A line's body as `JSONDecoder` reads it, with the problem the reader names.
    static func referenceBody(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<Body, Problem> {
        do {
            return .success(try decoder.decode(Body.self, from: Data(bytes)))
        } catch let DecodingError.keyNotFound(key, _) {
            return .failure(.missingField(key.stringValue))
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
            return .failure(.badField(context.codingPath.map(\.stringValue).joined(separator: ".")))
        } catch let DecodingError.dataCorrupted(context) where !context.codingPath.isEmpty {
            return .failure(.badField(context.codingPath.map(\.stringValue).joined(separator: ".")))
        } catch {
            return .failure(.notJSON)
        }
    }

    private static func verified(
        _ line: some Collection<UInt8>, body decodeBody: (UnsafeBufferPointer<UInt8>) -> Result<Body, Problem>
    ) -> Result<JournalRecord, Problem> {
        if let result = line.withContiguousStorageIfAvailable({ verified(bytes: $0, body: decodeBody) }) { return result }
        return Array(line).withUnsafeBufferPointer { verified(bytes: $0, body: decodeBody) }
    }

    private static func verified(
        bytes: UnsafeBufferPointer<UInt8>, body decodeBody: (UnsafeBufferPointer<UInt8>) -> Result<Body, Problem>
    ) -> Result<JournalRecord, Problem> {
        guard bytes.count > hashSuffixLength, bytes.last == UInt8(ascii: "}") else { return .failure(.notJSON) }
        let body: Body
        switch decodeBody(bytes) {
        case let .success(decoded): body = decoded
        case let .failure(problem): return .failure(problem)
        }
        guard let hash = body.hash else { return .failure(.missingField("hash")) }
        guard body.v <= JournalRecord.currentFormatVersion, body.v >= 1 else {
            return .failure(.unsupportedVersion(body.v))
        }
        if let mac = body.mac, mac.utf8.count != RecordSigner.macLength || !mac.utf8.allSatisfy(isLowerHex) {
            return .failure(.badField("mac"))
        }
        // The hash, then the signature if there is one, end the line.
        let suffix = Array((",\"hash\":\"\(hash)\"" + (body.mac.map { ",\"mac\":\"\($0)\"" } ?? "") + "}").utf8)
        guard hash.utf8.count == 64, bytes.count >= suffix.count, bytes.suffix(suffix.count).elementsEqual(suffix) else {
            return .failure(.badField(body.mac == nil ? "hash" : "mac"))
        }
        // The hash covers the line up to its hash member, closed with a brace:
        // hashed in place, without copying the line.
        var hasher = SHA256()
        hasher.update(bufferPointer: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[..<(bytes.count - suffix.count)])))
        hasher.update(data: [UInt8(ascii: "}")])
        let bodyHash = hasher.finalize().hexString
        if body.redacted == true {
            // A redacted copy keeps the original's hash, which its own bytes no
            // longer give; the redaction record that names its body hash vouches for it.
            return .success(body.record(hash: hash, mac: body.mac, redactedBodyHash: bodyHash))
        }
        guard bodyHash == hash else { return .failure(.hashMismatch) }
        return .success(body.record(hash: hash, mac: body.mac))
    }

    private static func isLowerHex(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
    }
}
