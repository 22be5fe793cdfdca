import Foundation
import MACAKit

/// The facilitator's own editor, run on maca's terminal for `:editor`.
///
/// A terminal lets only its foreground process group read keys or change
/// its modes; anyone else is stopped by SIGTTIN or SIGTTOU. So the editor
/// runs as a shell runs a job: a child in a process group of its own, made
/// the terminal's foreground while it runs. Ctrl-C and Ctrl-\ then go to the
/// editor only. maca ignores them (and the terminal's stop signals) until
/// the editor has ended, then takes the foreground back and puts the
/// terminal's modes back as they were, whatever state the editor left them in.
///
/// readline has no part to play: `:editor` is a line a readline() call has
/// returned, and readline has already put the terminal back
/// (rl_deprep_terminal) and taken away its signal handlers; it prepares the
/// terminal again at the next prompt. Preparing it here instead would leave
/// the terminal raw for the lines maca prints before that prompt.
enum ExternalEditor {
    /// How the editor ended.
    enum Outcome: Equatable {
        case exited(status: Int32)
        case killed(signal: Int32)
        case notStarted(reason: String)
    }

    /// True when there is a terminal to lend: the editor needs one to read
    /// keys from and draw on.
    static var hasTerminal: Bool { isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 }

    /// The editor's command: `$VISUAL`, else `$EDITOR` (either ignored when
    /// blank), else `vi`; split into words as a shell would (`code --wait`,
    /// quotes and backslashes), without expanding variables or patterns.
    /// A problem to show when the variable cannot be split.
    static func command(environment: [String: String]) -> Result<[String], EditorProblem> {
        // Each looked up by its name, so DocumentationTests finds both read.
        for (variable, value) in [("VISUAL", environment["VISUAL"]), ("EDITOR", environment["EDITOR"])] {
            guard let value, !value.trimmed(.whitespaces).isEmpty else { continue }
            guard let words = ShellWords.split(value), !words.isEmpty else {
                return .failure(EditorProblem("\(variable) has an unclosed quote, so maca cannot tell which editor it names: \(value)"))
            }
            return .success(words)
        }
        return .success(["vi"])
    }

    /// Runs `command` with `file` as its last argument on this process's
    /// terminal and waits for it to end.
    static func run(_ command: [String], file: String) -> Outcome {
        let terminal = STDIN_FILENO
        var modes = termios()
        let haveModes = tcgetattr(terminal, &modes) == 0
        // The group to give the terminal back to; -1 when this is not maca's
        // controlling terminal, and then the editor stays in maca's own group.
        let foreground = tcgetpgrp(terminal)
        let ownGroup = foreground > 0

        // Ignored, not handled: an ignored signal interrupts nothing here, and
        // SIGQUIT never reaches the runtime's handler that prints a backtrace.
        // SIGTTOU so that maca may take the foreground back from the background.
        let ignored = [SIGINT, SIGQUIT, SIGTSTP, SIGTTIN, SIGTTOU]
        let saved = ignored.map { ($0, SignalDisposition.ignore($0)) }
        defer {
            if ownGroup { tcsetpgrp(terminal, foreground) }
            if haveModes { tcsetattr(terminal, TCSADRAIN, &modes) }
            for (signal, old) in saved { old.restore(signal) }
        }

        let (pid, failure) = spawn(command + [file], ownGroup: ownGroup)
        guard failure == 0 else { return .notStarted(reason: FileError.reason(errno: failure)) }
        if ownGroup { tcsetpgrp(terminal, pid) }
        var status: Int32 = 0
        while true {
            if waitpid(pid, &status, WUNTRACED) < 0 {
                if errno == EINTR { continue }
                return .notStarted(reason: FileError.reason(errno: errno))
            }
            guard status & 0xff == 0x7f else { break }
            // Stopped: by the terminal, when it touched it before it was given
            // the foreground above, or by its own Ctrl-Z. maca has no shell to
            // suspend it to, so it is given the terminal and carries on.
            if ownGroup { tcsetpgrp(terminal, pid) }
            kill(ownGroup ? -pid : pid, SIGCONT)
        }
        let signal = status & 0x7f
        return signal == 0 ? .exited(status: (status >> 8) & 0xff) : .killed(signal: signal)
    }

    /// Starts the editor with every signal at its default and none blocked
    /// (maca's ignored ones would otherwise be inherited), looked up on PATH,
    /// in a new process group when `ownGroup`. Its PID, and an errno when it could not be started.
    private static func spawn(_ words: [String], ownGroup: Bool) -> (pid: pid_t, failure: Int32) {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t(), all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        var flags = POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF
        if ownGroup {
            posix_spawnattr_setpgroup(&attributes, 0)
            flags |= POSIX_SPAWN_SETPGROUP
        }
        posix_spawnattr_setflags(&attributes, Int16(flags))
        let argv = words.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        let result = posix_spawnp(&pid, words[0], nil, &attributes, argv, environ)
        return (pid, result)
    }
}

/// Why the editor's command could not be worked out.
struct EditorProblem: Error, Equatable {
    let message: String
    init(_ message: String) { self.message = message }
}

/// A signal's disposition, kept to be put back exactly as it was (the
/// runtime's handlers take arguments `signal()` would not restore).
struct SignalDisposition {
    private var action: sigaction

    /// Ignores `signal`, returning what it was before.
    static func ignore(_ signal: Int32) -> SignalDisposition {
        var ignore = sigaction()
        #if os(Linux)
        ignore.__sigaction_handler.sa_handler = SIG_IGN
        #else
        ignore.__sigaction_u.__sa_handler = SIG_IGN
        #endif
        sigemptyset(&ignore.sa_mask)
        var old = sigaction()
        sigaction(signal, &ignore, &old)
        return SignalDisposition(action: old)
    }

    func restore(_ signal: Int32) {
        var action = self.action
        sigaction(signal, &action, nil)
    }
}

/// A command line split into words as a POSIX shell splits them, without
/// expansions: blanks separate words; 'single quotes' keep everything;
/// "double quotes" keep everything but a backslash before $ ` " \ or a
/// newline; outside quotes a backslash keeps the next character.
enum ShellWords {
    /// The words, or nil when a quote is not closed.
    static func split(_ line: String) -> [String]? {
        var words: [String] = []
        var word = ""
        var inWord = false
        var characters = line.makeIterator()
        while let character = characters.next() {
            switch character {
            case " ", "\t", "\n":
                if inWord { words.append(word) }
                word = ""
                inWord = false
            case "'":
                inWord = true
                var closed = false
                while let next = characters.next() {
                    if next == "'" {
                        closed = true
                        break
                    }
                    word.append(next)
                }
                guard closed else { return nil }
            case "\"":
                inWord = true
                var closed = false
                while let next = characters.next() {
                    if next == "\"" {
                        closed = true
                        break
                    }
                    if next == "\\" {
                        guard let escaped = characters.next() else { return nil }
                        if !"$`\"\\\n".contains(escaped) { word.append("\\") }
                        if escaped != "\n" { word.append(escaped) }
                        continue
                    }
                    word.append(next)
                }
                guard closed else { return nil }
            case "\\":
                inWord = true
                if let escaped = characters.next(), escaped != "\n" { word.append(escaped) }
            default:
                inWord = true
                word.append(character)
            }
        }
        if inWord { words.append(word) }
        return words
    }
}
