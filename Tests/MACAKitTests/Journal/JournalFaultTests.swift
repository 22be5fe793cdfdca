import Foundation
import MACAKit
import MACATestSupport
import Testing

/// Every system call a journal makes on its way to disk, failed in turn.
///
/// One scenario starts a journal, appends, is torn by a crash, recovers,
/// appends, loses its last newline, recovers and appends again. It is run once
/// to count its calls of each kind, then once for every call of every kind
/// failed in every way that call can fail. After each failure: nothing
/// unacknowledged is in the file, the error names the file in words, and the
/// journal opens again and takes the answer that was refused.
@Suite("Journal write failures")
struct JournalFaultTests {
    static let refs = (1...6).map { "TEST-\($0)" }

    /// Each fault point of the scenario, found by counting its calls.
    static let faults: [FaultyJournalIO.Fault] = {
        let counter = FaultyJournalIO()
        let folder = try! TemporaryFolder()
        defer { folder.remove() }
        var scenario = Scenario(path: folder.file("facilitator.jsonl"), io: counter)
        _ = try! scenario.run()
        let calls = counter.calls
        var faults: [FaultyJournalIO.Fault] = []
        for number in 1...(calls[.write] ?? 0) {
            faults += [.writeError(call: number, errno: ENOSPC), .writeError(call: number, errno: EIO), .shortWrite(call: number, bytes: 10)]
        }
        for number in 1...(calls[.fsync] ?? 0) { faults += [.fsyncError(call: number, errno: EIO)] }
        for number in 1...(calls[.truncate] ?? 0) { faults += [.truncateError(call: number, errno: EIO)] }
        for number in 1...(calls[.rename] ?? 0) { faults += [.renameError(call: number, errno: EIO)] }
        return faults
    }()

    @Test("the scenario makes every kind of call the seam can fail")
    func scenarioReachesEveryCall() throws {
        for call in FaultyJournalIO.Call.allCases {
            #expect(Self.faults.contains { fault in
                switch (call, fault) {
                case (.write, .writeError), (.write, .shortWrite), (.fsync, .fsyncError), (.truncate, .truncateError), (.rename, .renameError): true
                default: false
                }
            }, "no \(call) call to fail")
        }
        #expect(Self.faults.count >= 30)
    }

    @Test("no answer is acknowledged that is not durable, the error is plain, and the journal recovers", arguments: faults)
    func faultPoint(_ fault: FaultyJournalIO.Fault) throws {
        try Self.check([fault])
    }

    @Test("when cutting off a failed append fails too, the next open still finds a journal that verifies", arguments: [
        FaultyJournalIO.Fault.fsyncError(call: 2, errno: EIO), .writeError(call: 3, errno: ENOSPC), .shortWrite(call: 3, bytes: 10),
    ])
    func cutOffFails(_ fault: FaultyJournalIO.Fault) throws {
        // The fault comes before the scenario's first truncate, which is the cut-off.
        try Self.check([fault, .truncateError(call: 1, errno: EIO)])
    }

    static func check(_ faults: [FaultyJournalIO.Fault]) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("facilitator.jsonl")
        var scenario = Scenario(path: path, io: FaultyJournalIO(faults))
        let failures = try scenario.run()
        #expect(!failures.isEmpty, "the fault was never reached")
        for failure in failures {
            let message = failure.error.description
            #expect(message.hasPrefix(path) || message.hasPrefix("\(path).torn"), "the message names the file: \(message)")
            #expect(failure.error.exitStatus == .io, "\(message)")
            #expect(!message.contains("Error Domain") && !message.contains("errno"), "\(message)")
            #expect(failure.unacknowledgedInFile <= (faults.count > 1 ? 1 : 0), "an answer that was NOT saved is in the file after: \(message)")
        }
        // However it failed, the journal ends whole: each answer once, in order, the chain verifying.
        let file = try JournalReader.read(path: path)
        #expect(file.damage.isEmpty && file.tornTail == nil && !file.unterminatedLast)
        let refs = file.records.compactMap { record -> String? in
            if case let .caseAdded(added) = record.event { return added.ref }
            return nil
        }
        #expect(refs == Self.refs)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty, "temporary files left behind: \(leftovers)")
    }

    @Test("the failure is reported in words, naming the file")
    func failureMessage() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("facilitator.jsonl")
        let journal = try JournalWriter.create(
            path: path, day: "d", writer: "facilitator", first: .dayClosed(DayClosed()), author: "F",
            io: FaultyJournalIO([.fsyncError(call: 2, errno: EIO)])
        )
        do {
            try journal.append(.dayClosed(DayClosed()), author: "F")
            Issue.record("the append should have failed")
        } catch {
            #expect(error.description == "\(path): the answer was NOT saved: Input/output error")
            #expect(error.exitStatus == .io)
        }
    }
}

