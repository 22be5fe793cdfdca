import Foundation

/// Taking a stored record's free text out of a day's journals for good
/// (`maca redact`), without breaking what verify can prove.
///
/// The record's line is replaced by a redacted copy: the same members, its
/// free text replaced by `[redacted]`, marked `"redacted":true`, and the
/// original's hash and signature, so the chain, the seal and the signatures
/// still hold. The copy's own bytes no longer give that hash, so verify
/// accepts it only if a `record-redacted` record in the facilitator's
/// journal (chained and signed like any other) names that file, sequence
/// number and hash, and the SHA-256 of the copy's line: a copy changed in
/// any other way is named as a rewrite. The redaction record keeps the
/// SHA-256 of the text removed, never the text.
public enum Redaction {
    public static let placeholder = "[redacted]"

    /// A record that holds free text, for choosing what to redact.
    public struct Candidate: Sendable, Equatable {
        public var file: String
        public var sequence: Int
        public var fields: [EventText.Field]
    }

    /// Every record of the day with free text (or a correction's old value), journal by journal.
    public static func candidates(folder: String, signer: RecordSigner?) throws -> [Candidate] {
        try SessionStore.readDay(folder, signer: signer).flatMap { journal in
            journal.records.compactMap { record -> Candidate? in
                guard record.redactedBodyHash == nil else { return nil }
                let fields = texts(record.event).filter { !$0.text.isEmpty && $0.name != EventText.caseReference }
                return fields.isEmpty ? nil : Candidate(file: FilePaths.name(journal.path), sequence: record.sequence, fields: fields)
            }
        }
    }

    /// The free text of an event, a correction's old value included (which
    /// the guard does not read again, but which holds the text it replaced).
    static func texts(_ event: Event) -> [EventText.Field] {
        var fields = EventText.fields(event)
        if let (name, old) = oldValue(event) {
            _ = old.mappingFreeText { text in
                fields.append(EventText.Field(name: name, text: text))
                return text
            }
        }
        return fields
    }

    /// The value a correction replaced, which it carries but the guard does
    /// not read again: an answer's, an action's or a concern's field, or a case's reason.
    static func oldValue(_ event: Event) -> (name: String, value: AnswerValue)? {
        switch event {
        case let .answerCorrected(corrected): corrected.old.map { ("earlier answer to \(corrected.key.question)", $0) }
        case let .actionCorrected(corrected): corrected.old.map { ("earlier action point (\(corrected.field))", $0) }
        case let .concernCorrected(corrected): corrected.old.map { ("earlier immediate concern (\(corrected.field))", $0) }
        case let .caseCorrected(corrected): ("earlier reason the case was chosen", .text(corrected.previous))
        default: nil
        }
    }

    /// `event` with the value it replaced passed through `change`.
    static func mappingOldValue(_ event: Event, _ change: (String) -> String) -> Event {
        switch event {
        case var .answerCorrected(corrected):
            corrected.old = corrected.old?.mappingFreeText(change)
            return .answerCorrected(corrected)
        case var .actionCorrected(corrected):
            corrected.old = corrected.old?.mappingFreeText(change)
            return .actionCorrected(corrected)
        case var .concernCorrected(corrected):
            corrected.old = corrected.old?.mappingFreeText(change)
            return .concernCorrected(corrected)
        case var .caseCorrected(corrected):
            corrected.previous = change(corrected.previous)
            return .caseCorrected(corrected)
        default:
            return event
        }
    }

    /// `event` with the free text in `removed` replaced by the placeholder
    /// (all of it for the record asked for; a correction's old value where
    /// it holds the same text).
    static func redacted(_ event: Event, removing removed: Set<String>?) -> Event {
        let replace = { (text: String) -> String in
            guard !text.isEmpty, removed.map({ $0.contains(text) }) ?? true else { return text }
            return placeholder
        }
        // The case's reference keys the case everywhere: it is not text to take out.
        let event = EventText.mapping(event) { field, text in field == EventText.caseReference ? text : replace(text) }
        return mappingOldValue(event, replace)
    }

    /// Whether `later` is the profile's answer to "why was it selected?" for
    /// the case whose reason `record` gave (added, or answered), holding the
    /// same text.
    static func sameReason(_ record: Event, _ later: Event, removed: [String]) -> Bool {
        let ref: String
        switch record {
        case let .caseAdded(added): ref = added.ref
        case let .answerGiven(answer) where CaseAudit.reason(answer.key, answer.value) != nil: ref = answer.key.ref
        default: return false
        }
        guard case let .answerGiven(answer) = later, answer.key.ref == ref, let text = CaseAudit.reason(answer.key, answer.value) else { return false }
        return removed.contains(text)
    }

