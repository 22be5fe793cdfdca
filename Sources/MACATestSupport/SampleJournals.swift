import Foundation
import MACAKit

/// Invented journals for tests: cases are references like `TEST-0001`, never people.
public enum SampleJournals {
    public static let dayID = "00000000-0000-4000-8000-000000000001"

    /// Writes a facilitator journal with a day, `cases` cases and a few answers each.
    @discardableResult
    public static func facilitator(
        at path: String, cases: Int = 3, clock: any JournalClock = SteppingClock(), io: any JournalIO = SystemJournalIO()
    ) throws -> JournalWriter {
        let stamp = TemplateStamp(id: "sample", version: 1, sha256: String(repeating: "a", count: 64), source: "")
        let opened = Event.dayOpened(DayOpened(day: dayID, template: stamp, date: "2026-10-14", area: "Sampleshire", facilitator: "F. Acilitator"))
        let journal = try JournalWriter.create(path: path, day: dayID, writer: "facilitator", first: opened, author: "F. Acilitator", io: io, clock: clock)
        try journal.append(.agencyAttending(AgencyAttending(agency: Agency(id: "police", name: "Police"))), author: "F. Acilitator")
        for number in 1...max(cases, 1) {
            let ref = String(format: "TEST-%04d", number)
            try journal.append(.caseAdded(CaseAdded(ref: ref, reason: "spread of ages")), author: "F. Acilitator")
            try journal.append(.answerGiven(AnswerGiven(key: AnswerKey(ref: ref, question: "age-band"), value: .choice("5-10"))), author: "F. Acilitator")
            try journal.append(.answerGiven(AnswerGiven(key: AnswerKey(ref: ref, question: "lived-day"), value: .text("Invented: school most days; \"quiet\" at home — ünïcode ✓"))), author: "F. Acilitator")
        }
        return journal
    }

    /// The byte offsets at which each line of a file ends (just past its newline).
    public static func lineEnds(_ data: Data) -> [Int] {
        data.indices.filter { data[$0] == UInt8(ascii: "\n") }.map { $0 - data.startIndex + 1 }
    }
}
