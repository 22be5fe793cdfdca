import Foundation
import MACAKit

/// A program running on a pseudo-terminal of its own, as a facilitator's
/// terminal would run it: readline sees a real tty. The test reads what it
/// prints, types lines into it, knows when it is waiting at a prompt, and
/// can kill it at any moment.
///
/// "Waiting at a prompt" is read from `/proc/PID/syscall`: the program is
/// blocked in the call readline makes to wait for a key (pselect6, or a read
/// of standard input), after the newline readline prints when it takes the
/// line last typed. That is exact, where waiting for the output to go quiet
/// would be a guess. Linux only.
public final class PseudoTerminalProcess {
    public let pid: pid_t
    private let master: Int32
    private var output = Data()
    private var exitStatus: Int32?
    /// Where the output stood when a line was last typed: until readline's
    /// newline after it appears, the program has not taken the line.
    private var typedAt: Int?

    /// Starts `executable` with a new session whose controlling terminal is
    /// the pseudo-terminal's other end, `columns` wide.
    public init(_ executable: String, _ arguments: [String], environment: [String: String] = [:], columns: UInt16 = 1000) throws {
        // posix_openpt, unlockpt and ptsname are not imported into Swift: the
        // same three steps through Linux's ioctls (grantpt does nothing on devpts).
        let master = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)
        var unlock: Int32 = 0, number: UInt32 = 0
        guard master >= 0, ioctl(master, Self.setLock, &unlock) == 0, ioctl(master, Self.getNumber, &number) == 0 else {
            let code = errno
            if master >= 0 { close(master) }
            throw FileError.unwritable(path: "/dev/ptmx", reason: FileError.reason(errno: code))
        }
        let terminal = "/dev/pts/\(number)"
        var size = winsize(ws_row: 50, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)

        // As runMaca: a home of the tests' own, so nothing reaches the real ~/.config or ~/.local/share.
        var env = ProcessInfo.processInfo.environment.merging(IsolatedHome.shared.environment) { _, isolated in isolated }
        for (key, value) in environment { env[key] = value }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // Opened after setsid, so the terminal becomes the child's controlling terminal.
        posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, terminal, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, STDIN_FILENO, STDOUT_FILENO)
        posix_spawn_file_actions_adddup2(&actions, STDIN_FILENO, STDERR_FILENO)
        var attributes = cleanSignalAttributes()
        defer { posix_spawnattr_destroy(&attributes) }
        var flags: Int16 = 0
        posix_spawnattr_getflags(&attributes, &flags)
        posix_spawnattr_setflags(&attributes, flags | Int16(Self.spawnSetSID))

        let (pid, spawned) = spawn([executable] + arguments, environment: env, actions: &actions, attributes: &attributes)
        guard spawned == 0 else {
            close(master)
            throw FileError.unreadable(path: executable, reason: FileError.reason(errno: spawned))
        }
        _ = fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK)
        self.pid = pid
        self.master = master
    }

    /// glibc's POSIX_SPAWN_SETSID, and Linux's TIOCSPTLCK and TIOCGPTN
    /// (built by macros Swift does not import).
    private static let spawnSetSID: Int32 = 0x80
    private static let setLock: UInt = 0x4004_5431
    private static let getNumber: UInt = 0x8004_5430

    deinit {
        if exitStatus == nil {
            Foundation.kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
        close(master)
    }

    /// Everything printed so far, carriage returns removed.
    public var transcript: String {
        String(decoding: output, as: UTF8.self).replacingOccurrences(of: "\r", with: "")
    }

    /// The text after the last newline: the prompt, when it is waiting.
    public var currentLine: String {
        let text = transcript
        guard let newline = text.lastIndex(of: "\n") else { return text }
        return String(text[text.index(after: newline)...])
    }

    /// Reads whatever the program has printed and not yet been read.
    @discardableResult
    public func drain() -> Bool {
        var buffer = [UInt8](repeating: 0, count: 65536)
        var any = false
        while true {
            let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
            if count > 0 {
                output.append(contentsOf: buffer[0..<count])
                any = true
            } else if count < 0 && errno == EINTR {
                continue
            } else {
                return any
            }
        }
    }

    /// Types a line and presses Return.
    public func type(_ line: String) {
        drain()
        typedAt = output.count
        let bytes = Array((line + "\r").utf8)
        var offset = 0
        while offset < bytes.count {
            let count = bytes[offset...].withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR || errno == EAGAIN {
                    drain()
                    continue
                }
                return
            }
            offset += count
        }
    }

    /// Whether the program is blocked waiting for a key.
    public var isWaitingForInput: Bool {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/syscall", encoding: .utf8) else { return false }
        let fields = text.split(separator: " ")
        guard let number = fields.first.flatMap({ Int($0) }) else { return false }
        let firstArgument = fields.count > 1 ? fields[1] : ""
        #if arch(x86_64)
        // pselect6, ppoll, select, poll, or read(0, …).
        return [270, 271, 23, 7].contains(number) || (number == 0 && firstArgument == "0x0")
        #elseif arch(arm64)
        return [72, 73].contains(number) || (number == 63 && firstArgument == "0x0")
        #else
        return false
        #endif
    }

    /// Waits until the program waits at a prompt (true) or ends (false).
    public func waitForInput(timeout: TimeInterval = 30) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            drain()
            if hasExited { return false }
            if let typedAt {
                // Blocked before it has read the line is not waiting for the next one.
                guard output[(output.startIndex + typedAt)...].contains(UInt8(ascii: "\n")) else {
                    usleep(200)
                    continue
                }
                self.typedAt = nil
            }
            if isWaitingForInput {
                // Everything it printed before blocking is in the terminal now.
                drain()
                return true
            }
            usleep(200)
        }
        return false
    }

    public var hasExited: Bool {
        if exitStatus != nil { return true }
        var status: Int32 = 0
        if waitpid(pid, &status, WNOHANG) == pid {
            exitStatus = status
            drain()
            return true
        }
        return false
    }

    /// Waits for the program to end by itself; its exit status, or nil on timeout.
    public func waitForExit(timeout: TimeInterval = 30) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            drain()
            if hasExited, let status = exitStatus {
                return status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
            }
            usleep(500)
        }
        return nil
    }

    /// SIGKILL: no handler runs, nothing is flushed or closed by the program.
    public func kill() {
        guard exitStatus == nil else { return }
        Foundation.kill(pid, SIGKILL)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        exitStatus = status
        drain()
    }
}

extension PseudoTerminalProcess {
    /// Runs `maca` with `arguments` on a terminal of its own, typing each of
    /// `lines` when it waits at a prompt, as a facilitator would: for what
    /// only works on a terminal (`:editor`). A script's comment lines (`# `),
    /// which piped input skips, are not typed. Its output, stderr's too, is the
    /// result's stdout; a line it ended before reading fails the run (status -1).
    public static func runMaca(
        _ arguments: [String], lines: [String], environment: [String: String] = [:], timeout: TimeInterval = 120, binary: String = macaBinary
    ) throws -> CommandResult {
        let process = try PseudoTerminalProcess(binary, arguments, environment: environment)
        for line in lines where !(line.hasPrefix("# ") || line == "#") {
            guard process.waitForInput(timeout: timeout) else {
                return CommandResult(status: -1, stdout: process.transcript, stderr: "ended or stopped before reading '\(line.prefix(80))'")
            }
            process.type(line)
        }
        let status = process.waitForExit(timeout: timeout)
        return CommandResult(status: status ?? -1, stdout: process.transcript, stderr: status == nil ? "still running after \(timeout) s" : "")
    }
}
