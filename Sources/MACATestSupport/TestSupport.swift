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

/// Journal I/O that works like the system's except where a test makes it fail.
public final class FaultyJournalIO: JournalIO, @unchecked Sendable {
    public enum Fault: Sendable {
        /// write(2) fails with this errno on the n-th call (1-based).
        case writeError(call: Int, errno: Int32)
        /// write(2) writes only `bytes` on the n-th call, then fails with ENOSPC.
        case shortWrite(call: Int, bytes: Int)
        /// fsync(2) fails with this errno on the n-th call.
        case fsyncError(call: Int, errno: Int32)
    }

    private let lock = NSLock()
    private let faults: [Fault]
    private var writes = 0
    private var syncs = 0
    private var shortWritePending = false
    private let system = SystemJournalIO()

    public init(_ faults: [Fault]) {
        self.faults = faults
    }

    public func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> (count: Int, errno: Int32) {
        lock.lock()
        writes += 1
        let call = writes
        let pending = shortWritePending
        shortWritePending = false
        lock.unlock()
        if pending { return (-1, ENOSPC) }
        for fault in faults {
            switch fault {
            case let .writeError(at, code) where at == call:
                return (-1, code)
            case let .shortWrite(at, count) where at == call:
                lock.lock()
                shortWritePending = true
                lock.unlock()
                return system.write(fd, UnsafeRawBufferPointer(rebasing: bytes[0..<min(count, bytes.count)]))
            default:
                continue
            }
        }
        return system.write(fd, bytes)
    }

    public func fsync(_ fd: Int32) -> Int32 {
        lock.lock()
        syncs += 1
        let call = syncs
        lock.unlock()
        for case let .fsyncError(at, code) in faults where at == call {
            return code
        }
        return system.fsync(fd)
    }

    public func truncate(_ fd: Int32, to length: Int) -> Int32 {
        system.truncate(fd, to: length)
    }
}

/// What a run of the `maca` binary printed and how it ended.
public struct CommandResult: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String
}

/// Runs a program with arguments, optional standard input and extra environment.
public func run(
    _ executable: String, _ arguments: [String], input: String? = nil,
    environment: [String: String] = [:], in directory: String? = nil
) throws -> CommandResult {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    var env = ProcessInfo.processInfo.environment
    env["NO_COLOR"] = "1"
    for (key, value) in environment { env[key] = value }
    process.environment = env
    if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
    let output = Pipe(), errors = Pipe(), stdin = Pipe()
    process.standardOutput = output
    process.standardError = errors
    process.standardInput = stdin
    try process.run()
    if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
    try stdin.fileHandleForWriting.close()
    // Read both pipes to the end before waiting, so a full pipe cannot stall the child.
    let group = DispatchGroup()
    nonisolated(unsafe) var errorData = Data()
    DispatchQueue.global().async(group: group) { errorData = errors.fileHandleForReading.readDataToEndOfFile() }
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    return CommandResult(
        status: process.terminationStatus, stdout: String(decoding: outputData, as: UTF8.self),
        stderr: String(decoding: errorData, as: UTF8.self)
    )
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

/// Runs the built `maca` with the package root as working directory by default.
public func runMaca(
    _ arguments: [String], input: String? = nil, environment: [String: String] = [:], in directory: String? = nil
) throws -> CommandResult {
    try run(macaBinary, arguments, input: input, environment: environment, in: directory ?? packageRoot)
}

/// Compares text with a golden file; `MACA_RECORD=1` rewrites the file instead.
public func matchesGolden(_ text: String, path: String) throws -> Bool {
    if ProcessInfo.processInfo.environment["MACA_RECORD"] == "1" {
        try OwnerOnlyFiles.makeFolder((path as NSString).deletingLastPathComponent)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return true
    }
    let expected = try String(contentsOfFile: path, encoding: .utf8)
    return expected == text
}
