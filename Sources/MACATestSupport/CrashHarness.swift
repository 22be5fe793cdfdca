import Foundation
import MACAKit

/// Drives a scripted audit day through `maca run` in a pseudo-terminal,
/// kills it with SIGKILL at seeded random points, resumes it each time with
/// `maca resume`, and checks after every kill that each answer acknowledged
/// on screen ("✓ saved") is in the journal exactly once and in order, and
/// that the hash chain verifies. Documentation/Performance.md has the command.
public struct CrashHarness {
    /// What an uninterrupted run of the script looks like.
    public struct Reference {
        /// Journal records before each line of the script is typed.
        public var recordsBefore: [Int]
        /// The prompt shown before each line is typed.
        public var prompts: [String]
        /// The journal at the end of the day.
        public var records: [JournalRecord]
    }

    public struct Outcome: CustomStringConvertible {
        public var kills = 0
        public var sessions = 0
        /// Answers the screen acknowledged before a kill, each checked in the journal.
        public var acknowledgedChecked = 0
        /// Acknowledged answers missing from the journal after a kill: must be 0.
        public var lost = 0
        /// Records found more than once, or out of the uninterrupted day's order: must be 0.
        public var misplaced = 0
        /// Sessions that stopped by themselves with an error, and were resumed.
        public var stops = 0
        /// Records cut off by a kill, moved aside by the next resume.
        public var tornMovedAside = 0
        public var problems: [String] = []
        public var seconds = 0.0

        public var description: String {
            "\(kills) kills over \(sessions) sessions in \(String(format: "%.1f", seconds)) s: "
                + "\(acknowledgedChecked) acknowledged answers checked, \(lost) lost, \(misplaced) duplicated or out of order, "
                + "\(tornMovedAside) torn records moved aside"
        }
    }

    public let script: [String]
    public let template: String
    public let environment: [String: String]

    public init(script: [String], template: String) {
        self.script = script
        self.template = template
        environment = [
            "TERM": "dumb", "NO_COLOR": "1", "MACA_TEMPLATES": "\(packageRoot)/audit-templates", "EDITOR": "/bin/false",
        ]
    }

    /// A harness over a whole day of `cases` invented cases of a shipped
    /// template, each question answered (DayScripts.generated).
    public static func generatedDay(template id: String = "neglect", cases: Int) throws -> CrashHarness {
        let template = try TemplateLibrary(directory: "\(packageRoot)/audit-templates").template(id: id)
        let script = DayScripts.generated(for: template, cases: cases).split(separator: "\n", omittingEmptySubsequences: false)
            .dropLast().map(String.init)
        return CrashHarness(script: script, template: id)
    }

    private func start(_ arguments: [String]) throws -> PseudoTerminalProcess {
        try PseudoTerminalProcess(macaBinary, arguments, environment: environment)
    }

    /// The day's facilitator journal in `sessions`, if one has been started.
    private static func journal(in sessions: String) throws -> (folder: String, file: JournalFile)? {
        guard let name = try SessionStore(directory: sessions).dayFolders().first else { return nil }
        let folder = "\(sessions)/\(name)"
        let file = try JournalReader.read(path: SessionStore.journalPath(in: folder, writer: SessionStore.facilitatorWriter))
        return (folder, file)
    }

    /// Runs the whole script once, without a kill.
    public func reference(sessions: String) throws -> Reference {
        let process = try start(["run", "--template", template, "--sessions", sessions])
        var before: [Int] = [], prompts: [String] = []
        for line in script {
            guard process.waitForInput() else {
                throw HarnessError("the uninterrupted run ended before its line \(before.count + 1): \(process.transcript.suffix(2000))")
            }
            before.append(try Self.journal(in: sessions)?.file.records.count ?? 0)
            prompts.append(process.currentLine)
            process.type(line)
        }
        guard process.waitForExit() == 0 else { throw HarnessError("the uninterrupted run failed: \(process.transcript.suffix(2000))") }
        guard let final = try Self.journal(in: sessions), final.file.damage.isEmpty else {
            throw HarnessError("the uninterrupted run left no journal that verifies")
        }
        return Reference(recordsBefore: before, prompts: prompts, records: final.file.records)
    }

