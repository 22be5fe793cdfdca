import Foundation
import MACAKit
import MACATestSupport
import Testing

/// Every subcommand of the built maca, run with hostile and plausible
/// arguments (ArgumentFuzzer): each run must end by itself, with 0, 64, 65,
/// 66 or 74, and no crash report. `swift test` runs 600 invocations;
/// `MACA_ARGFUZZ_RUNS=5000 swift test --filter ArgumentFuzz` (or
/// Scripts/argfuzz) the 5,000; `MACA_ARGFUZZ_SEED` another seed,
/// `MACA_ARGFUZZ_WORKERS` how many run at once (4), `MACA_ARGFUZZ_LOG` a
/// file for a line on each invocation, `MACA_ARGFUZZ_REPORT` one for the figures.
@Suite("Argument fuzzer")
struct ArgumentFuzzTests {
    static let environment = ProcessInfo.processInfo.environment
    static let runs = environment["MACA_ARGFUZZ_RUNS"].flatMap(Int.init) ?? 600
    static let seed = environment["MACA_ARGFUZZ_SEED"].flatMap(UInt64.init) ?? 14
    static let workers = environment["MACA_ARGFUZZ_WORKERS"].flatMap(Int.init) ?? 4

    @Test("every subcommand, with hostile arguments, exits cleanly with a sysexits status")
    func everySubcommand() throws {
        let catalog = try CommandCatalog.load()
        let fixture = try ArgumentFuzzer.Fixture()
        defer { fixture.remove() }
        let fuzzer = ArgumentFuzzer(catalog: catalog, seed: Self.seed, fixture: fixture)
        let summary = try fuzzer.campaign(runs: Self.runs, workers: Self.workers, log: Self.environment["MACA_ARGFUZZ_LOG"])
        print(summary)
        if let report = Self.environment["MACA_ARGFUZZ_REPORT"] {
            try summary.description.write(toFile: report, atomically: true, encoding: .utf8)
        }
        #expect(summary.invocations == Self.runs)
        #expect(summary.failures.isEmpty, "\(summary)")
        // Every command was run, so a new one cannot be left out.
        let commands = Set(catalog.commands.map { (["maca"] + $0.path).joined(separator: " ") })
        if Self.runs >= 20 * commands.count {
            #expect(Set(summary.commands.keys) == commands, "not run: \(commands.subtracting(summary.commands.keys).sorted())")
        }
    }
}
