import Foundation

/// What `maca verify` finds in a day folder: each journal's chain, and
/// whether the journals belong together.
public struct DayVerification: Sendable {
    public var folder: String
    public var journals: [JournalFile]
    /// Problems between files: journals of different days, no opening record.
    public var dayProblems: [String]

    /// Reads and verifies a day; with a signer, each record's signature too.
    public static func check(folder: String, signer: RecordSigner? = nil, witness: SealWitness? = nil) throws -> DayVerification {
        let journals = try SessionStore.readDay(folder, signer: signer)
        let strays = try SessionStore.strayEntries(in: folder).map { path, kind in
            "\(path): named like a journal but \(kind), not a file; it was not read"
        }
        // The witness's seals of this day, looked up by the id its facilitator's journal opens with.
        let facilitator = journals.first { $0.path.hasSuffix("/" + DaySeal.facilitatorFile) }
        let seals = facilitator?.isDamaged == true ? nil : try witness?.seals(day: facilitator?.records.first?.day)
        return check(day: folder, journals: journals, problems: strays, signer: signer, witnessed: seals.map { ($0, witness!.path) })
    }

    /// Verifies a day's journals read from elsewhere than a folder (an
    /// archive, opened in memory): `day` names it in messages, and
    /// `problems` are any already found with its files.
    public static func check(
        day folder: String, journals: [JournalFile], problems: [String] = [], signer: RecordSigner? = nil,
        witnessed: (seals: [SealWitnessed], path: String)? = nil
    ) -> DayVerification {
        var problems = problems
        let days = Set(journals.compactMap { $0.records.first?.day })
        if days.count > 1 {
            let owners = journals.compactMap { journal in journal.records.first.map { "\(journal.path) (\($0.day))" } }
            problems.append("\(folder): the journals belong to different days: \(owners.joined(separator: ", "))")
        }
        let openings = journals.flatMap(\.records).filter { if case .dayOpened = $0.event { true } else { false } }
        // A damaged facilitator's journal is named by its damage; "no journal opens the day" would mislead.
        if openings.isEmpty && !journals.contains(where: \.isDamaged) {
            problems.append("\(folder): no journal opens the day (the facilitator's journal is missing or empty)")
        } else if openings.count > 1 {
            problems.append("\(folder): the day is opened \(openings.count) times")
        }
        // A journal appears whole with its first record: an empty one had its records removed.
        for journal in journals where journal.records.isEmpty && !journal.isDamaged && journal.tornTail == nil {
            problems.append("\(journal.path): empty: a journal always begins with its first record, so its records were removed")
        }
        problems += journals.compactMap(nameProblem)
        problems += Redaction.problems(journals)
        problems += DaySeal.problems(folder: folder, journals: journals)
        let facilitator = journals.first { $0.path.hasSuffix("/" + DaySeal.facilitatorFile) }
        let signatures = Signatures.of(facilitator: facilitator, journals: journals, signer: signer)
        problems += signatures.problems
        // The witness names a seal that has gone: the chain cannot, for records cut off its end.
        if let witnessed {
            problems += SealWitness.problems(witnessed.seals, facilitator: facilitator, folder: folder, witnessPath: witnessed.path)
        }
        return DayVerification(
            folder: folder, journals: journals, dayProblems: problems,
            witnessed: witnessed?.seals.count ?? 0, witnessPath: witnessed?.path,
            signatures: signatures.state,
            state: facilitator.map { DaySeal.state(facilitator: $0.records) } ?? .open
        )
    }

    /// A journal named for another writer than the one whose records it
    /// holds (copied or renamed): each writer's file is `<writer>.jsonl`.
    public static func nameProblem(_ journal: JournalFile) -> String? {
        guard let writer = journal.records.first?.writer else { return nil }
        let name = (journal.path as NSString).lastPathComponent
        guard name != "\(writer).\(SessionStore.journalExtension)" else { return nil }
        return "\(journal.path): named '\(name)', but its records are \(writer)'s: a journal copied or renamed"
    }

    /// How many seals of this day the witness holds, and where it is.
    public var witnessed = 0
    public var witnessPath: String?

    /// What the seal witness shows, for people to read.
    public var witnessScope: String? {
        guard let witnessPath else { return nil }
        return witnessed == 0
            ? "no seal of this day is witnessed in \(witnessPath) (it was not closed by this partnership's maca here)"
            : "its seal\(witnessed == 1 ? " is" : "s are") witnessed in \(witnessPath), so a seal removed since would be named"
    }

