import Foundation
import MACAKit
import MACATestSupport
import Testing

@Suite("Journal recovery")
struct JournalRecoveryTests {
    /// A multi-record journal's bytes and the records in it.
    private static func sample() throws -> (data: Data, records: [JournalRecord]) {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let journal = try SampleJournals.facilitator(at: folder.file("f.jsonl"), cases: 2)
        journal.close()
        return (try Data(contentsOf: URL(fileURLWithPath: journal.path)), journal.records)
    }

    @Test("reading a journal cut at every byte offset keeps every whole record and never crashes")
    func readerAtEveryOffset() throws {
        let (data, records) = try Self.sample()
        let ends = SampleJournals.lineEnds(data)
        #expect(records.count == ends.count && records.count >= 8)
        for offset in 0...data.count {
            let file = JournalReader.parse(data.prefix(offset), path: "f.jsonl")
            let whole = ends.filter { $0 <= offset }.count
            // A record cut just before its newline is whole and is kept too.
            let nearlyWhole = ends.contains(offset + 1) ? 1 : 0
            #expect(file.damage.isEmpty, "offset \(offset)")
            #expect(file.records == Array(records.prefix(whole + nearlyWhole)), "offset \(offset)")
            #expect(file.unterminatedLast == (nearlyWhole == 1), "offset \(offset)")
            let cutMidRecord = !ends.contains(offset) && offset > 0 && nearlyWhole == 0
            #expect((file.tornTail != nil) == cutMidRecord, "offset \(offset)")
        }
    }

    @Test("opening a journal cut at every byte offset recovers, moves the torn record aside, and appends again")
    func writerAtEveryOffset() throws {
        let (data, records) = try Self.sample()
        let ends = SampleJournals.lineEnds(data)
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for offset in 1...data.count {
            let path = folder.file("cut-\(offset).jsonl")
            #expect(FileManager.default.createFile(atPath: path, contents: data.prefix(offset)))
            let whole = ends.filter { $0 <= offset }.count + (ends.contains(offset + 1) ? 1 : 0)
            if whole == 0 {
                #expect(throws: JournalError.self, "offset \(offset)") { _ = try JournalWriter.open(path: path) }
                continue
            }
            let (journal, recovery) = try JournalWriter.open(path: path, io: UnsyncedJournalIO())
            #expect(journal.records == Array(records.prefix(whole)), "offset \(offset)")
            if let aside = recovery.tornRecordMovedTo {
                let saved = try Data(contentsOf: URL(fileURLWithPath: aside))
                #expect(saved == data.prefix(offset).suffix(from: ends.last(where: { $0 <= offset }) ?? 0), "offset \(offset)")
            }
            try journal.append(.dayClosed(DayClosed()), author: "F")
            journal.close()
            let reread = try JournalReader.read(path: path)
            #expect(reread.damage.isEmpty && reread.tornTail == nil, "offset \(offset)")
            #expect(reread.records.count == whole + 1, "offset \(offset)")
        }
    }

    @Test("a flipped byte in the middle is reported as damage with file and line, never dropped", arguments: [2, 5, 7])
    func flippedByte(line: Int) throws {
        let (data, records) = try Self.sample()
        let ends = SampleJournals.lineEnds(data)
        let start = ends[line - 2]
        var damaged = data
        let position = start + (ends[line - 1] - start) / 2
        damaged[position] = damaged[position] == UInt8(ascii: "a") ? UInt8(ascii: "b") : UInt8(ascii: "a")

        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("damaged.jsonl")
        #expect(FileManager.default.createFile(atPath: path, contents: damaged))
        let file = try JournalReader.read(path: path)
        #expect(file.damage.map(\.line) == [line])
        #expect(file.damage.first?.description.hasPrefix("\(path):\(line): ") == true)
        #expect(file.records == Array(records.prefix(line - 1)))
        // Read-only: the writer refuses, and the file is unchanged.
        #expect(throws: JournalError.self) { _ = try JournalWriter.open(path: path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == damaged)
    }

    @Test("a record removed from the middle breaks the chain at the line after it")
    func removedRecord() throws {
        let (data, _) = try Self.sample()
        let ends = SampleJournals.lineEnds(data)
        let cut = data.prefix(ends[2]) + data.suffix(from: ends[3])
        let file = JournalReader.parse(Data(cut), path: "f.jsonl")
        #expect(file.damage.map(\.line) == [4])
        #expect(file.damage.first?.message.contains("does not follow") == true)
    }
}
