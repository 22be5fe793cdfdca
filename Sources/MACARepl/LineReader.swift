import CReadline
import Foundation
import MACAKit
import Synchronization

/// What one read from the facilitator gave.
public enum LineInput: Equatable, Sendable {
    case line(String)
    /// Ctrl-D at an empty prompt, or the end of piped input.
    case end
}

/// Where the REPL's answers come from: GNU readline on a terminal, plain
/// lines from standard input otherwise, so a whole day can be scripted.
public protocol LineReader {
    /// True when a person is typing (so the REPL may ask before leaving).
    var isInteractive: Bool { get }
    /// True when the reader offers tab completion: only then are the words
    /// for `setCompletions` worked out (they take a fold of the whole day).
    var completes: Bool { get }
    /// The words tab completion offers at the next prompt, and after a
    /// command (`:goto` → case references) the words for its argument.
    mutating func setCompletions(_ words: [String], arguments: [String: [String]])
    mutating func readLine(prompt: String) -> LineInput
    /// Lends the terminal to `program` (the facilitator's editor) between
    /// two prompts, and takes it back afterwards.
    mutating func lendTerminal<T>(to program: () throws -> T) rethrows -> T
    /// The last line Ctrl-C took off the screen, kept in memory only.
    var draft: String? { get }
    /// Puts `text` (an answer just refused, or the draft `:draft` asks for)
    /// on the next prompt's line, ready to be edited rather than typed
    /// again. Piped input has no line to edit.
    mutating func offerAgain(_ text: String)
    /// Puts `text` on the next prompt's line to be carried on with (the
    /// draft `:draft` brings back): a character typed first adds to it,
    /// where after ``offerAgain(_:)`` it starts a fresh answer.
    mutating func offerToContinue(_ text: String)
}

extension LineReader {
    public mutating func offerAgain(_ text: String) {}
    public mutating func offerToContinue(_ text: String) { offerAgain(text) }

    /// Puts a refused answer back on the line (``offerAgain(_:)``) when it
    /// is worth mending rather than typing again: free text of
    /// ``RefusedText/shortest`` characters or more. A short answer (a number, a
    /// letter, a choice, a date) is not put back: the facilitator naturally
    /// types the whole answer again, and would otherwise get it joined to
    /// the refused one ("9", refused, then "3" giving "93").
    public mutating func offerRefused(_ text: String) {
        guard RefusedText.worthPuttingBack(text) else { return }
        offerAgain(text)
    }
}

/// Which refused answers are put back on the line (``LineReader/offerRefused(_:)``).
public enum RefusedText {
    /// The fewest characters a refused answer has for it to be put back.
    public static let shortest = 12

    public static func worthPuttingBack(_ text: String) -> Bool {
        text.trimmingCharacters(in: .whitespacesAndNewlines).prefix(shortest).count >= shortest
    }
}

extension LineReader {

    public mutating func lendTerminal<T>(to program: () throws -> T) rethrows -> T {
        try program()
    }

    public var draft: String? { nil }
}

/// Chooses readline when standard input is a terminal, else piped lines.
public func makeLineReader(programName: String = "maca") -> any LineReader {
    isatty(STDIN_FILENO) == 1 ? TerminalLineReader(programName: programName) : PipedLineReader()
}

/// Set by the SIGINT (and, at a terminal, SIGQUIT) handler, read by readline's signal hook.
private let interrupted = Atomic<Bool>(false)
/// The line Ctrl-C last cleared, while it had something typed on it.
private let interruptedDraft = Mutex<String?>(nil)
/// Text to put back on the next line (``LineReader/offerAgain(_:)``).
private let offered = Mutex<String?>(nil)
/// True from a put-back until the first key: a key that starts a fresh
/// answer replaces the put-back text, so it is never joined to it.
private let replaceOnType = Atomic<Bool>(false)
/// The text offered is one to carry on with (``LineReader/offerToContinue(_:)``), not to replace.
private let offeredToContinue = Atomic<Bool>(false)
/// The words completion offers, set before each prompt.
private let completionWords = Mutex<(words: [String], arguments: [String: [String]])>(([], [:]))

/// GNU readline: line editing, tab completion and in-memory history. Answers
/// are sensitive, so history is never written to a file in the home directory.
public struct TerminalLineReader: LineReader {
    public var isInteractive: Bool { true }
    public var completes: Bool { true }

