import Foundation
import MACAKit
import MACATestSupport
import Testing

@Suite("Journal writing")
struct JournalWriterTests {
    @Test("records chain by hash and sequence, and read back as written")
    func chainReadsBack() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let journal = try SampleJournals.facilitator(at: folder.file("facilitator.jsonl"))
        let file = try JournalReader.read(path: journal.path)
        #expect(file.records == journal.records)
        #expect(file.damage.isEmpty)
        #expect(file.records.map(\.sequence) == Array(1...file.records.count))
        #expect(file.records.first?.previousHash == JournalRecord.genesisHash)
        for (earlier, later) in zip(file.records, file.records.dropFirst()) {
            #expect(later.previousHash == earlier.hash)
        }
    }

    @Test("each record is one JSON line whose last member is its hash")
    func lineShape() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try SampleJournals.facilitator(at: folder.file("f.jsonl"), cases: 1)
        let text = try String(contentsOfFile: folder.file("f.jsonl"), encoding: .utf8)
        let lines = text.split(separator: "\n")
        #expect(text.hasSuffix("\n"))
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(object["v"] as? Int == 1)
            #expect((object["hash"] as? String)?.count == 64)
            #expect(line.hasSuffix("\"}"))
            #expect(line.contains(",\"hash\":\""))
        }
        #expect(lines[0].contains("\"type\":\"day-opened\""))
    }

    @Test("a second writer of the same file is refused while the first has it open")
    func secondWriterRefused() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("facilitator.jsonl")
        let first = try SampleJournals.facilitator(at: path, cases: 1)
        #expect(throws: JournalError.inUse(path: path)) { _ = try JournalWriter.open(path: path) }
        first.close()
        let (second, recovery) = try JournalWriter.open(path: path)
        #expect(recovery.isEmpty)
        #expect(second.records == first.records)
    }

    @Test("another process holding the file's lock keeps maca out, and maca keeps it out")
    func lockAcrossProcesses() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("facilitator.jsonl")
        let journal = try SampleJournals.facilitator(at: path, cases: 1)
        // flock(1) uses the same flock(2) lock maca takes.
        let whileOpen = try run("/usr/bin/flock", ["--nonblock", "--exclusive", path, "true"])
        #expect(whileOpen.status == 1)
        journal.close()
        let afterClose = try run("/usr/bin/flock", ["--nonblock", "--exclusive", path, "true"])
        #expect(afterClose.status == 0)

        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/flock")
        holder.arguments = ["--exclusive", "--no-fork", path, "sleep", "30"]
        try holder.run()
        defer { kill(holder.processIdentifier, SIGKILL); holder.waitUntilExit() }
        // Wait until the other process has the lock.
        var held = false
        for _ in 0..<200 {
            if try run("/usr/bin/flock", ["--nonblock", "--shared", path, "true"]).status == 1 { held = true; break }
            usleep(20_000)
        }
        #expect(held)
        #expect(throws: JournalError.inUse(path: path)) { _ = try JournalWriter.open(path: path) }
    }

    @Test("creating a journal that exists is refused and leaves it untouched")
    func createRefusesExisting() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("facilitator.jsonl")
        let journal = try SampleJournals.facilitator(at: path, cases: 1)
        journal.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: JournalError.alreadyExists(path: path)) {
            _ = try JournalWriter.create(path: path, day: "d", writer: "facilitator", first: .dayClosed(DayClosed()), author: "F")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test("an event type from a newer maca is kept in the chain and passed over by the fold")
    func unrecognisedEvent() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("facilitator.jsonl")
        let journal = try SampleJournals.facilitator(at: path, cases: 1)
        journal.close()
        // Re-encode the last record's body with an unknown type, rehash, and append it.
        let file = try JournalReader.read(path: path)
        let last = try #require(file.records.last)
        let body = "{\"author\":\"X\",\"day\":\"\(last.day)\",\"event\":{\"type\":\"from-the-future\",\"x\":1},\"prev\":\"\(last.hash)\",\"seq\":\(last.sequence + 1),\"ts\":\"2026-10-14T10:00:00.000Z\",\"v\":1,\"writer\":\"facilitator\"}"
        let hash = SHA256Hex.of(body)
        let line = String(body.dropLast()) + ",\"hash\":\"\(hash)\"}\n"
        let handle = try #require(FileHandle(forWritingAtPath: path))
        handle.seekToEndOfFile()
        handle.write(Data(line.utf8))
        try handle.close()

        let reread = try JournalReader.read(path: path)
        #expect(reread.damage.isEmpty)
        #expect(reread.records.last?.event == .unrecognised(type: "from-the-future"))
        let day = DayFold.fold([reread])
        #expect(day.notes.count == 1)
        #expect(day.notes.first?.message.contains("from-the-future") == true)
    }
}
