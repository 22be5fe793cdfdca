import Foundation
import MACAKit

/// The package's root folder, found from this file's place in `Sources/`.
public let packageRoot: String = {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path
}()

/// A fresh folder under the system's temporary folder, removed by `remove()`.
public struct TemporaryFolder: Sendable {
    public let path: String

    public init(_ label: String = "maca-test") throws {
        let base = NSTemporaryDirectory().hasSuffix("/") ? String(NSTemporaryDirectory().dropLast()) : NSTemporaryDirectory()
        let template = "\(base)/\(label)-XXXXXX"
        var bytes = Array(template.utf8CString)
        guard let made = mkdtemp(&bytes) else {
            throw FileError.unwritable(path: template, reason: FileError.reason(errno: errno))
        }
        path = String(cString: made)
    }

    /// A folder made some other way (by the program under test, or as part
    /// of another), to be named and removed like one made here.
    public init(adopting path: String) {
        self.path = path
    }

    public func file(_ name: String) -> String { "\(path)/\(name)" }

    public func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}

/// A clock that starts at a fixed moment and moves on a second each time it is read.
public final class SteppingClock: JournalClock, @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date
    private let step: TimeInterval

    public init(start: String = "2026-10-14T09:00:00Z", step: TimeInterval = 1) {
        self.current = ISO8601DateFormatter().date(from: start) ?? Date(timeIntervalSince1970: 0)
        self.step = step
    }

    public func now() -> Date {
        lock.lock()
        defer { lock.unlock() }
        let now = current
        current += step
        return now
    }
}

/// Journal I/O that works like the system's except where a test makes it
/// fail. It also counts the calls of each kind, so a test can first learn how
/// many a scenario makes and then fail each one in turn.
public final class FaultyJournalIO: JournalIO, @unchecked Sendable {
    public enum Call: String, Sendable, CaseIterable {
        case write, fsync, truncate, rename
    }

    public enum Fault: Sendable, Equatable {
        /// write(2) fails with this errno on the n-th call (1-based).
        case writeError(call: Int, errno: Int32)
        /// write(2) writes only `bytes` on the n-th call, then fails with ENOSPC.
        case shortWrite(call: Int, bytes: Int)
        /// fsync(2) fails with this errno on the n-th call.
        case fsyncError(call: Int, errno: Int32)
        /// ftruncate(2) fails with this errno on the n-th call.
        case truncateError(call: Int, errno: Int32)
        /// Moving a temporary file into place fails with this errno on the n-th call.
        case renameError(call: Int, errno: Int32)

        var target: (call: Call, number: Int) {
            switch self {
            case let .writeError(number, _), let .shortWrite(number, _): (.write, number)
            case let .fsyncError(number, _): (.fsync, number)
            case let .truncateError(number, _): (.truncate, number)
            case let .renameError(number, _): (.rename, number)
            }
        }
    }

    private let lock = NSLock()
    private let faults: [Fault]
    private var counts: [Call: Int] = [:]
    private var shortWritePending = false
    private let system = SystemJournalIO()

    public init(_ faults: [Fault] = []) {
        self.faults = faults
    }

    /// How many calls of each kind have been made so far.
    public var calls: [Call: Int] {
        lock.lock()
        defer { lock.unlock() }
        return counts
    }

    /// Counts the call; the fault planned for it, if any.
    private func next(_ call: Call) -> Fault? {
        lock.lock()
        defer { lock.unlock() }
        counts[call, default: 0] += 1
        let number = counts[call]!
        return faults.first { $0.target == (call, number) }
    }

    public func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> (count: Int, errno: Int32) {
        let fault = next(.write)
        lock.lock()
        let pending = shortWritePending
        shortWritePending = false
        lock.unlock()
        if pending { return (-1, ENOSPC) }
        switch fault {
        case let .writeError(_, code):
            return (-1, code)
        case let .shortWrite(_, count):
            lock.lock()
            shortWritePending = true
            lock.unlock()
            return system.write(fd, UnsafeRawBufferPointer(rebasing: bytes[0..<min(count, bytes.count)]))
        default:
            return system.write(fd, bytes)
        }
    }

    public func fsync(_ fd: Int32) -> Int32 {
        if case let .fsyncError(_, code) = next(.fsync) { return code }
        return system.fsync(fd)
    }

    public func truncate(_ fd: Int32, to length: Int) -> Int32 {
        if case let .truncateError(_, code) = next(.truncate) { return code }
        return system.truncate(fd, to: length)
    }

    public func rename(_ source: String, to target: String, replacing: Bool) -> Int32 {
        if case let .renameError(_, code) = next(.rename) { return code }
        return system.rename(source, to: target, replacing: replacing)
    }
}