/// A journal's life through a crash and a lost newline, going on past any
/// failure the way a person would: open the journal again and give the
/// refused answer again, unless it turns out to be there.
private struct Scenario {
    struct Failure {
        var error: any UserFacingError
        /// Records in the file, after the failure, that were never acknowledged.
        var unacknowledgedInFile: Int
    }

    let path: String
    let io: FaultyJournalIO
    var acknowledged: [JournalRecord] = []
    var failures: [Failure] = []
    var journal: JournalWriter?

    init(path: String, io: FaultyJournalIO) {
        self.path = path
        self.io = io
    }

    static func added(_ ref: String) -> Event { .caseAdded(CaseAdded(ref: ref, reason: "r")) }

    mutating func run() throws -> [Failure] {
        try attempt { scenario in
            let journal = try JournalWriter.create(
                path: scenario.path, day: "d", writer: "facilitator", first: Self.added("TEST-1"), author: "F",
                io: scenario.io, clock: SteppingClock()
            )
            scenario.journal = journal
            scenario.acknowledged = journal.records
        }
        for ref in ["TEST-2", "TEST-3"] { try append(ref) }
        // A crash tears the next record.
        try close()
        try appendRaw(Data(#"{"v":1,"seq":4,"ts":"2026-"#.utf8))
        try reopen()
        for ref in ["TEST-4", "TEST-5"] { try append(ref) }
        // A whole last record loses its newline.
        try close()
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        try data.dropLast().write(to: URL(fileURLWithPath: path))
        try reopen()
        try append("TEST-6")
        try close()
        return failures
    }

    mutating func append(_ ref: String) throws {
        try attempt { scenario in
            let record = try scenario.journal!.append(Self.added(ref), author: "F")
            scenario.acknowledged.append(record)
        }
    }

    mutating func reopen() throws {
        try attempt(isOpening: true) { scenario in
            scenario.journal = try JournalWriter.open(path: scenario.path, io: scenario.io, clock: SteppingClock()).writer
        }
    }

    mutating func close() throws {
        journal?.close()
        journal = nil
    }

    func appendRaw(_ bytes: Data) throws {
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.seekToEnd()
        try handle.write(contentsOf: bytes)
        try handle.close()
    }

    /// Runs a step; on failure, checks the file against what was acknowledged,
    /// opens the journal again and (unless the step was that opening) runs
    /// the step once more.
    mutating func attempt(isOpening: Bool = false, _ step: (inout Scenario) throws -> Void) throws {
        let before = acknowledged.count
        do {
            try step(&self)
            return
        } catch let error as any UserFacingError {
            journal?.close()
            journal = nil
            // What is in the file now, before anything puts it right.
            let file = FileManager.default.fileExists(atPath: path) ? try JournalReader.read(path: path) : nil
            let records = file?.records ?? []
            #expect(Array(records.prefix(acknowledged.count)) == acknowledged, "an acknowledged answer is missing after: \(error)")
            failures.append(Failure(error: error, unacknowledgedInFile: max(0, records.count - acknowledged.count)))
            if records.isEmpty {
                // The journal never appeared; start it again.
                let journal = try JournalWriter.create(
                    path: path, day: "d", writer: "facilitator", first: Self.added("TEST-1"), author: "F", clock: SteppingClock()
                )
                self.journal = journal
                acknowledged = journal.records
                return
            }
            let reopened = try JournalWriter.open(path: path, io: io, clock: SteppingClock()).writer
            journal = reopened
            if isOpening {
                acknowledged = reopened.records
                return
            }
            if reopened.records.count > before {
                // The refused answer reached the disk after all: it is there once, and not given again.
                acknowledged = reopened.records
                return
            }
            acknowledged = reopened.records
            // Give the refused answer again: the failing call is behind us.
            try step(&self)
        }
    }
}

extension FaultyJournalIO.Fault: CustomTestStringConvertible {
    public var testDescription: String { "\(self)" }
}