    public init(programName: String) {
        // readline keeps these pointers, so they are copied to memory that lives on.
        maca_rl_set_name(strdup(programName))
        maca_rl_set_word_breaks(strdup(" \t\n,;"))
        maca_rl_set_completion(complete)
        maca_rl_set_signal_event_hook(signalHook)
        maca_rl_set_pre_input_hook(preInputHook)
        maca_rl_set_getc_function(getKey)
        // Only what this process keeps in memory: no read_history or write_history.
        stifle_history(500)
        // Ctrl-\ (SIGQUIT) sits beside Backspace and Enter: at a prompt it does what
        // Ctrl-C does, rather than end the session with the line half typed (issue 17).
        signal(SIGINT, onInterrupt)
        signal(SIGQUIT, onInterrupt)
    }

    public mutating func setCompletions(_ words: [String], arguments: [String: [String]]) {
        completionWords.withLock { $0 = (words, arguments) }
    }

    public mutating func offerAgain(_ text: String) {
        // One line of it: a long answer's later lines are typed again after a backslash.
        let line = String(text.prefix { $0 != "\n" })
        offered.withLock { $0 = line }
        offeredToContinue.store(false, ordering: .relaxed)
        // Up brings it back too, if the first key replaced it.
        if !line.trimmingCharacters(in: .whitespaces).isEmpty { maca_rl_remember(line) }
    }

    public mutating func offerToContinue(_ text: String) {
        offerAgain(text)
        offeredToContinue.store(true, ordering: .relaxed)
    }

    public mutating func readLine(prompt: String) -> LineInput {
        interrupted.store(false, ordering: .relaxed)
        replaceOnType.store(false, ordering: .relaxed)
        guard let raw = readline(prompt) else { return .end }
        defer { free(raw) }
        let line = String(cString: raw)
        if !line.trimmingCharacters(in: .whitespaces).isEmpty { add_history(raw) }
        return .line(line)
    }

    public var draft: String? { interruptedDraft.withLock { $0 } }

    /// readline put the terminal back when it returned the last line (and
    /// prepares it again at the next); only the terminal's size may have
    /// changed while the program had it.
    public mutating func lendTerminal<T>(to program: () throws -> T) rethrows -> T {
        defer { maca_rl_reset_screen_size() }
        return try program()
    }
}

private func onInterrupt(_ signal: Int32) {
    interrupted.store(true, ordering: .relaxed)
}

/// Readline calls this after it has handled a signal, outside the handler:
/// on Ctrl-C (or Ctrl-\), clear the line and show the same prompt again, and the REPL
/// goes on. What was typed on the line is kept as the draft, in memory
/// only, and in the history, so `:draft` or Up brings it back.
private func signalHook() -> Int32 {
    if interrupted.exchange(false, ordering: .relaxed) {
        let line = maca_rl_line_buffer().map { String(cString: $0) } ?? ""
        let kept = !line.trimmingCharacters(in: .whitespaces).isEmpty
        if kept {
            interruptedDraft.withLock { $0 = line }
            add_history(line)
            // Up goes from the end of the history, where the draft now is.
            using_history()
        }
        rl_replace_line("", 0)
        rl_crlf()
        if kept {
            maca_rl_print("  (kept as a draft: :draft or Up brings it back)\n")
        }
        rl_on_new_line()
        rl_redisplay()
    }
    return 0
}

/// Readline calls this once the prompt is shown: a refused answer, or the
/// draft `:draft` asked for, is put back on the line, once, to edit.
private func preInputHook() -> Int32 {
    guard let text = offered.withLock({ value -> String? in
        defer { value = nil }
        return value
    }) else { return 0 }
    rl_insert_text(text)
    rl_redisplay()
    replaceOnType.store(!offeredToContinue.exchange(false, ordering: .relaxed), ordering: .relaxed)
    return 0
}

/// Readline's key reader, wrapped: the first key after a put-back decides
/// what it is for (issue 17, where fresh answers typed after a refused one
/// were joined to it). A character (a letter, a digit, a space, a colon)
/// starts a fresh answer, so the put-back text goes and the key starts an
/// empty line; an editing key (Backspace, an arrow, Home, Ctrl-A, Ctrl-U)
/// or Enter keeps it, to mend or to send as it is.
private func getKey(_ stream: UnsafeMutablePointer<FILE>?) -> Int32 {
    let key = rl_getc(stream)
    if replaceOnType.exchange(false, ordering: .relaxed), key >= 32, key != 127 {
        rl_replace_line("", 0)
    }
    return key
}

