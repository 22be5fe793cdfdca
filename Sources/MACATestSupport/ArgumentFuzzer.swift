import Foundation
import MACAKit

/// The argument fuzzer: runs every subcommand of the built `maca` with
/// path-like, hostile and plausible arguments, drawn per option from a
/// seeded generator, and checks that each run ends by itself with a status
/// of 0, 64, 65, 66 or 74 and no crash report. The commands and what each
/// takes are read from `maca --experimental-dump-help`, so a new subcommand
/// or option is fuzzed without being listed here.
///
/// Each invocation runs in a fresh copy of one working folder (`Fixture`):
/// a closed and an unfinished day, the shipped templates, a return form, a
/// candidate list, and the awkward things a path can name (a file where a
/// folder is expected and the reverse, a FIFO, a symlink loop, names with
/// spaces, newlines and leading dashes). Invocation `n` of seed `s` is the
/// same arguments every time, so a failure is reproduced from the two
/// numbers (`ArgumentFuzzer.invocation`), and its command line is printed.
///
/// Run as root, every invocation runs as `nobody` (setpriv(1)): `--out /`
/// or `--out /dev/null` must not be able to write over the machine's files.
public struct ArgumentFuzzer: Sendable {
    public let catalog: CommandCatalog
    public let seed: UInt64
    public let fixture: Fixture
    /// How long one invocation may run before it is killed and counted as hung.
    public var timeLimit: Double = 10

    /// The statuses a run may end with (sysexits): 0 ok, 64 usage, 65 bad
    /// data, 66 missing input, 74 I/O.
    public static let allowedStatuses: Set<Int32> = [0, 64, 65, 66, 74]
    /// Text in standard error that means the program crashed rather than
    /// refused, or let an error out undigested (a Foundation or decoder dump).
    public static let crashMarkers = ["fatal error", "backtrace", "program crashed", "error domain=", "couldn’t be completed", "decodingerror"]

    public init(catalog: CommandCatalog, seed: UInt64, fixture: Fixture) {
        self.catalog = catalog
        self.seed = seed
        self.fixture = fixture
    }

    /// One run of maca: its arguments after `maca`, and its standard input
    /// (nil for /dev/null).
    public struct Invocation: Sendable, CustomStringConvertible {
        public var index: Int
        public var arguments: [[UInt8]]
        public var input: String?

        /// The command line as a shell reads it back, bytes that are not
        /// printable ASCII written as `$'\xNN'`, with its input.
        public var description: String {
            let words = (["maca"] + arguments.map(Self.shellWord)).joined(separator: " ")
            guard let input else { return words + " </dev/null" }
            return "printf %s \(Self.shellWord(Array(input.utf8))) | " + words
        }

        static func shellWord(_ bytes: [UInt8]) -> String {
            func plain(_ byte: UInt8) -> Bool {
                (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
                    || "/._-+,:=@".utf8.contains(byte)
            }
            // A long argument that is a short plain unit repeated: printed as the shell that makes it.
            if bytes.count > 100, let unit = (1...4).lazy.map({ Array(bytes.prefix($0)) }).first(where: { unit in
                unit.allSatisfy(plain) && bytes.count % unit.count == 0 && bytes.indices.allSatisfy { bytes[$0] == unit[$0 % unit.count] }
            }) {
                return "\"$(printf '\(String(decoding: unit, as: UTF8.self))%.0s' $(seq \(bytes.count / unit.count)))\""
            }
            if !bytes.isEmpty && bytes.allSatisfy(plain) { return String(decoding: bytes, as: UTF8.self) }
            return "$'" + bytes.map { byte -> String in
                switch byte {
                case UInt8(ascii: "'"): return "\\'"
                case UInt8(ascii: "\\"): return "\\\\"
                case 0x20...0x7E: return String(UnicodeScalar(byte))
                default: return String(format: "\\x%02x", byte)
                }
            }.joined() + "'"
        }
    }

    /// How one invocation ended, and what was wrong with that, if anything.
    public struct Outcome: Sendable {
        public var invocation: Invocation
        public var result: CommandResult
        public var seconds: Double
        public var problems: [String]

        public var description: String {
            "#\(invocation.index): \(invocation)\n    \(problems.joined(separator: "; "))\n    stderr: "
                + String(result.stderr.prefix(600)).replacingOccurrences(of: "\n", with: "\n            ")
        }
    }

