import Foundation
import MACAKit

/// Runs a program with its standard streams on /dev/null and waits for it.
public func spawnAndWait(_ path: String, _ arguments: [String]) throws -> Int32 {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    for fd in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] {
        posix_spawn_file_actions_addopen(&actions, fd, "/dev/null", fd == STDIN_FILENO ? O_RDONLY : O_WRONLY, 0)
    }
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid = pid_t()
    var attributes = cleanSignalAttributes()
    defer { posix_spawnattr_destroy(&attributes) }
    let spawned = posix_spawn(&pid, path, &actions, &attributes, argv, environ)
    guard spawned == 0 else { throw FileError.unreadable(path: path, reason: FileError.reason(errno: spawned)) }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    return (status >> 8) & 0xff
}

/// A real terminal for tests: a private tmux server running a shell, driven
/// with send-keys and read with capture-pane.
public final class TmuxSession: @unchecked Sendable {
    public let socket: String
    public let home: TemporaryFolder
    private static let tmux = ["/usr/bin/tmux", "/usr/local/bin/tmux"].first { FileManager.default.isExecutableFile(atPath: $0) }

    public struct Unavailable: Error, CustomStringConvertible {
        public var description: String { "tmux is not installed: run 'make test', which installs it with apt-get" }
    }

    /// Starts a shell in a 120×40 terminal with a private, empty HOME.
    public init(width: Int = 120, height: Int = 40) throws {
        guard Self.tmux != nil else { throw Unavailable() }
        socket = "maca-test-\(getpid())-\(UUID().uuidString.prefix(8))"
        home = try TemporaryFolder("maca-home")
        try tmux(["-f", "/dev/null", "new-session", "-d", "-s", "t", "-x", "\(width)", "-y", "\(height)",
                  "env -i HOME=\(home.path) PATH=/usr/bin:/bin TERM=xterm LANG=C.UTF-8 sh"])
    }

    deinit { close() }

    /// Ends the terminal and everything running in it.
    public func close() {
        _ = try? spawnAndWait(Self.tmux!, ["-L", socket, "kill-server"])
        home.remove()
    }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> CommandResult {
        guard arguments.first == "-f" else { return try run(Self.tmux!, ["-L", socket] + arguments) }
        // Starting the server: it outlives this call and would hold any pipe
        // open, so its output goes to /dev/null and only the client is awaited,
        // with posix_spawn and waitpid rather than Foundation's Process.
        let status = try spawnAndWait(Self.tmux!, ["-L", socket] + arguments)
        return CommandResult(status: status, stdout: "", stderr: "")
    }

    /// Types text literally, as a person would.
    public func type(_ text: String) throws {
        try tmux(["send-keys", "-t", "t", "-l", text])
    }

    /// Presses keys by name: Enter, Tab, Left, C-c, C-d, BSpace….
    public func press(_ keys: String...) throws {
        try tmux(["send-keys", "-t", "t"] + keys)
    }

    /// Types a line and presses Enter.
    public func enter(_ text: String) throws {
        try type(text)
        try press("Enter")
    }

    /// What the terminal shows now, with the scrollback.
    public func screen() throws -> String {
        try tmux(["capture-pane", "-p", "-J", "-S", "-2000", "-t", "t"]).stdout
    }

    /// The terminal's lines as it shows them, a long line in as many rows as
    /// the terminal broke it into (screen() joins them again).
    public func rows() throws -> [String] {
        try tmux(["capture-pane", "-p", "-S", "-2000", "-t", "t"]).stdout.components(separatedBy: "\n")
    }

    /// Waits until the screen shows `text` `count` times; false after the time limit.
    @discardableResult
    public func wait(for text: String, count: Int = 1, seconds: Double = 20) throws -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if try screen().components(separatedBy: text).count - 1 >= count { return true }
            usleep(50_000)
        }
        return false
    }

    /// The process the shell is running in the foreground (maca), if any.
    public func foregroundPID() throws -> Int32? {
        let shell = try tmux(["display-message", "-p", "-t", "t", "#{pane_pid}"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let children = try run("/usr/bin/pgrep", ["-P", shell]).stdout
        return children.split(separator: "\n").first.flatMap { Int32($0) }
    }
}