    /// Runs the script with `kills` SIGKILLs at points drawn from `seed`.
    /// A session that stops by itself with an error (a full disk) is handed
    /// to `stopped`, which may put the cause right before the day is resumed.
    public func run(
        kills: Int, seed: UInt64, sessions: String, reference: Reference,
        stopped: ((_ status: Int32, _ transcript: String) throws -> Void)? = nil
    ) throws -> Outcome {
        var random = SplitMix64(seed: seed)
        var outcome = Outcome()
        let started = Date()
        var finished = false
        while !finished {
            let existing = try Self.journal(in: sessions)
            if case .dayClosed? = existing?.file.records.last?.event {
                // Killed after the day closed (while writing its record.md): nothing is left to type.
                if existing?.file.records.count != reference.records.count {
                    outcome.problems.append("the closed day has \(existing?.file.records.count ?? 0) records, the uninterrupted one \(reference.records.count)")
                }
                break
            }
            let process = try start(existing.map { ["resume", "--sessions", sessions, $0.folder] }
                ?? ["run", "--template", template, "--sessions", sessions])
            outcome.sessions += 1
            guard process.waitForInput() else {
                throw HarnessError("session \(outcome.sessions) ended before asking anything: \(process.transcript.suffix(2000))")
            }
            // A half-typed action point kept as a draft (ActionDraft) is offered
            // first: dropped here, so the script types it again whole.
            if process.currentLine.hasPrefix("Carry it on from where it stopped?") {
                process.type("n")
                guard process.waitForInput() else {
                    throw HarnessError("session \(outcome.sessions) ended after its draft was dropped: \(process.transcript.suffix(2000))")
                }
            }
            // Where the journal says the day stands, and so which line comes next.
            let recordsAtStart = try Self.journal(in: sessions)?.file.records.count ?? 0
            // A line that writes several records (the agencies attending) and was
            // killed part way is asked again; the REPL writes only what is missing.
            guard var next = reference.recordsBefore.firstIndex(of: recordsAtStart)
                ?? reference.recordsBefore.lastIndex(where: { $0 < recordsAtStart }) else {
                throw HarnessError("after \(recordsAtStart) records no line of the script comes next")
            }
            if process.currentLine != reference.prompts[next] {
                // Typing the script on from here would answer the wrong questions.
                throw HarnessError(
                    "session \(outcome.sessions), after \(recordsAtStart) records, asked '\(process.currentLine)' where "
                        + "'\(reference.prompts[next])' (line \(next + 1)) was expected; it printed:\n\(process.transcript.suffix(3000))"
                )
            }
            if process.transcript.contains("was cut off by a crash") { outcome.tornMovedAside += 1 }

            let remaining = script.count - next
            if outcome.kills >= kills {
                // The last session runs to the end of the day.
                for (offset, line) in script[next...].enumerated() {
                    if offset > 0 && !process.waitForInput() { break }
                    process.type(line)
                }
                let status = process.waitForExit()
                if status == 0 {
                    finished = true
                } else if let status, let stopped {
                    outcome.stops += 1
                    try stopped(status, process.transcript)
                } else {
                    throw HarnessError("the last session did not close the day: \(process.transcript.suffix(2000))")
                }
            } else {
                // Spread the kills over the rest of the day: a burst of lines, then a kill
                // at a random moment while the last of them is being handled.
                let average = max(1, remaining / (kills - outcome.kills + 1))
                let burst = min(remaining, Int.random(in: 1...(2 * average), using: &random))
                for offset in 0..<burst {
                    if offset > 0 && !process.waitForInput() { break }
                    process.type(script[next])
                    next += 1
                }
                usleep(UInt32.random(in: 0..<15_000, using: &random))
                process.kill()
                outcome.kills += 1
            }

            // Every answer the screen acknowledged is in the journal, once, in order.
            let acknowledged = process.transcript.components(separatedBy: "\n").filter { $0.hasPrefix("  ✓ ") }.count
            outcome.acknowledgedChecked += acknowledged
            guard let after = try Self.journal(in: sessions) else {
                if acknowledged > 0 { outcome.lost += acknowledged }
                continue
            }
            if !after.file.damage.isEmpty {
                outcome.problems.append("the journal does not verify after kill \(outcome.kills): \(after.file.damage)")
            }
            let records = after.file.records
            if records.count < recordsAtStart + acknowledged {
                outcome.lost += recordsAtStart + acknowledged - records.count
                outcome.problems.append("kill \(outcome.kills): \(acknowledged) acknowledged after \(recordsAtStart) records, but the journal has \(records.count)")
            }
            for (index, record) in records.enumerated()
            where index >= reference.records.count || !Self.same(record, reference.records[index]) {
                outcome.misplaced += 1
                let expected = index < reference.records.count ? "\(reference.records[index].event)" : "nothing"
                outcome.problems.append("kill \(outcome.kills): record \(index + 1) is \(record.event), where the uninterrupted day has \(expected)")
                break
            }
            if finished && records.count != reference.records.count {
                outcome.problems.append("the finished day has \(records.count) records, the uninterrupted one \(reference.records.count)")
            }
        }
        outcome.seconds = Date().timeIntervalSince(started)
        return outcome
    }

    /// The same record but for its time (and so its hash and the seal's heads) and the day's random id.
    static func same(_ a: JournalRecord, _ b: JournalRecord) -> Bool {
        guard a.sequence == b.sequence && a.author == b.author && a.writer == b.writer else { return false }
        if case var .dayOpened(opened) = a.event, case let .dayOpened(other) = b.event {
            opened.day = other.day
            return opened == other
        }
        // A seal names each journal's last hash, which depends on times: the
        // same files with the same record counts are the same seal.
        if case let .dayClosed(closed) = a.event, case let .dayClosed(other) = b.event {
            let shape = { (seal: DayClosed) in seal.journals?.map { [$0.file, String($0.records)] } }
            return shape(closed) == shape(other)
        }
        return a.event == b.event
    }
}

public struct HarnessError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