    /// Why a redaction cannot be made.
    public struct Refused: UserFacingError, Equatable {
        public var message: String
        public var exitStatus: ExitStatus
        public var description: String { message }
    }

    /// Redacts record `sequence` of the journal `file` in a day folder, and
    /// any later correction that kept the same text as its old value.
    /// Returns the records redacted, each with what was taken out and what
    /// stays. Under the day's lock, with no journal open for writing; a
    /// damaged day is refused.
    @discardableResult
    public static func redact(
        folder: String, file: String, sequence: Int, reason: String, by author: String, signer: RecordSigner?,
        privacy: GuardSettings = GuardSettings()
    ) throws -> [Redacted] {
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else { throw Refused(message: "give the reason for the redaction: --reason \"…\"", exitStatus: .usage) }
        // The reason is free text like any other: it must not bring back what it takes out.
        let guardian = try IdentifierGuard(checking: DayFold.fold(try SessionStore.readDay(folder, signer: signer)), privacy: privacy)
        _ = try guardian.checked(.recordRedacted(RecordRedacted(file: file, sequence: sequence, hash: "", bodyHash: "", removedTextHash: nil, reason: reason)), redact: false, origin: "maca redact")
        // Who redacts is journaled as the record's author: a role or their own name, never a registered one (issue 15).
        try guardian.checkedPersonName(author, field: "who redacts it (--by)", origin: "maca redact")
        guard FileNames.isWriter(String(file.dropLast(SessionStore.journalExtension.count + 1))), file.hasSuffix(".\(SessionStore.journalExtension)") else {
            throw Refused(message: "'\(file)' is not a journal's name (such as facilitator.jsonl)", exitStatus: .usage)
        }
        let lock = try FolderLock(folder: folder, exclusive: true)
        defer { withExtendedLifetime(lock) {} }
        let held = try HeldJournals(try SessionStore.journalPaths(in: folder), waiting: false) {
            Refused(message: "\($0): another maca is writing this journal; close it there first", exitStatus: .usage)
        }
        defer { held.release() }
        let journals = try SessionStore.readDay(folder, signer: signer)
        if let damaged = journals.first(where: \.isDamaged) { throw JournalError.damaged(damaged.damage) }
        guard let journal = journals.first(where: { FilePaths.name($0.path) == file }) else {
            throw Refused(message: "\(folder): no journal named \(file) (the day has \(journals.map { FilePaths.name($0.path) }.joined(separator: ", ")))", exitStatus: .data)
        }
        guard let record = journal.records.first(where: { $0.sequence == sequence }) else {
            throw Refused(message: "\(journal.path): no record \(sequence) (it holds \(journal.records.count)); 'maca redact DAY --list' lists the records with text", exitStatus: .data)
        }
        if record.redactedBodyHash != nil { return [] }
        let removed = texts(record.event).filter { $0.name != EventText.caseReference }.map(\.text).filter { !$0.isEmpty }
        guard !removed.isEmpty else {
            throw Refused(message: "\(journal.path): record \(sequence) (\(record.event.type)) holds no free text to redact", exitStatus: .data)
        }
        // The record asked for, then every later correction that kept the same text as its old value.
        var targets: [(journal: JournalFile, record: JournalRecord, event: Event)] = [(journal, record, redacted(record.event, removing: nil))]
        for other in journals {
            for later in other.records where later.redactedBodyHash == nil && !(other.path == journal.path && later.sequence == sequence) {
                // The case's reason and its profile answer to "why selected" are one reason: a later answer
                // holding the text taken out is redacted with it, or the case would show it still.
                if sameReason(record.event, later.event, removed: removed) {
                    targets.append((other, later, redacted(later.event, removing: Set(removed))))
                    continue
                }
                guard let (_, old) = oldValue(later.event) else { continue }
                var holds = false
                _ = old.mappingFreeText { text in
                    if removed.contains(text) { holds = true }
                    return text
                }
                if holds { targets.append((other, later, redacted(later.event, removing: Set(removed)))) }
            }
        }
        // The redaction records first: a crash before the lines are rewritten leaves the text, never an unvouched copy.
        // Keyed with the partnership key, or not kept: a plain hash of a short identifier is found by trying them all.
        let removedHash = signer?.mac(forHash: "removed-text\u{0}" + removed.joined(separator: "\u{0}"))
        var lines: [String: [Int: Data]] = [:]
        var done: [Redacted] = []
        let facilitatorPath = SessionStore.journalPath(in: folder, writer: SessionStore.facilitatorWriter)
        // Let go, so the facilitator's journal can be opened for writing (still under the day's lock).
        held.release()
        let (facilitator, _) = try JournalWriter.open(path: facilitatorPath, signer: signer)
        defer { facilitator.close() }
        for target in targets {
            let (line, bodyHash) = try RecordCodec.redactedLine(of: target.record, event: target.event)
            lines[target.journal.path, default: [:]][target.record.sequence] = line
            let vouching = try facilitator.append(.recordRedacted(RecordRedacted(
                file: FilePaths.name(target.journal.path), sequence: target.record.sequence, hash: target.record.hash,
                bodyHash: bodyHash, removedTextHash: removedHash, reason: reason
            )), author: author)
            var fields: [String] = []
            for field in texts(target.record.event) where field.name != EventText.caseReference && !field.text.isEmpty && !fields.contains(field.name) {
                fields.append(field.name)
            }
            done.append(Redacted(
                file: FilePaths.name(target.journal.path), sequence: target.record.sequence, event: target.record.event.type,
                fields: fields, hash: target.record.hash, removedTextHash: removedHash, vouchedBy: vouching.sequence
            ))
        }
        facilitator.close()
        for (path, replacements) in lines {
            try rewrite(path, replacing: replacements)
        }
        return done
    }

