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

    public init(
        environment: [String: String] = ProcessInfo.processInfo.environment, isTerminal: Bool = isatty(STDOUT_FILENO) == 1,
        output: @escaping @Sendable (String) -> Void = { FileHandle.standardOutput.write(Data($0.utf8)) }
    ) {
        colour = isTerminal && environment["NO_COLOR"] == nil && (environment["TERM"].map { $0 != "dumb" } ?? false)
        self.output = output
    }

    public enum Style: String, Sendable {
        case bold = "1", dim = "2", green = "32", red = "31", yellow = "33", cyan = "36"
    }

    /// A piece of a line: text, and the style it is shown in.
    public struct Segment: Sendable {
        public var text: String
        public var style: Style?

        public static func plain(_ text: String) -> Segment { Segment(text: text, style: nil) }
        public static func styled(_ text: String, _ style: Style) -> Segment { Segment(text: text, style: style) }
    }

    /// `text` neutralised, then in `style` where colour is wanted.
    private func styled(_ text: String, _ style: Style) -> String {
        let shown = TerminalText.neutralised(text)
        return colour ? "\u{1B}[\(style.rawValue)m\(shown)\u{1B}[0m" : shown
    }

    /// Writes a line that is already safe: neutralised, and styled only here.
    private func write(_ line: String) {
        output(line + "\n")
    }

    public func say(_ text: String = "") {
        write(TerminalText.neutralised(text))
    }

    /// One line of pieces in different styles, each neutralised.
    public func say(_ segments: [Segment]) {
        write(segments.map { segment in segment.style.map { styled(segment.text, $0) } ?? TerminalText.neutralised(segment.text) }.joined())
    }

    /// A line in bold: the head of a day, of an agency's answers.
    public func heading(_ text: String) {
        write(styled(text, .bold))
    }

    /// A prompt for the line reader: `text` in bold, then `plain` as it is, both neutralised.
    public func prompt(_ text: String, then plain: String = "") -> String {
        styled(text, .bold) + TerminalText.neutralised(plain)
    }

    /// Where the day is: `Neglect 2026-11-22 › case 2 of 5 (NEG-0042) › Voice of the child › 3 of 5`.
    public func marker(_ parts: [String]) {
        say()
        write(styled(parts.joined(separator: " › "), .cyan))
    }

    /// Numbered options on as few lines as fit a projector's width.
    public func options(_ choices: [Choice], width: Int = 78) {
        guard !choices.isEmpty else { return }
        var line = " "
        for (index, choice) in choices.enumerated() {
            // Measured as it will be shown.
            let item = " \(index + 1) \(TerminalText.neutralised(choice.label))"
            if line.count + item.count + 1 > width, line.count > 1 {
                write(styled(line, .dim))
                line = " "
            }
            line += item + " "
        }
        write(styled(line, .dim))
    }

    public func saved(_ what: String = "saved") {
        write(styled("  ✓ \(what)", .green))
    }

    public func problem(_ text: String) {
        write(styled("  ✗ \(text)", .red))
    }

    public func note(_ text: String) {
        write(styled("  \(text)", .dim))
    }

    public func warn(_ text: String) {
        write(styled("  ! \(text)", .yellow))
    }
}