/// Journal I/O without fsync, for generating test and benchmark data
/// quickly: never for a real day.
public struct UnsyncedJournalIO: JournalIO {
    private let system = SystemJournalIO()
    public init() {}
    public func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> (count: Int, errno: Int32) { system.write(fd, bytes) }
    public func fsync(_ fd: Int32) -> Int32 { 0 }
    public func truncate(_ fd: Int32, to length: Int) -> Int32 { system.truncate(fd, to: length) }
    public func rename(_ source: String, to target: String, replacing: Bool) -> Int32 {
        system.rename(source, to: target, replacing: replacing)
    }
}

/// What a run of the `maca` binary printed and how it ended.
public struct CommandResult: Sendable {
    /// The exit status, or 128 plus the signal that ended the program.
    public var status: Int32
    public var stdout: String
    public var stderr: String
    /// The signal that ended the program, if one did rather than an exit.
    public var signal: Int32?
    /// Whether the program was killed for running past its time limit.
    public var timedOut: Bool

    public init(status: Int32, stdout: String, stderr: String, signal: Int32? = nil, timedOut: Bool = false) {
        self.status = status
        self.stdout = stdout
        self.stderr = stderr
        self.signal = signal
        self.timedOut = timedOut
    }
}

/// Runs a program with arguments, optional standard input and extra
/// environment, and waits for it. Built on posix_spawn, poll and waitpid:
/// Foundation's Process can miss a child's exit when many tests start
/// processes at once.
public func run(
    _ executable: String, _ arguments: [String], input: String? = nil,
    environment: [String: String] = [:], in directory: String? = nil
) throws -> CommandResult {
    try run(executable, rawArguments: arguments.map { Array($0.utf8) }, input: input ?? "", environment: environment, in: directory)
}

/// Runs a program as `run` does, with each argument given as raw bytes (so
/// an argument need not be UTF-8: argv is bytes, not text). Standard input
/// is `input`, or /dev/null when it is nil. With a `timeLimit` the program
/// runs in a process group of its own, and the group is killed (SIGKILL)
/// once the limit has passed: the result then says `timedOut`.
public func run(
    _ executable: String, rawArguments arguments: [[UInt8]], input: String?,
    environment: [String: String] = [:], in directory: String? = nil, timeLimit: Double? = nil
) throws -> CommandResult {
    var env = ProcessInfo.processInfo.environment
    env["NO_COLOR"] = "1"
    for (key, value) in environment { env[key] = value }

    var stdinPipe: [Int32] = [-1, -1], stdoutPipe: [Int32] = [0, 0], stderrPipe: [Int32] = [0, 0]
    guard input == nil || pipe(&stdinPipe) == 0, pipe(&stdoutPipe) == 0, pipe(&stderrPipe) == 0 else {
        throw FileError.unwritable(path: executable, reason: FileError.reason(errno: errno))
    }
    // Only the child's own ends survive into it.
    for fd in stdinPipe + stdoutPipe + stderrPipe where fd >= 0 { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    if input == nil {
        posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0)
    } else {
        posix_spawn_file_actions_adddup2(&actions, stdinPipe[0], STDIN_FILENO)
    }
    posix_spawn_file_actions_adddup2(&actions, stdoutPipe[1], STDOUT_FILENO)
    posix_spawn_file_actions_adddup2(&actions, stderrPipe[1], STDERR_FILENO)
    // A working folder is set by a shell, which then becomes the program.
    let program = Array(executable.utf8)
    let command = directory.map { [Array("/bin/sh".utf8), Array("-c".utf8), Array("cd \"$0\" && exec \"$@\"".utf8), Array($0.utf8), program] + arguments }
        ?? [program] + arguments

    var attributes = cleanSignalAttributes(ownProcessGroup: timeLimit != nil)
    defer { posix_spawnattr_destroy(&attributes) }
    let (pid, spawned) = spawn(command, environment: env, actions: &actions, attributes: &attributes)
    if input != nil { close(stdinPipe[0]) }
    close(stdoutPipe[1])
    close(stderrPipe[1])
    guard spawned == 0 else {
        [stdinPipe[1], stdoutPipe[0], stderrPipe[0]].filter { $0 >= 0 }.forEach { close($0) }
        throw FileError.unreadable(path: executable, reason: FileError.reason(errno: spawned))
    }

    // Feed standard input from another thread while this one drains both outputs.
    let feeding = DispatchSemaphore(value: 0)
    if let input {
        let writer = stdinPipe[1]
        let bytes = Array(input.utf8)
        Thread.detachNewThread {
            signal(SIGPIPE, SIG_IGN)
            var offset = 0
            while offset < bytes.count {
                let count = bytes[offset...].withUnsafeBytes { write(writer, $0.baseAddress, $0.count) }
                if count <= 0 { if errno == EINTR { continue } else { break } }
                offset += count
            }
            close(writer)
            feeding.signal()
        }
    } else {
        feeding.signal()
    }
    var outputs = [Data(), Data()]
    var fds = [pollfd(fd: stdoutPipe[0], events: Int16(POLLIN), revents: 0), pollfd(fd: stderrPipe[0], events: Int16(POLLIN), revents: 0)]
    var open = 2
    var buffer = [UInt8](repeating: 0, count: 65536)
    let deadline = timeLimit.map { Date().addingTimeInterval($0) }
    var timedOut = false
    while open > 0 {
        // Until the deadline; once the group is killed, a moment for its pipes to close.
        let wait = deadline.map { Int32(max(0, min(Double(Int32.max), $0.timeIntervalSinceNow * 1000))) } ?? -1
        let ready = poll(&fds, nfds_t(fds.count), timedOut ? 2000 : wait)
        if ready < 0 { if errno == EINTR { continue } else { break } }
        if ready == 0 {
            if timedOut { break }
            timedOut = true
            kill(-pid, SIGKILL)
            continue
        }
        for index in fds.indices where fds[index].fd >= 0 && fds[index].revents != 0 {
            let count = buffer.withUnsafeMutableBytes { read(fds[index].fd, $0.baseAddress, $0.count) }
            if count > 0 {
                outputs[index].append(contentsOf: buffer[0..<count])
            } else if count == 0 || errno != EINTR {
                close(fds[index].fd)
                fds[index].fd = -1
                open -= 1
            }
        }
    }
    for fd in fds where fd.fd >= 0 { close(fd.fd) }
    feeding.wait()
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    let exited = status & 0x7f == 0
    return CommandResult(
        status: exited ? (status >> 8) & 0xff : 128 + (status & 0x7f),
        stdout: String(decoding: outputs[0], as: UTF8.self), stderr: String(decoding: outputs[1], as: UTF8.self),
        signal: exited ? nil : status & 0x7f, timedOut: timedOut
    )
}