    /// What a campaign found: every invocation's status, and the failures.
    public struct Summary: Sendable, CustomStringConvertible {
        public var seed: UInt64
        public var invocations = 0
        public var statuses: [Int32: Int] = [:]
        public var commands: [String: Int] = [:]
        public var failures: [Outcome] = []
        public var seconds = 0.0
        public var slowest = 0.0
        /// One line for each invocation, while the campaign runs.
        var log: [(index: Int, line: String)] = []

        public var description: String {
            let counts = statuses.keys.sorted().map { "\($0): \(statuses[$0]!)" }.joined(separator: ", ")
            var text = "argument fuzzer, seed \(seed): \(invocations) invocations of \(commands.count) commands in "
                + String(format: "%.1f s (slowest %.2f s)", seconds, slowest) + "; exit statuses \(counts); \(failures.count) failed"
            for failure in failures.prefix(25) { text += "\n  " + failure.description }
            if failures.count > 25 { text += "\n  … and \(failures.count - 25) more" }
            return text
        }
    }

    /// The arguments of invocation `index`: always the same for one seed.
    ///
    /// Most invocations are plausible but for one or two hostile values, so
    /// that they get past validation to the code that opens, makes and
    /// writes paths; a quarter are hostile throughout.
    public func invocation(_ index: Int) -> Invocation {
        var random = SplitMix64(seed: seed ^ (UInt64(index) &* 0x9E37_79B9_7F4A_7C15))
        let command = catalog.commands[Int.random(in: 0..<catalog.commands.count, using: &random)]

        // Which options and positionals are given, before their values are drawn.
        let options = command.options.filter { random.chance($0.required ? 0.95 : 0.5) }
        var positionals: [CommandCatalog.ValueKind] = []
        for positional in command.positionals where random.chance(positional.required ? 0.95 : 0.6) {
            positionals += Array(repeating: positional.kind, count: positional.repeating ? Int.random(in: 1...3, using: &random) : 1)
        }
        let slots = options.count + positionals.count
        let chaos = random.chance(0.25)
        var hostile: Set<Int> = []
        if !chaos && slots > 0 {
            for _ in 0..<Int.random(in: 1...2, using: &random) { hostile.insert(Int.random(in: 0..<slots, using: &random)) }
        }
        var slot = 0
        func value(_ kind: CommandCatalog.ValueKind) -> [UInt8] {
            defer { slot += 1 }
            let isHostile = chaos ? random.chance(0.5) : hostile.contains(slot)
            return isHostile ? pick(Self.hostile, using: &random) : plausible(kind, using: &random)
        }

        var groups: [[[UInt8]]] = []
        for option in options {
            let given = value(option.kind)
            groups.append(random.chance(0.15) ? [Array("\(option.name)=".utf8) + given] : [Array(option.name.utf8), given])
            // The same option twice.
            if random.chance(0.03) { groups.append([Array(option.name.utf8), plausible(option.kind, using: &random)]) }
        }
        for flag in command.flags where random.chance(0.3) {
            groups.append([Array(flag.utf8)])
        }
        if random.chance(0.3) { groups.shuffle(using: &random) }
        var arguments = command.path.map { Array($0.utf8) } + groups.flatMap { $0 }
        // Positionals after the options, sometimes after a `--`.
        if random.chance(0.1) && !positionals.isEmpty { arguments.append(Array("--".utf8)) }
        arguments += positionals.map { value($0) }
        if random.chance(0.05) { arguments.append(pick(Self.hostile, using: &random)) }
        if random.chance(0.03) { arguments.append(Array("--no-such-option".utf8)) }
        if random.chance(0.02) { arguments.append(Array((random.chance(0.5) ? "--help" : "-h").utf8)) }
        // An option with its value missing, at the very end.
        if random.chance(0.03), let option = command.options.randomElement(using: &random) { arguments.append(Array(option.name.utf8)) }
        let input = random.chance(0.45) ? nil : pick(Self.inputs, using: &random)
        return Invocation(index: index, arguments: arguments, input: input)
    }

    /// A value of the kind an argument takes, that could well be right.
    private func plausible(_ kind: CommandCatalog.ValueKind, using random: inout SplitMix64) -> [UInt8] {
        switch kind {
        case .folder: return pick(Self.folders, using: &random)
        case .file: return pick(Self.files, using: &random)
        case .date: return pick(Self.dates, using: &random)
        case .number: return pick(Self.numbers, using: &random)
        case .day: return pick(Self.days, using: &random)
        case .identifier: return pick(Self.identifiers, using: &random)
        case .agency: return pick(Self.agencies, using: &random)
        case let .list(values): return values.isEmpty ? pick(Self.texts, using: &random) : pick(values.map { Array($0.utf8) }, using: &random)
        case .text: return pick(Self.texts, using: &random)
        }
    }

