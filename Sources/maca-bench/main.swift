// maca-bench: figures for the claims in Documentation/Performance.md, each
// printed beside its floor measured in the same run on the same disk.
//
//   swift run -c release maca-bench append [COUNT] [FOLDER]
//
// append: one durable journal append (encode, hash, write, fsync) against a
// raw write+fsync of the same bytes to a plain file, interleaved one for one.
//
//   swift run -c release maca-bench days COUNT FOLDER [CASES] [TEMPLATES]
//
// days: writes COUNT synthetic audit days (invented data, CASES cases each,
// default 8) of the neglect template into FOLDER, for timing `maca report`.
// Journals are written without fsync: this makes test data, not answers.
//
//   swift run maca-bench sample FOLDER [TEMPLATES]
//
// sample: three days of eight invented cases each, with answers that read
// like an auditor's (SamplePhrases.swift) and a starred example each day:
// the days of the sample board paper (Scripts/make-sample-paper).
//
//   swift run -c release maca-bench long MACA FOLDER [TEMPLATES] [RUNS] [BYTES ...]
//
//   swift run -c release maca-bench guard [--verbose] [FILE ...]
//
// guard: the identifier guard's recall per kind and false positives on its
// corpus (Tests/MACAKitTests/Fixtures/guard-corpus; Scripts/guard-eval),
// and the time to scan a 2,000-character answer (GuardEvaluation.swift).
//
//   swift run -c release maca-bench disclosure [COUNT | show SEED]
//
// disclosure: the time the board paper's disclosure control takes over
// COUNT random day sets (default 2000), split into building, deciding and
// the independent check; or the board paper of one set (DisclosureBench.swift).
//
//   swift run -c release maca-bench decode FOLDER [ROUNDS]
//
// decode: every journal line under FOLDER decoded and verified with the
// record decoder and with JSONDecoder alone, on one thread, best of ROUNDS
// (default 3) each; and the lines the record decoder left to JSONDecoder.
//
//   swift run maca-bench smart [--verbose] [FILE]
//
// smart: how far the SMART rules agree with the labelled action points of
// Tests/MACAKitTests/Fixtures/smart-actions.tsv (Scripts/smart-eval):
// overall, per letter, and good actions refused (SmartActionSet.swift).
//
//   swift run maca-bench prompts [MACA]
//
// prompts: the prompts and structured keys the walkthrough day's case takes
// with the maca binary MACA (default: the debug build), typed the short way
// and the long way, and whether the short way lost anything
// (Scripts/prompt-count, PromptWalkthrough.swift).
//
//   swift run -c release maca-bench prompt MACA [RUNS] [--floor HELLO] [--templates DIR]
//
// prompt: the time from starting `MACA run --template neglect` on a
// pseudo-terminal, from an empty sessions folder and a home of its own, to
// its first prompt on the terminal with maca waiting for a key; median and
// 90th percentile of RUNS (default 50), one `key value` line each:
// first-prompt-ms, first-prompt-p90-ms, and with --floor, HELLO run the
// same way (until its output is on the terminal and it has ended):
// floor-ms, floor-p90-ms (PromptBench.swift).
//
// long: the time the maca binary MACA takes to save one long answer (250 KiB,
// 1 MiB and 4 MiB by default) each way one reaches a journal: one piped line,
// lines continued with a backslash, :editor, and returns import; beside the
// floor, a one-sentence answer the same way (LongAnswerBench.swift).
import Foundation
import MACAKit
import MACATestSupport

func now() -> UInt64 {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
}

func fileSize(_ path: String) -> Int {
    var info = stat()
    return stat(path, &info) == 0 ? Int(info.st_size) : 0
}

func percentile(_ sorted: [Double], _ fraction: Double) -> Double {
    sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * fraction).rounded()))]
}

func report(_ name: String, _ samples: [Double]) -> (median: Double, p99: Double) {
    let sorted = samples.sorted()
    let figures = (percentile(sorted, 0.5), percentile(sorted, 0.99))
    print(String(format: "  %-34@ median %8.1f µs   p99 %8.1f µs", name as NSString, figures.0, figures.1))
    return figures
}

