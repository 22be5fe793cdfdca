import Foundation
import MACAKit

/// `maca-bench decode FOLDER [ROUNDS]`: reads every journal under FOLDER
/// into memory, then decodes and verifies all their lines with the record
/// decoder and with `JSONDecoder` alone, interleaved round by round on one
/// thread, and prints the best round of each (seconds), the lines, and how
/// many lines the record decoder left to `JSONDecoder` (issue 18).
func benchDecode(folder: String, rounds: Int) throws {
    var files: [Data] = []
    let names = FileManager.default.enumerator(atPath: folder)?.compactMap { $0 as? String } ?? []
    for name in names.sorted() where name.hasSuffix(".jsonl") {
        files.append(try Data(contentsOf: URL(fileURLWithPath: "\(folder)/\(name)")))
    }
    var best = (fast: Double.infinity, reference: Double.infinity)
    var counts = (fast: RecordDecoding.Count(), reference: RecordDecoding.Count())
    for _ in 0..<max(rounds, 1) {
        for reference in [false, true] {
            let start = DispatchTime.now().uptimeNanoseconds
            var count = RecordDecoding.Count()
            for data in files {
                let one = RecordDecoding.decodeLines(of: data, reference: reference)
                count.records += one.records
                count.refused += one.refused
                count.fellBack += one.fellBack
            }
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            if reference {
                best.reference = min(best.reference, seconds)
                counts.reference = count
            } else {
                best.fast = min(best.fast, seconds)
                counts.fast = count
            }
        }
    }
    let fellBack = files.reduce(0) { $0 + RecordDecoding.decodeLines(of: $1, reference: false, countingFallBacks: true).fellBack }
    print("journals \(files.count)")
    print("bytes \(files.reduce(0) { $0 + $1.count })")
    print("records \(counts.fast.records)")
    print("refused \(counts.fast.refused)")
    print("fell_back \(fellBack)")
    print("same_outcome \(counts.fast.records == counts.reference.records && counts.fast.refused == counts.reference.refused ? "yes" : "no")")
    print("record_decoder_seconds \(String(format: "%.3f", best.fast))")
    print("jsondecoder_seconds \(String(format: "%.3f", best.reference))")
    print("speedup \(String(format: "%.2f", best.reference / best.fast))")
}
