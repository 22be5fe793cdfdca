import Foundation

/// An agency auditor's own journal in a day's folder.
public enum ReturnJournal {
    /// The writer name of an auditor's journal: `auditor-<agency>-<name>`.
    public static func writer(agency: String, auditor: String) -> String {
        let name = Identifier.fileNamePart(auditor)
        return "auditor-\(agency)-\(name.isEmpty ? "auditor" : name)"
    }

    /// The day in a folder and the template it was opened with (embedded in its journal).
    public static func day(in folder: String) throws -> (AuditTemplate, AuditDay) {
        let journals = try SessionStore.readDay(folder)
        if let damaged = journals.first(where: \.isDamaged) { throw JournalError.damaged(damaged.damage) }
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

    /// Opens the auditor's journal, starting it with a writer-joined record if it is new.
    public static func open(
        in folder: String, day: AuditDay, agency: Agency, auditor: String,
        io: any JournalIO = SystemJournalIO(), clock: any JournalClock = SystemClock()
    ) throws -> (JournalWriter, JournalWriter.Recovery) {
        let writer = writer(agency: agency.id, auditor: auditor)
        let path = SessionStore.journalPath(in: folder, writer: writer)
        if FileManager.default.fileExists(atPath: path) {
            return try JournalWriter.open(path: path, io: io, clock: clock)
        }
        guard let dayID = day.id else { throw ReturnError.unknownAgency("the day has no identity") }
        let joined = Event.writerJoined(WriterJoined(name: auditor, agency: agency.id))
        let journal = try JournalWriter.create(path: path, day: dayID, writer: writer, first: joined, author: auditor, io: io, clock: clock)
        return (journal, JournalWriter.Recovery(tornRecordMovedTo: nil, tornLine: nil, restoredNewline: false))
    }
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
