import Foundation

/// What a shell offers when a person presses Tab after `maca …`, asked of the
/// shell itself through maca's own completion script (as installed), so a
/// test sees what the person would: bash and fish answer from a command, zsh
/// from a real interactive session in tmux.
public struct ShellCompletion {
    /// The folder holding `maca` and its three scripts, put first on PATH.
    public let folder: TemporaryFolder
    /// The environment the completing maca runs in (its home, sessions, templates).
    public let environment: [String: String]
    /// The working folder the person is in.
    public let directory: String

    public init(environment: [String: String], directory: String) throws {
        folder = try TemporaryFolder("maca-completion")
        self.environment = environment
        self.directory = directory
        try FileManager.default.createSymbolicLink(atPath: folder.file("maca"), withDestinationPath: macaBinary)
        for (shell, name) in [("bash", "maca.bash"), ("zsh", "_maca"), ("fish", "maca.fish")] {
            let script = try runMaca(["--generate-completion-script", shell])
            guard script.status == 0 else { throw CompletionError("no \(shell) script: \(script.stderr)") }
            try script.stdout.write(toFile: folder.file(name), atomically: true, encoding: .utf8)
        }
    }

    public func remove() { folder.remove() }

    struct CompletionError: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    private var shellEnvironment: [String: String] {
        environment.merging(["PATH": "\(folder.path):/usr/bin:/bin"]) { _, path in path }
    }

    /// The words of a command line as the shell splits it; a trailing space starts an empty word.
    static func words(_ line: String) -> [String] {
        var words = line.split(separator: " ").map(String.init)
        if line.hasSuffix(" ") { words.append("") }
        return words
    }

    /// bash: the script's `_maca` called as `complete -F` calls it, with
    /// COMP_WORDS, COMP_CWORD, COMP_LINE and COMP_POINT for the cursor at the end.
    public func bash(_ line: String) throws -> [String] {
        let words = Self.words(line)
        let program = """
            source "$SCRIPT"
            COMP_LINE="$LINE"; COMP_POINT=${#COMP_LINE}
            COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 ))
            _maca maca "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
            printf '%s\\n' "${COMPREPLY[@]}"
            """
        let environment = shellEnvironment.merging(["SCRIPT": folder.file("maca.bash"), "LINE": line]) { _, new in new }
        let result = try run("/bin/bash", ["-c", program, "bash"] + words, environment: environment, in: directory)
        guard result.status == 0 else { throw CompletionError("bash: \(result.stderr)") }
        return result.stdout.split(separator: "\n").map(String.init)
    }

    /// fish or zsh in a real terminal (tmux): starts the shell with maca's
    /// script loaded (fish: sourced; zsh: compinit with the script on its
    /// fpath), types the line, presses Tab `tabs` times, and returns the
    /// screen from the line on once `expecting` shows (or the time is up).
    /// fish's `complete -C` cannot be used instead: before fish 4 it cannot
    /// read the cursor outside an interactive session.
    public func interactive(_ shell: String, _ line: String, tabs: Int = 1, expecting: String) throws -> String {
        guard let path = ["/usr/bin/\(shell)", "/usr/local/bin/\(shell)"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw CompletionError("\(shell) is not installed: run 'make test', which installs it with apt-get")
        }
        let terminal = try TmuxSession(width: 160, height: 50)
        defer { terminal.close() }
        let exports = shellEnvironment.map { "\($0.key)='\($0.value.replacingOccurrences(of: "'", with: "'\\''"))'" }.sorted().joined(separator: " ")
        switch shell {
        case "zsh":
            try terminal.enter("cd '\(directory)' && env \(exports) ZDOTDIR=\(terminal.home.path) \(path) -f")
            try terminal.enter("PS1='ready> '; fpath=(\(folder.path) $fpath); autoload -U compinit; compinit -u")
        default:
            try terminal.enter("cd '\(directory)' && env \(exports) \(path) --no-config")
            try terminal.enter("function fish_prompt; echo 'ready> '; end; source \(folder.file("maca.fish"))")
        }
        guard try terminal.wait(for: "ready> ") else { throw CompletionError("\(shell) did not start: \(try terminal.screen())") }
        usleep(200_000)
        try terminal.type(line)
        for _ in 0..<tabs {
            try terminal.press("Tab")
            usleep(500_000)
        }
        _ = try terminal.wait(for: expecting, seconds: 10)
        let screen = try terminal.screen()
        guard let start = screen.range(of: "ready> " + line.split(separator: " ").first!, options: .backwards) else { return screen }
        return String(screen[start.lowerBound...])
    }
}
