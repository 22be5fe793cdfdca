import Foundation

/// A record of every seal this partnership's maca wrote, kept outside the
/// sessions folder (`$XDG_DATA_HOME/maca/seals.jsonl`, owner-only, signed
/// with the partnership key when there is one).
///
/// A journal's chain, and its signatures, cannot show that records were cut
/// off its end: a facilitator's journal with its closing record removed is
/// a good open day. The witness can: it says which record closed the day,
/// so `verify` names a seal that has gone, whoever removed it, unless they
/// could also write the witness in the partnership's own home folder.
public struct SealWitness: Sendable {
    public let path: String
    public let signer: RecordSigner?

    public init(path: String, signer: RecordSigner?) {
        self.path = path
        self.signer = signer
    }

    /// Records a day's seal: its closing record in the facilitator's journal.
    public func record(day: String, folder: String, closing: JournalRecord) throws {
        let parent = FilePaths.parent(of: path)
        try OwnerOnlyFiles.makeFolder(parent)
        let lock = try FolderLock(folder: parent, exclusive: true)
        defer { withExtendedLifetime(lock) {} }
        let event = Event.sealWitnessed(SealWitnessed(
            day: day, folder: (folder as NSString).lastPathComponent, closing: closing.sequence, hash: closing.hash
        ))
        if FileManager.default.fileExists(atPath: path) {
            let (journal, _) = try JournalWriter.open(path: path, signer: signer)
            defer { journal.close() }
            try journal.append(event, author: "maca")
        } else {
            let journal = try JournalWriter.create(path: path, day: "seals", writer: "seals", first: event, author: "maca", signer: signer)
            journal.close()
        }
    }

    /// Every seal witnessed for a day, by its id; none when nothing was
    /// witnessed here. (Not by folder name: a name comes back when a day is
    /// deleted and another audited on the same date.) A damaged witness is an error.
    public func seals(day: String?) throws -> [SealWitnessed] {
        guard let day, FileManager.default.fileExists(atPath: path) else { return [] }
        let file = try JournalReader.read(path: path, signer: signer)
        if file.isDamaged { throw JournalError.damaged(file.damage) }
        return file.records.compactMap { record in
            guard case let .sealWitnessed(witnessed) = record.event, witnessed.day == day else { return nil }
            return witnessed
        }
    }

    /// Every witnessed seal of the day that its facilitator's journal no
    /// longer holds, one sentence each.
    public static func problems(_ seals: [SealWitnessed], facilitator: JournalFile?, folder: String, witnessPath: String) -> [String] {
        let path = facilitator?.path ?? "\(folder)/\(DaySeal.facilitatorFile)"
        let records = facilitator?.records ?? []
        var problems: [String] = []
        for seal in seals {
            guard seal.closing >= 1, seal.closing <= records.count else {
                problems.append("\(path): the day was sealed at record \(seal.closing) (witnessed in \(witnessPath)), and the journal now holds \(records.count): the seal, or records before it, were removed")
                continue
            }
            if records[seal.closing - 1].hash != seal.hash {
                problems.append("\(path): record \(seal.closing) is not the seal witnessed in \(witnessPath) (its hash differs): the journal was rewritten")
            }
        }
        return problems
    }
}
