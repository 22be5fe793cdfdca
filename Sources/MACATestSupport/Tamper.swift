import Foundation
import MACAKit

/// What someone with write access to a day folder but no maca could do to
/// its journals, for the tests that show `maca verify` sees it.
public enum Tamper {
    /// Rewrites a journal's lines through `edit` (line number from 1, the
    /// record's JSON without its hash) and hashes the chain again from the
    /// first changed record onwards, as a careful forger would: every
    /// record's `prev` and `hash` are right again, so the chain alone verifies.
    ///
    /// A signed journal's signatures are dropped, kept as they were (now
    /// signing the wrong hashes), or made again with another key.
    public static func rechain(_ path: String, signatures: Signatures = .drop, edit: (Int, String) -> String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var previous = JournalRecord.genesisHash
        var out = ""
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: true).enumerated() {
            guard let cut = line.range(of: ",\"hash\":\"", options: .backwards) else { throw CocoaError(.fileReadCorruptFile) }
            var body = String(line[..<cut.lowerBound]) + "}"
            body = edit(index + 1, body)
            if let prev = body.range(of: #""prev":"[0-9a-f]{64}""#, options: .regularExpression) {
                body.replaceSubrange(prev, with: "\"prev\":\"\(previous)\"")
            }
            let hash = SHA256Hex.of(body)
            var mac: String?
            switch signatures {
            case .drop: mac = nil
            case .keep: mac = line.range(of: #""mac":"[0-9a-f]{64}""#, options: .regularExpression).map { String(line[$0].dropFirst(7).dropLast()) }
            case let .sign(signer): mac = signer.mac(forHash: hash)
            }
            out += String(body.dropLast()) + ",\"hash\":\"\(hash)\"" + (mac.map { ",\"mac\":\"\($0)\"" } ?? "") + "}\n"
            previous = hash
        }
        try out.write(toFile: path, atomically: false, encoding: .utf8)
    }

    public enum Signatures {
        case drop, keep
        case sign(RecordSigner)
    }

    /// Keeps only the first `records` lines of a journal: its tail cut off at a record's end.
    public static func cut(_ path: String, keeping records: Int) throws {
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: true)
        try (lines.prefix(records).joined(separator: "\n") + "\n").write(toFile: path, atomically: false, encoding: .utf8)
    }
}
