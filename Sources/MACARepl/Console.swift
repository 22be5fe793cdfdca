import Foundation
import MACAKit

/// Output for a room watching a projector: short lines, a clear marker of
/// where the day is, colour only where it is wanted (a terminal whose TERM
/// is not `dumb`, with NO_COLOR unset).
///
/// Whatever it is given is shown, never obeyed: every text goes through the
/// terminal exit (`TerminalText`) first, since it echoes answers, agency
/// names and template prompts; only then does the console add its own
/// colour codes. Colour is therefore something a caller asks for
/// (`heading`, `say(_:)` with segments, `prompt`), never a string it passes in.
public struct Console: Sendable {
    public let colour: Bool
    /// Where the lines go: standard output, or a test's collector.
    private let output: @Sendable (String) -> Void
    /// The width lines are wrapped to, asked again for every line since a
    /// window may be resized mid-day; nil (a pipe or a file) wraps nothing.
    private let columns: @Sendable () -> Int?

    /// `columns` gives the width to wrap to; by default the terminal's, when
    /// standard output is one, and no wrapping otherwise.
    public init(
        environment: [String: String] = ProcessInfo.processInfo.environment, isTerminal: Bool = isatty(STDOUT_FILENO) == 1,
        columns: (@Sendable () -> Int?)? = nil,
        output: @escaping @Sendable (String) -> Void = { FileHandle.standardOutput.write(Data($0.utf8)) }
    ) {
        colour = isTerminal && environment["NO_COLOR"] == nil && (environment["TERM"].map { $0 != "dumb" } ?? false)
        if let columns {
            self.columns = columns
        } else if isTerminal {
            self.columns = { Console.terminalWidth() }
        } else {
            self.columns = { nil }
        }
        self.output = output
    }

    /// The width text is wrapped to, when it is wrapped (a terminal that says).
    public var width: Int? { columns() }

    /// Standard output's width in columns, if it is a terminal that says.
    static func terminalWidth() -> Int? {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    public enum Style: String, Sendable {
        case bold = "1", dim = "2", green = "32", red = "31", yellow = "33", cyan = "36"
    }

    /// A piece of a line: text, and the style it is shown in.
    public struct Segment: Sendable, Equatable {
        public var text: String
        public var style: Style?

        public init(text: String, style: Style?) {
            self.text = text
            self.style = style
        }

        public static func plain(_ text: String) -> Segment { Segment(text: text, style: nil) }
        public static func styled(_ text: String, _ style: Style) -> Segment { Segment(text: text, style: style) }
    }

    /// `text`, already neutralised, in `style` where colour is wanted.
    private func render(_ segment: Segment) -> String {
        guard colour, let style = segment.style else { return segment.text }
        return "\u{1B}[\(style.rawValue)m\(segment.text)\u{1B}[0m"
    }

    /// Writes pieces of text: each neutralised, the whole wrapped to the
    /// terminal's width, then styled. The only way anything is written.
    private func write(_ segments: [Segment]) {
        let safe = segments.map { Segment(text: TerminalText.neutralised($0.text), style: $0.style) }
        guard let width = columns() else {
            output(safe.map(render).joined() + "\n")
            return
        }
        var text = ""
        for line in Console.lines(safe) {
            for wrapped in Console.wrapped(line, width: width) { text += wrapped.map(render).joined() + "\n" }
        }
        output(text)
    }

    public func say(_ text: String = "") {
        write([.plain(text)])
    }

    /// One line of pieces in different styles, each neutralised.
    public func say(_ segments: [Segment]) {
        write(segments)
    }

    /// A line in bold: the head of a day, of an agency's answers.
    public func heading(_ text: String) {
        write([.styled(text, .bold)])
    }

    /// A prompt for the line reader: `text` in bold, then `plain` as it is,
    /// both neutralised; what is returned is given to readline.
    ///
    /// readline breaks a prompt wider than the terminal wherever the edge
    /// falls, mid-word on a narrow projector. So on a terminal a prompt
    /// wider than it, or of several lines, is broken between words like any
    /// other line (``wrapped(_:width:)``): all its lines but the last are
    /// written here, and only the last, short one is returned. Its colour
    /// codes are marked (`\u{01}`…`\u{02}`) as taking no room, so readline
    /// measures the line as it is shown.
    public func prompt(_ text: String, then plain: String = "") -> String {
        var segments = [Segment.styled(TerminalText.neutralised(text), .bold), .plain(TerminalText.neutralised(plain))]
        guard let width = columns() else { return segments.map(renderForReadline).joined() }
        // The space after the prompt is kept where it is, and has room on the last line.
        let trailing = segments.map(\.text).joined().reversed().prefix { $0 == " " }.count
        var left = trailing
        for index in segments.indices.reversed() where left > 0 {
            let cut = min(left, segments[index].text.reversed().prefix { $0 == " " }.count)
            segments[index].text.removeLast(cut)
            left -= cut
        }
        var lines: [[Segment]] = []
        for line in Console.lines(segments) { lines += Console.wrapped(line, width: max(8, width - trailing)) }
        let last = lines.popLast() ?? []
        if !lines.isEmpty { output(lines.map { $0.map(render).joined() + "\n" }.joined()) }
        return last.map(renderForReadline).joined() + String(repeating: " ", count: trailing)
    }

    /// `segment` for readline's prompt: its colour codes between the marks
    /// readline takes as "no room on the screen".
    private func renderForReadline(_ segment: Segment) -> String {
        guard colour, let style = segment.style else { return segment.text }
        return "\u{01}\u{1B}[\(style.rawValue)m\u{02}\(segment.text)\u{01}\u{1B}[0m\u{02}"
    }

    /// Where the day is: `Neglect 2026-11-22 › case 2 of 5 (NEG-0042) › Voice of the child › 3 of 5`.
    public func marker(_ parts: [String]) {
        say()
        write([.styled(parts.joined(separator: " › "), .cyan)])
    }

    /// Numbered options on as few lines as fit a projector's width (78
    /// columns, or the terminal's if narrower).
    public func options(_ choices: [Choice], width: Int = 78) {
        guard !choices.isEmpty else { return }
        let width = min(width, columns() ?? width)
        var line = " "
        for (index, choice) in choices.enumerated() {
            // Measured as it will be shown.
            let item = " \(index + 1) \(TerminalText.neutralised(choice.label))"
            if line.count + item.count + 1 > width, line.count > 1 {
                write([.styled(line, .dim)])
                line = " "
            }
            line += item + " "
        }
        write([.styled(line, .dim)])
    }

    public func saved(_ what: String = "saved") {
        write([.styled("  ✓ \(what)", .green)])
    }

    public func problem(_ text: String) {
        write([.styled("  ✗ \(text)", .red)])
    }

    public func note(_ text: String) {
        write([.styled("  \(text)", .dim)])
    }

    public func warn(_ text: String) {
        write([.styled("  ! \(text)", .yellow)])
    }
}

extension Console {
    /// Pieces split where their text has a newline: one array a line.
    static func lines(_ segments: [Segment]) -> [[Segment]] {
        var lines: [[Segment]] = [[]]
        for segment in segments {
            let parts = segment.text.split(separator: "\n", omittingEmptySubsequences: false)
            for (index, part) in parts.enumerated() {
                if index > 0 { lines.append([]) }
                if !part.isEmpty { lines[lines.count - 1].append(Segment(text: String(part), style: segment.style)) }
            }
        }
        return lines
    }