    /// Whether the day's records are signed with the partnership key, and
    /// what checking them showed.
    public enum Signatures: Sendable, Equatable {
        /// Opened without a partnership key: nothing is signed.
        case unsigned
        /// Signed, and every signature was checked with the key at this path.
        case checked(keyPath: String)
        /// Signed, but there is no key here, so no signature was checked.
        case unchecked
        /// Signatures were checked, and some failed.
        case failed

        public var isChecked: Bool {
            if case .checked = self { true } else { false }
        }

        /// The day is signed if its first record is (the facilitator's
        /// journal opens it); every journal of a signed day must be signed,
        /// and no journal of an unsigned one may be.
        static func of(facilitator: JournalFile?, journals: [JournalFile], signer: RecordSigner?) -> (state: Signatures, problems: [String]) {
            if signer != nil, journals.contains(where: { $0.damage.contains(where: JournalReader.isSignatureFailure) }) {
                return (.failed, [])
            }
            let opening = facilitator?.records.first ?? journals.compactMap(\.records.first).first
            guard let opening else { return (.unsigned, []) }
            let signed = opening.mac != nil
            let problems = journals.compactMap { signingProblem($0, daySigned: signed) }
            guard signed else { return (.unsigned, problems) }
            return (signer.map { .checked(keyPath: $0.keyPath) } ?? .unchecked, problems)
        }
    }

    public var signatures: Signatures = .unsigned

    /// A journal signed when its day is not, or not signed when its day is:
    /// the one rule verify, the close and the live day all apply.
    public static func signingProblem(_ journal: JournalFile, daySigned: Bool) -> String? {
        guard let first = journal.records.first, (first.mac != nil) != daySigned else { return nil }
        return daySigned
            ? "\(journal.path): not signed, but the day is: a journal added, or rewritten whole, without the partnership key"
            : "\(journal.path): signed, but the day is not: the day was opened without the partnership key, so its journals cannot be signed"
    }

    /// What the signatures prove, for people to read.
    public var signatureScope: String {
        switch signatures {
        case .unsigned:
            "not signed: the day was opened without a partnership key ('maca init' makes one), so a journal rewritten in full, chain and all, cannot be told from the original"
        case let .checked(keyPath):
            "signed: every record's signature checked with the partnership key \(keyPath)"
        case .unchecked:
            "signed, but the partnership key is not here, so the signatures were NOT checked; verify where 'maca init' made the key"
        case .failed:
            "signed, and signatures FAILED: records written or changed without the partnership key, or signed with another partnership's (see the lines above)"
        }
    }

    /// Whether the day is sealed, and so what verifying it can prove.
    public var state: DaySeal.State = .open

    /// What verifying this day proves, for people to read.
    public var scope: String {
        switch state {
        case let .sealed(seal, _):
            "sealed at its close: every journal checked against the seal (\(seal.count) journal\(seal.count == 1 ? "" : "s"))"
        case .closedUnsealed:
            "closed before days were sealed: each journal's chain is checked, but a journal cut short or added since cannot be seen"
        case let .reopened(reason):
            "reopened after closing (\(reason)), so not sealed now: each journal's chain is checked on its own until it is closed again"
        case .open:
            "open, not sealed yet: each journal's chain is checked on its own; a journal cut short or added cannot be seen until the day is closed"
        }
    }

    /// Every damaged record and every problem between files, one sentence each.
    public var problems: [String] {
        journals.flatMap { $0.damage.map(\.description) } + dayProblems
    }

    public var isDamaged: Bool { journals.contains(where: \.isDamaged) || !dayProblems.isEmpty }
    public var recordCount: Int { journals.reduce(0) { $0 + $1.records.count } }

    /// One line per journal, then the day's problems, for people to read.
    public var lines: [String] {
        var lines: [String] = []
        for journal in journals {
            let name = journal.path
            if journal.isDamaged {
                lines.append("DAMAGED  \(name): \(Plural.of(journal.records.count, "record")) verified before the damage")
                lines += journal.damage.map { "  \($0)" }
            } else if dayProblems.contains(where: { $0.hasPrefix(name + ":") }) {
                // Its own chain holds, but the day names it below: never "ok".
                lines.append("PROBLEM  \(name): \(Plural.of(journal.records.count, "record")), chain verified, but see below")
            } else {
                var line = "ok       \(name): \(Plural.of(journal.records.count, "record")), chain verified"
                if let last = journal.records.last { line += ", last at \(last.timestamp)" }
                lines.append(line)
            }
            if let torn = journal.tornTail {
                lines.append("  \(name):\(torn.line): the last record is incomplete (\(torn.bytes.count) bytes, a write cut off by a crash); it will be moved aside when the day is next opened for writing")
            }
            if journal.unterminatedLast {
                lines.append("  \(name): the last record is whole but lacks its newline; it will be restored when the day is next opened")
            }
        }
        lines += dayProblems
        return lines
    }
}
