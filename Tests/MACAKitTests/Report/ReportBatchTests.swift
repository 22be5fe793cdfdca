import Foundation
import MACAKit
import MACATestSupport
import Testing

/// `ReportInputs.gather` reads days a batch at a time (issue 18): what it
/// finds in a later batch (a damaged day, a copy of a day read in an
/// earlier one) is reported as when every day was read at once.
@Suite("Reading days for the report in batches")
struct ReportBatchTests {
    @Test("over more than two batches: a damaged day in the last is named or left out, a copy of the first counted once, progress told for every day")
    func acrossBatches() throws {
        let root = try TemporaryFolder()
        defer { root.remove() }
        let sessions = root.file("sessions")
        let count = 2 * ReportInputs.batchSize + 3
        try SyntheticDays.write(count: count, into: sessions, cases: 1, templates: "\(packageRoot)/audit-templates")
        var folders = try ReportInputs.folders(in: SessionStore(directory: sessions)).sorted()
        #expect(folders.count == count)
        // The last folder read is damaged: a line that is not a record at the end of its journal.
        let damaged = try #require(folders.last)
        let journal = try #require(try FileManager.default.contentsOfDirectory(atPath: damaged).first { $0.hasSuffix(".jsonl") })
        let handle = try #require(FileHandle(forWritingAtPath: "\(damaged)/\(journal)"))
        handle.seekToEndOfFile()
        handle.write(Data("{\"not\":\"a record\"}\n".utf8))
        handle.closeFile()
        // A copy of the first day, read in the last batch.
        let copy = root.file("zz-copy")
        try FileManager.default.copyItem(atPath: folders[0], toPath: copy)
        folders.append(copy)

        var told: [Int] = []
        let inputs = try ReportInputs.gather(
            folders: folders, theme: "neglect", from: nil, to: nil, skipInvalid: true, includeUnfinished: false
        ) { read, total in
            #expect(total == count + 1)
            told.append(read)
        }
        #expect(told == Array(1...(count + 1)))
        #expect(inputs.leftOut.map(\.folder) == [damaged])
        #expect(inputs.leftOut.first?.reason.hasPrefix("damaged at line") == true)
        #expect(inputs.duplicates == [copy])
        #expect(inputs.days.count + inputs.previous.count == count - 1)
        #expect(!inputs.days.contains { $0.folder == copy || $0.folder == damaged })
        let order = inputs.days.map { ($0.day.date ?? "") + " " + ($0.day.id ?? "") }
        #expect(order == order.sorted())

        #expect(throws: ReportError.self) {
            try ReportInputs.gather(folders: folders, theme: "neglect", from: nil, to: nil, skipInvalid: false, includeUnfinished: false)
        }
        do {
            _ = try ReportInputs.gather(folders: folders, theme: "neglect", from: nil, to: nil, skipInvalid: false, includeUnfinished: false)
        } catch let ReportError.damagedDay(folder, _) {
            #expect(folder == damaged)
        }
        // Of another theme, every day is read and none kept; the damaged one still stops the report.
        let other = try ReportInputs.gather(folders: folders, theme: "exploitation", from: nil, to: nil, skipInvalid: true, includeUnfinished: false)
        #expect(other.days.isEmpty && other.previous.isEmpty && other.duplicates.isEmpty && other.leftOut.map(\.folder) == [damaged])
    }
}
