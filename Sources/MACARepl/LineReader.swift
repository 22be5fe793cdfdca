import CReadline
import Foundation

/// Where the REPL's answers come from: GNU readline on a terminal, plain
/// lines from standard input otherwise, so a whole day can be scripted.
public protocol LineReader {
    /// The next line without its newline, or nil at end of input.
    mutating func readLine(prompt: String) -> String?
}

/// Chooses readline when standard input is a terminal, else piped lines.
public func makeLineReader(programName: String = "maca") -> any LineReader {
    isatty(STDIN_FILENO) == 1 ? TerminalLineReader(programName: programName) : PipedLineReader()
}

/// GNU readline: line editing and in-memory history. Answers are sensitive,
/// so history is never written to a file in the home directory.
public struct TerminalLineReader: LineReader {
    public init(programName: String) {
        maca_rl_set_name(strdup(programName))
        // Only what this process keeps in memory: no read_history/write_history.
        stifle_history(500)
    }

    public mutating func readLine(prompt: String) -> String? {
        guard let raw = readline(prompt) else { return nil }
        defer { free(raw) }
        let line = String(cString: raw)
        if !line.trimmingCharacters(in: .whitespaces).isEmpty { add_history(raw) }
        return line
    }
}

/// Lines from standard input; the prompt is not echoed, so scripted output stays clean.
public struct PipedLineReader: LineReader {
    private let input: FileHandle
    private var buffer = Data()
    private var atEnd = false

    public init(input: FileHandle = .standardInput) {
        self.input = input
    }

    public mutating func readLine(prompt: String) -> String? {
        while true {
            if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                let line = buffer[buffer.startIndex..<newline]
                buffer.removeSubrange(buffer.startIndex...newline)
                return String(decoding: line, as: UTF8.self).trimmingSuffix("\r")
            }
            if atEnd {
                guard !buffer.isEmpty else { return nil }
                defer { buffer.removeAll() }
                return String(decoding: buffer, as: UTF8.self)
            }
            let chunk = input.availableData
            if chunk.isEmpty { atEnd = true } else { buffer.append(chunk) }
        }
    }
}

extension String {
    fileprivate func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}
