import Foundation

/// An agency auditor's own journal in a day's folder.
public enum ReturnJournal {
    /// The writer name of an auditor's journal: `auditor-<agency>-<name>`,
    /// refused when the agency id, read from `origin`, is not an id.
    public static func writer(agency: String, auditor: String, origin: String) throws(PathIDError) -> String {
        try FileNames.auditorWriter(agency: agency, name: auditor, origin: origin)
    }

    /// The day in a folder and the template it was opened with (embedded in its journal).
    /// A day that does not verify (a damaged journal, or one copied,
    /// renamed or unsigned in a signed day) takes no return.
    public static func day(in folder: String, signer: RecordSigner? = nil, witness: SealWitness? = nil) throws -> (AuditTemplate, AuditDay) {
        let verification = try DayVerification.check(folder: folder, signer: signer, witness: witness)
        let journals = verification.journals
        if let damaged = journals.first(where: \.isDamaged) { throw JournalError.damaged(damaged.damage) }
        if !verification.dayProblems.isEmpty {
            throw JournalError.dayFails(verification.dayProblems)
        }
        let day = DayFold.fold(journals)
        guard let stamp = day.template else {
            throw JournalError.damaged([JournalDamage(path: folder, line: 1, message: "no journal here opens the day (the facilitator's journal is missing)")])
        }
        let template = try TemplateLoader.parse(stamp.source, file: "\(folder) (its template \(stamp.id) v\(stamp.version))")
        return (template, day)
    }

    /// The agency by id or name among those attending (or, failing that, in the template).
    public static func agency(_ text: String, of day: AuditDay, template: AuditTemplate) throws -> Agency {
        let known = day.agencies + template.agencies.filter { agency in !day.agencies.contains { $0.id == agency.id } }
        let choices = known.map { Choice(id: $0.id, label: $0.name) }
        switch AnswerParser.match(text, in: choices, what: "agency of this day") {
        case let .success(choice): return known.first { $0.id == choice.id }!
        case let .failure(problem): throw ReturnError.unknownAgency(problem.message)
        }
    }

    /// Opens the auditor's journal, starting it with a writer-joined record
    /// if it is new: signed when the day is (which needs the key).
    public static func open(
        in folder: String, day: AuditDay, agency: Agency, auditor: String, signer: RecordSigner? = nil,
        io: any JournalIO = SystemJournalIO(), clock: any JournalClock = SystemClock()
    ) throws -> (JournalWriter, JournalWriter.Recovery) {
        let writer = try writer(agency: agency.id, auditor: auditor, origin: folder)
        let path = SessionStore.journalPath(in: folder, writer: writer)
        // A closed day takes no more returns: checked under the day's lock,
        // so a close cannot seal between the check and the journal opening.
        return try DaySeal.whileOpenForReturns(folder: folder) { facilitator in
            if FileManager.default.fileExists(atPath: path) {
                return try JournalWriter.open(path: path, signer: signer, io: io, clock: clock)
            }
            guard let dayID = day.id else { throw ReturnError.unknownAgency("the day has no identity") }
            // The day's first record says whether it is signed; its returns are signed alike.
            let signed = facilitator.first?.mac != nil
            if signed && signer == nil { throw JournalError.keyNeeded(path: facilitatorPath(folder)) }
            let joined = Event.writerJoined(WriterJoined(name: auditor, agency: agency.id))
            let journal = try JournalWriter.create(
                path: path, day: dayID, writer: writer, first: joined, author: auditor, signer: signed ? signer : nil, io: io, clock: clock
            )
            return (journal, JournalWriter.Recovery(tornRecordMovedTo: nil, tornLine: nil, restoredNewline: false))
        }
    }
}

private func facilitatorPath(_ folder: String) -> String {
    SessionStore.journalPath(in: folder, writer: SessionStore.facilitatorWriter)
}

public enum ReturnError: UserFacingError, Equatable {
    case unknownAgency(String)

    public var exitStatus: ExitStatus { .usage }

    public var description: String {
        switch self {
        case let .unknownAgency(message): message
        }
    }
}
