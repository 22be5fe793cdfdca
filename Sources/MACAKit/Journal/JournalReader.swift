import Foundation

/// A journal file as read: its verified records, and anything wrong with it.
public struct JournalFile: Sendable, Equatable {
    public var path: String
    /// The records before the first damage, each verified against the chain.
    public var records: [JournalRecord]
    /// Bytes after the last whole record: a write cut off by a crash.
    public var tornTail: TornTail?
    /// A last record that is whole and verifies but lost its newline.
    public var unterminatedLast: Bool
    /// Every damaged line, in file order. Non-empty means read-only.
    public var damage: [JournalDamage]
    /// The length of the file up to the end of the last verified record.
    public var goodLength: Int

    public var isDamaged: Bool { !damage.isEmpty }
    public var writer: String? { records.first?.writer }
}

/// The end of a journal that holds no whole record.
public struct TornTail: Sendable, Equatable {
    /// The line the torn record would have been.
    public var line: Int
    public var offset: Int
    public var bytes: Data
}

/// Reads journal files without changing them.
public enum JournalReader {
    /// Whether a damage line says a signature failed (one record's, or every one's under another key).
    public static func isSignatureFailure(_ damage: JournalDamage) -> Bool {
        damage.message == Chain.wrongSignature || damage.message.hasPrefix("none of its ") && damage.message.contains(" signatures matches the partnership key")
    }

    /// Reads and verifies a journal; with a signer, every record's signature too.
    public static func read(path: String, signer: RecordSigner? = nil) throws(FileError) -> JournalFile {
        guard let data = FileManager.default.contents(atPath: path) else {
            let reason = FileManager.default.fileExists(atPath: path) ? "permission denied" : "no such file"
            throw .unreadable(path: path, reason: reason)
        }
        return parse(data, path: path, signer: signer)
    }

    /// Splits bytes into lines, verifies each record and the chain between
    /// them. A journal is signed throughout or not at all, as its first
    /// record is; with a signer, each signature is checked against its key.
    public static func parse(_ data: Data, path: String, signer: RecordSigner? = nil) -> JournalFile {
        let bytes = [UInt8](data)
        var file = JournalFile(path: path, records: [], tornTail: nil, unterminatedLast: false, damage: [], goodLength: 0)
        var chain = Chain(signer: signer)
        var start = 0
        var lineNumber = 0
        while start < bytes.count {
            lineNumber += 1
            let newline = bytes[start...].firstIndex(of: UInt8(ascii: "\n"))
            let end = newline ?? bytes.count
            let line = bytes[start..<end]
            let next = newline.map { $0 + 1 } ?? bytes.count
            defer { start = next }

            guard newline != nil else {
                // No newline: the last write may have been cut off. Keep it only if it is whole.
                if file.damage.isEmpty, case let .success(record) = RecordCodec.decode(line), chain.problem(with: record) == nil {
                    file.records.append(record)
                    file.unterminatedLast = true
                    file.goodLength = bytes.count
                } else if file.damage.isEmpty {
                    file.tornTail = TornTail(line: lineNumber, offset: start, bytes: Data(line))
                } else {
                    file.damage.append(JournalDamage(path: path, line: lineNumber, message: "the last record is incomplete"))
                }
                break
            }
            switch RecordCodec.decode(line) {
            case let .success(record):
                if let problem = chain.problem(with: record) {
                    file.damage.append(JournalDamage(path: path, line: lineNumber, message: problem))
                } else if file.damage.isEmpty {
                    file.records.append(record)
                    file.goodLength = next
                }
                chain.advance(past: record)
            case let .failure(problem):
                file.damage.append(JournalDamage(path: path, line: lineNumber, message: describe(problem, isEmpty: line.isEmpty)))
                chain.lost()
            }
        }
        // Every record's signature failing, and nothing else, is not a
        // record-by-record forgery but another key: said once, as such.
        let signatureProblem = Chain.wrongSignature
        if signer != nil, file.records.isEmpty, file.damage.count > 1, file.damage.allSatisfy({ $0.message == signatureProblem }) {
            file.damage = [JournalDamage(
                path: path, line: file.damage[0].line,
                message: "none of its \(file.damage.count) signatures matches the partnership key, though every record follows the one before: "
                    + "it was signed with another key. If the partnership key was replaced (a new 'maca init' key cannot check days signed before it), restore the partnership's copy; "
                    + "if it was not, the journal was rewritten by someone with another key"
            )]
        }
        return file
    }

    private static func describe(_ problem: RecordCodec.Problem, isEmpty: Bool) -> String {
        if isEmpty { return "an empty line where a record should be" }
        switch problem {
        case .notJSON: return "the record is not readable JSON"
        case let .missingField(field): return "the record has no field '\(field)'"
        case let .badField(field): return "the record's field '\(field)' is not valid"
        case let .unsupportedVersion(version):
            return "the record has format version \(version), newer than this maca reads (\(JournalRecord.currentFormatVersion)); update maca"
        case .hashMismatch: return "the record's contents do not match its hash (it was changed after it was written)"
        }
    }

    /// What the next record must continue from.
    private struct Chain {
        var signer: RecordSigner?
        var sequence = 0
        var hash: String? = JournalRecord.genesisHash
        var writer: String?
        var day: String?
        /// Whether the journal's first record was signed.
        var signed: Bool?

        static let wrongSignature = "the record's signature does not match the partnership key: it was written or changed without that key, or signed with another partnership's"

        func problem(with record: JournalRecord) -> String? {
            if let signed, signed != (record.mac != nil) {
                return signed
                    ? "the record is not signed, but this journal's records are: it was written without the partnership key"
                    : "the record is signed, but this journal's earlier records are not"
            }
            if let signer, let mac = record.mac, !signer.isValid(mac: mac, forHash: record.hash) {
                return Self.wrongSignature
            }
            if let hash, record.previousHash != hash {
                return sequence == 0
                    ? "the first record does not start a chain"
                    : "the record does not follow the one before it (its 'prev' hash differs)"
            }
            if hash != nil, record.sequence != sequence + 1 {
                return "the record's sequence number is \(record.sequence), expected \(sequence + 1)"
            }
            if let writer, record.writer != writer {
                return "the record's writer is '\(record.writer)', but this file is '\(writer)'"
            }
            if let day, record.day != day {
                return "the record belongs to day \(record.day), but this file to day \(day)"
            }
            return nil
        }

        mutating func advance(past record: JournalRecord) {
            sequence = record.sequence
            hash = record.hash
            writer = writer ?? record.writer
            day = day ?? record.day
            signed = signed ?? (record.mac != nil)
        }

        /// After an unreadable line the next record's link cannot be checked.
        mutating func lost() {
            hash = nil
        }
    }
}