func benchAppend(count: Int, folder: String) throws {
    try OwnerOnlyFiles.makeFolder(folder)
    let journalPath = "\(folder)/bench-\(getpid()).jsonl"
    let rawPath = "\(folder)/bench-\(getpid()).raw"
    defer { unlink(journalPath); unlink(rawPath) }
    let journal = try JournalWriter.create(
        path: journalPath, day: UUID().uuidString.lowercased(), writer: "facilitator",
        first: .caseAdded(CaseAdded(ref: "BENCH-0001", reason: "benchmark")), author: "Bench"
    )
    let raw = open(rawPath, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
    guard raw >= 0 else { throw FileError.unwritable(path: rawPath, reason: FileError.reason(errno: errno)) }
    defer { close(raw) }
    let answer = String(repeating: "An invented finding of typical length for a long answer. ", count: 4)

    var durable: [Double] = [], floor: [Double] = []
    var journalSize = fileSize(journalPath)
    for index in 0..<count {
        let event = Event.answerGiven(AnswerGiven(key: AnswerKey(ref: "BENCH-0001", question: "q\(index)"), value: .text(answer)))
        let start = now()
        let record = try journal.append(event, author: "Bench")
        durable.append(Double(now() - start) / 1000)

        // The floor: the same number of bytes, written and synced with no encoding or hashing.
        let size = fileSize(journalPath)
        let bytes = [UInt8](repeating: UInt8(ascii: "x"), count: max(1, size - journalSize - 1)) + [UInt8(ascii: "\n")]
        journalSize = size
        precondition(record.sequence == index + 2)
        let rawStart = now()
        _ = bytes.withUnsafeBytes { write(raw, $0.baseAddress, $0.count) }
        fsync(raw)
        floor.append(Double(now() - rawStart) / 1000)
    }
    let lineBytes = (try Data(contentsOf: URL(fileURLWithPath: journalPath)).count) / journal.records.count
    print("durable append, \(count) appends of ~\(lineBytes)-byte records in \(folder)")
    let maca = report("maca JournalWriter.append", durable)
    let base = report("raw write+fsync (floor)", floor)
    print(String(format: "  ratio to floor: median %.2fx, p99 %.2fx", maca.median / base.median, maca.p99 / base.p99))
}

func generateDays(count: Int, folder: String, cases: Int, templates: String) throws {
    let started = now()
    try SyntheticDays.write(count: count, into: folder, cases: cases, templates: templates)
    print(String(format: "wrote %d days of %d cases into %@ in %.1f s", count, cases, folder, Double(now() - started) / 1e9))
}

let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "append":
    let count = arguments.count > 1 ? Int(arguments[1]) ?? 1000 : 1000
    let folder = arguments.count > 2 ? arguments[2] : ".build/bench"
    do {
        try benchAppend(count: count, folder: folder)
    } catch {
        FileHandle.standardError.write(Data("error: \(error)\n".utf8))
        exit(74)
    }
case "days":
    guard arguments.count >= 3, let count = Int(arguments[1]) else {
        FileHandle.standardError.write(Data("usage: maca-bench days COUNT FOLDER [CASES] [TEMPLATES]\n".utf8))
        exit(64)
    }
    do {
        try generateDays(
            count: count, folder: arguments[2], cases: arguments.count > 3 ? Int(arguments[3]) ?? 8 : 8,
            templates: arguments.count > 4 ? arguments[4] : "audit-templates"
        )
    } catch {
        FileHandle.standardError.write(Data("error: \(error)\n".utf8))
        exit(74)
    }
case "sample":
    guard arguments.count >= 2 else {
        FileHandle.standardError.write(Data("usage: maca-bench sample FOLDER [TEMPLATES]\n".utf8))
        exit(64)
    }
    do {
        try SyntheticDays.write(count: 3, into: arguments[1], cases: 8, templates: arguments.count > 2 ? arguments[2] : "audit-templates", sample: true)
        print("wrote 3 sample days of 8 invented cases into \(arguments[1])")
    } catch {
        FileHandle.standardError.write(Data("error: \(error)\n".utf8))
        exit(74)
    }
case "long":
    guard arguments.count >= 3 else {
        FileHandle.standardError.write(Data("usage: maca-bench long MACA FOLDER [TEMPLATES] [RUNS] [BYTES ...]\n".utf8))
        exit(64)
    }
    let sizes = arguments.dropFirst(5).compactMap { Int($0) }
    let bench = LongAnswerBench(
        maca: arguments[1], templates: arguments.count > 3 ? arguments[3] : "audit-templates", folder: arguments[2],
        runs: arguments.count > 4 ? Int(arguments[4]) ?? 3 : 3
    )
    do {
        try bench.run(sizes: sizes.isEmpty ? [250 << 10, 1 << 20, 4 << 20] : sizes)
    } catch {
        FileHandle.standardError.write(Data("error: \(error)\n".utf8))
        exit(74)
    }
case "disclosure":
    do {
        if arguments.count > 2 && arguments[1] == "show" {
            try DisclosureBench.show(seed: UInt64(arguments[2]) ?? 0)
        } else {
            try DisclosureBench.run(count: arguments.count > 1 ? Int(arguments[1]) ?? 2000 : 2000)
        }
    } catch {
        FileHandle.standardError.write(Data("error: \(error)\n".utf8))
        exit(74)
    }
case "guard":
    do {
        exit(try GuardEvaluation.run(arguments: Array(arguments.dropFirst())))
    } catch {
        FileHandle.standardError.write(Data("error: \(error)\n".utf8))
        exit(74)
    }
case "smart":
    do {
        let rows = try SmartActionSet.load(arguments.dropFirst().first { $0 != "--verbose" } ?? SmartActionSet.path)
        let score = SmartActionSet.score(rows)
        print(SmartActionSet.report(score, rows: rows, verbose: arguments.contains("--verbose")))
        let met = score.agreement >= 0.9 && score.wordingRefusals == 0
        print(met ? "targets met: at least 90% agreement, no good action refused for its wording" : "target missed: 90% agreement and no good action refused for its wording")
        exit(met ? 0 : 1)
    } catch {
        FileHandle.standardError.write(Data("error: \(error)\n".utf8))
        exit(65)
    }
case "decode":
    guard arguments.count >= 2 else {
        FileHandle.standardError.write(Data("usage: maca-bench decode FOLDER [ROUNDS]\n".utf8))
        exit(64)
    }
    do {
        try benchDecode(folder: arguments[1], rounds: arguments.count > 2 ? Int(arguments[2]) ?? 3 : 3)
    } catch {
        FileHandle.standardError.write(Data("error: \(error)\n".utf8))
        exit(74)
    }
case "prompts":
    do {
        let maca = arguments.count > 1 ? arguments[1] : macaBinary
        let measured = try PromptWalkthrough.measure(maca: maca)
        print(PromptWalkthrough.report(measured))
        exit(measured.met == false || !measured.lost.isEmpty ? 1 : 0)
    } catch {
        FileHandle.standardError.write(Data("error: \(error)\n".utf8))
        exit(65)
    }
case "prompt":
    var rest = Array(arguments.dropFirst())
    func value(of option: String) -> String? {
        guard let at = rest.firstIndex(of: option), at + 1 < rest.count else { return nil }
        defer { rest.removeSubrange(at...(at + 1)) }
        return rest[at + 1]
    }
    let floor = value(of: "--floor")
    let templates = value(of: "--templates") ?? "audit-templates"
    guard let maca = rest.first, rest.count <= 2, !rest.contains(where: { $0.hasPrefix("--") }) else {
        FileHandle.standardError.write(Data("usage: maca-bench prompt MACA [RUNS] [--floor HELLO] [--templates DIR]\n".utf8))
        exit(64)
    }
    let runs = rest.count > 1 ? Int(rest[1]) ?? 50 : 50
    do {
        let measured = try PromptBench.run(maca: maca, runs: max(1, runs), floor: floor, templates: templates)
        print(String(format: "first-prompt-ms %.2f", measured.maca.median))
        print(String(format: "first-prompt-p90-ms %.2f", measured.maca.p90))
        if let floor = measured.floor {
            print(String(format: "floor-ms %.2f", floor.median))
            print(String(format: "floor-p90-ms %.2f", floor.p90))
        }
    } catch {
        FileHandle.standardError.write(Data("error: \(error)\n".utf8))
        exit(65)
    }
default:
    FileHandle.standardError.write(Data("usage: maca-bench append [COUNT] [FOLDER] | days COUNT FOLDER [CASES] [TEMPLATES] | sample FOLDER [TEMPLATES] | long MACA FOLDER [TEMPLATES] [RUNS] [BYTES ...] | guard [--verbose] [FILE ...] | disclosure [COUNT | show SEED] | smart [--verbose] [FILE] | prompts [MACA] | prompt MACA [RUNS] [--floor HELLO] [--templates DIR] | decode FOLDER [ROUNDS]\n".utf8))
    exit(64)
}