    /// One line broken at spaces so that no line is wider than `width`
    /// characters. A line that fits is returned as it is. Lines after the
    /// first keep the first one's indent, and hang under the text after a
    /// mark (`✗ `, `! `, `✓ `, `- `, `• `, `1. `); a word wider than a whole
    /// line is cut. Spaces between words are collapsed to one only in a
    /// line that had to be broken.
    public static func wrapped(_ line: [Segment], width: Int) -> [[Segment]] {
        let text = line.map(\.text).joined()
        guard text.count > width, width >= 8 else { return [line] }
        let indent = text.prefix { $0 == " " }.count
        let rest = text.dropFirst(indent)
        let marks = ["✗ ", "! ", "✓ ", "- ", "• ", "* "]
        var hang = indent
        if let mark = marks.first(where: rest.hasPrefix) {
            hang += mark.count
        } else if let dot = rest.firstIndex(of: "."), rest[..<dot].allSatisfy(\.isNumber), !rest[..<dot].isEmpty,
                  rest[rest.index(after: dot)...].first == " " {
            hang += rest.distance(from: rest.startIndex, to: dot) + 2
        }
        let firstIndent = min(indent, width / 3)
        hang = min(hang, width / 3)

        // The words, each as pieces keeping their styles.
        var words: [[Segment]] = []
        var word: [Segment] = []
        var skipped = 0
        for segment in line {
            var piece = ""
            for character in segment.text {
                if skipped < indent { skipped += 1; continue }
                if character == " " {
                    if !piece.isEmpty { word.append(Segment(text: piece, style: segment.style)); piece = "" }
                    if !word.isEmpty { words.append(word); word = [] }
                } else {
                    piece.append(character)
                }
            }
            if !piece.isEmpty { word.append(Segment(text: piece, style: segment.style)) }
        }
        if !word.isEmpty { words.append(word) }

        let lead = line.first?.style
        var lines: [[Segment]] = []
        var current: [Segment] = [Segment(text: String(repeating: " ", count: firstIndent), style: lead)]
        var used = firstIndent
        var empty = true
        func newLine() {
            lines.append(current)
            current = [Segment(text: String(repeating: " ", count: hang), style: lead)]
            used = hang
            empty = true
        }
        for var word in words {
            var size = word.reduce(0) { $0 + $1.text.count }
            if !empty, used + 1 + size > width { newLine() }
            if !empty {
                current.append(Segment(text: " ", style: current.last?.style))
                used += 1
            }
            // A word wider than a line is cut where the line ends.
            while used + size > width {
                let room = width - used
                var taken: [Segment] = []
                var left = room
                var remaining: [Segment] = []
                for piece in word {
                    if left >= piece.text.count {
                        taken.append(piece)
                        left -= piece.text.count
                    } else if left > 0 {
                        taken.append(Segment(text: String(piece.text.prefix(left)), style: piece.style))
                        remaining.append(Segment(text: String(piece.text.dropFirst(left)), style: piece.style))
                        left = 0
                    } else {
                        remaining.append(piece)
                    }
                }
                current += taken
                used += room
                newLine()
                word = remaining
                size = word.reduce(0) { $0 + $1.text.count }
            }
            current += word
            used += size
            empty = false
        }
        if !empty || lines.isEmpty { lines.append(current) }
        return lines.map(merged)
    }

    /// Neighbouring pieces of one style joined, and empty ones dropped.
    static func merged(_ line: [Segment]) -> [Segment] {
        var out: [Segment] = []
        for piece in line where !piece.text.isEmpty {
            if let last = out.last, last.style == piece.style {
                out[out.count - 1].text += piece.text
            } else {
                out.append(piece)
            }
        }
        return out
    }
}
