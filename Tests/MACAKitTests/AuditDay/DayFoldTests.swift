import Foundation
import MACAKit
import MACATestSupport
import Testing

@Suite("Folding a day's journals")
struct DayFoldTests {
    /// A facilitator and two auditors writing to one day, their clocks interleaved.
    private static func threeWriters(in folder: TemporaryFolder) throws -> [JournalFile] {
        let day = SampleJournals.dayID
        let facilitator = try SampleJournals.facilitator(at: folder.file("facilitator.jsonl"), cases: 2, clock: SteppingClock(step: 2))
        let police = try JournalWriter.create(
            path: folder.file("auditor-police.jsonl"), day: day, writer: "auditor-police",
            first: .writerJoined(WriterJoined(name: "P. Auditor", agency: "police")), author: "P. Auditor",
            clock: SteppingClock(start: "2026-10-14T09:00:01Z", step: 2)
        )
        let health = try JournalWriter.create(
            path: folder.file("auditor-health.jsonl"), day: day, writer: "auditor-health",
            first: .writerJoined(WriterJoined(name: "H. Auditor", agency: "health-gp")), author: "H. Auditor",
            clock: SteppingClock(start: "2026-10-14T09:00:01Z", step: 3)
        )
        for (journal, agency) in [(police, "police"), (health, "health-gp")] {
            for ref in ["TEST-0001", "TEST-0002"] {
                try journal.append(.answerGiven(AnswerGiven(key: AnswerKey(ref: ref, question: "worked-well", agency: agency), value: .text("\(agency) shared information the same day"))), author: journal.writer)
            }
        }
        // Both auditors answer the same question: the later record wins, the earlier is kept in history.
        try police.append(.answerGiven(AnswerGiven(key: AnswerKey(ref: "TEST-0001", question: "shared"), value: .text("police view"))), author: "P. Auditor")
        try health.append(.answerGiven(AnswerGiven(key: AnswerKey(ref: "TEST-0001", question: "shared"), value: .text("health view"))), author: "H. Auditor")
        try facilitator.append(.gradeAgreed(GradeAgreed(ref: "TEST-0001", domain: "overall", level: "good", rationale: "timely and joined up")), author: "F. Acilitator")
        try facilitator.append(.answerCorrected(AnswerCorrected(key: AnswerKey(ref: "TEST-0002", question: "age-band"), old: .choice("5-10"), new: .choice("11-15"))), author: "F. Acilitator")
        return try [facilitator.path, police.path, health.path].map { try JournalReader.read(path: $0) }
    }

    @Test("the same journals give the same day in whatever order they are read")
    func orderIndependent() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let journals = try Self.threeWriters(in: folder)
        let reference = DayFold.fold(journals)
        for order in permutations(journals) {
            #expect(DayFold.fold(order) == reference)
        }
        #expect(reference.cases.map(\.ref) == ["TEST-0001", "TEST-0002"])
        #expect(reference.writers.map(\.writer) == ["auditor-health", "auditor-police", "facilitator"])
        #expect(reference.notes.isEmpty)
    }

    @Test("every writer's answers are attributed to that writer")
    func attribution() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let day = DayFold.fold(try Self.threeWriters(in: folder))
        let first = try #require(day.caseAudit("TEST-0001"))
        #expect(first.answers[AnswerKey(ref: "TEST-0001", question: "worked-well", agency: "police")]?.writer == "auditor-police")
        #expect(first.answers[AnswerKey(ref: "TEST-0001", question: "worked-well", agency: "health-gp")]?.writer == "auditor-health")
        #expect(first.agreedGrades["overall"]?.level == "good")
    }

    @Test("a correction keeps the old value in the answer's history")
    func correctionHistory() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let day = DayFold.fold(try Self.threeWriters(in: folder))
        let answer = try #require(day.caseAudit("TEST-0002")?.answers[AnswerKey(ref: "TEST-0002", question: "age-band")])
        #expect(answer.value == .choice("11-15"))
        #expect(answer.history.map(\.value) == [.choice("5-10")])
    }

    @Test("records the fold cannot place are noted, not dropped silently")
    func notes() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let journal = try SampleJournals.facilitator(at: folder.file("facilitator.jsonl"), cases: 1)
        try journal.append(.answerGiven(AnswerGiven(key: AnswerKey(ref: "TEST-9999", question: "x"), value: .text("y"))), author: "F")
        try journal.append(.concernAcknowledged(ConcernAcknowledged(id: "C9", by: "Police", note: "")), author: "F")
        let day = DayFold.fold([try JournalReader.read(path: journal.path)])
        #expect(day.notes.map(\.sequence) == [journal.records.count - 1, journal.records.count])
    }

    @Test("a writer whose clock stepped back keeps its own order")
    func clockStepBack() throws {
        let records = try (0..<4).map { index -> JournalRecord in
            let folder = try TemporaryFolder()
            defer { folder.remove() }
            return try JournalWriter.create(path: folder.file("w.jsonl"), day: "d", writer: "w", first: .dayClosed(DayClosed()), author: "\(index)").records[0]
        }
        var backwards = records
        for index in backwards.indices {
            backwards[index].sequence = index + 1
            backwards[index].timestamp = "2026-10-14T09:00:0\(9 - index).000Z"
        }
        #expect(DayFold.merged([backwards]).map(\.author) == ["0", "1", "2", "3"])
    }
}

/// Every ordering of a short list.
func permutations<T>(_ items: [T]) -> [[T]] {
    guard items.count > 1 else { return [items] }
    return items.indices.flatMap { index -> [[T]] in
        var rest = items
        let item = rest.remove(at: index)
        return permutations(rest).map { [item] + $0 }
    }
}
