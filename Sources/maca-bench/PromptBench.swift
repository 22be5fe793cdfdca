import Foundation
import MACAKit
import MACATestSupport

/// The time a facilitator waits for the REPL's first question: `maca run
/// --template neglect` started on a pseudo-terminal of its own, from an empty
/// sessions folder and a home of its own, until the first prompt is on the
/// terminal and maca waits for a key (PseudoTerminalProcess.isWaitingForInput:
/// readline blocked reading the terminal). Each run gets a fresh sessions
/// folder, and the process is killed once the prompt is up.
///
/// The floor is another program run the same way on the same kind of
/// terminal (a hello-world Swift binary): there the clock stops once its
/// output is on the terminal and it has exited, since it never waits.
enum PromptBench {
    struct Figures {
        let median: Double
        let p90: Double
    }

    /// Medians and 90th percentiles in milliseconds over `runs` runs of `maca`
    /// (and of `floor`, run alternately with it, when given).
    static func run(maca: String, runs: Int, floor: String?, templates: String) throws -> (maca: Figures, floor: Figures?) {
        let home = try IsolatedHome()
        defer { home.folder.remove() }
        let templatesPath = URL(fileURLWithPath: templates).standardizedFileURL.path
        var macaSamples: [Double] = []
        var floorSamples: [Double] = []
        // One run of each untimed first, so neither pays for a cold page cache.
        for index in -1..<runs {
            let sessions = try TemporaryFolder("maca-bench-prompt")
            defer { sessions.remove() }
            let environment = home.environment.merging(["MACA_TEMPLATES": templatesPath, "NO_COLOR": "1"]) { $1 }
            let taken = try timeToPrompt(maca, ["run", "--template", "neglect", "--sessions", sessions.path], environment: environment)
            if index >= 0 { macaSamples.append(taken) }
            if let floor {
                let floorTaken = try timeToPrompt(floor, [], environment: environment)
                if index >= 0 { floorSamples.append(floorTaken) }
            }
        }
        return (figures(macaSamples), floor == nil ? nil : figures(floorSamples))
    }

    private static func figures(_ samples: [Double]) -> Figures {
        let sorted = samples.sorted()
        return Figures(median: percentile(sorted, 0.5), p90: percentile(sorted, 0.9))
    }

    /// Milliseconds from spawning `executable` on a new pseudo-terminal until
    /// it has printed something and then waits for a key or has exited.
    /// Throws if it does neither within 30 seconds, or exits having printed nothing.
    static func timeToPrompt(_ executable: String, _ arguments: [String], environment: [String: String]) throws -> Double {
        let started = now()
        let process = try PseudoTerminalProcess(executable, arguments, environment: environment, columns: 80)
        defer { process.kill() }
        let deadline = started + 30_000_000_000
        var printed = false
        while now() < deadline {
            printed = process.drain() || printed
            if printed && (process.isWaitingForInput || process.hasExited) {
                let taken = Double(now() - started) / 1e6
                guard process.transcript.contains(where: { !$0.isWhitespace }) else { break }
                return taken
            }
            if !printed && process.hasExited { break }
            usleep(50)
        }
        throw PromptBenchError(executable: executable, transcript: process.transcript)
    }
}

struct PromptBenchError: Error, CustomStringConvertible {
    let executable: String
    let transcript: String
    var description: String {
        "\(executable) neither waited at a prompt nor printed and ended within 30 s; it printed: \(transcript.prefix(400))"
    }
}