/// posix_spawn with C copies of the command and its whole environment,
/// freed once the child has them: the pid, and 0 or the error number.
func spawn(
    _ command: [String], environment: [String: String],
    actions: inout posix_spawn_file_actions_t, attributes: inout posix_spawnattr_t
) -> (pid: pid_t, error: Int32) {
    spawn(command.map { Array($0.utf8) }, environment: environment, actions: &actions, attributes: &attributes)
}

/// posix_spawn of a command given as bytes, each argument as it is (no
/// argument may hold a NUL, which ends a C string).
func spawn(
    _ command: [[UInt8]], environment: [String: String],
    actions: inout posix_spawn_file_actions_t, attributes: inout posix_spawnattr_t
) -> (pid: pid_t, error: Int32) {
    let argv: [UnsafeMutablePointer<CChar>?] = command.map { bytes in
        let copy = UnsafeMutablePointer<CChar>.allocate(capacity: bytes.count + 1)
        for (index, byte) in bytes.enumerated() { copy[index] = CChar(bitPattern: byte) }
        copy[bytes.count] = 0
        return copy
    } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
        argv.forEach { $0?.deallocate() }
        envp.forEach { free($0) }
    }
    var pid = pid_t()
    let path = String(decoding: command[0], as: UTF8.self)
    let error = posix_spawn(&pid, path, &actions, &attributes, argv, envp)
    return (pid, error)
}

/// Spawn attributes that give the child no blocked signals and every signal
/// at its default: a test runner's threads may block or ignore some, and a
/// child that inherits that (a shell ignoring SIGHUP) outlives its terminal.
/// With `ownProcessGroup` the child leads a new process group, so that it
/// and anything it starts can be killed together.
func cleanSignalAttributes(ownProcessGroup: Bool = false) -> posix_spawnattr_t {
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    var none = sigset_t(), all = sigset_t()
    sigemptyset(&none)
    sigfillset(&all)
    posix_spawnattr_setsigmask(&attributes, &none)
    posix_spawnattr_setsigdefault(&attributes, &all)
    var flags = POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF
    if ownProcessGroup {
        posix_spawnattr_setpgroup(&attributes, 0)
        flags |= POSIX_SPAWN_SETPGROUP
    }
    posix_spawnattr_setflags(&attributes, Int16(flags))
    return attributes
}

/// The built `maca` binary: `MACA_BINARY` if set, else beside the test bundle.
public var macaBinary: String {
    if let path = ProcessInfo.processInfo.environment["MACA_BINARY"] { return path }
    let products = Bundle.main.bundleURL.deletingLastPathComponent()
    for candidate in [Bundle.main.bundleURL.appendingPathComponent("maca"), products.appendingPathComponent("maca")]
    where FileManager.default.isExecutableFile(atPath: candidate.path) {
        return candidate.path
    }
    return "\(packageRoot)/.build/debug/maca"
}

