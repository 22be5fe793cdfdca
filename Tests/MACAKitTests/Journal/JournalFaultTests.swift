import Foundation
import MACAKit
import MACATestSupport
import Testing

@Suite("Journal write failures")
struct JournalFaultTests {
    static let faults: [FaultyJournalIO.Fault] = [
        .writeError(call: 4, errno: ENOSPC),
        .writeError(call: 4, errno: EIO),
        .shortWrite(call: 4, bytes: 10),
        .fsyncError(call: 4, errno: EIO),
    ]

    @Test("a failed write or fsync is not acknowledged, leaves no trace, and stops the writer", arguments: faults)
    func failureIsNotAcknowledged(fault: FaultyJournalIO.Fault) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("facilitator.jsonl")
        let io = FaultyJournalIO([fault])
        let journal = try JournalWriter.create(path: path, day: "d", writer: "facilitator", io: io, clock: SteppingClock())
        for number in 1...3 {
            try journal.append(.caseAdded(CaseAdded(ref: "TEST-\(number)", reason: "r")), author: "F")
        }
        let acknowledged = journal.records
        #expect(throws: JournalError.self) {
            try journal.append(.caseAdded(CaseAdded(ref: "TEST-4", reason: "r")), author: "F")
        }
        #expect(journal.records == acknowledged)
        // Nothing more is taken until the journal is opened again.
        #expect(throws: JournalError.closedAfterFailure(path: path)) {
            try journal.append(.caseAdded(CaseAdded(ref: "TEST-5", reason: "r")), author: "F")
        }
        journal.close()
        let file = try JournalReader.read(path: path)
        #expect(file.records == acknowledged)
        #expect(file.tornTail == nil && file.damage.isEmpty)
        let (reopened, _) = try JournalWriter.open(path: path)
        try reopened.append(.caseAdded(CaseAdded(ref: "TEST-4", reason: "r")), author: "F")
        #expect(reopened.records.count == 4)
    }

    @Test("the failure is reported in words, naming the file")
    func failureMessage() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("facilitator.jsonl")
        let journal = try JournalWriter.create(path: path, day: "d", writer: "facilitator", io: FaultyJournalIO([.fsyncError(call: 1, errno: EIO)]))
        do {
            try journal.append(.dayClosed(DayClosed()), author: "F")
            Issue.record("the append should have failed")
        } catch {
            #expect(error.description == "\(path): the answer was NOT saved: Input/output error")
            #expect(error.exitStatus == .io)
        }
    }
}

extension FaultyJournalIO.Fault: CustomTestStringConvertible {
    public var testDescription: String { "\(self)" }
}