    private func pick<Element>(_ choices: [Element], using random: inout SplitMix64) -> Element {
        choices[Int.random(in: 0..<choices.count, using: &random)]
    }

    /// Runs one invocation in a fresh copy of the fixture, and checks how it ended.
    public func run(_ invocation: Invocation, in scratch: String) throws -> Outcome {
        let folder = "\(scratch)/\(invocation.index)"
        let home = IsolatedHome(at: "\(folder)/home")
        // The copy is made by the same user maca runs as, so it is theirs;
        // the shell then becomes maca, in the copy's working folder.
        let script = #"cp -R -p "$1" "$2" && cd "$2/work/here" && shift 2 && exec "$0" "$@""#
        // At the lowest priority, as make and lintian run in the install tests:
        // four at once must not starve the tests that time a terminal.
        let command = (["/usr/bin/nice", "-n", "19"] + Self.userPrefix + ["/bin/sh", "-c", script, macaBinary, fixture.path, folder])
            .map { Array($0.utf8) } + invocation.arguments
        let started = Date()
        let result = try MACATestSupport.run(
            String(decoding: command[0], as: UTF8.self), rawArguments: Array(command.dropFirst()), input: invocation.input,
            environment: home.environment.merging(["TERM": "dumb", "EDITOR": "/bin/false", "VISUAL": "/bin/false"]) { $1 },
            timeLimit: timeLimit
        )
        let seconds = Date().timeIntervalSince(started)
        var problems = Self.problems(result)
        // An output named by a FIFO is written into it, never renamed over it.
        var status = stat()
        if lstat("\(folder)/work/here/\(Fixture.fifo)", &status) == 0, status.st_mode & S_IFMT != S_IFIFO {
            problems.append("the FIFO \(Fixture.fifo) was replaced by something else")
        }
        try? FileManager.default.removeItem(atPath: folder)
        return Outcome(invocation: invocation, result: result, seconds: seconds, problems: problems)
    }

    /// What is wrong with how a run ended: nothing, for a clean exit with an allowed status.
    public static func problems(_ result: CommandResult) -> [String] {
        var problems: [String] = []
        if result.timedOut {
            problems.append("hung: killed after the time limit")
        } else if let signal = result.signal {
            problems.append("killed by signal \(signal) (\(String(cString: strsignal(signal))))")
        } else if !allowedStatuses.contains(result.status) {
            problems.append("exit status \(result.status), not one of \(allowedStatuses.sorted())")
        }
        let stderr = result.stderr.lowercased()
        for marker in crashMarkers where stderr.contains(marker) {
            problems.append("standard error says '\(marker)'")
        }
        if result.status != 0 && !result.timedOut && result.stderr.isEmpty {
            problems.append("failed without a word on standard error")
        }
        return problems
    }

    /// Runs invocations `0..<runs` on `workers` threads at once. With a
    /// `log`, each invocation is written there as a line: its number, exit
    /// status, time, command line, and the first line of its standard error.
    public func campaign(runs: Int, workers: Int, log: String? = nil) throws -> Summary {
        let scratch = try TemporaryFolder("maca-argfuzz-runs")
        defer { scratch.remove() }
        try Self.handToUser(scratch.path)
        let tally = Tally(Summary(seed: seed))
        let started = Date()
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            for index in stride(from: worker, to: runs, by: workers) {
                let invocation = self.invocation(index)
                do {
                    let outcome = try run(invocation, in: scratch.path)
                    let name = catalog.name(of: invocation)
                    let line = "\(index)\t\(outcome.result.status)\t\(String(format: "%.2f", outcome.seconds))\t\(invocation)\t"
                        + (outcome.result.stderr.split(separator: "\n").first.map { String($0.prefix(300)) } ?? "")
                    tally.update { summary in
                        summary.log.append((index, line.replacingOccurrences(of: "\n", with: "\\n")))
                        summary.invocations += 1
                        summary.statuses[outcome.result.status, default: 0] += 1
                        summary.commands[name, default: 0] += 1
                        summary.slowest = max(summary.slowest, outcome.seconds)
                        if !outcome.problems.isEmpty { summary.failures.append(outcome) }
                    }
                } catch {
                    tally.fail(error)
                }
            }
        }
        if let error = tally.error { throw error }
        var summary = tally.summary
        summary.seconds = Date().timeIntervalSince(started)
        if let log {
            try (summary.log.sorted { $0.index < $1.index }.map(\.line).joined(separator: "\n") + "\n")
                .write(toFile: log, atomically: true, encoding: .utf8)
        }
        summary.log = []
        summary.failures.sort { $0.invocation.index < $1.invocation.index }
        return summary
    }

