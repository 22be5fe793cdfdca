/// What `maca verify` finds in a day folder: each journal's chain, and
/// whether the journals belong together.
public struct DayVerification: Sendable {
    public var folder: String
    public var journals: [JournalFile]
    /// Problems between files: journals of different days, no opening record.
    public var dayProblems: [String]

    public static func check(folder: String) throws(FileError) -> DayVerification {
        let journals = try SessionStore.readDay(folder)
        var problems: [String] = try SessionStore.strayEntries(in: folder).map { path, kind in
            "\(path): named like a journal but \(kind), not a file; it was not read"
        }
        let days = Set(journals.compactMap { $0.records.first?.day })
        if days.count > 1 {
            let owners = journals.compactMap { journal in journal.records.first.map { "\(journal.path) (\($0.day))" } }
            problems.append("\(folder): the journals belong to different days: \(owners.joined(separator: ", "))")
        }
        let openings = journals.flatMap(\.records).filter { if case .dayOpened = $0.event { true } else { false } }
        if openings.isEmpty {
            problems.append("\(folder): no journal opens the day (the facilitator's journal is missing or empty)")
        } else if openings.count > 1 {
            problems.append("\(folder): the day is opened \(openings.count) times")
        }
        // A journal appears whole with its first record: an empty one had its records removed.
        for journal in journals where journal.records.isEmpty && !journal.isDamaged && journal.tornTail == nil {
            problems.append("\(journal.path): empty: a journal always begins with its first record, so its records were removed")
        }
        problems += DaySeal.problems(folder: folder, journals: journals)
        let facilitator = journals.first { $0.path.hasSuffix("/" + DaySeal.facilitatorFile) }
        return DayVerification(
            folder: folder, journals: journals, dayProblems: problems,
            state: facilitator.map { DaySeal.state(facilitator: $0.records) } ?? .open
        )
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
                lines.append("DAMAGED  \(name): \(journal.records.count) records verified before the damage")
                lines += journal.damage.map { "  \($0)" }
            } else {
                var line = "ok       \(name): \(journal.records.count) records, chain verified"
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