/// Completes the word under the cursor from the prompt's words, ignoring case.
private func complete(_ text: UnsafePointer<CChar>, _ start: Int32, _ end: Int32) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
    maca_rl_set_completion_over(1)
    let typed = String(cString: text).lowercased()
    // After ":goto " and the like, complete that command's argument; after
    // ":edit action A3 ", the words for those three (the longest listed).
    let line = maca_rl_line_buffer().map { String(cString: $0) } ?? ""
    let before = String(decoding: line.utf8.prefix(Int(start)), as: UTF8.self)
    let words = line.hasPrefix(":") && start > 0 ? before.split(separator: " ").map { $0.lowercased() } : []
    let matches = completionWords.withLock { set in
        let keys = words.indices.reversed().map { words[...$0].joined(separator: " ") }
        let listed = keys.first { set.arguments[$0] != nil }.flatMap { set.arguments[$0] }
        return (listed ?? set.words).filter { $0.lowercased().hasPrefix(typed) }
    }
    guard !matches.isEmpty else { return nil }
    var common = matches[0]
    for match in matches.dropFirst() {
        common = String(zip(common, match).prefix { $0.lowercased() == $1.lowercased() }.map(\.0))
    }
    let entries = matches.count == 1 ? matches : [common] + matches
    // readline frees the array and its strings with free(3), so both come from malloc.
    let size = MemoryLayout<UnsafeMutablePointer<CChar>?>.stride * (entries.count + 1)
    guard let array = malloc(size)?.assumingMemoryBound(to: UnsafeMutablePointer<CChar>?.self) else { return nil }
    for (index, entry) in entries.enumerated() { array[index] = strdup(entry) }
    array[entries.count] = nil
    return array
}

/// Lines from standard input; prompts are still printed, so a scripted
/// day's output reads like the live one. Lines starting with `# ` are
/// comments, so a scripted day can explain itself.
///
/// Each byte is searched for a newline once, and a line is cut out of the
/// buffer without moving the bytes after it: a line of megabytes that
/// arrives in many reads, or thousands of short lines in one, take time in
/// proportion to their length.
public struct PipedLineReader: LineReader {
    private let input: FileHandle
    private let echo: Bool
    private var buffer: [UInt8] = []
    /// Where the next line starts in `buffer`.
    private var start = 0
    /// Bytes before this have been searched for a newline and have none.
    private var searched = 0
    private var atEnd = false

    public var isInteractive: Bool { false }
    public var completes: Bool { false }

    public init(input: FileHandle = .standardInput, echo: Bool = true) {
        self.input = input
        self.echo = echo
        signal(SIGINT, onInterrupt)
    }

    public mutating func setCompletions(_ words: [String], arguments: [String: [String]]) {}

    /// A prompt as a terminal shows it: without readline's marks.
    static func shown(_ prompt: String) -> String {
        prompt.contains("\u{01}") ? prompt.replacingOccurrences(of: "\u{01}", with: "").replacingOccurrences(of: "\u{02}", with: "") : prompt
    }

    public mutating func readLine(prompt: String) -> LineInput {
        var next = nextLine()
        // A script may explain itself: lines starting with "# " are comments.
        while let line = next, line.hasPrefix("# ") || line == "#" { next = nextLine() }
        guard let line = next else {
            if echo { FileHandle.standardOutput.write(Data((Self.shown(prompt) + "\n").utf8)) }
            return .end
        }
        // The answer is echoed as the terminal exit shows it; the prompt came from the console already safe.
        // readline's marks around the prompt's colour codes (``Console/prompt(_:then:)``) are readline's alone.
        if echo { FileHandle.standardOutput.write(Data((Self.shown(prompt) + TerminalText.neutralised(line) + "\n").utf8)) }
        return .line(line)
    }

    private mutating func nextLine() -> String? {
        while true {
            if let newline = firstNewline() {
                // A CRLF line ending loses its CR too.
                let end = newline > start && buffer[newline - 1] == UInt8(ascii: "\r") ? newline - 1 : newline
                let text = String(decoding: buffer[start..<end], as: UTF8.self)
                start = newline + 1
                searched = start
                return text
            }
            searched = buffer.count
            if atEnd {
                guard start < buffer.count else { return nil }
                defer {
                    buffer.removeAll()
                    (start, searched) = (0, 0)
                }
                return String(decoding: buffer[start...], as: UTF8.self)
            }
            // Before reading more, drop the lines already returned: only the
            // start of an unfinished line is moved, once.
            if start > 0 {
                buffer.removeSubrange(0..<start)
                searched -= start
                start = 0
            }
            let chunk = input.availableData
            if chunk.isEmpty { atEnd = true } else { buffer.append(contentsOf: chunk) }
        }
    }

    /// The index of the first newline not yet searched for, if one has arrived.
    private func firstNewline() -> Int? {
        guard searched < buffer.count else { return nil }
        return buffer.withUnsafeBytes { bytes in
            memchr(bytes.baseAddress! + searched, Int32(UInt8(ascii: "\n")), bytes.count - searched)
                .map { UnsafeRawPointer($0) - bytes.baseAddress! }
        }
    }
}