    /// The summary the worker threads add to, one at a time.
    private final class Tally: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var summary: Summary
        private(set) var error: (any Error)?

        init(_ summary: Summary) { self.summary = summary }

        func update(_ change: (inout Summary) -> Void) {
            lock.lock()
            defer { lock.unlock() }
            change(&summary)
        }

        func fail(_ error: any Error) {
            lock.lock()
            defer { lock.unlock() }
            self.error = error
        }
    }

    // MARK: The user maca runs as

    /// The user id maca runs as when the tests run as root: nobody.
    static let nobody: UInt32 = 65534

    /// Run as root, maca runs as nobody, whose writes the system refuses;
    /// otherwise as the user running the tests.
    static var userPrefix: [String] {
        geteuid() == 0 ? ["/usr/bin/setpriv", "--reuid=\(nobody)", "--regid=\(nobody)", "--clear-groups", "--"] : []
    }

    /// Makes a folder and everything in it the user's maca runs as.
    static func handToUser(_ path: String) throws {
        guard geteuid() == 0 else { return }
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else {
            throw HarnessError("run as root, the argument fuzzer runs maca as nobody with setpriv(1), from util-linux: install it")
        }
        let result = try MACATestSupport.run("/bin/chown", ["-R", "\(nobody):\(nobody)", path])
        guard result.status == 0 else { throw HarnessError("chown -R \(path): \(result.stderr)") }
    }

    // MARK: Values

    private static func bytes(_ texts: [String]) -> [[UInt8]] { texts.map { Array($0.utf8) } }

    /// Arguments no command should be able to crash on, whatever it expects.
    public static let hostile: [[UInt8]] = bytes([
        "s", ".", "..", "/", "", "-", "--", "./", "//", "~", "*", " ", "\t",
        String(repeating: "x", count: 5000),
        String(repeating: "a/", count: 2500),
        "/dev/null", "/etc/passwd/x", "a-file.txt/x", "/nonexistent/folder/file",
        Fixture.file, Fixture.folder, Fixture.fifo, Fixture.loop, Fixture.loopA, Fixture.spaces, Fixture.newline, Fixture.dash,
        "..hidden..", "a/../../..", "sessions/..", "sessions/../..", "-x", "--sessions", "-h",
        "99999999999999999999", "-1", "0", "9223372036854775807", "-9223372036854775808", "1e9",
        "2026-02-30", "0000-00-00",
        "%s%n%x", "$HOME", "\u{1B}[31mred\u{1B}[0m", "\r", "\u{202E}gnp.exe", "e\u{301}", "🙂", "\u{FEFF}neglect",
        "Robert'); DROP TABLE--", "neglect\n", "police ",
    ]) + [
        [0xFF, 0xFE], [0x63, 0x61, 0x66, 0xE9], [0xC3], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0x80],
        Array("sessions/".utf8) + [0xFF], Array("neglect".utf8) + [0xE9],
    ]

    static let folders = bytes(["sessions", "sessions", "audit-templates", "out", "reports", "R", "new/inner/folder", Fixture.folder, "sessions/\(Fixture.closedDay)", "bad-templates"])
    static let files = bytes(["candidates.csv", "return.yaml", "audit-templates/neglect.yaml", "out.csv", "new.yaml", "bad-templates/broken.yaml", Fixture.file])
    static let dates = bytes(["2026-10-14", "2026-11-20", "2027-03-31", "2026-01-01", "2026-12-31", "2026-02-30", "2026-13-01", "1970-01-01", "9999-12-31", "2026-10-14T00:00", "14/10/2026"])
    static let numbers = bytes(["5", "1", "2", "3", "10", "42", "99999999999999999999", "-1", "0", "18446744073709551615", "+5", "0x10", " 5", "1.5"])
    static let days = bytes([Fixture.closedDay, Fixture.unfinishedDay, "sessions/\(Fixture.closedDay)", "./sessions/\(Fixture.unfinishedDay)/", "2099-01-01-nothing"])
    static let identifiers = bytes(["neglect", "domestic-abuse", "children-missing", "neglect-2026-10-14-A1", "neglect-2026-10-14-A9", "Neglect"])
    static let agencies = bytes(["police", "csc", "health-hv-sn", "education", "youth-service", "Police", "../police"])
    static let texts = bytes(["Executive board, 2027-01-12", "quality sub-group", "Auditor B", "The review was held on time.", "Sam"])
    /// Standard input for commands that ask (run, resume, enter, init).
    static let inputs = [
        "", "\n", ":quit\n", "\n\n\n\n", "y\n\n\n:quit\n", "2026-11-21\nTestshire (invented)\nTest Facilitator\n1, 2\n\n:quit\n",
        "2026-02-30\n\n\n", ":help\n:returns\n:editor\n:quit\n", String(repeating: "x", count: 5000) + "\n", "\u{1B}[A\u{1B}[B\u{7F}\u{3}\n",
    ]
}