/// Runs the built `maca` with the package root as working directory by
/// default, and without the partnership config or `MACA_*` folders of the
/// person running the tests (unless `environment` gives them): a test's maca
/// sees only what the test made.
/// With a `timeLimit`, a maca still running after it is killed, and the
/// result says `timedOut`.
public func runMaca(
    _ arguments: [String], input: String? = nil, environment: [String: String] = [:], in directory: String? = nil,
    timeLimit: Double? = nil
) throws -> CommandResult {
    let isolated = IsolatedHome.shared.environment.merging(environment) { _, given in given }
    return try run(
        macaBinary, rawArguments: arguments.map { Array($0.utf8) }, input: input ?? "", environment: isolated,
        in: directory ?? packageRoot, timeLimit: timeLimit
    )
}

/// Runs work on a thread of its own and waits at most `seconds` for it: its
/// result, or nil if it has not finished by then (it is left running, and
/// the test that asked fails rather than hangs).
public func finishing<Value: Sendable>(within seconds: Double, _ work: @escaping @Sendable () throws -> Value) throws -> Value? {
    let box = ResultBox<Value>()
    let done = DispatchSemaphore(value: 0)
    Thread.detachNewThread {
        box.result = Result { try work() }
        done.signal()
    }
    guard done.wait(timeout: .now() + seconds) == .success else { return nil }
    return try box.result?.get()
}

/// A result handed from the thread that made it to the one that waits for it.
private final class ResultBox<Value>: @unchecked Sendable {
    var result: Result<Value, any Error>?
}

/// A home folder of its own for the maca a test runs: empty config and data
/// folders under it, and `MACA_SESSIONS` and `MACA_TEMPLATES` unset (empty
/// counts as unset).
public struct IsolatedHome: Sendable {
    public let folder: TemporaryFolder

    public init() throws {
        folder = try TemporaryFolder("maca-home")
    }

    /// A home at `path`, which need not exist yet (the argument fuzzer copies
    /// each invocation's home into place as the invocation starts).
    public init(at path: String) {
        folder = TemporaryFolder(adopting: path)
    }

    /// One shared by every test that does not make its own; nothing writes to it.
    public static let shared: IsolatedHome = {
        // A temporary folder can always be made where the tests run; without one no test could.
        try! IsolatedHome()
    }()

    public var configHome: String { folder.file("config") }
    public var dataHome: String { folder.file("data") }
    public var configFile: String { "\(configHome)/maca/config.yaml" }

    public var environment: [String: String] {
        ["HOME": folder.path, "XDG_CONFIG_HOME": configHome, "XDG_DATA_HOME": dataHome, "MACA_SESSIONS": "", "MACA_TEMPLATES": ""]
    }

    /// Writes the partnership config this home's maca reads.
    public func writeConfig(_ text: String) throws {
        try FileManager.default.createDirectory(atPath: "\(configHome)/maca", withIntermediateDirectories: true)
        try text.write(toFile: configFile, atomically: true, encoding: .utf8)
    }
}

/// Compares text with a golden file; `MACA_RECORD=1` rewrites the file instead.
public func matchesGolden(_ text: String, path: String) throws -> Bool {
    if ProcessInfo.processInfo.environment["MACA_RECORD"] == "1" {
        try OwnerOnlyFiles.makeFolder(FilePaths.parent(of: path))
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return true
    }
    // Bytes, not a decoded String: decoding would drop a BOM the golden file must keep.
    return try Data(contentsOf: URL(fileURLWithPath: path)) == Data(text.utf8)
}

/// A program a test needs from the system, or an error saying how to get
/// it: `make test` installs each one with apt-get (the Makefile's deps).
public func installedTool(_ name: String, package: String) throws -> String {
    guard let path = ["/usr/bin/\(name)", "/usr/local/bin/\(name)"].first(where: FileManager.default.isExecutableFile) else {
        throw ToolMissing(name: name, package: package)
    }
    return path
}

/// A program a test needs is not installed.
public struct ToolMissing: Error, CustomStringConvertible {
    public let name: String, package: String
    public var description: String { "\(name) is not installed: run 'make test', which installs \(package) with apt-get" }
}

/// A template's text without its top-level `smart:` block (the shipped
/// templates carry one for their examples), so a test can give its own.
public func withoutSmartBlock(_ source: String) -> String {
    var lines = source.components(separatedBy: "\n")
    guard let at = lines.firstIndex(of: "smart:") else { return source }
    var end = at + 1
    while end < lines.count, lines[end].hasPrefix("  ") { end += 1 }
    lines.removeSubrange(at..<end)
    return lines.joined(separator: "\n")
}