    /// One record whose text was taken out: which, what was removed, and
    /// what stays to show it was there.
    public struct Redacted: Sendable, Equatable {
        /// The journal and the record's number in it.
        public var file: String
        public var sequence: Int
        /// The record's type (`answer-given`, `action-added`...).
        public var event: String
        /// The names of the fields whose text was removed (never the text).
        public var fields: [String]
        /// The record's own hash, which the chain, the seal and any signature still hold.
        public var hash: String
        /// The HMAC of the text removed under the partnership key, or nil without a key.
        public var removedTextHash: String?
        /// The number of the `record-redacted` record in the facilitator's journal that vouches for the copy.
        public var vouchedBy: Int
    }

    /// Writes a journal again with some of its lines (by sequence number,
    /// which is the line number of a whole journal) replaced: into a
    /// temporary file, synced, then renamed over it.
    private static func rewrite(_ path: String, replacing replacements: [Int: Data]) throws {
        // Held locked while it is read and replaced: a writer opening it meanwhile is refused, not lost.
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw FileError.unreadable(path: path, reason: FileError.reason(errno: errno)) }
        defer { Glibc.close(fd) }
        guard FileLock.exclusive(fd) else {
            throw Refused(message: "\(path): another maca opened this journal during the redaction; its redaction record is written, so run 'maca redact' again to finish", exitStatus: .usage)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw FileError.unreadable(path: path, reason: "it could not be read again")
        }
        var out = Data()
        var lineNumber = 0
        for line in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            if let replacement = replacements[lineNumber] {
                out.append(replacement)
            } else if !line.isEmpty {
                out.append(line)
                out.append(UInt8(ascii: "\n"))
            }
        }
        try OwnerOnlyFiles.writeAtomically(out, to: path, replacing: true)
    }

    /// Every redacted copy in the journals that no redaction record in the
    /// facilitator's journal vouches for, one sentence each.
    public static func problems(_ journals: [JournalFile]) -> [String] {
        let vouched = journals.first { FilePaths.name($0.path) == DaySeal.facilitatorFile }?.records.compactMap { record -> RecordRedacted? in
            if case let .recordRedacted(redaction) = record.event { return redaction }
            return nil
        } ?? []
        var problems: [String] = []
        for journal in journals {
            let name = FilePaths.name(journal.path)
            for record in journal.records {
                guard let bodyHash = record.redactedBodyHash else {
                    // A record a redaction names, whole again: a copy from before the redaction put back, or a redaction cut short.
                    if vouched.contains(where: { $0.file == name && $0.sequence == record.sequence && $0.hash == record.hash }) {
                        let day = FilePaths.name(FilePaths.parent(of: journal.path))
                        problems.append(
                            "\(journal.path): record \(record.sequence) was redacted, but its text is back: a copy of the journal from before the redaction was put back, or the redaction did not finish; run 'maca redact \(day) --journal \(name) --record \(record.sequence) --reason \"…\"' again"
                        )
                    }
                    continue
                }
                let ok = vouched.contains { $0.file == name && $0.sequence == record.sequence && $0.hash == record.hash && $0.bodyHash == bodyHash }
                if !ok {
                    problems.append("\(journal.path): record \(record.sequence) is marked redacted, but no redaction record vouches for it as it is: it was rewritten")
                }
            }
        }
        return problems
    }
}