extension SplitMix64 {
    /// True with the given probability.
    mutating func chance(_ probability: Double) -> Bool {
        Double.random(in: 0..<1, using: &self) < probability
    }
}

extension ArgumentFuzzer {
    /// The working folder every invocation starts from (copied afresh for
    /// each): `home/` for HOME and the XDG folders, and `work/here/`, the
    /// working folder, two deep so that `..` is still inside it.
    public struct Fixture: Sendable {
        public let path: String
        private let folder: TemporaryFolder

        public static let closedDay = ExampleDay.name
        public static let unfinishedDay = "2026-11-20-neglect"
        static let file = "a-file.txt"
        static let folder = "a-folder"
        static let fifo = "a-fifo"
        static let loop = "loop"
        static let loopA = "loop-a"
        static let spaces = "name with spaces"
        static let newline = "new\nline"
        static let dash = "-leading-dash"

        /// Makes the fixture, running maca to record the unfinished day and its return form.
        public init() throws {
            folder = try TemporaryFolder("maca-argfuzz-fixture")
            path = folder.path
            let here = "\(path)/work/here"
            let files = FileManager.default
            try files.createDirectory(atPath: "\(path)/home", withIntermediateDirectories: true)
            try files.createDirectory(atPath: "\(here)/sessions", withIntermediateDirectories: true)
            try files.copyItem(atPath: "\(packageRoot)/audit-templates", toPath: "\(here)/audit-templates")
            try files.copyItem(atPath: "\(packageRoot)/examples/sessions/\(Self.closedDay)", toPath: "\(here)/sessions/\(Self.closedDay)")
            try files.copyItem(atPath: "\(packageRoot)/examples/candidates.csv", toPath: "\(here)/candidates.csv")
            try files.createDirectory(atPath: "\(here)/bad-templates", withIntermediateDirectories: true)
            try "id: Broken\nversion: many\n".write(toFile: "\(here)/bad-templates/broken.yaml", atomically: true, encoding: .utf8)

            let (first, _) = try DayScripts.demoSplit(after: "Adolescent neglect known only to early help and school.")
            let started = try runMaca(["run", "--template", "neglect", "--sessions", "sessions", "--seed", "7"], input: first, in: here)
            guard started.status == 0, files.fileExists(atPath: "\(here)/sessions/\(Self.unfinishedDay)") else {
                throw HarnessError("the fixture's unfinished day was not recorded: \(started.stderr)")
            }
            let form = try runMaca(["returns", "form", "--sessions", "sessions", "--day", Self.unfinishedDay, "--agency", "police", "--out", "return.yaml"], in: here)
            guard form.status == 0 else { throw HarnessError("the fixture's return form was not written: \(form.stderr)") }

            try "not a folder\n".write(toFile: "\(here)/\(Self.file)", atomically: true, encoding: .utf8)
            try "a file whose name starts with a dash\n".write(toFile: "\(here)/\(Self.dash)", atomically: true, encoding: .utf8)
            for name in [Self.folder, Self.spaces, Self.newline] {
                try files.createDirectory(atPath: "\(here)/\(name)", withIntermediateDirectories: true)
            }
            guard mkfifo("\(here)/\(Self.fifo)", 0o600) == 0 else { throw HarnessError("mkfifo: \(String(cString: strerror(errno)))") }
            try files.createSymbolicLink(atPath: "\(here)/\(Self.loop)", withDestinationPath: Self.loop)
            try files.createSymbolicLink(atPath: "\(here)/\(Self.loopA)", withDestinationPath: "loop-b")
            try files.createSymbolicLink(atPath: "\(here)/loop-b", withDestinationPath: Self.loopA)
            try ArgumentFuzzer.handToUser(path)
        }

        public func remove() { folder.remove() }
    }
}

/// Every command of `maca` with the options, flags and positionals it takes.
public struct CommandCatalog: Sendable {
    /// What an option's value or a positional is, so plausible values can be
    /// drawn for it as well as hostile ones.
    public enum ValueKind: Sendable, Equatable {
        case folder, file, date, number, day, identifier, agency, text
        case list([String])
    }

    public struct Option: Sendable {
        public var name: String
        public var kind: ValueKind
        public var required: Bool
    }

    public struct Positional: Sendable {
        public var kind: ValueKind
        public var required: Bool
        public var repeating: Bool
    }

    public struct Command: Sendable {
        /// The words after `maca`: ["actions", "update"]; [] for maca itself.
        public var path: [String]
        public var options: [Option]
        /// Flags other than --help and --version.
        public var flags: [String]
        public var positionals: [Positional]
    }

    public var commands: [Command]

    /// The catalog of the built maca.
    public static func load() throws -> CommandCatalog {
        let result = try runMaca(["--experimental-dump-help"])
        guard result.status == 0 else { throw HarnessError("maca --experimental-dump-help failed: \(result.stderr)") }
        return try CommandCatalog(dumpHelp: Data(result.stdout.utf8))
    }

    /// Reads ArgumentParser's `--experimental-dump-help` JSON.
    public init(dumpHelp: Data) throws {
        guard let root = try JSONSerialization.jsonObject(with: dumpHelp) as? [String: Any],
              let command = root["command"] as? [String: Any] else {
            throw HarnessError("--experimental-dump-help printed no command")
        }
        var commands: [Command] = []
        func walk(_ command: [String: Any], path: [String]) {
            var options: [Option] = [], flags: [String] = [], positionals: [Positional] = []
            for argument in command["arguments"] as? [[String: Any]] ?? [] {
                let names = (argument["names"] as? [[String: Any]] ?? []).compactMap { name -> String? in
                    guard let text = name["name"] as? String else { return nil }
                    return (name["kind"] as? String) == "short" ? "-\(text)" : "--\(text)"
                }
                let required = !(argument["isOptional"] as? Bool ?? true)
                let kind = Self.kind(of: argument)
                switch argument["kind"] as? String {
                case "option":
                    if let name = names.first(where: { $0.hasPrefix("--") }) ?? names.first {
                        options.append(Option(name: name, kind: kind, required: required))
                    }
                case "flag":
                    if let name = names.first(where: { $0.hasPrefix("--") }), name != "--help", name != "--version" {
                        flags.append(name)
                    }
                case "positional":
                    positionals.append(Positional(kind: kind, required: required, repeating: argument["isRepeating"] as? Bool ?? false))
                default:
                    break
                }
            }
            commands.append(Command(path: path, options: options, flags: flags, positionals: positionals))
            for subcommand in command["subcommands"] as? [[String: Any]] ?? [] {
                if let name = subcommand["commandName"] as? String { walk(subcommand, path: path + [name]) }
            }
        }
        walk(command, path: [])
        self.commands = commands
    }

    /// The kind of value an argument takes, from its completion and value name.
    static func kind(of argument: [String: Any]) -> ValueKind {
        let completion = argument["completionKind"] as? [String: Any] ?? [:]
        if let list = completion["list"] as? [String: Any] { return .list(list["values"] as? [String] ?? []) }
        if completion["directory"] != nil { return .folder }
        if completion["file"] != nil { return .file }
        switch argument["valueName"] as? String {
        case "date": return .date
        case "n": return .number
        case "day": return .day
        case "id": return .identifier
        case "agency": return .agency
        case "dir": return .folder
        case "file", "path": return .file
        default: return .text
        }
    }

    /// The command an invocation runs, for counting: "actions update".
    func name(of invocation: ArgumentFuzzer.Invocation) -> String {
        let words = invocation.arguments.map { String(decoding: $0, as: UTF8.self) }
        let match = commands.map(\.path).filter { words.starts(with: $0) }.max { $0.count < $1.count } ?? []
        return (["maca"] + match).joined(separator: " ")
    }
}
